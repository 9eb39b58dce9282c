"""Who said what: search the quotes extracted at index time by speaker and/or topic.

Every quote keeps the source's exact words (a paraphrase is kind "reported", never shown as a quote), its
speaker as the article introduced them (name, rank, role), and the paragraph it came from, so each result
carries its citation. Matching a speaker needs every word of the query in the speaker's name or role
("Imam", "Wakapolres Malang", "Kapolres OKU Timur"); matching a topic needs half of its weighted terms in
the quoted sentence, as the answerer requires of evidence.
"""

from dataclasses import dataclass

from assistant.coverage import MIN_COVERAGE, Coverage
from index.document import Chunk
from lang.people import Person
from lang.quotes import Quote
from lang.terms import words


@dataclass(frozen=True)
class QuoteHit:
    quote: Quote
    chunk: Chunk
    score: float

    def to_json(self) -> dict:
        c = self.chunk
        citation = {"id": c.id, "doc_id": c.doc_id, "title": c.title, "source": c.source, "date": c.date}
        return {**self.quote.to_json(), **citation, "page": c.page, "paragraph": c.paragraph}


def speaker_matches(quote: Quote, query: str) -> bool:
    haystack = f"{quote.speaker} {quote.role} {Person(name='', role=quote.role).role_normalized}".lower()
    wanted = [w.lower() for w in words(query)]
    return bool(wanted) and all(any(h.startswith(w) for h in haystack.split()) for w in wanted)


def search_quotes(coverage: Coverage, speaker: str = "", topic: str = "", limit: int = 50) -> list[QuoteHit]:
    """Quotes by `speaker` and/or about `topic` (both optional) in the corpus `coverage` reads, best topic match
    first, else in corpus order."""
    analyzer = coverage.analyzer
    groups = tuple(analyzer.query_groups(topic, analyzer.language(topic))) if topic.strip() else ()
    hits = []
    for chunk in coverage.corpus.chunks:
        for quote in chunk.quotes:
            if speaker.strip() and not speaker_matches(quote, speaker):
                continue
            score = coverage.of_text(groups, quote.sentence) if groups else 1.0
            if score >= MIN_COVERAGE:
                hits.append(QuoteHit(quote, chunk, score))
    hits.sort(key=lambda hit: -hit.score)  # stable: corpus order among equals
    return hits[:limit]
