"""Turn a cleaned `Document` into citable `Chunk`s, one per paragraph.

Paragraphs stay whole. Body fragments shorter than `min_chars` (a stray "Apel tersebut." line) merge into
the paragraph before them (or after, at the start); headings and list items never merge, so a numbered rule
stays its own citation. Paragraphs longer than `max_chars` are split at sentence ends. Every chunk's text
is an exact slice of the document body (or, for PDFs, of its page) and its id is stable across rebuilds.
"""

from itertools import groupby

from index.document import Chunk, Document, Paragraph, chunk_id
from lang.sentences import split_sentences

PARAGRAPH_SEPARATOR = "\n\n"


def body_text(paragraphs: list[Paragraph]) -> str:
    """The text that chunk spans index into: paragraphs joined by a blank line."""
    return PARAGRAPH_SEPARATOR.join(p.text for p in paragraphs)


def chunk_document(document: Document, min_chars: int = 40, max_chars: int = 1500) -> list[Chunk]:
    chunks: list[Chunk] = []
    section = ""
    for page, group in groupby(document.paragraphs, key=lambda p: p.page):
        paragraphs = list(group)
        body = body_text(paragraphs)
        spans = _paragraph_spans(paragraphs)
        number = 0
        for (start, end), kind in _merge_short(spans, paragraphs, min_chars):
            for part_start, part_end in _split_long(body, start, end, max_chars):
                number += 1
                text = body[part_start:part_end]
                if kind == "heading":
                    section = text
                chunks.append(
                    Chunk(
                        id=chunk_id(document.doc_id, number, page),
                        doc_id=document.doc_id,
                        text=text,
                        paragraph=number,
                        char_start=part_start,
                        char_end=part_end,
                        page=page,
                        section="" if kind == "heading" else section,
                        kind=kind,
                        title=document.title,
                        source=document.source,
                        date=document.date,
                        url=document.url,
                        doc_kind=document.kind,
                    )
                )
    return chunks


def _paragraph_spans(paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append((offset, offset + len(paragraph.text)))
        offset += len(paragraph.text) + len(PARAGRAPH_SEPARATOR)
    return spans


def _merge_short(
    spans: list[tuple[int, int]], paragraphs: list[Paragraph], min_chars: int
) -> list[tuple[tuple[int, int], str]]:
    """Merge short body fragments into a neighbouring body paragraph; keep headings and list items alone."""
    merged: list[tuple[tuple[int, int], str]] = []
    pending_start: int | None = None  # a short fragment at the start waiting for the next body paragraph
    for i, ((start, end), paragraph) in enumerate(zip(spans, paragraphs, strict=True)):
        kind = paragraph.kind
        short = kind == "text" and end - start < min_chars
        if short and merged and merged[-1][1] == "text":
            (prev_start, _), _ = merged[-1]
            merged[-1] = ((prev_start, end), "text")
            continue
        if short:  # nothing before to merge into: wait for the next body paragraph (several fragments may pile up)
            if pending_start is None:
                pending_start = start
            continue
        if pending_start is not None and kind == "text":
            merged.append(((pending_start, end), "text"))
        else:
            if pending_start is not None:
                merged.append(((pending_start, spans[i - 1][1]), "text"))  # by position: linear, not quadratic
            merged.append(((start, end), kind))
        pending_start = None
    if pending_start is not None:
        merged.append(((pending_start, spans[-1][1]), "text"))
    return merged


def _split_long(body: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    if end - start <= max_chars:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    part_start = part_end = start
    for sentence in split_sentences(body[start:end]):
        sentence_end = start + sentence.end
        if part_end > part_start and sentence_end - part_start > max_chars:
            parts.append((part_start, part_end))
            part_start = start + sentence.start
        part_end = sentence_end
    parts.append((part_start, part_end))
    return parts
