"""HTML for the chat app, built from escaped pieces: answers with [n] links, the sources panel, the corpus table.

Every string that comes from a document or a user (titles, outlets, quotes, paragraph text, the answer text,
the question) passes through `html.escape` before it is placed in markup, so an article containing `<script>`
shows as text. Only the tags written here reach the page. Leaves out layout and event wiring (`assistant.app.ui`).
"""

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from assistant.answer import Answer
from assistant.app.text import ui
from index.authority import KINDS
from index.document import Chunk
from index.records import DocumentInfo

_MARKER = re.compile(r"\[(\d{1,3})\]")


@dataclass(frozen=True)
class Turn:
    """One question of a chat session and what came back: an answer, or a friendly error message."""

    number: int  # 1-based within the session; makes the source anchors of every answer unique
    question: str
    answer: Answer | None = None
    error: str = ""


@dataclass(frozen=True)
class Corpus:
    documents: list[DocumentInfo] = field(default_factory=list)
    paragraphs: int = 0
    location: str = ""
    model: str = ""


def anchor(turn: int, n: int) -> str:
    """Element id of citation n of a session's turn; `[n]` in that answer links to `#<anchor>`."""
    return f"src-{turn}-{n}"


def escape(text: object) -> str:
    """Everything shown in the app is escaped: documents are data, never markup."""
    return html.escape(str(text), quote=True)


_e = escape


# --- chat messages -------------------------------------------------------------------------------------------


def question_html(question: str) -> str:
    return _e(question).replace("\n", "<br>")


def answer_html(turn: Turn, lang: str, text: str | None = None) -> str:
    """The answer (or the first `len(text)` characters of it while streaming) with its [n] markers as links."""
    if turn.answer is None:
        return f'<div class="na-error">{_e(turn.error or ui(lang, "searching"))}</div>'
    answer = turn.answer
    numbers = {c.n for c in answer.citations}

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in numbers:
            return match.group(0)
        return f'<a class="na-cite" href="#{anchor(turn.number, n)}" title="{_e(ui(lang, "sources"))} {n}">[{n}]</a>'

    shown = answer.text if text is None else text
    body = "<br>".join(_MARKER.sub(link, _e(line)) for line in shown.split("\n"))
    badge = f'<span class="na-answerer">{_e(answer.answerer)}</span>'  # which answerer wrote it
    if answer.abstained:
        note = f'<div class="na-abstain-note">{_e(ui(lang, "related_see"))}</div>' if answer.related else ""
        head = f'<div class="na-abstain-head">{_e(ui(lang, "abstained"))}</div>'
        return f'<div class="na-abstain">{head}{body}{note}{badge}</div>'
    return f'<div class="na-answer">{body}{badge}</div>'


