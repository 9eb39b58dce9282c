"""The Gradio chat app: `build_app()` lays out the chat, sources panel, filters and corpus tab; `start()` serves it.

One `Assistant` (models, BM25) is loaded per process and shared by every request; per-user state (the chat
history) lives in `gr.State`, and uploads are serialized by the `Uploader`'s lock. The `/ask` API endpoint
returns exactly the `netralitas ask --json` object. This module leaves out what the events do
(`assistant.app.handlers`), the markup (`render`), the words (`text`) and the look (`style`).
"""

import html
import sys
import time
from collections.abc import Callable
from typing import Any

import gradio as gr

from assistant.app.handlers import Handlers, report_headers
from assistant.app.relabel import Relabel, Relabels, follow_language, texts
from assistant.app.render import Turn, chat_messages, sources_html
from assistant.app.security import guard
from assistant.app.style import CSS, theme
from assistant.app.text import LANGUAGES, ROLES, STARTERS_PER_ROLE, starters, ui
from assistant.app.tools import add_tool_tabs
from assistant.app.uploads import AUTO, Uploader
from assistant.engine import Assistant
from index.authority import KINDS
from index.errors import NetralitasError
from index.load import SUPPORTED_SUFFIXES
from index.offline import configure_offline
from index.settings import Settings

WARMUP_QUESTION = "Siapa Kapolresta Magelang?"


