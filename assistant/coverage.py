"""How much of a question a text covers: the IDF-weighted share of the question's term groups it holds.

The measure behind the answerers' topic checks (is this quote, this rule, this LLM sentence about what was
asked?), the briefing's key points and the quote search. It reads the corpus snapshot the question is answered
against (IDF, each document's paragraphs), handed in by whoever asks.
"""

from assistant.retrieve import Corpus
from index.document import Chunk
from lang.terms import Analyzer

MIN_COVERAGE = 0.5  # share of the question's IDF weight the context must hold, else the evidence is too thin
# Terms too common in this domain to say what an officer's question is about ("may a *member* of *Polri* ...").
_GENERIC = frozenset("anggota polri polisi personel aparat boleh larang netral jaga".split())

Groups = tuple[tuple[str, ...], ...]


class Coverage:
    def __init__(self, corpus: Corpus, analyzer: Analyzer) -> None:
        self.corpus = corpus
        self.analyzer = analyzer

    def of_terms(self, groups: Groups, terms: set[str]) -> float:
        """IDF-weighted share of term groups present in `terms` (a group counts if any member does).

        A group weighs as its most common member: alternatives name one concept, and the concept is as
        common as its most common wording."""
        weights = [min(self.corpus.idf(term) for term in group) * getattr(group, "weight", 1.0) for group in groups]
        total = sum(weights) or 1.0
        return sum(w for group, w in zip(groups, weights, strict=True) if terms.intersection(group)) / total

    def of_text(self, groups: Groups, text: str) -> float:
        return self.of_terms(groups, set(self.analyzer.terms(text)))

    def about(self, groups: Groups, text: str) -> float:
        """How much of what a question is specifically about (its term `groups` beyond the domain's everyday
        words: anggota, Polri, netral …) `text` covers; 1.0 when the question has nothing beyond them."""
        specific = tuple(group for group in groups if not set(group) <= _GENERIC)
        return self.of_text(specific, text) if specific else 1.0

    def previous(self, chunk: Chunk) -> Chunk | None:
        """The paragraph before `chunk` in its document."""
        index = self.corpus.position(chunk)
        return self.corpus.document(chunk.doc_id)[index - 1] if index else None
