"""Clean loaded paragraphs: drop scraped boilerplate, undo Markdown emphasis and links, normalise whitespace,
remove control characters (from the metadata too).

Boilerplate is what news sites wrap around an article ("Baca Juga:" teasers, tag/share lines, comment
widgets, editor and source credits, reporter codes) and bylines repeated in the body. Cleaning never
rewrites the wording of a sentence: answers quote paragraphs verbatim.
"""

import re
import unicodedata
from dataclasses import replace

from index.document import Document, Paragraph

_WIDGET_LABELS = (
    r"(?:tag|tags|share|bagikan|berita terkini|berita terpopuler|berita pilihan|berita terbaru|"
    r"berita terkait|artikel terkait|komentar|discussion about this post|advertisement|iklan|"
    r"scroll to continue with content|loading\.*)"
)
_BOILERPLATE = [
    re.compile(p, re.I)
    for p in (
        r"^baca juga\s*:",
        # One label, or a run of them whose lines were joined into one paragraph ("Tag Share Berita Terkini").
        rf"^{_WIDGET_LABELS}(?:\s+{_WIDGET_LABELS})*$",
        r"^(editor|penulis|pewarta|reporter|sumber|foto|fotografer)\s*:",
        r"^[-–]?\s*pewarta$",
        r"^\(\s*(redaksi|humas[^)]*|[a-z]{2,4}/[a-z]{2,4})\s*\)$",
        r"^author\s+\S+$",
        r"^(copyright|hak cipta|©)",
    )
]
# Reporter/editor codes closing a paragraph, e.g. "... proses demokrasi. Ml-01/ham" or "(ant/red)".
_TRAILING_CODE = re.compile(r"\s+(?:[A-Za-z]{1,4}-?\d{0,3}/[a-z]{2,6}|\((?:[a-z]{2,5}/){1,3}[a-z]{2,5}\))\s*$")
# A "(Redaksi)" / "(Humas ...)" credit glued after the last sentence when the source had no line break before it.
_TRAILING_CREDIT = re.compile(r"(?<=[.!?”\"])\s*\(\s*(?:redaksi|humas[^()]*)\s*\)\s*$", re.I)
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)\s]+)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# "Magelang- Kapolresta ..." (emphasis removed from a dateline) → "Magelang - Kapolresta ..."; "TNI-Polri" untouched.
_DATELINE_DASH = re.compile(r"^([A-Za-z]+)-\s+(?=[A-Z])")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters (terminal escapes, NUL) and bidirectional overrides: never wording, and shown raw they could
# rewrite a terminal line or reverse the order a reader sees. Tabs and line breaks are whitespace, kept.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _DATELINE_DASH.sub(r"\1 - ", text)
    text = _TRAILING_CODE.sub("", text)
    text = _TRAILING_CREDIT.sub("", text)
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def is_boilerplate(text: str, document: Document) -> bool:
    if any(pattern.search(text) for pattern in _BOILERPLATE):
        return True
    lowered = text.lower()
    repeats_byline = bool(document.author) and lowered in {document.author.lower(), f"oleh {document.author.lower()}"}
    return repeats_byline


def clean_document(document: Document) -> Document:
    """Return the document with boilerplate paragraphs removed and the rest cleaned; the title is kept once."""
    kept: list[Paragraph] = []
    title_seen = False
    for paragraph in document.paragraphs:
        text = clean_text(paragraph.text)
        if not text or is_boilerplate(text, document):
            continue
        if document.title and text.lower() == document.title.lower().strip():
            if title_seen or kept:  # a repeated headline inside the body
                continue
            title_seen = True
        kept.append(replace(paragraph, text=text))
    return replace(
        document,
        paragraphs=kept,
        title=strip_controls(document.title),
        source=strip_controls(document.source),
        author=strip_controls(document.author),
        url=strip_controls(document.url),
    )


def strip_controls(text: str) -> str:
    """`text` without control characters and bidirectional overrides (metadata is otherwise kept as given)."""
    return _CONTROL.sub("", text)
