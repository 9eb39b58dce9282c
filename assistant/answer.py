"""Answers and the answerers that write them. The default `ExtractiveAnswerer` needs no LLM.

It scores every sentence of the retrieved paragraphs against the question (IDF-weighted term coverage of the
sentence and of its paragraph, the fused retrieval rank, and whether the sentence holds the kind of thing
asked for: a person, a date, a count, a place, a legal reference, a rule). It quotes the winning sentences
verbatim with [n] markers, leads with the short answer span where the question has a type, and names the
speaker of a quote as the article introduced them. It abstains when the question's names are in no
retrieved document, when no sentence holds the asked-for type, or when the evidence covers too little of
the question: a similarity score alone does not separate answerable questions here.
"""

import re
from dataclasses import dataclass, field
from typing import Protocol

from assistant.evidence import answer_spans, is_quote
from assistant.prompts import Templates
from assistant.question import Kind, Question
from assistant.retrieve import Hit, Retriever
from assistant.terms import Analyzer
from index.document import Chunk
from index.people import Person, find_people
from index.quotes import speaker
from index.sentences import Sentence, quote_units

MIN_COVERAGE = 0.5  # share of the question's IDF weight its paragraph must hold; see benchmarks for the sweep
EXTRA_SENTENCE_RATIO = 0.85  # a further sentence is quoted only if it scores this close to the best one
SUMMARY_SENTENCES = 5
SUMMARY_RATIO = 0.6
# Terms too common in this domain to say what an officer's question is about ("may a *member* of *Polri* ...").
_GENERIC = frozenset("anggota polri polisi personel aparat boleh larang netral netralitas jaga".split())
_SAID = re.compile(
    r"\b(mengatakan|berkata|bilang|menyebut|menegaskan|mengungkapkan|menyampaikan|ucapan|pernyataan|kutipan|"
    r"menurut siapa|said|say|says|stated|told|quote|quoted)\b|[\"“”]",
    re.I,
)
_ROLE_QUESTION = re.compile(
    r"\b(?P<head>wakapolresta|wakapolres|kapolresta|kapolres|kapolsek|kapolda|kapolri|kasihumas|"
    r"deputy police chief|deputy chief of police|vice police chief|police chief|chief of police|head of police|"
    r"precinct chief|sector police chief|public relations head|head of public relations)\b",
    re.I,
)
_ROLE_EN = {
    "deputy police chief": "wakapolres",
    "deputy chief of police": "wakapolres",
    "vice police chief": "wakapolres",
    "police chief": "kapolres",
    "chief of police": "kapolres",
    "head of police": "kapolres",
    "precinct chief": "kapolsek",
    "sector police chief": "kapolsek",
    "public relations head": "kasihumas",
    "head of public relations": "kasihumas",
}


@dataclass(frozen=True)
class Citation:
    n: int
    chunk: Chunk
    quote: str  # the verbatim sentence(s) of `chunk.text` this citation stands for
    spans: tuple[str, ...] = ()  # shorter verbatim pieces the answer states (a name, a number)

    def to_json(self) -> dict:
        c = self.chunk
        return {
            "n": self.n,
            "id": c.id,
            "doc_id": c.doc_id,
            "title": c.title,
            "source": c.source,
            "date": c.date,
            "page": c.page,
            "paragraph": c.paragraph,
            "text": c.text,
            "quote": self.quote,
        }


@dataclass
class Answer:
    question: str
    text: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    language: str = "id"
    kind: str = Kind.WHAT.value
    related: list[Chunk] = field(default_factory=list)  # closest paragraphs when abstaining: not an answer
    answerer: str = "extractive"

    def to_json(self) -> dict:
        """The stable `netralitas ask --json` contract."""
        return {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
        }


class Answerer(Protocol):
    name: str

    def answer(self, question: Question, hits: list[Hit]) -> Answer: ...


