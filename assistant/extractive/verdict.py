"""The verdict for an officer's "is it allowed" question, read from the rule that covers the asked act.

Among the selector's best sentences, a rule is a sentence (or a list item under its "Anggota Polri dilarang:"
lead-in) whose clauses state a prohibition, permission or obligation (`lang.rules.clauses`). The clause that
covers the asked act decides, not the sentence's first modal word: "boleh didokumentasikan, tetapi … tidak untuk
diunggah di media sosial pribadi" forbids uploading. When two clauses cover the act equally, the stricter one
decides (a wrong "allowed" is the worst answer an officer can get).

Authority: a rule from a regulation or a guideline decides (`index.authority`). A news or other document alone
does not: its claim is shown as "according to <source>". When another source in the best sentences says the
opposite, the answer says so and quotes it after the deciding one.
"""

import re
from dataclasses import dataclass, replace

from assistant.answer import Verdict
from assistant.coverage import Coverage
from assistant.draft import Draft, quoted, source_label
from assistant.extractive.candidates import Candidate
from assistant.question import Question
from assistant.rerank import Ranking
from index.authority import is_authoritative
from index.document import Chunk
from lang.rules import Clause, clauses, legal_references, rule_kind
from lang.sentences import quote_units
from lang.terms import TermGroup

RULE_LOOK_AT = 5  # the rule may be a list item below the best sentence
CONFLICT_LOOK_AT = 8  # a source that says the opposite is looked for a little further
ON_TOPIC = 0.5  # share of the question's specific terms (IDF-weighted) a rule's clause and its lead-in must hold
BEST_ON_TOPIC = 0.25  # … or, for the selector's best sentence (which it judged by meaning too), this share
MAX_LIST_WALK = 30  # list items walked back to find their lead-in
_DUTY = re.compile(r"\b(must|have to|should|obligation|obliged|required|wajib|harus|kewajiban)\b", re.I)
_VALUE = {"prohibition": "forbidden", "permission": "allowed", "obligation": "required"}
_STRICTNESS = {"prohibition": 2, "obligation": 1, "permission": 0}


@dataclass(frozen=True)
class Finding:
    """A rule among the candidates that covers the asked act, and what it says of it."""

    candidate: Candidate
    clause: Clause
    lead_in: tuple[Chunk, str] | None  # the list's "…:" or the previous paragraph's sentence the rule leans on

    @property
    def value(self) -> str:
        kind = self.clause.kind or ""
        return "conditional" if kind == "permission" and self.clause.condition else _VALUE[kind]

    @property
    def condition(self) -> str:
        """A conditional verdict's condition, verbatim without its closing punctuation ("" for the others)."""
        return self.clause.condition.rstrip(" .;,") if self.value == "conditional" else ""

    @property
    def authoritative(self) -> bool:
        return is_authoritative(self.candidate.chunk.doc_kind)

    def opposes(self, other: "Finding") -> bool:
        return {self.value, other.value} in ({"forbidden", "allowed"}, {"forbidden", "conditional"})


def findings(question: Question, ranked: list[Candidate], ranking: Ranking) -> list[Finding]:
    """The rules among the candidates that cover the asked act, in the selector's order. Any source's rule among
    the best few; a regulation's or guideline's rule at any rank (the rules-only retrieval put them among the
    candidates): it decides even when news ranks higher."""
    coverage = ranking.coverage
    strict = full_weight(question)
    asks_duty = bool(_DUTY.search(question.text))  # "what must I do if …": the obligation its condition triggers
    found: list[Finding] = []
    best_authority = True  # the selector's best authoritative rule is not yet seen
    for position, candidate in enumerate(ranked):
        authoritative = is_authoritative(candidate.chunk.doc_kind)
        if position >= CONFLICT_LOOK_AT and not authoritative:
            continue
        lead_in = lead_in_of(candidate, coverage)
        inherited = rule_kind(lead_in[1]) if lead_in else None
        context = lead_in[1] if lead_in else ""
        # "melaporkan kepada atasan apabila menerima pemberian" obliges reporting, it rules nothing on accepting:
        # an obligation's condition is not the act it rules on.
        every = [c for c in clauses(candidate.sentence.text, inherited[0] if inherited else None) if c.kind]
        parts = [c for c in every if asks_duty or not (c.kind == "obligation" and c.is_condition)]
        if not parts:
            continue
        # The clause about the act itself ("… can I give him tips?"), not about the question's setting ("while
        # coordinating security …"), decides; on a tie the stricter one.
        on_act = {id(c): coverage.about(question.act, f"{context} {c.scope}") for c in parts}
        clause = max(parts, key=lambda c: (on_act[id(c)], _STRICTNESS[c.kind]))
        if len(parts) < len(every) and on_act[id(clause)] == 0:
            continue  # only the obligation's condition names the asked act
        first_authority = authoritative and best_authority
        best_authority = best_authority and not authoritative
        on_topic = _coverage(question, parts, context, candidate, coverage) >= (
            BEST_ON_TOPIC if position == 0 else ON_TOPIC  # lower ones at 0.25: 3 wrong
        )
        if first_authority and not on_topic:
            # The best authoritative rule, at the lower bar, judged with the English words the glossary cannot
            # translate at full weight: they never match the Indonesian rule, so they count as missing.
            on_topic = _coverage(strict, parts, context, candidate, coverage) >= BEST_ON_TOPIC
        if on_topic and (position < RULE_LOOK_AT or found or position >= CONFLICT_LOOK_AT):
            found.append(Finding(candidate, clause, lead_in))
    return found


