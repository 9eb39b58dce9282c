"""The default answerer: extractive, no LLM. It picks source sentences and quotes them with citations.

Strategies by what the question asks:
- who holds a post → the person the text introduces with that role, or an abstention (never a person with
  another role who happens to be near the words);
- who said something → the quotation and its speaker as the article introduced them, with that
  introduction cited when the quote itself only says "jelasnya";
- is something allowed → a verdict (Dilarang / Diperbolehkan / Diwajibkan) from a rule sentence about the
  asked activity, its legal basis when the document names one, or "not covered by the corpus";
- everything else → the best-scoring sentences, led by the short answer span for typed questions.
It abstains when the question's names are in no retrieved document, when no sentence holds the asked-for
type, or when the evidence covers too little of the question: a similarity score alone cannot tell.
"""

from assistant.answer import Answer
from assistant.draft import Draft, abstention
from assistant.evidence import is_speech
from assistant.prompts import Templates
from assistant.question import Kind, Question
from assistant.retrieve import Hit, Retriever
from assistant.roles import Post, asked_post, holds_post, post_text
from assistant.score import MIN_COVERAGE, MIN_LOCAL_COVERAGE, Candidate, Scorer, choose
from assistant.terms import Analyzer
from index.document import Chunk
from index.people import RANK_WORDS, Person, find_people
from index.quotes import Quote, speaker
from index.rules import legal_references, rule_kind
from index.sentences import Sentence, quote_units

_TYPED = (Kind.WHO, Kind.WHEN, Kind.WHERE, Kind.HOW_MANY, Kind.LAW, Kind.ALLOWED)