def build_app(assistant: Assistant, settings: Settings, uploader: Uploader | None = None) -> gr.Blocks:
    """The app's Blocks, bound to one assistant. `settings` names the store whose uploads folder is used."""
    handlers = Handlers(assistant, uploader or Uploader(assistant, settings.uploads_folder))
    lang0 = "id"
    # delete_cache: Gradio's copies of uploaded files are removed after an hour (ours are in the uploads folder).
    with gr.Blocks(title="Netralitas Assistant", analytics_enabled=False, delete_cache=(3600, 3600)) as app:
        turns = gr.State([])
        with gr.Row(elem_id="na-header"):
            header = gr.HTML(_header(lang0))
            lang = gr.Radio(
                LANGUAGES, value=lang0, show_label=False, container=False, scale=0, min_width=320, elem_id="na-lang"
            )
        with gr.Tabs():
            with gr.Tab(ui(lang0, "tab_chat"), id="chat") as chat_tab, gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label=ui(lang0, "chat_label"),
                        show_label=False,
                        placeholder=ui(lang0, "chat_placeholder"),
                        render_markdown=False,  # the HTML is built from escaped pieces in render.py
                        sanitize_html=True,
                        height=480,
                        feedback_options=None,
                        buttons=["copy", "copy_all"],
                        elem_id="na-chat",
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            label=ui(lang0, "question"),
                            placeholder=ui(lang0, "question_placeholder"),
                            scale=6,
                            max_lines=4,
                            elem_id="na-question",
                        )
                        send = gr.Button(ui(lang0, "send"), variant="primary", scale=1, elem_id="na-send")
                    with gr.Accordion(ui(lang0, "starters"), open=True) as starters_box, gr.Row():
                        role_heads: Relabels = []
                        role_buttons: Relabels = []
                        for role in ROLES:
                            with gr.Column(min_width=220, elem_classes="na-role"):
                                role_heads.append((gr.HTML(_role_head(lang0, role)), _role_head_relabel(role)))
                                for i in range(STARTERS_PER_ROLE):
                                    text, visible = _starter(lang0, role, i)
                                    button = gr.Button(text, size="sm", visible=visible)
                                    role_buttons.append((button, _starter_relabel(role, i)))
                    with gr.Accordion(ui(lang0, "filters"), open=False) as filters_box:
                        with gr.Row():
                            docs = gr.Dropdown([], multiselect=True, label=ui(lang0, "documents"), scale=2)
                            outlets = gr.Dropdown([], multiselect=True, label=ui(lang0, "outlets"))
                        with gr.Row():
                            date_from = gr.Textbox(label=ui(lang0, "date_from"), placeholder="2024-01-01")
                            date_to = gr.Textbox(label=ui(lang0, "date_to"), placeholder="2024-12-31")
                    clear = gr.Button(ui(lang0, "clear"), size="sm", variant="secondary")
                with gr.Column(scale=2):
                    sources = gr.HTML(sources_html([], lang0), elem_id="na-sources-panel", js_on_load=None)
            with gr.Tab(ui(lang0, "tab_corpus"), id="corpus") as corpus_tab:
                corpus = gr.HTML(elem_id="na-corpus", js_on_load=None)
                refresh = gr.Button(ui(lang0, "refresh"), size="sm")
                upload_help = gr.Markdown(_upload_help(lang0, settings))
                files = gr.File(
                    label=ui(lang0, "upload"),
                    file_count="multiple",
                    file_types=list(SUPPORTED_SUFFIXES),
                    elem_id="na-files",
                )
                kind = gr.Dropdown(
                    choices=kind_choices(lang0), value=AUTO, label=ui(lang0, "upload_kind"), elem_id="na-kind"
                )
                upload = gr.Button(ui(lang0, "upload_button"), variant="primary", elem_id="na-upload")
                report = gr.Dataframe(
                    headers=report_headers(lang0),
                    label=ui(lang0, "upload_report"),
                    interactive=False,
                    wrap=True,
                    elem_id="na-report",
                )
                report_lines = gr.Textbox(show_label=False, lines=2, interactive=False, visible=False)
            tools = add_tool_tabs(assistant, lang0, lang)

        gr.api(_api_ask(handlers), api_name="ask")
        chat_inputs = [turns, lang, docs, outlets, date_from, date_to]
        chat_outputs = [chatbot, turns, sources, question]
        # The typed question and each example question's button ask the same way.
        for triggers, asked in [([question.submit, send.click], question)] + [
            ([button.click], button) for button, _ in role_buttons
        ]:
            gr.on(
                triggers,
                handlers.chat,
                [asked, *chat_inputs],
                chat_outputs,
                api_visibility="undocumented",
                show_progress="hidden",
            )
        clear.click(
            lambda lg: ([], [], sources_html([], lg)), lang, [chatbot, turns, sources], api_visibility="private"
        )
        corpus_outputs = [corpus, docs, outlets]
        app.load(handlers.corpus, lang, corpus_outputs, api_visibility="private")
        refresh.click(handlers.corpus, lang, corpus_outputs, api_visibility="private")
        upload.click(
            handlers.upload, [files, lang, kind], [report, report_lines, *corpus_outputs, files], api_name="upload"
        )

        relabels: Relabels = [
            (header, lambda lg, _: _header(lg)),
            (chat_tab, texts(label="tab_chat")),
            (corpus_tab, texts(label="tab_corpus")),
            (chatbot, _chatbot_update),
            (question, texts(label="question", placeholder="question_placeholder")),
            (send, texts(value="send")),
            (starters_box, texts(label="starters")),
            (filters_box, texts(label="filters")),
            (docs, texts(label="documents")),
            (outlets, texts(label="outlets")),
            (date_from, texts(label="date_from")),
            (date_to, texts(label="date_to")),
            (clear, texts(value="clear")),
            (sources, lambda lg, session: sources_html(session, lg)),
            (refresh, texts(value="refresh")),
            (upload_help, lambda lg, _: _upload_help(lg, settings)),
            (files, texts(label="upload")),
            (kind, lambda lg, _: gr.update(label=ui(lg, "upload_kind"), choices=kind_choices(lg))),
            (upload, texts(value="upload_button")),
            (report, lambda lg, _: gr.update(label=ui(lg, "upload_report"), headers=report_headers(lg))),
            (corpus, lambda lg, _: handlers.corpus(lg)[0]),
        ]
        follow_language(lang, turns, relabels + role_heads + role_buttons + tools)
    return app


