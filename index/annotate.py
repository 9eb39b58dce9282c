"""Annotate a document's chunks at index time with what users look up directly: who said what (quotes with
resolved speakers) and rule statements (prohibitions, permissions, obligations, legal references).

Quotes need the whole document in order (a later "jelasnya" resolves to a speaker introduced earlier);
rules are found paragraph by paragraph. Both are stored with their chunk, so every quote and every rule
points at the paragraph it came from.
"""

from dataclasses import replace

from index.document import Chunk
from lang.quotes import Quote, extract_quotes
from lang.rules import extract_rules


def annotate(chunks: list[Chunk]) -> list[Chunk]:
    """The chunks of one document, each with its quotes and rules."""
    quotes: dict[str, list[Quote]] = {}
    for quote in extract_quotes([(c.id, c.text) for c in chunks]):
        quotes.setdefault(quote.chunk_id, []).append(quote)
    return [
        replace(
            chunk,
            quotes=tuple(quotes.get(chunk.id, [])),
            rules=tuple(extract_rules(chunk.id, chunk.text)),
        )
        for chunk in chunks
    ]
