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
from lang.people import OFFICER_RANKS
from lang.terms import Analyzer, words
from lang.vocabulary import DAYS_ID, alternation

LOOK_AT = 5  # the selector's best sentences the named thing is looked for among
ON_TOPIC = 0.2  # … which must hold this share of the question's specific terms

PREPOSITIONS = r"(?:in|at|from|to|of|by|for|on|with)"  # before a question word: "and in which districts …"
_WHICH = re.compile(rf"^\W*(?:{PREPOSITIONS}\s+)?which\s+([a-z][\w-]*)", re.I)
# People are not asked for here: "Which officer …" reads as "anggota", "polri", which nearly every sentence holds,
# and the person the kind word is near is not always the one meant; who-questions have their own rows.
_PEOPLE = frozenset(
    "academic academics official officials officer officers observer observers analyst analysts expert experts "
    "lawyer lawyers spokesperson spokesman lecturer lecturers researcher researchers activist activists "
    "politician politicians commissioner commissioners person people leader leaders figure figures member members "
    "chief chiefs head heads candidate candidates".split()
)
# A name: capitalised words, not running on into a day ("Kecamatan Sirih Dua Senin") or a rank ("Polres Sempadan
# Hilir AKP Dedi …").
_NOT_IN_NAME = rf"(?!(?:{alternation(DAYS_ID)}|{OFFICER_RANKS})\b)"
_NAME = rf"[A-Z][\w'’-]*(?:\s+{_NOT_IN_NAME}[A-Z0-9][\w'’-]*)*"
_NAMED = r"(?:bernama|berjudul|atas nama)"


def asks_which(question: Question) -> bool:
    """An English question that opens by asking which thing (not a person, a date, a law or a rule)."""
    return (
        question.language == "en"
        and question.kind in (Kind.WHAT, Kind.WHERE, Kind.HOW_MANY)
        and _asked_noun(question.text) is not None
    )


def which(question: Question, ranked: list[Candidate], ranking: Ranking) -> tuple[Candidate, str | None] | None:
    """The best of the selector's first few on-topic sentences that names a thing of the asked kind the question
    does not name, with its name when it names just one (of several, the sentence says which); None when none
    does."""
    kinds = asked_kinds(question.text, ranking.coverage.analyzer)
    if kinds is None:
        return None
    for candidate in ranked[:LOOK_AT]:
        text = candidate.sentence.text
        if ranking.coverage.about(question.groups, text) < ON_TOPIC:
            continue
        names = new_names_of_kind(kinds, text, question.text)
        if names:
            return candidate, names[0] if len(names) == 1 else None
    return None


def asked_kinds(text: str, analyzer: Analyzer) -> list[str] | None:
    """The Indonesian words for the kind of thing a "which …" ask asks for (not a person), or None."""
    noun = _asked_noun(text)
    return None if noun is None else _indonesian(noun, analyzer)


def _asked_noun(text: str) -> str | None:
    match = _WHICH.search(text)
    noun = match.group(1).lower() if match else None
    return None if noun is None or noun in _PEOPLE else noun


def _indonesian(noun: str, analyzer: Analyzer) -> list[str]:
    """The Indonesian words for the asked kind: the glossary's, else the word itself (Polres, TPS)."""
    found = [w for _, indonesian in analyzer.glossary_matches(noun) for w in indonesian]
    return found or [analyzer.base_form(noun)]


def new_names_of_kind(kinds: list[str], text: str, question: str) -> list[str]:
    """The things of those kinds the text names that the question does not ("Kecamatan Sirih Dua", "Seruni
    Bersuara" of "akun Facebook bernama Seruni Bersuara"), each once."""
    found = [n for n, own in names_of_kind(kinds, text) if not re.search(rf"\b{re.escape(own)}\b", question, re.I)]
    return list(dict.fromkeys(found))


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