@dataclass(frozen=True)
class _Candidate:
    rank: int
    hit: Hit
    sentence: Sentence
    coverage: float  # of the question by the sentence
    context: float  # of the question by the paragraph, its section and title
    predicate: float  # of the question's non-name terms (what is asked about the names) by the same context
    spans: tuple[str, ...]
    score: float
    # A rule whose marker sits at the end of the previous paragraph ("... tidak melibatkan diri dalam politik
    # praktis." / "Dengan menjadi tim sukses, ..."): that sentence, quoted before this one.
    lead_in: tuple[Chunk, Sentence] | None = None


class ExtractiveAnswerer:
    name = "extractive"

    def __init__(self, retriever: Retriever, analyzer: Analyzer, templates: dict[str, Templates], max_citations: int):
        self.retriever = retriever
        self.analyzer = analyzer
        self.templates = templates
        self.max_citations = max_citations

    # --- entry point ---------------------------------------------------------------------------------------

    def answer(self, question: Question, hits: list[Hit]) -> Answer:
        t = self.templates[question.language]
        related = [h.chunk for h in hits[:3]]
        if not hits:
            return self._abstain(question, t.fill("weak_match"), related)
        missing = self._missing_entities(question, hits)
        admissible = [h for h in hits if not missing.get(h.chunk.doc_id)]
        if not admissible:
            nowhere = set.intersection(*missing.values()) or missing[hits[0].chunk.doc_id]
            names = ", ".join(f"“{e}”" for e in sorted(nowhere))
            return self._abstain(question, t.fill("missing_entities", entities=names), related)
        candidates = self._candidates(question, admissible)
        if question.kind is Kind.WHO and (role := _asked_role(question)):
            return self._answer_role(question, role, candidates, related)
        if question.kind is Kind.WHO and _SAID.search(question.text):
            return self._answer_said(question, candidates, related)
        return self._answer_typed(question, candidates, related)

    # --- strategies ----------------------------------------------------------------------------------------

    def _answer_typed(self, question: Question, candidates: list[_Candidate], related: list[Chunk]) -> Answer:
        t = self.templates[question.language]
        relevant = [c for c in candidates if c.context >= MIN_COVERAGE and c.predicate >= MIN_COVERAGE]
        if not relevant:
            return self._abstain(question, t.fill("weak_match"), related)
        typed = question.kind in (Kind.WHO, Kind.WHEN, Kind.WHERE, Kind.HOW_MANY, Kind.LAW, Kind.ALLOWED)
        if typed:
            relevant = [c for c in relevant if c.spans and self._on_topic(question, c)]
            if not relevant:
                return self._abstain(
                    question, t.fill("missing_kind", what=t.fill(f"what_{question.kind.value}")), related
                )
        chosen = self._choose(question, relevant)
        lead = self._short_answer(question, chosen[0]) if typed and question.kind is not Kind.ALLOWED else None
        said_by = None
        if _SAID.search(question.text) and _is_speech(chosen[0].sentence.text):
            person, intro = self._speaker(chosen[0])
            said_by = (person, intro) if person else None
        return self._compose(question, chosen, lead=lead, speaker=said_by)

    def _answer_role(
        self,
        question: Question,
        role: tuple[str, tuple[tuple[str, ...], ...]],
        candidates: list[_Candidate],
        related: list[Chunk],
    ) -> Answer:
        t = self.templates[question.language]
        head, places = role
        for candidate in sorted(candidates, key=lambda c: -c.score):
            for person in find_people(candidate.sentence.text):
                if _role_matches(person, head, places):
                    label = candidate.sentence.text[person.start : person.end].strip(" ,")
                    return self._compose(question, [candidate], lead=(label, candidate))
        role_text = " ".join([head, *(group[0] for group in places)]).strip()
        return self._abstain(question, t.fill("missing_kind", what=t.fill("what_role", role=role_text)), related)

    def _answer_said(self, question: Question, candidates: list[_Candidate], related: list[Chunk]) -> Answer:
        t = self.templates[question.language]
        quoted = [c for c in candidates if c.context >= MIN_COVERAGE and c.coverage > 0 and _is_speech(c.sentence.text)]
        if not quoted:
            return self._abstain(question, t.fill("missing_kind", what=t.fill("what_who")), related)
        best = max(quoted, key=lambda c: (c.coverage, c.score))
        person, intro = self._speaker(best)
        if person is None:
            return self._abstain(question, t.fill("missing_kind", what=t.fill("what_who")), related)
        return self._compose(question, [best], speaker=(person, intro))

    # --- scoring -------------------------------------------------------------------------------------------

    def _coverage(self, groups: tuple[tuple[str, ...], ...], terms: set[str]) -> float:
        """IDF-weighted share of the question's term groups present in `terms` (a group counts if any member does).

        A group weighs as its most common member: alternatives name one concept, and the concept is as common
        as its most common wording."""
        weights = [min(self.retriever.idf(term) for term in group) for group in groups]
        total = sum(weights) or 1.0
        return sum(w for group, w in zip(groups, weights, strict=True) if terms.intersection(group)) / total

    def _candidates(self, question: Question, hits: list[Hit]) -> list[_Candidate]:
        top = hits[0].score or 1.0
        asks_speech = bool(_SAID.search(question.text))
        entity_terms = set(self.analyzer.terms(" ".join(alt for group in question.entities for alt in group)))
        predicate_groups = tuple(g for g in question.groups if not entity_terms.intersection(g))
        out = []
        for rank, hit in enumerate(hits, start=1):
            chunk = hit.chunk
            previous = self._previous(chunk)
            lead = self.retriever.document(chunk.doc_id)[:1]
            # A news paragraph continues the one before ("Apel penandatangan tersebut." / "Dipimpin langsung
            # oleh ...") and inherits the topic its lead paragraph sets: both count as its context.
            context_text = " ".join(
                [
                    chunk.title,
                    chunk.section,
                    *(c.text for c in lead if c.id != chunk.id),
                    previous.text if previous else "",
                    chunk.text,
                ]
            )
            context_terms = set(self.analyzer.terms(context_text))
            context = self._coverage(question.groups, context_terms)
            predicate = self._coverage(predicate_groups, context_terms) if predicate_groups else 1.0
            for position, sentence in enumerate(quote_units(chunk.text)):
                coverage = self._coverage(question.groups, set(self.analyzer.terms(sentence.text)))
                spans = tuple(answer_spans(question.kind, sentence.text))
                lead_in = None
                if question.kind is Kind.ALLOWED and not spans and position == 0 and previous is not None:
                    last = quote_units(previous.text)[-1]
                    if answer_spans(Kind.ALLOWED, last.text):
                        spans, lead_in = tuple(answer_spans(Kind.ALLOWED, last.text)), (previous, last)
                kind_bonus = 0.35 if spans else 0.0
                if question.kind is Kind.WHEN and any(_EVENT_DATE.match(span) for span in spans):
                    kind_bonus += 0.15  # "Senin (20/11/2023)" dates the event; a bare date often dates a letter
                if asks_speech and question.kind is not Kind.WHO and _is_speech(sentence.text):
                    kind_bonus = 0.2
                if question.kind is Kind.WHY and re.search(
                    r"\b(tujuan|bertujuan|agar|supaya|demi|untuk)\b", sentence.text
                ):
                    kind_bonus = 0.2
                score = 0.55 * coverage + 0.25 * context + kind_bonus + 0.15 * hit.score / top
                out.append(_Candidate(rank, hit, sentence, coverage, context, predicate, spans, score, lead_in))
        return out

    def _on_topic(self, question: Question, candidate: _Candidate) -> bool:
        """For rule questions, the sentence must be about the asked activity, not just any rule."""
        if question.kind is not Kind.ALLOWED:
            return True
        activity = tuple(group for group in question.groups if not set(group) <= _GENERIC)
        if not activity:
            return True
        text = candidate.sentence.text + (" " + candidate.lead_in[1].text if candidate.lead_in else "")
        return self._coverage(activity, set(self.analyzer.terms(text))) >= MIN_COVERAGE

    def _previous(self, chunk: Chunk) -> Chunk | None:
        document = self.retriever.document(chunk.doc_id)
        index = next((i for i, c in enumerate(document) if c.id == chunk.id), 0)
        return document[index - 1] if index > 0 else None

    def _choose(self, question: Question, relevant: list[_Candidate]) -> list[_Candidate]:
        ranked = sorted(relevant, key=lambda c: -c.score)
        limit, ratio = (
            (SUMMARY_SENTENCES, SUMMARY_RATIO)
            if question.kind is Kind.SUMMARY
            else (self.max_citations, EXTRA_SENTENCE_RATIO)
        )
        chosen = [ranked[0]]
        for candidate in ranked[1:]:
            if question.kind is not Kind.SUMMARY and candidate.rank > ranked[0].rank + 3:
                continue
            if len(chosen) >= limit or candidate.score < ratio * ranked[0].score:
                break
            if all(candidate.hit.chunk.id != c.hit.chunk.id for c in chosen):
                chosen.append(candidate)
        return chosen

    def _missing_entities(self, question: Question, hits: list[Hit]) -> dict[str, set[str]]:
        """doc id → the question's entities its title and text do not contain (as whole words)."""
        missing: dict[str, set[str]] = {}
        for hit in hits:
            doc_id = hit.chunk.doc_id
            if doc_id in missing:
                continue
            haystack = " ".join([hit.chunk.title, *(c.text for c in self.retriever.document(doc_id))]).lower()
            missing[doc_id] = {
                group[0]
                for group in question.entities
                if not any(re.search(rf"(?<!\w){re.escape(alt)}(?!\w)", haystack) for alt in group)
            }
        return missing

    def _speaker(self, candidate: _Candidate) -> tuple[Person | None, tuple[Chunk, Sentence] | None]:
        """The quoted sentence's speaker, and where the article introduced them (when not in this sentence)."""
        chunk = candidate.hit.chunk
        document = self.retriever.document(chunk.doc_id)
        earlier = [c.text for c in document if (c.page or 0, c.paragraph) < (chunk.page or 0, chunk.paragraph)]
        before = "\n\n".join([*earlier, chunk.text[: candidate.sentence.start]])
        person, named_here = speaker(candidate.sentence.text, before)
        if person is None:
            return None, None
        full = f"{person.rank} {person.name}".strip()
        if (
            named_here
            and full in candidate.sentence.text
            and (not person.role or person.role in candidate.sentence.text)
        ):
            return person, None
        for other in document:
            for sentence in quote_units(other.text):
                if full in sentence.text and (not person.role or person.role in sentence.text):
                    return person, (other, sentence)
        return person, None

    # --- writing -------------------------------------------------------------------------------------------

    def _short_answer(self, question: Question, candidate: _Candidate) -> tuple[str, _Candidate]:
        span = candidate.spans[0]
        if question.kind is Kind.WHO:
            people = [p for p in find_people(candidate.sentence.text) if p.role] or find_people(candidate.sentence.text)
            if people:
                span = candidate.sentence.text[people[0].start : people[0].end].strip(" ,")
        return span, candidate

    def _compose(
        self,
        question: Question,
        chosen: list[_Candidate],
        lead: tuple[str, _Candidate] | None = None,
        speaker: tuple[Person, tuple[Chunk, Sentence] | None] | None = None,
    ) -> Answer:
        t = self.templates[question.language]
        citations: list[Citation] = []
        numbers: dict[str, int] = {}

        def cite(chunk: Chunk, quote: str, spans: tuple[str, ...] = ()) -> int:
            if chunk.id in numbers:
                n = numbers[chunk.id]
                old = citations[n - 1]
                quotes = old.quote if quote in old.quote else f"{old.quote} … {quote}"
                citations[n - 1] = Citation(n, chunk, quotes, old.spans + spans)
                return n
            numbers[chunk.id] = len(citations) + 1
            citations.append(Citation(len(citations) + 1, chunk, quote, spans))
            return numbers[chunk.id]

        lines = []
        if lead is not None:
            span, candidate = lead
            n = cite(candidate.hit.chunk, candidate.sentence.text, (span,))
            lines.append(t.fill("short_answer", answer=span, n=n))
        if speaker is not None:
            person, intro = speaker
            source_chunk, source_sentence = intro if intro else (chosen[0].hit.chunk, chosen[0].sentence)
            pieces = tuple(p for p in (f"{person.rank} {person.name}".strip(), person.role) if p)
            n = cite(source_chunk, source_sentence.text, pieces)
            lines.append(t.fill("speaker", speaker=person.label, n=n))
        for candidate in chosen:
            chunk = candidate.hit.chunk
            if candidate.lead_in is not None:
                lead_chunk, lead_sentence = candidate.lead_in
                n = cite(lead_chunk, lead_sentence.text)
                lines.append(
                    t.fill(
                        "evidence",
                        source=_source(lead_chunk, t),
                        date=_date(lead_chunk, t),
                        quote=_quoted(lead_sentence.text),
                        n=n,
                    )
                )
            n = cite(chunk, candidate.sentence.text)
            lines.append(
                t.fill(
                    "evidence",
                    source=_source(chunk, t),
                    date=_date(chunk, t),
                    quote=_quoted(candidate.sentence.text),
                    n=n,
                )
            )
        return Answer(
            question=question.text,
            text="\n".join(lines),
            abstained=False,
            citations=citations,
            language=question.language,
            kind=question.kind.value,
            answerer=self.name,
        )

    def _abstain(self, question: Question, reason: str, related: list[Chunk]) -> Answer:
        t = self.templates[question.language]
        return Answer(
            question=question.text,
            text=t.fill("abstain", reason=reason),
            abstained=True,
            language=question.language,
            kind=question.kind.value,
            related=related,
            answerer=self.name,
        )


