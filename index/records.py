"""What a stored paragraph record holds besides its vector: the chunk's metadata as Chroma keeps it (and back),
the filters retrieval narrows by (the same conditions in Python and as a Chroma `where`), and the per-document
listing `netralitas info` and the corpus tab show."""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from index.document import Chunk
from index.errors import StoreError
from lang.quotes import Quote
from lang.rules import Rule


@dataclass(frozen=True)
class Filters:
    """Optional narrowing of retrieval: by document, by outlet/source, by date range (ISO, inclusive)."""

    doc_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    kinds: tuple[str, ...] = ()  # index.authority.KINDS

    def __bool__(self) -> bool:
        return bool(self.doc_ids or self.sources or self.date_from or self.date_to or self.kinds)

    def within(self, kinds: Iterable[str]) -> "Filters | None":
        """The same filters narrowed to documents of these kinds (e.g. the authoritative ones, for a second,
        rules-only retrieval); None when no document can match both (the user chose only other kinds)."""
        allowed = tuple(k for k in kinds if not self.kinds or k in self.kinds)
        return replace(self, kinds=allowed) if allowed else None

    def matches(self, chunk: Chunk) -> bool:
        if self.doc_ids and chunk.doc_id not in self.doc_ids:
            return False
        if self.sources and chunk.source not in self.sources:
            return False
        if self.kinds and chunk.doc_kind not in self.kinds:
            return False
        if self.date_from and chunk.date_ordinal < _ordinal(self.date_from):
            return False
        return not (self.date_to and not 0 < chunk.date_ordinal <= _ordinal(self.date_to))

    def where(self) -> dict | None:
        """The same conditions as a Chroma `where` clause."""
        clauses: list[dict] = []
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": list(self.doc_ids)}})
        if self.sources:
            clauses.append({"source": {"$in": list(self.sources)}})
        if self.kinds:
            clauses.append({"doc_kind": {"$in": list(self.kinds)}})
        if self.date_from:
            clauses.append({"date_ord": {"$gte": _ordinal(self.date_from)}})
        if self.date_to:
            clauses.append({"date_ord": {"$lte": _ordinal(self.date_to)}})
            clauses.append({"date_ord": {"$gt": 0}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _ordinal(iso: str) -> int:
    try:
        return int(date.fromisoformat(iso).strftime("%Y%m%d"))
    except ValueError as exc:
        raise StoreError(f"not a date (expected YYYY-MM-DD): {iso!r}") from exc


@dataclass
class DocumentInfo:
    doc_id: str
    title: str
    source: str
    date: str
    kind: str
    paragraphs: int = 0
    pages: set[int] = field(default_factory=set)


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    return {
        "title": chunk.title,
        "source": chunk.source,
        "date": chunk.date,
        "date_ord": chunk.date_ordinal,
        "url": chunk.url,
        "page": chunk.page if chunk.page is not None else -1,
        "paragraph": chunk.paragraph,
        "char_start": chunk.char_start,
        "char_end": chunk.char_end,
        "section": chunk.section,
        "kind": chunk.kind,
        "doc_kind": chunk.doc_kind,
        "quotes": json.dumps([quote.to_json() for quote in chunk.quotes], ensure_ascii=False),
        "rules": json.dumps([rule.to_json() for rule in chunk.rules], ensure_ascii=False),
        "hash": chunk.content_hash,
        "meta_hash": chunk.metadata_hash,
    }


def chunk_from_record(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    page = int(meta.get("page", -1))
    return Chunk(
        id=chunk_id,
        doc_id=str(meta.get("doc_id") or chunk_id.split("#", 1)[0]),
        text=text,
        paragraph=int(meta.get("paragraph", 0)),
        char_start=int(meta.get("char_start", 0)),
        char_end=int(meta.get("char_end", 0)),
        page=None if page < 0 else page,
        section=str(meta.get("section", "")),
        kind=meta.get("kind", "text"),
        title=str(meta.get("title", "")),
        source=str(meta.get("source", "")),
        date=str(meta.get("date", "")),
        url=str(meta.get("url", "")),
        doc_kind=str(meta.get("doc_kind", "other")),
        quotes=tuple(Quote.from_json(data) for data in json.loads(meta.get("quotes") or "[]")),
        rules=tuple(Rule.from_json(data) for data in json.loads(meta.get("rules") or "[]")),
    )