class ExtractiveAnswerer:
    name = "extractive"

    def __init__(self, retriever: Retriever, analyzer: Analyzer, templates: dict[str, Templates], max_citations: int):
        self.retriever = retriever
        self.templates = templates
        self.max_citations = max_citations
        self.scorer = Scorer(retriever, analyzer)

    def answer(self, question: Question, hits: list[Hit]) -> Answer:
        t = self.templates[question.language]
        related = [h.chunk for h in hits[:3]]
        if not hits:
            return self._abstain(question, t.fill("weak_match"), related)
        missing = self.scorer.missing_entities(question, hits)
        admissible = [h for h in hits if not missing.get(h.chunk.doc_id)]
        if not admissible:
            nowhere = set.intersection(*missing.values()) or missing[hits[0].chunk.doc_id]
            names = ", ".join(f"“{e}”" for e in sorted(nowhere))
            return self._abstain(question, t.fill("missing_entities", entities=names), related)
        candidates = self.scorer.candidates(question, admissible)
        if question.kind is Kind.WHO and (post := asked_post(question)):
            return self._answer_post(question, post, candidates, related)
        if question.kind is Kind.WHO and question.asks_speech:
            return self._answer_said(question, candidates, related)
        return self._answer_typed(question, candidates, related)

    # --- strategies ----------------------------------------------------------------------------------------

    def _answer_typed(self, question: Question, candidates: list[Candidate], related: list[Chunk]) -> Answer:
        t = self.templates[question.language]
        relevant = [c for c in candidates if c.context >= MIN_COVERAGE and c.predicate >= MIN_COVERAGE]
        if not relevant:
            reason = t.fill("not_regulated") if question.kind is Kind.ALLOWED else t.fill("weak_match")
            return self._abstain(question, reason, related)
        if question.kind in _TYPED:
            relevant = [
                c for c in relevant if c.spans and c.local >= MIN_LOCAL_COVERAGE and self.scorer.on_topic(question, c)
            ]
            if not relevant:
                what = t.fill(f"what_{question.kind.value}")
                reason = t.fill("not_regulated") if question.kind is Kind.ALLOWED else t.fill("missing_kind", what=what)
                return self._abstain(question, reason, related)
        chosen = choose(question, relevant, self.max_citations)
        draft = Draft(question, t, self.name)
        best = chosen[0]
        if question.kind is Kind.ALLOWED:
            self._verdict(draft, best)
        elif question.kind in _TYPED:
            draft.short_answer(self._short_answer(question, best), best.chunk, best.sentence.text)
        if question.asks_speech and is_speech(best.sentence.text):
            person, intro = self._speaker(best)
            if person is not None:
                chunk, sentence = intro or (best.chunk, best.sentence)
                draft.speaker(person, chunk, sentence.text)
        for candidate in chosen:
            if candidate.lead_in is not None:
                draft.evidence(candidate.lead_in[0], candidate.lead_in[1].text)
            draft.evidence(candidate.chunk, candidate.sentence.text)
        if question.kind is Kind.ALLOWED:
            self._legal_basis(draft, best)
        return draft.answer()

    def _answer_post(self, question: Question, post: Post, candidates: list[Candidate], related: list[Chunk]) -> Answer:
        t = self.templates[question.language]
        for candidate in sorted(candidates, key=lambda c: -c.score):
            for person in find_people(candidate.sentence.text):
                if holds_post(person, post):
                    draft = Draft(question, t, self.name)
                    label = candidate.sentence.text[person.start : person.end].strip(" ,")
                    draft.short_answer(label, candidate.chunk, candidate.sentence.text)
                    draft.evidence(candidate.chunk, candidate.sentence.text)
                    return draft.answer()
        what = t.fill("what_role", role=post_text(post))
        return self._abstain(question, t.fill("missing_kind", what=what), related)

    def _answer_said(self, question: Question, candidates: list[Candidate], related: list[Chunk]) -> Answer:
        t = self.templates[question.language]
        quoted = [c for c in candidates if c.context >= MIN_COVERAGE and c.coverage > 0 and is_speech(c.sentence.text)]
        best = max(quoted, key=lambda c: (c.coverage, c.score)) if quoted else None
        person, intro = self._speaker(best) if best else (None, None)
        if best is None or person is None:
            return self._abstain(question, t.fill("missing_kind", what=t.fill("what_who")), related)
        draft = Draft(question, t, self.name)
        chunk, sentence = intro or (best.chunk, best.sentence)
        draft.speaker(person, chunk, sentence.text)
        draft.evidence(best.chunk, best.sentence.text)
        return draft.answer()

    # --- pieces --------------------------------------------------------------------------------------------

    def _verdict(self, draft: Draft, best: Candidate) -> None:
        """Dilarang / Diperbolehkan / Diwajibkan, from the rule sentence itself (or its lead-in)."""
        rule_text = best.lead_in[1].text if best.lead_in and not rule_kind(best.sentence.text) else best.sentence.text
        found = rule_kind(rule_text)
        if found:
            draft.text_line(f"verdict_{found[0]}")

    def _legal_basis(self, draft: Draft, best: Candidate) -> None:
        """The legal reference the rule's own paragraph, or failing that its document, names, if any."""
        document = self.retriever.document(best.chunk.doc_id)
        nearest = sorted(document, key=lambda c: (c.id != best.chunk.id, abs(c.paragraph - best.chunk.paragraph)))
        for chunk in nearest:
            for unit in quote_units(chunk.text):
                refs = legal_references(unit.text)
                if refs:
                    draft.add("legal_basis", chunk, unit.text, refs, refs="; ".join(refs))
                    return

    def _short_answer(self, question: Question, candidate: Candidate) -> str:
        if question.kind is Kind.WHO:
            people = find_people(candidate.sentence.text)
            with_role = [p for p in people if p.role] or people
            if with_role:
                return candidate.sentence.text[with_role[0].start : with_role[0].end].strip(" ,")
        return candidate.spans[0]

    def _speaker(self, candidate: Candidate) -> tuple[Person | None, tuple[Chunk, Sentence] | None]:
        """The quoted sentence's speaker, and where the article introduced them (when not in this sentence).

        The quote index built at index time answers first; a sentence it does not list (say, a question about
        a paragraph indexed before quotes were extracted) is attributed the same way on the spot."""
        chunk = candidate.chunk
        document = self.retriever.document(chunk.doc_id)
        indexed = [Quote(**raw) for raw in chunk.quotes if candidate.sentence.text in raw["sentence"]]
        if indexed:
            rank_and_name, role = indexed[0].speaker, indexed[0].role
            rank = next((r for r in RANK_WORDS if rank_and_name.startswith(f"{r} ")), "")
            person = Person(name=rank_and_name.removeprefix(rank).strip(), rank=rank, role=role)
        else:
            earlier = [c.text for c in document if (c.page or 0, c.paragraph) < (chunk.page or 0, chunk.paragraph)]
            before = "\n\n".join([*earlier, chunk.text[: candidate.sentence.start]])
            person, _ = speaker(candidate.sentence.text, before)
        if person is None:
            return None, None
        full = f"{person.rank} {person.name}".strip()

        def introduces(sentence: str) -> bool:
            return full in sentence and (not person.role or person.role in sentence)

        if introduces(candidate.sentence.text):
            return person, None
        for other in document:
            for sentence in quote_units(other.text):
                if introduces(sentence.text):
                    return person, (other, sentence)
        return person, None

    def _abstain(self, question: Question, reason: str, related: list[Chunk]) -> Answer:
        return abstention(question, self.templates[question.language], reason, related, self.name)
