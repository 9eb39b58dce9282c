"""Score the sentences of retrieved paragraphs as answers to a question.

A candidate's score mixes: IDF-weighted coverage of the question's term groups by the sentence (0.55) and
by its context (0.25: the paragraph, its title and section, the paragraph before it and the article's lead,
since news paragraphs continue each other and inherit the lead's topic), a bonus when the sentence holds
the asked-for type (a person, date, count, place, legal reference, rule), and the fused retrieval rank
(0.15). The weights were set on the dev half of benchmarks/qa.jsonl; the held-out half checks them.
"""

import re
from dataclasses import dataclass

from assistant.evidence import EVENT_DATE, answer_spans
from assistant.question import Kind, Question
from assistant.retrieve import Hit, Retriever
from index.document import Chunk
from lang.quotes import is_speech
from lang.sentences import Sentence, quote_units
from lang.terms import Analyzer

MIN_COVERAGE = 0.5  # share of the question's IDF weight the context must hold, else the evidence is too thin
TYPE_BONUS = 0.35
# Terms too common in this domain to say what an officer's question is about ("may a *member* of *Polri* ...").
_GENERIC = frozenset("anggota polri polisi personel aparat boleh larang netral jaga".split())
_PURPOSE = re.compile(r"\b(tujuan|bertujuan|agar|supaya|demi|untuk)\b")

Groups = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Candidate:
    rank: int  # of its paragraph in the retrieval pool
    hit: Hit
    sentence: Sentence
    coverage: float  # of the question by the sentence
    context: float  # of the question by the sentence's context
    predicate: float  # of the question's non-name terms (what is asked about the names) by the same context
    local: float  # of those non-name terms by the sentence and the one before it
    spans: tuple[str, ...]  # verbatim pieces of the sentence holding the asked-for type
    score: float
    # A rule whose marker ends the previous paragraph ("… tidak melibatkan diri dalam politik praktis." /
    # "Dengan menjadi tim sukses, …"): that sentence, quoted before this one.
    lead_in: tuple[Chunk, Sentence] | None = None

    @property
    def chunk(self) -> Chunk:
        return self.hit.chunk


class Scorer:
    def __init__(self, retriever: Retriever, analyzer: Analyzer) -> None:
        self.retriever = retriever
        self.analyzer = analyzer

    def coverage(self, groups: Groups, terms: set[str]) -> float:
        """IDF-weighted share of term groups present in `terms` (a group counts if any member does).

        A group weighs as its most common member: alternatives name one concept, and the concept is as
        common as its most common wording."""
        weights = [min(self.retriever.idf(term) for term in group) * getattr(group, "weight", 1.0) for group in groups]
        total = sum(weights) or 1.0
        return sum(w for group, w in zip(groups, weights, strict=True) if terms.intersection(group)) / total

    def candidates(self, question: Question, hits: list[Hit]) -> list[Candidate]:
        top = hits[0].score or 1.0
        entity_terms = set(self.analyzer.terms(" ".join(alt for group in question.entities for alt in group)))
        # What is asked about the names; English words the glossary lacks cannot be checked, so they are left out.
        predicate_groups = tuple(
            g for g in question.groups if not entity_terms.intersection(g) and getattr(g, "weight", 1.0) == 1.0
        )
        out = []
        for rank, hit in enumerate(hits, start=1):
            previous = self.previous(hit.chunk)
            context_terms = set(self.analyzer.terms(self._context(hit.chunk, previous)))
            context = self.coverage(question.groups, context_terms)
            predicate = self.coverage(predicate_groups, context_terms) if predicate_groups else 1.0
            units = quote_units(hit.chunk.text)
            before = quote_units(previous.text)[-1].text if previous else ""
            for position, sentence in enumerate(units):
                prior = units[position - 1].text if position else before
                nearby = set(self.analyzer.terms(f"{prior} {sentence.text}"))
                local = self.coverage(predicate_groups, nearby) if predicate_groups else 1.0
                coverage = self.coverage(question.groups, set(self.analyzer.terms(sentence.text)))
                spans = tuple(answer_spans(question.kind, sentence.text))
                lead_in = None
                if question.kind is Kind.ALLOWED and not spans and position == 0 and previous is not None:
                    last = quote_units(previous.text)[-1]
                    if answer_spans(Kind.ALLOWED, last.text):
                        spans, lead_in = tuple(answer_spans(Kind.ALLOWED, last.text)), (previous, last)
                bonus = _type_bonus(question, sentence.text, spans)
                score = 0.55 * coverage + 0.25 * context + bonus + 0.15 * hit.score / top
                out.append(Candidate(rank, hit, sentence, coverage, context, predicate, local, spans, score, lead_in))
        return out

    def _context(self, chunk: Chunk, previous: Chunk | None) -> str:
        lead = self.retriever.document(chunk.doc_id)[:1]
        parts = [chunk.title, chunk.section, *(c.text for c in lead if c.id != chunk.id)]
        return " ".join([*parts, previous.text if previous else "", chunk.text])

    def about(self, question: Question, text: str) -> float:
        """How much of what the question is specifically about (its terms beyond the domain's everyday words:
        anggota, Polri, netral …) `text` covers; 1.0 when the question has nothing beyond them."""
        specific = tuple(group for group in question.groups if not set(group) <= _GENERIC)
        return self.coverage(specific, set(self.analyzer.terms(text))) if specific else 1.0

    def previous(self, chunk: Chunk) -> Chunk | None:
        document = self.retriever.document(chunk.doc_id)
        index = next((i for i, c in enumerate(document) if c.id == chunk.id), 0)
        return document[index - 1] if index > 0 else None


def _type_bonus(question: Question, sentence: str, spans: tuple[str, ...]) -> float:
    bonus = TYPE_BONUS if spans else 0.0
    if question.kind is Kind.WHEN and any(EVENT_DATE.match(span) for span in spans):
        bonus += 0.15  # "Senin (20/11/2023)" dates the event; a bare date often dates a letter
    if question.asks_speech and question.kind is not Kind.WHO and is_speech(sentence):
        bonus = 0.2
    if question.kind is Kind.WHY and _PURPOSE.search(sentence):
        bonus = 0.2
    return bonus