_EVENT_DATE = re.compile(r"(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b")
_QUOTE_MARKS = ('"', "“", "”", "‘", "'")


def _quoted(sentence: str) -> str:
    """Wrap a verbatim sentence in quotation marks, unless it opens with its own."""
    return sentence if sentence.startswith(_QUOTE_MARKS) else f"“{sentence}”"


def _source(chunk: Chunk, t: Templates) -> str:
    name = chunk.source if chunk.source and chunk.source != "Tidak diketahui" else chunk.title
    return name + (t.fill("page", page=chunk.page) if chunk.page is not None else "")


def _date(chunk: Chunk, t: Templates) -> str:
    return t.fill("date", date=chunk.date) if chunk.date else ""


def _is_speech(sentence: str) -> bool:
    return is_quote(sentence) or bool(
        re.search(
            r"\b(kata|ujar|ucap|ungkap|tegas|jelas|mengatakan|menegaskan|menyampaikan|menekankan|menjelaskan)\w*\b",
            sentence,
        )
    )


def _asked_role(question: Question) -> tuple[str, tuple[tuple[str, ...], ...]] | None:
    """(role head, place words) when a who-question asks who holds a post: "Siapa Kapolres Jombang?"."""
    match = _ROLE_QUESTION.search(question.text)
    if not match:
        return None
    head = _ROLE_EN.get(match.group("head").lower(), match.group("head").lower())
    places = tuple(g for g in question.entities if g[0] != head and not _ROLE_QUESTION.fullmatch(g[0]))
    return head, places


def _role_matches(person: Person, head: str, places: tuple[tuple[str, ...], ...]) -> bool:
    role = person.role_normalized.lower()
    if not role:
        return False
    role_head = role.split()[0]
    family = {"kapolres": {"kapolres", "kapolresta", "kapolrestabes"}, "wakapolres": {"wakapolres", "wakapolresta"}}
    if role_head not in family.get(head, {head}):
        return False
    return all(any(alt in role for alt in group) for group in places)
