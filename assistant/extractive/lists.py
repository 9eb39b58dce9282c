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
from lang.sentences import quote_units
from lang.terms import words

LIST_LOOK_AT = 8  # the selector's best sentences a list is looked for through
MAX_ITEMS = 20
# Share of the question the lead-in and its items must cover. Lower than a single rule's bar: the lead-in already
# states the kind of rule asked for, and the question's other words ("selama tahapan Pilkada") are the list's
# setting, which a document states once, above it.
LIST_ON_TOPIC = 0.3
MAX_LIST_CHARS = 1500  # of quoted items: a long list is cut (the first item always shown), and the answer says so
ASKED_KIND_WORDS = 5  # the words after "apa saja"/"what are" that say which kind of rule is listed
# The words that ask for a kind of rule ("yang masih boleh dilakukan", "not permitted to do"), whatever their place.
_ASK_WORDS = frozenset(
    "yang masih boleh dapat bisa tidak dilakukan dikerjakan dilarang larangan diperbolehkan dibolehkan diizinkan "
    "wajib kewajiban harus diwajibkan hal hal-hal apa saja sebutkan what are were things may must not allowed "
    "permitted forbidden prohibited do can".split()
)
# Where the time a list question trails starts ("… selama masa Pilkada", "during the election period"). A place
# ("di grup WhatsApp keluarga") or a situation ("saat bertugas di TPS") is a topic.
_TIME_SETTING = re.compile(r"\s(?:selama|menjelang|during|throughout)\s.*$", re.I)
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
    """The list on the question's topic that one of the best sentences opens or belongs to; failing that, for a
    question that asks for rules of one kind ("Hal apa saja yang masih boleh dilakukan …?"), such a list in a
    regulation or guideline the retrieval did not reach (its items share few words with the question)."""
    if not asks_list(question) and _SUMMARY_HEAD.search(question.text) is None:
        return _opened_by_best(question, ranked, ranking.coverage)
    # … a summary ("Rangkum tingkatan sanksi …") too: a list among the best sentences is its topic told in full
    asked = _asked_kind(question) if asks_list(question) else None
    coverage = ranking.coverage
    openings = (o for c in ranked[:LIST_LOOK_AT] if (o := _opening(c, coverage)) is not None)
    found = next(
        (f for chunk, lead_in in openings if (f := _on_topic(question, asked, chunk, lead_in, coverage))), None
    )
    if found is not None or asked is None:
        return found
    lead_ins = _rule_lead_ins(coverage)
    found = next(
        (f for chunk, lead_in in lead_ins if (f := _on_topic(question, asked, chunk, lead_in, coverage))), None
    )
    if found is not None or _names_a_topic(question, coverage):
        return found
    # "Hal apa saja yang masih boleh dilakukan anggota Polri selama masa Pilkada?" names no topic beyond the kind
    # and its time: the guideline's one general list of that kind answers it ("Anggota Polri diperbolehkan:", not
    # "Anggota yang terbukti tidak netral dapat dijatuhi sanksi berupa:").
    general = [
        (chunk, lead_in)
        for chunk, lead_in in lead_ins
        if (kind := rule_kind(lead_in))
        and kind[0] == asked
        and not _names_much(lead_in.replace(kind[1], " "), question, coverage)
    ]
    if len(general) != 1:
        return None
    chunk, lead_in = general[0]
    items = _items_after(chunk, coverage)
    return FoundList(chunk, lead_in, items) if len(items) >= 2 else None


def _opened_by_best(question: Question, ranked: list[Candidate], coverage: Coverage) -> FoundList | None:
    """The list the selector's best sentence opens, for a question that does not say it asks for a list ("Jelaskan
    jenjang sanksi …"): a lead-in ("Pelanggaran netralitas ditangani sesuai beratnya:") says nothing without its
    items."""
    if not ranked or not _is_lead_in(ranked[0].sentence.text):
        return None
    return _on_topic(question, None, ranked[0].chunk, ranked[0].sentence.text, coverage)


def _names_a_topic(question: Question, coverage: Coverage) -> bool:
    """Whether the question names something beyond its ask ("apa saja yang boleh dilakukan …"), the domain's
    everyday words (anggota Polri) and the time it trails ("… selama masa Pilkada", "during the election")."""
    match = _ASKS_LIST.search(question.text)
    asked = _TIME_SETTING.sub("", " " + question.text[match.end() :] if match else question.text)
    rest = [word for word in words(asked) if word.lower() not in _ASK_WORDS]
    return _names_much(" ".join(rest), question, coverage)


def _names_much(text: str, question: Question, coverage: Coverage) -> bool:
    """Whether a text names anything beyond the domain's everyday words (anggota, Polri, boleh …)."""
    groups = coverage.analyzer.query_groups(text, question.language)
    return coverage.about(groups, "") < 1.0  # `about` is 1.0 when the groups hold nothing beyond those words