def stream_steps(text: str, steps: int = 12) -> Iterator[str]:
    """Growing prefixes of `text`, cut at word boundaries, ending with the whole text."""
    words = re.split(r"(?<=\s)", text)
    size = max(1, -(-len(words) // steps))
    for end in range(size, len(words), size):
        yield "".join(words[:end])
    yield text


def chat_messages(turns: list[Turn], lang: str, partial: str | None = None) -> list[dict[str, str]]:
    """Chatbot messages for a session; the last answer is cut to `partial` while it streams."""
    messages: list[dict[str, str]] = []
    for i, turn in enumerate(turns):
        messages.append({"role": "user", "content": question_html(turn.question)})
        text = partial if i == len(turns) - 1 else None
        messages.append({"role": "assistant", "content": answer_html(turn, lang, text)})
    return messages


# --- sources panel -------------------------------------------------------------------------------------------


def highlight(text: str, quote: str) -> str:
    """`text` escaped, with each verbatim piece of `quote` (pieces joined by " … ") wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for piece in (p.strip() for p in quote.split(" … ")):
        start = text.find(piece) if piece else -1
        if start >= 0:
            spans.append((start, start + len(piece)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out, position = [], 0
    for start, end in merged:
        out.append(_e(text[position:start]))
        out.append(f"<mark>{_e(text[start:end])}</mark>")
        position = end
    out.append(_e(text[position:]))
    return "".join(out)


def _meta(chunk: Chunk, lang: str) -> str:
    outlet = chunk.outlet or ui(lang, "unknown_outlet")
    parts = [outlet, chunk.date or ui(lang, "undated")]
    if chunk.page is not None:
        parts.append(f"{ui(lang, 'page')} {chunk.page}")
    parts.append(f"{ui(lang, 'paragraph')} {chunk.paragraph}")
    return (
        " · ".join(f'<span class="na-meta-item">{_e(p)}</span>' for p in parts)
        + f' · <code class="na-id">{_e(chunk.id)}</code>'
    )


def _source_card(element_id: str, label: str, chunk: Chunk, body: str, lang: str, kind: str = "") -> str:
    return (
        f'<article class="na-src {kind}" id="{_e(element_id)}">'
        f'<div class="na-src-head"><span class="na-src-n">{_e(label)}</span>'
        f'<span class="na-src-title">{_e(chunk.title or chunk.doc_id)}</span></div>'
        f'<div class="na-meta">{_meta(chunk, lang)}</div>'
        f'<p class="na-text">{body}</p></article>'
    )


def _turn_sources(turn: Turn, lang: str) -> str:
    answer = turn.answer
    if answer is None:
        return f'<p class="na-muted">{_e(turn.error)}</p>'
    if not answer.abstained:
        return "".join(
            _source_card(anchor(turn.number, c.n), f"[{c.n}]", c.chunk, highlight(c.chunk.text, c.quote), lang)
            for c in answer.citations
        )
    cards = [
        _source_card(f"rel-{turn.number}-{i}", "≈", chunk, _e(chunk.text), lang, "na-related")
        for i, chunk in enumerate(answer.related, start=1)
    ]
    note = ui(lang, "related_note") if cards else ui(lang, "no_related")
    return f'<h4 class="na-related-head">{_e(ui(lang, "related"))}</h4><p class="na-muted">{_e(note)}</p>' + "".join(
        cards
    )


def sources_html(turns: list[Turn], lang: str) -> str:
    """Sources of the latest answer, then those of earlier answers folded away (links to them still work)."""
    if not turns:
        return f'<div class="na-sources"><p class="na-muted">{_e(ui(lang, "sources_empty"))}</p></div>'
    latest, *earlier = reversed(turns)
    parts = [
        f'<div class="na-sources"><div class="na-sources-for">{_e(ui(lang, "sources_for"))}: '
        f"<q>{_e(latest.question)}</q></div>{_turn_sources(latest, lang)}"
    ]
    if earlier:
        parts.append(f'<h4 class="na-earlier-head">{_e(ui(lang, "earlier"))}</h4>')
        for turn in earlier:
            summary = f"<summary>{_e(turn.question)}</summary>"
            parts.append(f'<details class="na-earlier">{summary}{_turn_sources(turn, lang)}</details>')
    parts.append("</div>")
    return "".join(parts)


# --- corpus tab ----------------------------------------------------------------------------------------------


def corpus_html(corpus: Corpus, lang: str) -> str:
    if not corpus.documents:
        return f'<p class="na-muted">{_e(ui(lang, "corpus_empty"))}</p>'
    status = ui(lang, "corpus_docs", docs=len(corpus.documents), paragraphs=corpus.paragraphs)
    header = "".join(
        f"<th>{_e(ui(lang, key))}</th>"
        for key in ("col_title", "col_outlet", "col_kind", "col_date", "col_paragraphs", "col_pages", "col_id")
    )
    rows = []
    for doc in sorted(corpus.documents, key=lambda d: (d.date or "", d.doc_id), reverse=True):
        pages = f"{min(doc.pages)}–{max(doc.pages)}" if doc.pages else "—"
        rows.append(
            f"<tr><td>{_e(doc.title or doc.doc_id)}</td><td>{_e(doc.source or '—')}</td>"
            f"<td>{_e(ui(lang, f'kind_{doc.kind}') if doc.kind in KINDS else doc.kind)}</td>"
            f"<td class='na-date'>{_e(doc.date or '—')}</td><td class='na-num'>{doc.paragraphs}</td>"
            f"<td class='na-num'>{pages}</td>"
            f"<td><code>{_e(doc.doc_id)}</code></td></tr>"
        )
    return (
        f'<div class="na-corpus"><p><strong>{_e(ui(lang, "corpus_status"))}:</strong> {_e(status)} '
        f"<code>{_e(corpus.location)}</code> · <code>{_e(corpus.model)}</code></p>"
        f'<table class="na-table"><thead><tr>{header}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
