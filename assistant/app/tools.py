"""The app's tabs for two users' own jobs: "Siapa bilang apa" (journalists: quotes by speaker and topic) and
"Pembekalan" (trainers: a cited briefing on a topic, exported as Markdown and DOCX).

Both reuse the CLI's logic (`assistant.tools`: quote_search, briefing, briefing_export); this module only
lays them out and renders them. Everything from a document is escaped before it is shown.
"""

import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.app.relabel import Relabels, texts
from assistant.app.render import escape as _e
from assistant.app.text import ui
from assistant.engine import Assistant
from assistant.tools.briefing import brief
from assistant.tools.briefing_export import briefing_templates, export, sections
from assistant.tools.quote_search import QuoteHit, search_quotes
from index.errors import NetralitasError


def quotes_html(hits: list[QuoteHit], lang: str) -> str:
    if not hits:
        return f"<p class='na-muted'>{_e(ui(lang, 'quotes_none'))}</p>"
    cards = []
    for hit in hits:
        q, c = hit.quote, hit.chunk
        words = f"“{_e(q.words)}”" if q.kind == "direct" else f"<i>{_e(ui(lang, 'reported'))}:</i> {_e(q.words)}"
        role = f", {_e(q.role)}" if q.role else ""
        where = f"{_e(c.source or c.title)} · {_e(c.date or ui(lang, 'undated'))} · <code>{_e(c.id)}</code>"
        cards.append(
            f"<div class='na-card na-quote'><p>{words}</p><p class='na-meta'>— <b>{_e(q.speaker)}</b>{role}</p>"
            f"<p class='na-meta'>{where}</p></div>"
        )
    return "".join(cards)


def briefing_html(sections_: list[tuple[str, list[str]]], title: str) -> str:
    out = [f"<h3>{_e(title)}</h3>"]
    for heading, lines in sections_:
        if heading:
            out.append(f"<h4>{_e(heading)}</h4>")
        out.append("<ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>")
    return "".join(out)


def add_tool_tabs(assistant: Assistant, lang0: str, lang: Any) -> Relabels:
    """Lay out both tabs inside the current `gr.Tabs()` and wire their events; returns how their labels follow
    the language switch."""
    with gr.Tab(ui(lang0, "tab_quotes"), id="quotes") as quotes_tab:
        with gr.Row():
            speaker = gr.Textbox(label=ui(lang0, "speaker"), placeholder="Imam / Kapolsek / Wakapolres Jombang")
            topic = gr.Textbox(label=ui(lang0, "quote_topic"), placeholder="toleransi, harga mati, hoaks")
            find = gr.Button(ui(lang0, "find_quotes"), variant="primary", scale=0, elem_id="na-find-quotes")
        found = gr.HTML(elem_id="na-quotes")
    with gr.Tab(ui(lang0, "tab_brief"), id="brief") as brief_tab:
        with gr.Row():
            brief_topic = gr.Textbox(
                label=ui(lang0, "brief_topic"), placeholder="larangan politik praktis", elem_id="na-brief-topic"
            )
            make = gr.Button(ui(lang0, "make_brief"), variant="primary", scale=0, elem_id="na-make-brief")
        briefing = gr.HTML(elem_id="na-briefing")
        downloads = gr.File(label=ui(lang0, "downloads"), file_count="multiple", interactive=False)

    cut = assistant.settings.max_topic_chars

    def on_find(who: str, about: str, lg: str) -> str:
        hits = search_quotes(assistant.coverage(), who[:cut], about[:cut])
        return quotes_html(hits, lg)

    def on_brief(subject: str, lg: str) -> tuple[str, list[str] | None]:
        subject = " ".join(subject.split())[:cut]
        if not subject:
            raise gr.Error(ui(lg, "empty_question"), print_exception=False)
        try:
            result = brief(assistant, subject)
            folder = Path(tempfile.mkdtemp(prefix="briefing-"))
            files = [export(result, folder / f"pembekalan.{suffix}") for suffix in ("md", "docx")]
        except NetralitasError as exc:
            raise gr.Error(str(exc), print_exception=False) from exc
        t = briefing_templates(result.language)
        shown = briefing_html(sections(result, t), t.fill("title", topic=result.topic))
        return shown, [str(f) for f in files] if result.found else None

    gr.on([find.click, speaker.submit, topic.submit], on_find, [speaker, topic, lang], found, api_name="quotes")
    gr.on([make.click, brief_topic.submit], on_brief, [brief_topic, lang], [briefing, downloads], api_name="brief")
    return [
        (quotes_tab, texts(label="tab_quotes")),
        (speaker, texts(label="speaker")),
        (topic, texts(label="quote_topic")),
        (find, texts(value="find_quotes")),
        (brief_tab, texts(label="tab_brief")),
        (brief_topic, texts(label="brief_topic")),
        (make, texts(value="make_brief")),
        (downloads, texts(label="downloads")),
    ]
