"""What the chat app's events do: answer (streamed, for the chat; as JSON, for `/ask`), list the corpus, upload.

Bound to one assistant and uploader; nothing module-level changes per request. Domain errors become friendly
messages (a chat message, a warning, or a `gr.Error` for API clients), never a traceback. Leaves out layout.
"""

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.app.render import Corpus, Turn, chat_messages, corpus_html, sources_html, stream_steps
from assistant.app.text import lang_of, ui
from assistant.app.uploads import AUTO, Uploader
from assistant.engine import Assistant
from index.authority import KINDS
from index.errors import NetralitasError
from index.records import Filters

STREAM_DELAY = 0.02  # seconds between streamed pieces of an answer
log = logging.getLogger(__name__)


def make_filters(
    doc_ids: list[str] | None, sources: list[str] | None, date_from: str | None, date_to: str | None
) -> Filters | None:
    """Filters from UI or API values; a malformed date raises StoreError with a message a user can act on."""
    filters = Filters(tuple(doc_ids or ()), tuple(sources or ()), (date_from or "").strip(), (date_to or "").strip())
    filters.where()  # validates the dates
    return filters or None


class Handlers:
    """The event functions, closed over one assistant and uploader (no module-level state)."""

    def __init__(self, assistant: Assistant, uploader: Uploader) -> None:
        self.assistant = assistant
        self.uploader = uploader

    def ask_json(
        self, question: str, doc_ids: list[str] | None, sources: list[str] | None, dfrom: str, dto: str
    ) -> dict:
        try:
            return self.assistant.ask(question, make_filters(doc_ids, sources, dfrom, dto)).to_json()
        except NetralitasError as exc:
            raise gr.Error(str(exc), print_exception=False) from exc

    def chat(
        self,
        question: str,
        turns: list[Turn],
        lang: str,
        doc_ids: list[str] | None,
        sources: list[str] | None,
        dfrom: str,
        dto: str,
    ) -> Iterator[tuple[Any, ...]]:
        lang = lang_of(lang)
        text = (question or "").strip()
        if not text:
            gr.Warning(ui(lang, "empty_question"))
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        number = turns[-1].number + 1 if turns else 1
        yield chat_messages([*turns, Turn(number, text)], lang), gr.skip(), gr.skip(), ""
        try:
            turn = Turn(number, text, self.assistant.ask(text, make_filters(doc_ids, sources, dfrom, dto)))
        except NetralitasError as exc:
            turn = Turn(number, text, error=str(exc))
        except Exception:
            log.exception("answering %r failed", text)
            turn = Turn(number, text, error=ui(lang, "error"))
        done = [*turns, turn][-self.assistant.settings.max_chat_turns :]
        panel = sources_html(done, lang)
        if turn.answer is None:
            yield chat_messages(done, lang), done, panel, gr.skip()
            return
        for i, prefix in enumerate(stream_steps(turn.answer.text)):
            if i:
                time.sleep(STREAM_DELAY)
            yield chat_messages(done, lang, prefix), done, panel if i == 0 else gr.skip(), gr.skip()

    def corpus(self, lang: str) -> tuple[str, Any, Any]:
        lang = lang_of(lang)
        try:
            documents = self.assistant.store.documents()
        except NetralitasError as exc:
            gr.Warning(str(exc))
            documents = []
        store = self.assistant.store
        view = Corpus(documents, sum(d.paragraphs for d in documents), store.location, store.model_id)
        by_title = sorted(documents, key=lambda d: (d.title or d.doc_id).lower())
        choices = [(f"{(d.title or d.doc_id)[:80]} ({d.doc_id})", d.doc_id) for d in by_title]
        outlets = sorted({d.source for d in documents if d.source})
        return corpus_html(view, lang), gr.update(choices=choices), gr.update(choices=outlets)

    def upload(self, files: list[str] | None, lang: str, kind: str = AUTO) -> tuple[Any, ...]:
        lang = lang_of(lang)
        if not files:
            gr.Warning(ui(lang, "upload_none"))
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        result = self.uploader.add([Path(f) for f in files], lang, kind if kind in KINDS else AUTO)
        table = {
            "headers": report_headers(lang),
            "data": [[r.name, ui(lang, f"status_{r.status}"), r.paragraphs, r.message] for r in result.rows],
        }
        lines = gr.update(value="\n".join(result.lines), visible=bool(result.lines))
        return table, lines, *self.corpus(lang), None


def report_headers(lang: str) -> list[str]:
    return [ui(lang, key) for key in ("col_file", "col_status", "col_paragraphs", "col_message")]
