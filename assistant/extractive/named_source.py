"""The source a question names for its fact: "Menurut Kabid Propam, sudah berapa banyak pertanyaan …?", "…,
according to the Kapolres Batang Serai?". Another article that gives a like fact ("… menerima 11 pertanyaan dari
personel tentang konser tersebut", with no Kabid Propam in it) is not that source's word: when the selector's best
sentence is of a document that never names the source, and one of its next best is of a document that does and
holds as much of the rest of the question, that document's sentences come first, in the selector's order.
"""

import re

from assistant.coverage import Groups
from assistant.extractive.candidates import Candidate
from assistant.question import Question
from assistant.rerank import Ranking
from index.authority import is_authoritative
from lang.people import is_role_word

# "Menurut Kabid Propam dalam wawancara …," at the start; "according to (the) Kabid Propam (interview)" anywhere
_ACCORDING = re.compile(r"^\W*menurut\s+(?P<id>[^,?]+)[,?]|\baccording\s+to\s+(?:the\s+)?(?P<en>[^,?]+)", re.I)
# … of which the capitalised words up to the first other one name the source; only a post ("Kabid Propam",
# "Kapolres Batang Serai"), not a guideline ("Buku Saku …", `lang.situations.without_source`), a law or a body
_NAME = re.compile(r"^(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*")
LOOK_AT = 5  # the selector's best few sentences, where a document naming the source is looked for


def named_source(question: Question) -> str | None:
    """The post the question gives as the source of its fact, or None."""
    said = _ACCORDING.search(question.text)
    phrase = (said.group("id") or said.group("en") or "").strip() if said else ""
    name = _NAME.match(phrase)
    return name.group(0) if name and is_role_word(name.group(0)) else None


def from_named_source(question: Question, ranked: list[Candidate], ranking: Ranking) -> list[Candidate]:
    """The ranking with the sentences of the first document among the best few that names the question's source
    moved first, when the best sentence's document does not name it and that document's best sentence holds as
    much of the rest of the question ("Menurut Kabid Propam, berapa pertanyaan tentang konser …?" keeps the concert
    article's count, which the interview's total does not give); the ranking itself otherwise."""
    source = named_source(question)
    if source is None or not ranked:
        return ranked
    named = re.compile(rf"\b{re.escape(source)}\b")

    def names(doc_id: str) -> bool:
        return any(named.search(chunk.text) for chunk in ranking.corpus.document(doc_id))

    if names(ranked[0].chunk.doc_id):
        return ranked
    naming = next((c for c in ranked[1:LOOK_AT] if names(c.chunk.doc_id)), None)
    if naming is None:
        return ranked
    own = set(ranking.coverage.analyzer.query_terms(source, question.language))
    rest = tuple(group for group in question.groups if not own.intersection(group))
    about = ranking.coverage.about
    # … not when the best sentence holds a word of the question that the source's whole article never does (the
    # asked topic: "konser", which an interview's total of all questions does not count)
    text = ranking.corpus.text(naming.chunk.doc_id)
    if any(about((g,), ranked[0].sentence.text) and not about((g,), text) for g in rest):
        return ranked
    return _first(naming.chunk.doc_id, ranked, rest, ranking)


def from_the_guideline(question: Question, ranked: list[Candidate], ranking: Ranking) -> list[Candidate]:
    """For a question that names the guideline as where to answer from ("My wife runs a car rental … What does the
    pocket book say we must do?"), the ranking with the sentences of the first guideline among the best few moved
    first, when the best sentence is of another kind of source (an interview's story of a like
    case) and that document's best sentence holds as much of the question; the ranking itself otherwise."""
    if not question.names_guideline or not ranked or is_authoritative(ranked[0].chunk.doc_kind):
        return ranked
    rule = next((c for c in ranked[1:LOOK_AT] if c.chunk.doc_kind == "guideline"), None)
    if rule is None:
        return ranked
    return _first(rule.chunk.doc_id, ranked, question.groups, ranking)


def _first(doc_id: str, ranked: list[Candidate], groups: Groups, ranking: Ranking) -> list[Candidate]:
    """The ranking with the document's sentences first, in the selector's order, when its best sentence holds as
    much of `groups` as the best sentence does; the ranking itself otherwise."""
    about = ranking.coverage.about
    document = [c for c in ranked if c.chunk.doc_id == doc_id]
    if max(about(groups, c.sentence.text) for c in document) < about(groups, ranked[0].sentence.text):
        return ranked
    return document + [c for c in ranked if c.chunk.doc_id != doc_id]
