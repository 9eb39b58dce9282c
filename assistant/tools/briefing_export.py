"""Render a `Briefing` as Markdown or as a DOCX file (python-docx) a trainer can edit and teach from.

Headings and line formats come from `prompts/briefing.{id,en}.toml`. Quoted sentences are the sources' own
words, in quotation marks; nothing is added but headings, verdict labels and source numbers.
"""

from pathlib import Path

from assistant.draft import quoted
from assistant.prompts import PROMPTS_DIR, Templates, load_templates
from assistant.tools.briefing import Briefing

BRIEFING_REQUIRED: dict[str, set[str]] = {
    "title": {"topic"},
    "intro": set(),
    "key_points": set(),
    "rules": set(),
    "quotes": set(),
    "sources": set(),
    "rule_line": {"verdict", "sentence", "basis", "n"},
    "basis": {"refs"},
    "quote_line": {"words", "speaker", "n"},
    "point_line": {"sentence", "n"},
    "source_line": {"n", "title", "source", "date", "where"},
    "page": {"page", "paragraph", "id"},
    "paragraph": {"paragraph", "id"},
    "no_date": set(),
    "none": set(),
    "prohibition": set(),
    "permission": set(),
    "obligation": set(),
}


def briefing_templates(language: str, directory: Path = PROMPTS_DIR) -> Templates:
    return load_templates(f"briefing.{language}", BRIEFING_REQUIRED, directory)


def sections(briefing: Briefing, t: Templates) -> list[tuple[str, list[str]]]:
    """(heading, bullet lines) in order; the same content for Markdown and DOCX."""
    if not briefing.found:
        return [("", [t.fill("none")])]
    points = [t.fill("point_line", sentence=quoted(p.sentence), n=p.n) for p in briefing.points]
    rules = [
        t.fill(
            "rule_line",
            verdict=t.fill(r.kind),
            sentence=quoted(r.sentence),
            basis=t.fill("basis", refs="; ".join(r.legal_refs)) if r.legal_refs else "",
            n=r.n,
        )
        for r in briefing.rules
    ]
    quotes = [t.fill("quote_line", words=q.words, speaker=q.speaker, n=q.n) for q in briefing.quotes]
    sources = []
    for n, chunk in enumerate(briefing.sources, start=1):
        where = (
            t.fill("page", page=chunk.page, paragraph=chunk.paragraph, id=chunk.id)
            if chunk.page is not None
            else t.fill("paragraph", paragraph=chunk.paragraph, id=chunk.id)
        )
        date = chunk.date or t.fill("no_date")
        sources.append(
            t.fill("source_line", n=n, title=chunk.title, source=chunk.source or "?", date=date, where=where)
        )
    parts = [(t.fill("key_points"), points), (t.fill("rules"), rules), (t.fill("quotes"), quotes)]
    return [(heading, lines) for heading, lines in parts if lines] + [(t.fill("sources"), sources)]


def to_markdown(briefing: Briefing, t: Templates) -> str:
    out = [f"# {t.fill('title', topic=briefing.topic)}", "", f"_{t.fill('intro')}_", ""]
    for heading, lines in sections(briefing, t):
        if heading:
            out += [f"## {heading}", ""]
        out += [f"- {line}" for line in lines] + [""]
    return "\n".join(out)


def to_docx(briefing: Briefing, t: Templates, path: Path) -> Path:
    import docx  # python-docx, only for this export

    document = docx.Document()
    document.core_properties.title = t.fill("title", topic=briefing.topic)
    document.add_heading(t.fill("title", topic=briefing.topic), level=1)
    document.add_paragraph(t.fill("intro")).runs[0].italic = True
    for heading, lines in sections(briefing, t):
        if heading:
            document.add_heading(heading, level=2)
        for line in lines:
            document.add_paragraph(line, style="List Bullet")
    document.save(str(path))
    return path


def export(briefing: Briefing, path: Path, directory: Path = PROMPTS_DIR) -> Path:
    """Write the briefing to `path`: .docx as a Word document, anything else as Markdown."""
    t = briefing_templates(briefing.language, directory)
    if path.suffix.lower() == ".docx":
        return to_docx(briefing, t, path)
    path.write_text(to_markdown(briefing, t), encoding="utf-8")
    return path
