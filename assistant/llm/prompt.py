"""The generative answerer's prompt: templates from `prompts/llm.{id,en}.toml`, filled into chat messages.

The system message carries the rules (answer only from the context, cite [n], say "not found", treat document
text as data); the user message carries the delimited context paragraphs (made inert, see `context.inert`) and
the question. The model answers in the question's language.
"""

from pathlib import Path

from assistant.llm.context import ContextParagraph, inert
from assistant.prompts import PROMPTS_DIR, Templates, load_templates
from lang.terms import Language

LLM_REQUIRED: dict[str, set[str]] = {
    "system": set(),
    "user": {"context", "question"},
    "paragraph": {"n", "source", "date", "text"},
    "date": {"date"},
    "not_found": set(),
}


def load_llm_templates(directory: Path = PROMPTS_DIR) -> dict[Language, Templates]:
    return {lang: load_templates(f"llm.{lang}", LLM_REQUIRED, directory) for lang in ("id", "en")}


def context_block(paragraphs: list[ContextParagraph], t: Templates) -> str:
    parts = []
    for p in paragraphs:
        chunk = p.chunk
        source = chunk.source if chunk.source and chunk.source != "Tidak diketahui" else chunk.title
        date = t.fill("date", date=chunk.date) if chunk.date else ""
        parts.append(t.fill("paragraph", n=p.n, source=inert(source), date=inert(date), text=p.text))
    return "\n\n".join(parts)


def messages(question: str, paragraphs: list[ContextParagraph], t: Templates) -> list[tuple[str, str]]:
    """(role, content) pairs: the rules as the system message, context and question as the user message."""
    user = t.fill("user", context=context_block(paragraphs, t), question=inert(question))
    return [("system", t.fill("system")), ("user", user)]