def _coverage(question: Question, parts: list[Clause], context: str, candidate: Candidate, coverage: Coverage) -> float:
    """How much of the question the best clause (with the lead-in it leans on) covers; when the act's words are
    spread over several clauses, the sentence as a whole."""
    covered = max(coverage.about(question.groups, f"{context} {c.scope}") for c in parts)
    if covered < ON_TOPIC:
        covered = coverage.about(question.groups, f"{context} {candidate.sentence.text}")
    return covered


def full_weight(question: Question) -> Question:
    """The question with every term group at full weight (English words the glossary lacks included)."""
    return replace(question, groups=tuple(TermGroup(tuple(g)) for g in question.groups))


def lead_in_of(candidate: Candidate, coverage: Coverage) -> tuple[Chunk, str] | None:
    """What a rule sentence leans on: the "…:" before it in its paragraph; for a paragraph's first sentence, the
    "…:" the list it belongs to opens with (walking back over the list's items), or the previous paragraph's
    last sentence (a rule an article splits over two paragraphs)."""
    if candidate.previous is not None:
        text = candidate.previous.text
        return (candidate.chunk, text) if text.rstrip().endswith(":") else None
    chunk: Chunk | None = candidate.chunk
    first = coverage.previous(candidate.chunk)
    previous = first
    for _ in range(MAX_LIST_WALK):
        if previous is None or chunk is None:
            break
        units = quote_units(previous.text)
        if units and units[-1].text.rstrip().endswith(":"):
            return previous, units[-1].text
        if not (chunk.kind == "list" and previous.kind == "list"):
            break
        chunk, previous = previous, coverage.previous(previous)
    units = quote_units(first.text) if first else []
    return (first, units[-1].text) if first and units else None


def covered(question: Question, ranked: list[Candidate], ranking: Ranking) -> bool:
    """Whether a regulation's or guideline's rule covers the asked act: then the verdict logic answers, whatever
    the selector's confidence in its best sentence."""
    return any(f.authoritative for f in findings(question, ranked, ranking))


def decide(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Candidate | None:
    """Write the verdict line (and, at the end, a conflicting source); the deciding rule's candidate, or None
    when no rule covers the act."""
    found = findings(question, ranked, ranking)
    if not found:
        return None
    deciding = next((f for f in found if f.authoritative), found[0])
    conflict = next((f for f in found if f.opposes(deciding)), None)
    t = draft.t
    if deciding.authoritative:
        draft.text_line(f"verdict_{deciding.value}", condition=deciding.condition)
    else:
        source = source_label(deciding.candidate.chunk, t)
        draft.text_line("verdict_by_source", source=source, verdict=t.fill(f"word_{deciding.value}"))
    lead_in = deciding.lead_in
    if lead_in and not rule_kind(deciding.candidate.sentence.text) and lead_in[0].id != deciding.candidate.chunk.id:
        draft.evidence(*lead_in)
    if conflict is not None:
        chunk, sentence = conflict.candidate.chunk, conflict.candidate.sentence.text
        values = {"source": source_label(chunk, t), "verdict": t.fill(f"word_{conflict.value}")}
        draft.finally_add("conflict", chunk, sentence, **values, quote=quoted(sentence))
    draft.verdict = Verdict(
        deciding.value,
        deciding.condition,
        deciding.authoritative,
        deciding.candidate.chunk.doc_kind,
        conflict is not None,
    )
    return deciding.candidate


def legal_basis(draft: Draft, candidate: Candidate, ranking: Ranking) -> None:
    """The legal reference the rule's own paragraph, or failing that its document, names, if any."""
    document = ranking.corpus.document(candidate.chunk.doc_id)
    nearest = sorted(document, key=lambda c: (c.id != candidate.chunk.id, abs(c.paragraph - candidate.chunk.paragraph)))
    for chunk in nearest:
        for unit in quote_units(chunk.text):
            refs = legal_references(unit.text)
            if refs:
                draft.add("legal_basis", chunk, unit.text, refs, refs="; ".join(refs))
                return
