"""The answer to a question that asks for a list ("Apa saja kewajiban anggota Polri …?", "What are officers
permitted to do …?", "Sebutkan dasar hukum …"): the list itself, as the document gives it. Its lead-in
("Setiap anggota Polri wajib:") is quoted with its source, then each item with its own citation, so a trainer
gets the fourteen prohibitions, not the paragraph that says the book lists them.

A list is found through the selector's best sentences: one of them is a lead-in ("…:", always the last sentence
of its paragraph) or an item under one. The lead-in, its items and the heading of its section must be about the
question; when the question names the kind of rule it wants (duties, prohibitions, what is allowed), the
lead-in must state that kind. Nothing found: the answer is left to the leads of `kinds.py`.
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
from lang.terms import words

LIST_LOOK_AT = 8  # the selector's best sentences a list is looked for through
MAX_ITEMS = 20
# Share of the question the lead-in and its items must cover. Lower than a single rule's bar: the lead-in already
# states the kind of rule asked for, and the question's other words ("selama tahapan Pilkada") are the list's
# setting, which a document states once, above it.
LIST_ON_TOPIC = 0.3
MAX_LIST_CHARS = 1500  # of quoted items: a long list is cut (the first item always shown), and the answer says so
ASKED_KIND_WORDS = 5  # the words after "apa saja"/"what are" that say which kind of rule is listed

_ASKS_LIST = re.compile(
    r"\b(?:apa|siapa|mana|hal(?:-hal)?\s+apa|apa-apa)\s+saja(?:kah)?\b|\bsebutkan\b"
    r"|(?:^|[.!?,]\s*)(?:what|which)\s+(?:are|were)\b|(?:^|[.!?]\s*)(?:list|name)\s+the\b|\bsummari[sz]e\s+the\b",
    re.I,
)
# English kinds, prohibitions first ("not permitted" also contains "permitted"); "may face", "can do" name none.
_ENGLISH_KINDS = (
    (
        "prohibition",
        re.compile(r"\b(?:forbidden|prohibit\w*|banned|not (?:allowed|permitted)|must not|cannot)\b", re.I),
    ),
    ("obligation", re.compile(r"\b(?:must|required|obliged|obligations?|duties|duty|have to)\b", re.I)),
    ("permission", re.compile(r"\b(?:allowed|permitted)\b", re.I)),
)
Items = list[tuple[Chunk, str]]


@dataclass(frozen=True)
class FoundList:
    chunk: Chunk  # the lead-in's paragraph
    lead_in: str
    items: Items


def asks_list(question: Question) -> bool:
    return bool(_ASKS_LIST.search(question.text))


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
        position = coverage.corpus.position(chunk)
        if position is None:
            continue
        document = coverage.corpus.document(chunk.doc_id)
        items = _items(document, position)
        kind = rule_kind(lead_in)
        if len(items) < 2 or (asked is not None and (kind is None or kind[0] != asked)):
            continue
        # A section heading names the topic of a lead-in that states no rule kind ("C. Dasar Hukum" over "Pedoman
        # ini disusun berdasarkan:"), or of one whose kind the question asks for. A lead-in that states a kind
        # the question does not ask for ("Setiap anggota Polri wajib:" under "Kewajiban, Pelaporan, dan Sanksi")
        # lists rules of that kind: its chapter's other topics do not make it answer "summarise the sanctions".
        section = _section(document, position) if kind is None or asked is not None else ""
        topic = " ".join([section, lead_in, *(text for _, text in items)])
        if coverage.about(question.groups, topic) >= LIST_ON_TOPIC:
            return FoundList(chunk, lead_in, items)
    return None


def quote_list(draft: Draft, found: FoundList) -> None:
    """The lead-in with its source, then each item (the first always, the rest within the length budget), then
    how many more the source lists when some are cut."""
    draft.evidence(found.chunk, found.lead_in)
    shown, length = 0, 0
    for item_chunk, text in found.items[:MAX_ITEMS]:
        length += len(text)
        if shown and length > MAX_LIST_CHARS:
            break
        draft.add("list_item", item_chunk, text, item=text)
        shown += 1
    if shown < len(found.items):
        draft.text_line("list_continues", count=len(found.items) - shown)


def _asked_kind(question: Question) -> str | None:
    """The kind of rule the list is to hold, when the words right after the ask name one ("apa saja kewajiban …",
    "hal apa saja yang boleh …", "what are officers not permitted to do"); not a rule word further on ("apa saja
    sanksi bagi anggota yang melanggar larangan …" asks for sanctions)."""
    match = _ASKS_LIST.search(question.text)
    after = " ".join(words(question.text[match.end() :])[:ASKED_KIND_WORDS]) if match else ""
    if question.language == "id":
        found = rule_kind(after)
        return found[0] if found else None
    return next((kind for kind, pattern in _ENGLISH_KINDS if pattern.search(after)), None)


def _opening(candidate: Candidate, coverage: Coverage) -> tuple[Chunk, str] | None:
    """The lead-in ("…:") the candidate is, or the one whose list the candidate is an item of."""
    if candidate.sentence.text.rstrip().endswith(":"):
        return candidate.chunk, candidate.sentence.text
    found = lead_in_of(candidate, coverage) if candidate.chunk.kind == "list" else None
    return found if found and found[1].rstrip().endswith(":") else None


def _section(document: list[Chunk], position: int) -> str:
    """The heading of the section a paragraph is in ("" when the document has none above it)."""
    return next((c.text for c in reversed(document[:position]) if c.kind == "heading"), "")


def _items(document: list[Chunk], position: int) -> Items:
    """The list paragraphs right after the lead-in's paragraph (a lead-in ends its paragraph: sentences split at
    ".!?", never at ":")."""
    items: Items = []
    for following in document[position + 1 :]:
        if following.kind != "list":
            break
        items.append((following, following.text))
    return items
