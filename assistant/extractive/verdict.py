"""The verdict for an officer's "is it allowed" question, read from the rule that covers the asked act.

Among the selector's best sentences, a rule is a sentence (or a list item under its "Anggota Polri dilarang:"
lead-in) whose clauses state a prohibition, permission or obligation (`index.rules.clauses`). The clause that
covers the asked act decides, not the sentence's first modal word: "boleh didokumentasikan, tetapi … tidak untuk
diunggah di media sosial pribadi" forbids uploading. When two clauses cover the act equally, the stricter one
decides (a wrong "allowed" is the worst answer an officer can get).

Authority: a rule from a regulation or a guideline decides (`index.authority`). A news or other document alone
does not: its claim is shown as "according to <source>". When another source in the best sentences says the
opposite, the answer says so and quotes it after the deciding one.
"""

from dataclasses import dataclass

from assistant.answer import Verdict
from assistant.draft import Draft, quoted, source_label
from assistant.extractive.candidates import Candidate
from assistant.question import Question
from assistant.retrieve import Retriever
from assistant.score import Scorer
from index.authority import is_authoritative
from index.document import Chunk
from index.rules import Clause, clauses, legal_references, rule_kind
from index.sentences import quote_units

RULE_LOOK_AT = 5  # the rule may be a list item below the best sentence
CONFLICT_LOOK_AT = 8  # a source that says the opposite is looked for a little further
ON_TOPIC = 0.5  # share of the question's specific terms (IDF-weighted) a rule's clause and its lead-in must hold
MAX_LIST_WALK = 30  # list items walked back to find their lead-in
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
    def authoritative(self) -> bool:
        return is_authoritative(self.candidate.chunk.doc_kind)

    def opposes(self, other: "Finding") -> bool:
        return {self.value, other.value} in ({"forbidden", "allowed"}, {"forbidden", "conditional"})


def findings(question: Question, ranked: list[Candidate], retriever: Retriever) -> list[Finding]:
    """The rules among the best candidates that cover the asked act, in the selector's order."""
    scorer = Scorer(retriever, retriever.analyzer)
    found = []
    for position, candidate in enumerate(ranked[:CONFLICT_LOOK_AT]):
        lead_in = lead_in_of(candidate, scorer)
        inherited = rule_kind(lead_in[1]) if lead_in else None
        context = lead_in[1] if lead_in else ""
        scored = [
            (scorer.about(question, f"{context} {c.scope}"), _STRICTNESS[c.kind], c)
            for c in clauses(candidate.sentence.text, inherited[0] if inherited else None)
            if c.kind
        ]
        if not scored:
            continue
        coverage, _, clause = max(scored, key=lambda s: (s[0], s[1]))
        if coverage >= ON_TOPIC and (position < RULE_LOOK_AT or found):
            found.append(Finding(candidate, clause, lead_in))
    return found


def lead_in_of(candidate: Candidate, scorer: Scorer) -> tuple[Chunk, str] | None:
    """What a rule sentence leans on: the "…:" before it in its paragraph; for a paragraph's first sentence, the
    "…:" the list it belongs to opens with (walking back over the list's items), or the previous paragraph's
    last sentence (a rule an article splits over two paragraphs)."""
    if candidate.previous is not None:
        text = candidate.previous.text
        return (candidate.chunk, text) if text.rstrip().endswith(":") else None
    chunk: Chunk | None = candidate.chunk
    first = scorer.previous(candidate.chunk)
    previous = first
    for _ in range(MAX_LIST_WALK):
        if previous is None or chunk is None:
            break
        units = quote_units(previous.text)
        if units and units[-1].text.rstrip().endswith(":"):
            return previous, units[-1].text
        if not (chunk.kind == "list" and previous.kind == "list"):
            break
        chunk, previous = previous, scorer.previous(previous)
    units = quote_units(first.text) if first else []
    return (first, units[-1].text) if first and units else None


def decide(draft: Draft, question: Question, ranked: list[Candidate], retriever: Retriever) -> Candidate | None:
    """Write the verdict line (and, at the end, a conflicting source); the deciding rule's candidate, or None
    when no rule covers the act."""
    found = findings(question, ranked, retriever)
    if not found:
        return None
    deciding = next((f for f in found if f.authoritative), found[0])
    conflict = next((f for f in found if f.opposes(deciding)), None)
    t = draft.t
    if deciding.authoritative:
        condition = deciding.clause.condition.rstrip(" .;,")
        draft.text_line(f"verdict_{deciding.value}", condition=condition)
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
        deciding.clause.condition.rstrip(" .;,") if deciding.value == "conditional" else "",
        deciding.authoritative,
        deciding.candidate.chunk.doc_kind,
        conflict is not None,
    )
    return deciding.candidate


def legal_basis(draft: Draft, candidate: Candidate, retriever: Retriever) -> None:
    """The legal reference the rule's own paragraph, or failing that its document, names, if any."""
    document = retriever.document(candidate.chunk.doc_id)
    nearest = sorted(document, key=lambda c: (c.id != candidate.chunk.id, abs(c.paragraph - candidate.chunk.paragraph)))
    for chunk in nearest:
        for unit in quote_units(chunk.text):
            refs = legal_references(unit.text)
            if refs:
                draft.add("legal_basis", chunk, unit.text, refs, refs="; ".join(refs))
                return
