"""A trainer's briefing on a topic: key points, relevant rules, notable quotes and a numbered source list.

A briefing only states what its sources say: every bullet is a verbatim sentence of a paragraph, and every
bullet carries the number of that paragraph in the source list. Key points are the best-scoring sentences
for the topic (at most two per document, so one article does not fill the page); rules are the rule
statements extracted at index time from the retrieved documents that are about the topic; quotes are
direct quotes about the topic. Rendering to Markdown and DOCX is `assistant.tools.briefing_export`.
"""

import re
from dataclasses import dataclass, field

from assistant.coverage import MIN_COVERAGE, Coverage
from assistant.engine import Assistant
from assistant.evidence import EVENT_DATE, answer_spans
from assistant.question import Kind, Question, analyze
from assistant.retrieve import Corpus, Hit
from assistant.tools.quote_search import search_quotes
from index.authority import is_authoritative
from index.document import Chunk
from index.records import Filters
from lang.quotes import is_speech
from lang.rules import Rule
from lang.sentences import quote_units

MAX_POINTS = 6
MAX_PER_DOCUMENT = 2  # key points from one article, so several sources speak
MAX_RULES = 8
MAX_QUOTES = 4
RETRIEVE_K = 12
_RULE_ORDER = ("prohibition", "obligation", "permission")  # what an officer must not do comes first
TYPE_BONUS = 0.35
_PURPOSE = re.compile(r"\b(tujuan|bertujuan|agar|supaya|demi|untuk)\b")


@dataclass(frozen=True)
class Scored:
    """A sentence of a retrieved paragraph, scored as a key point: IDF-weighted coverage of the topic by the
    sentence (0.55) and by its context (0.25: the paragraph, its title and section, the paragraph before it
    and the article's lead, since news paragraphs continue each other and inherit the lead's topic), a bonus
    when it holds the asked-for type, and the fused retrieval rank (0.15)."""

    hit: Hit
    sentence: str
    coverage: float  # of the topic by the sentence
    context: float  # of the topic by the sentence's context
    score: float

    @property
    def chunk(self) -> Chunk:
        return self.hit.chunk


@dataclass(frozen=True)
class Point:
    sentence: str  # verbatim
    n: int  # its source's number


@dataclass(frozen=True)
class RulePoint:
    kind: str  # prohibition | permission | obligation
    sentence: str
    legal_refs: tuple[str, ...]
    n: int


@dataclass(frozen=True)
class QuotePoint:
    words: str  # verbatim quoted words
    speaker: str  # "Kombes Pol Mustofa (Kapolresta Magelang)"
    n: int


@dataclass
class Briefing:
    topic: str
    language: str
    points: list[Point] = field(default_factory=list)
    rules: list[RulePoint] = field(default_factory=list)
    quotes: list[QuotePoint] = field(default_factory=list)
    sources: list[Chunk] = field(default_factory=list)  # source n is sources[n - 1]

    @property
    def found(self) -> bool:
        return bool(self.points)

    def cite(self, chunk: Chunk) -> int:
        for n, source in enumerate(self.sources, start=1):
            if source.id == chunk.id:
                return n
        self.sources.append(chunk)
        return len(self.sources)