def _on_topic(
    question: Question, asked: str | None, chunk: Chunk, lead_in: str, coverage: Coverage
) -> FoundList | None:
    """The list a lead-in opens, when it is of the asked rule kind and on the question's topic."""
    position = coverage.corpus.position(chunk)
    if position is None:
        return None
    document = coverage.corpus.document(chunk.doc_id)
    items = _items_after(chunk, coverage)
    kind = rule_kind(lead_in)
    if len(items) < 2 or (asked is not None and (kind is None or kind[0] != asked)):
        return None
    # A section heading names the topic of a lead-in that states no rule kind ("C. Dasar Hukum" over "Pedoman
    # ini disusun berdasarkan:"), or of one whose kind the question asks for. A lead-in that states a kind
    # the question does not ask for ("Setiap anggota Polri wajib:" under "Kewajiban, Pelaporan, dan Sanksi")
    # lists rules of that kind: its chapter's other topics do not make it answer "summarise the sanctions".
    section = _section(document, position) if kind is None or asked is not None else ""
    topic = " ".join([section, lead_in, *(text for _, text in items)])
    if not _names_the_listed(question, f"{lead_in} {' '.join(text for _, text in items)}", coverage):
        return None
    return FoundList(chunk, lead_in, items) if coverage.about(question.groups, topic) >= LIST_ON_TOPIC else None


# The thing a list question asks for when it names it by the ask ("… berlaku untuk akun apa saja?", "sanksi apa
# saja …", "apa saja batasan …"); not "hal apa saja", "apa saja yang …".
_LISTED = re.compile(r"\b(\w{3,})\s+apa\s+saja\b|\bapa\s+saja(?:kah)?\s+(\w{3,})", re.I)
# … and the first words of what a summary asks for ("Rangkum tingkatan sanksi …", "Tolong rangkum jenjang sanksi
# …", "Summarize how Polda …"; an explanation asked politely, "Tolong jelaskan …", is no summary of a list).
_SUMMARY_HEAD = re.compile(
    r"^\W*(?:(?:(?:tolong|mohon|coba|please)\s+)?(?:rangkum(?:kan|lah)?|ringkas(?:kan|lah)?|summari[sz]e)"
    r"|jelaskan|explain)\s+(?:(?:the|how|what)\s+)?"
    r"(\w{3,})(?:\s+(\w{3,}))?",
    re.I,
)
_NOT_LISTED = frozenset("hal yang untuk itu dan atau dengan bentuk jenis macam".split())


def _names_the_listed(question: Question, listed: str, coverage: Coverage) -> bool:
    """Whether the list names the thing the question asks to list ("akun apa saja" is not answered by the list of
    prohibitions, whose items name no account); True when the question names none."""
    summary = _SUMMARY_HEAD.search(question.text)
    if summary is not None:  # "Rangkum sanksi yang …": a list naming no sanction is another topic's
        head = coverage.analyzer.query_groups(" ".join(w for w in summary.groups() if w), question.language)
        return not head or coverage.about(head, listed) > 0
    match = _LISTED.search(question.text)
    thing = (match.group(1) or match.group(2)).lower() if match else ""
    if not thing or thing in _NOT_LISTED or thing in _ASK_WORDS:
        return True
    stem = coverage.analyzer.stem
    return stem(thing) in {stem(word) for word in words(listed)}


def _rule_lead_ins(coverage: Coverage) -> list[tuple[Chunk, str]]:
    """Every lead-in ("Anggota Polri diperbolehkan:") of the corpus's regulations and guidelines, in order."""
    found = []
    for chunk in coverage.corpus.rule_chunks():
        units = quote_units(chunk.text)
        if units and _is_lead_in(units[-1].text):
            found.append((chunk, units[-1].text))
    return found


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
    if _is_lead_in(candidate.sentence.text):
        return candidate.chunk, candidate.sentence.text
    found = lead_in_of(candidate, coverage) if candidate.chunk.kind == "list" else None
    return found if found and _is_lead_in(found[1]) else None


def _is_lead_in(sentence: str) -> bool:
    """Whether a sentence opens a list ("Setiap anggota Polri wajib:")."""
    return sentence.rstrip().endswith(":")


def _section(document: list[Chunk], position: int) -> str:
    """The heading of the section a paragraph is in ("" when the document has none above it)."""
    return next((c.text for c in reversed(document[:position]) if c.kind == "heading"), "")


def _items_after(chunk: Chunk, coverage: Coverage) -> Items:
    """The list paragraphs right after the lead-in's paragraph (a lead-in ends its paragraph: sentences split at
    ".!?", never at ":"); none when the snapshot lacks the paragraph's document."""
    position = coverage.corpus.position(chunk)
    if position is None:
        return []
    items: Items = []
    for following in coverage.corpus.document(chunk.doc_id)[position + 1 :]:
        if following.kind != "list":
            break
        items.append((following, following.text))
    return items