def _api_ask(handlers: Handlers) -> Callable[..., dict]:
    def ask(
        question: str,
        doc_ids: list[str] | None = None,
        sources: list[str] | None = None,
        date_from: str = "",
        date_to: str = "",
    ) -> dict:
        """Answer one question with citations. Optional filters: document ids, outlets/sources, and an inclusive
        ISO date range (YYYY-MM-DD). Returns the `netralitas ask --json` object: question, answer, abstained,
        citations (n, id, doc_id, title, source, date, page, paragraph, text, quote)."""
        return handlers.ask_json(question, doc_ids, sources, date_from, date_to)

    return ask


def _chatbot_update(lang: str, turns: list[Turn]) -> Any:
    return gr.update(
        label=ui(lang, "chat_label"), placeholder=ui(lang, "chat_placeholder"), value=chat_messages(turns, lang)
    )


def _starter(lang: str, role: str, i: int) -> tuple[str, bool]:
    """The i-th example question for `role` and whether its button shows (roles have different counts)."""
    questions = starters(lang, role)
    return (questions[i], True) if i < len(questions) else ("", False)


def _starter_relabel(role: str, i: int) -> Relabel:
    def relabel(lang: str, _turns: list[Turn]) -> Any:
        text, visible = _starter(lang, role, i)
        return gr.update(value=text, visible=visible)

    return relabel


def _role_head_relabel(role: str) -> Relabel:
    return lambda lang, _turns: _role_head(lang, role)


def _header(lang: str) -> str:
    return f"<div><h1>{html.escape(ui(lang, 'title'))}</h1><p>{html.escape(ui(lang, 'subtitle'))}</p></div>"


def _role_head(lang: str, role: str) -> str:
    return f"<h4>{html.escape(ui(lang, f'role_{role}'))}</h4>"


def kind_choices(lang: str) -> list[tuple[str, str]]:
    """The upload form's document kinds, labelled in the interface language."""
    return [(ui(lang, "kind_auto"), AUTO), *((ui(lang, f"kind_{kind}"), kind) for kind in KINDS)]


def _upload_help(lang: str, settings: Settings) -> str:
    return ui(lang, "upload_help", count=settings.max_upload_files, mb=settings.max_upload_mb)


def start(
    assistant: Assistant,
    settings: Settings,
    host: str | None = None,
    port: int | None = None,
    quiet: bool = True,
    insecure: bool = False,
) -> tuple[gr.Blocks, str]:
    """Warm up, build and launch the app without blocking; returns it (call `.close()`) and its local URL.
    A non-loopback `host` needs a login (NETRALITAS_AUTH / _AUTH_FILE) or `insecure` (see `security`)."""
    configure_offline()
    login, note = guard(settings, host or settings.host, insecure)
    if note:
        print(note, file=sys.stderr, flush=True)
    uploader = Uploader(assistant, settings.uploads_folder)
    assistant.ask(WARMUP_QUESTION)  # loads the embedding model and BM25 now, not on the first request
    app = build_app(assistant, settings, uploader)
    app.queue(default_concurrency_limit=settings.max_concurrent_requests)
    try:
        _, url, _ = app.launch(
            server_name=host or settings.host,
            server_port=port or settings.port,
            prevent_thread_lock=True,
            quiet=quiet,
            show_error=False,
            share=False,
            ssr_mode=False,
            mcp_server=False,
            footer_links=["api"],
            max_file_size=settings.max_upload_mb * 2**20,
            auth=login,
            theme=theme(),
            css=CSS,
        )
    except OSError as exc:
        raise NetralitasError(f"cannot listen on {host or settings.host}:{port or settings.port}: {exc}") from exc
    return app, url


def serve(settings: Settings, host: str | None = None, port: int | None = None, insecure: bool = False) -> int:
    """`netralitas serve`: open the index once, serve until Ctrl+C."""
    configure_offline()
    guard(settings, host or settings.host, insecure)  # refuse an unguarded public address before loading models
    started = time.perf_counter()
    assistant = Assistant.open(settings)
    app, url = start(assistant, settings, host, port, insecure=insecure)
    print(f"Netralitas Assistant ready in {time.perf_counter() - started:.1f} s: {url}  (Ctrl+C to stop)", flush=True)
    try:
        app.block_thread()
    finally:
        app.close()
    return 0