def brief(assistant: Assistant, topic: str, filters: Filters | None = None) -> Briefing:
    """Key points, rules and quotes for `topic`; no sentence appears in two sections (a rule or a quote keeps
    it, with its kind or speaker, and the key points give their place to other sentences), and rules from a
    regulation or guideline come before what news reports of them."""
    question = analyze(" ".join(topic.split()), assistant.analyzer)
    briefing = Briefing(topic=question.text, language=question.language)
    if not question.groups:
        return briefing
    coverage = assistant.coverage()
    corpus = coverage.corpus
    hits = assistant.retriever.search(question.text, question.language, RETRIEVE_K, filters, corpus=corpus)
    candidates = [c for c in _scored(question, hits, coverage) if c.context >= MIN_COVERAGE and c.coverage > 0]
    ranked = sorted(candidates, key=lambda c: -c.score)
    documents = {c.chunk.doc_id for c in ranked}
    retrieved_ids = {hit.chunk.id for hit in hits}
    rules: list[tuple[Chunk, Rule]] = []
    for chunk, rule in sorted(_rules(corpus, documents), key=_rule_order):
        if len(rules) >= MAX_RULES or any(r.sentence == rule.sentence for _, r in rules):
            continue
        if chunk.id in retrieved_ids or coverage.about(question.groups, rule.sentence) >= MIN_COVERAGE:
            rules.append((chunk, rule))
    quotes = [
        hit
        for hit in search_quotes(coverage, topic=question.text)
        if (filters is None or filters.matches(hit.chunk)) and hit.quote.kind == "direct"
    ][:MAX_QUOTES]
    elsewhere = [rule.sentence for _, rule in rules]
    quoted_words = [hit.quote.words for hit in quotes]
    per_document: dict[str, int] = {}
    used: set[str] = set()
    for candidate in ranked:
        doc_id, sentence = candidate.chunk.doc_id, candidate.sentence
        if (
            len(briefing.points) >= MAX_POINTS
            or candidate.chunk.id in used
            or per_document.get(doc_id, 0) >= MAX_PER_DOCUMENT
            or sentence in elsewhere
            or any(words in sentence for words in quoted_words)
        ):
            continue
        used.add(candidate.chunk.id)
        per_document[doc_id] = per_document.get(doc_id, 0) + 1
        briefing.points.append(Point(sentence, briefing.cite(candidate.chunk)))
    if not briefing.found:
        return briefing
    for chunk, rule in rules:
        briefing.rules.append(RulePoint(rule.kind, rule.sentence, rule.legal_refs, briefing.cite(chunk)))
    for hit in quotes:
        speaker = f"{hit.quote.speaker} ({hit.quote.role})" if hit.quote.role else hit.quote.speaker
        briefing.quotes.append(QuotePoint(hit.quote.words, speaker, briefing.cite(hit.chunk)))
    return briefing


def _scored(question: Question, hits: list[Hit], coverage: Coverage) -> list[Scored]:
    top = hits[0].score if hits and hits[0].score else 1.0
    out = []
    for hit in hits:
        previous = coverage.previous(hit.chunk)
        lead = coverage.corpus.document(hit.chunk.doc_id)[:1]
        parts = [hit.chunk.title, hit.chunk.section, *(c.text for c in lead if c.id != hit.chunk.id)]
        context_text = " ".join([*parts, previous.text if previous else "", hit.chunk.text])
        context = coverage.of_text(question.groups, context_text)
        for position, sentence in enumerate(quote_units(hit.chunk.text)):
            covered = coverage.of_text(question.groups, sentence.text)
            spans = tuple(answer_spans(question.kind, sentence.text, question.text))
            if question.kind is Kind.ALLOWED and not spans and position == 0 and previous is not None:
                spans = tuple(answer_spans(Kind.ALLOWED, quote_units(previous.text)[-1].text))  # a rule's lead-in
            bonus = _type_bonus(question, sentence.text, spans)
            score = 0.55 * covered + 0.25 * context + bonus + 0.15 * hit.score / top
            out.append(Scored(hit, sentence.text, covered, context, score))
    return out


def _type_bonus(question: Question, sentence: str, spans: tuple[str, ...]) -> float:
    bonus = TYPE_BONUS if spans else 0.0
    if question.kind is Kind.WHEN and any(EVENT_DATE.match(span) for span in spans):
        bonus += 0.15  # "Senin (20/11/2023)" dates the event; a bare date often dates a letter
    if question.asks_speech and question.kind is not Kind.WHO and is_speech(sentence):
        bonus = 0.2
    if question.kind is Kind.WHY and _PURPOSE.search(sentence):
        bonus = 0.2
    return bonus


def _rules(corpus: Corpus, documents: set[str]) -> list[tuple[Chunk, Rule]]:
    return [(chunk, rule) for doc_id in sorted(documents) for chunk in corpus.document(doc_id) for rule in chunk.rules]


def _rule_order(pair: tuple[Chunk, Rule]) -> tuple[bool, int]:
    """A regulation's or guideline's rules first; within each, what an officer must not do first."""
    return not is_authoritative(pair[0].doc_kind), _RULE_ORDER.index(pair[1].kind)
