"""English "Which …?" questions: the answer is a name of the asked thing.

"Which districts have the polling stations rated most vulnerable?" is answered by "Kecamatan Tebing Sembilang",
"Which Polres had the most flagged accounts?" by "Polres Sempadan Hilir", "Which account first posted the letter?"
by "akun Facebook bernama Seruni Bersuara", "Which academic criticised …?" by a person. The Indonesian text names
such a thing with its kind word and a capitalised name after it; the article's lead, which the selector often
rates best for an English question (it shares the places and names), names other things of the same kinds. So
the lead is the best of the selector's first few sentences that names a thing of the asked kind the question
does not name.
"""

import re

from assistant.extractive.candidates import Candidate
from assistant.question import Kind, Question
from assistant.rerank import Ranking
from lang.people import find_people
from lang.terms import Analyzer, words

LOOK_AT = 5  # the selector's best sentences the named thing is looked for among
ON_TOPIC = 0.2  # … which must hold this share of the question's specific terms

_WHICH = re.compile(r"^\W*(?:in |at |from |to |of |by |for )?which\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.I)
_PEOPLE = frozenset(
    "academic academics official officials officer officers observer observers analyst analysts expert experts "
    "lawyer lawyers spokesperson spokesman lecturer lecturers researcher researchers activist activists "
    "politician politicians commissioner commissioners person people leader leaders figure figures".split()
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*"
_NAMED = r"(?:bernama|berjudul|atas nama)"


def asks_which(question: Question) -> bool:
    """An English question that opens by asking which thing (not a date, a law or a rule: their rows lead)."""
    return (
        question.language == "en"
        and question.kind in (Kind.WHAT, Kind.WHERE, Kind.HOW_MANY, Kind.WHO)
        and _WHICH.search(question.text) is not None
    )


def which(question: Question, ranked: list[Candidate], ranking: Ranking) -> tuple[Candidate, str] | None:
    """The best of the selector's first few on-topic sentences that names a thing of the asked kind the question
    does not name, with that name; None when none does."""
    match = _WHICH.search(question.text)
    if match is None:
        return None
    asked = question.text.lower()
    noun = match.group(1).split()[0].lower()
    kinds = _indonesian(noun, ranking.coverage.analyzer)
    for candidate in ranked[:LOOK_AT]:
        text = candidate.sentence.text
        if ranking.coverage.about(question.groups, text) < ON_TOPIC:
            continue
        if noun in _PEOPLE:  # a person the sentence calls so ("pengamat" for "observer"), not anyone it names
            said_so = any(re.search(rf"\b{re.escape(k)}", text, re.I) for k in kinds)
            names = [text[p.start : p.end].strip(" ,") for p in find_people(text) if said_so]
            names = [n for n in names if n.lower() not in asked]
        else:
            names = [n for n, own in names_of_kind(kinds, text) if own.lower() not in asked]
        if names:
            return candidate, names[0]
    return None


def asked_kinds(text: str, analyzer: Analyzer) -> list[str] | None:
    """The Indonesian words for the kind of thing a "which …" ask asks for (not a person), or None."""
    match = _WHICH.search(text)
    if match is None or match.group(1).split()[0].lower() in _PEOPLE:
        return None
    return _indonesian(match.group(1).split()[0].lower(), analyzer)


def _indonesian(noun: str, analyzer: Analyzer) -> list[str]:
    """The Indonesian words for the asked kind: the glossary's, else the word itself (Polres, TPS)."""
    found = [w for _, indonesian in analyzer.glossary_matches(noun) for w in indonesian]
    return found or [analyzer.base_form(noun)]


def names_of_kind(kinds: list[str], text: str) -> list[tuple[str, str]]:
    """The things of those kinds the text names, each with its own name (without the kind word): "Kecamatan
    Sirih Dua" ("Sirih Dua"), "akun Facebook bernama Seruni Bersuara" → "Seruni Bersuara"."""
    alternatives = "|".join(re.escape(k) for k in kinds if k and len(words(k)) == 1)
    if not alternatives:
        return []
    named = re.compile(
        rf"\b(?i:{alternatives})\s+(?:[A-Z]\w*\s+)?{_NAMED}\s+(?P<called>{_NAME})"
        rf"|(?P<run>\b(?i:{alternatives})\s+(?P<own>{_NAME}))"
    )
    return [
        (m.group("called"), m.group("called")) if m.group("called") else (m.group("run"), m.group("own"))
        for m in named.finditer(text)
    ]
