"""The answer to a question that asks for a list ("Apa saja kewajiban anggota Polri …?", "What are officers
permitted to do …?", "Sebutkan dasar hukum …"): the list itself, as the document gives it. Its lead-in
("Setiap anggota Polri wajib:") is quoted with its source, then each item with its own citation, so a trainer
gets the fourteen prohibitions, not the paragraph that says the book lists them.

A list is found through the selector's best sentences: one of them is a lead-in ("…:") or an item under one. The
lead-in, its items and the heading of its section must be about the question; when the question names the kind of
rule it wants (duties, prohibitions, what is allowed), the lead-in must state that kind. Nothing found: the answer
is left to the other leads (a verdict, the quoted sentences).
"""

import re
from dataclasses import dataclass

from assistant.coverage import Coverage
from assistant.draft import Draft
from assistant.extractive.candidates import Candidate
from assistant.extractive.rule_match import lead_in_of
from assistant.question import Question
from assistant.rerank import Ranking
from index.document import Chunk
from lang.rules import rule_kind
from lang.sentences import quote_units

LIST_LOOK_AT = 8  # the selector's best sentences a list is looked for through
MAX_ITEMS = 20
# Share of the question the lead-in and its items must cover. Lower than a single rule's bar: the lead-in already
# states the kind of rule asked for, and the question's other words ("selama tahapan Pilkada") are the list's
# setting, which a document states once, above it.
LIST_ON_TOPIC = 0.3
MAX_LIST_CHARS = 1500  # of quoted items: a long list is cut, and its lead-in's citation leads to the rest

_ASKS_LIST = re.compile(
    r"\b(?:apa|siapa|mana|hal(?:-hal)?\s+apa|apa-apa)\s+saja(?:kah)?\b|\bsebutkan\b|^(?:what|which)\s+(?:are|were)\b"
    r"|^list\b|\bsummari[sz]e\s+the\b",
    re.I,
)
_ENGLISH_KINDS = (
    ("prohibition", re.compile(r"\b(?:forbidden|prohibit\w*|banned|not allowed|must not|may not)\b", re.I)),
    ("obligation", re.compile(r"\b(?:must|required|obliged|obligations?|duties|duty|have to)\b", re.I)),
    ("permission", re.compile(r"\b(?:allowed|permitted|may)\b", re.I)),
)
Items = list[tuple[Chunk, str]]


def asks_list(question: Question) -> bool:
    return bool(_ASKS_LIST.search(question.text))


@dataclass(frozen=True)
class FoundList:
    candidate: Candidate  # the best sentence the list was found through
    chunk: Chunk  # the lead-in's paragraph
    lead_in: str
    items: Items


def find_list(question: Question, ranked: list[Candidate], ranking: Ranking) -> FoundList | None:
    """The list on the question's topic that one of the best sentences opens or belongs to, if any."""
    if not asks_list(question):
        return None
    asked = _asked_kind(question)
    coverage = ranking.coverage
    for candidate in ranked[:LIST_LOOK_AT]:
        opening = _opening(candidate, coverage)
        if opening is None:
            continue
        chunk, lead_in = opening
        items = _items(chunk, lead_in, coverage)
        kind = rule_kind(lead_in)
        if len(items) < 2 or (asked is not None and (kind is None or kind[0] != asked)):
            continue
        # A section heading names the topic of a lead-in that states none ("C. Dasar Hukum" over "Pedoman ini
        # disusun berdasarkan:"); a lead-in that states its kind ("Setiap anggota Polri wajib:") lists rules of that
        # kind, whatever else its chapter ("Kewajiban, Pelaporan, dan Sanksi") holds.
        section = _section(chunk, coverage) if kind is None or asked is not None else ""
        topic = " ".join([section, lead_in, *(text for _, text in items)])
        if coverage.about(question.groups, topic) >= LIST_ON_TOPIC:
            return FoundList(candidate, chunk, lead_in, items)
    return None


def list_answer(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Candidate | None:
    """Quote the list (`find_list`): its lead-in with its source, then each item; None when there is none."""
    found = find_list(question, ranked, ranking)
    if found is None:
        return None
    draft.evidence(found.chunk, found.lead_in)
    length = 0
    for item_chunk, text in found.items[:MAX_ITEMS]:
        length += len(text)
        if length > MAX_LIST_CHARS:
            break
        draft.add("list_item", item_chunk, text, item=text)
    return found.candidate


def _asked_kind(question: Question) -> str | None:
    """The kind of rule the list is to hold, when the question names one ("kewajiban", "what is allowed")."""
    if question.language == "id":
        found = rule_kind(question.text)
        return found[0] if found else None
    return next((kind for kind, pattern in _ENGLISH_KINDS if pattern.search(question.text)), None)


def _opening(candidate: Candidate, coverage: Coverage) -> tuple[Chunk, str] | None:
    """The lead-in ("…:") the candidate is, or the one whose list it is an item of."""
    if candidate.sentence.text.rstrip().endswith(":"):
        return candidate.chunk, candidate.sentence.text
    found = lead_in_of(candidate, coverage) if candidate.chunk.kind == "list" or candidate.previous else None
    return found if found and found[1].rstrip().endswith(":") else None


def _section(chunk: Chunk, coverage: Coverage) -> str:
    """The heading of the section a paragraph is in ("C. Dasar Hukum" above "Pedoman ini disusun berdasarkan:"):
    it names the list's topic that the lead-in leaves to it ("" when the document has none above it)."""
    document = coverage.corpus.document(chunk.doc_id)
    position = next((i for i, c in enumerate(document) if c.id == chunk.id), 0)
    return next((c.text for c in reversed(document[:position]) if c.kind == "heading"), "")


def _items(chunk: Chunk, lead_in: str, coverage: Coverage) -> Items:
    """The items under a lead-in: the sentences after it in its paragraph, else the list paragraphs after it."""
    units = [u.text for u in quote_units(chunk.text)]
    after = units[units.index(lead_in) + 1 :] if lead_in in units else []
    if after:
        return [(chunk, text) for text in after]
    document = coverage.corpus.document(chunk.doc_id)
    position = next((i for i, c in enumerate(document) if c.id == chunk.id), len(document))
    items: Items = []
    for following in document[position + 1 :]:
        if following.kind != "list":
            break
        items.append((following, following.text))
    return items
