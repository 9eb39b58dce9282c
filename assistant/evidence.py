"""Find, inside one sentence, the span that answers a given answer type.

Each finder returns verbatim substrings of the sentence (so the citation check can verify them), or nothing.
"""

import re

from assistant.question import Kind
from lang.people import find_people
from lang.rules import legal_references, rule_kind
from lang.vocabulary import DAYS_ID, MONTHS_EN, MONTHS_ID, MONTHS_ID_SHORT, alternation

_MONTHS = alternation(MONTHS_ID + MONTHS_ID_SHORT + MONTHS_EN)
_DAY = rf"(?:{alternation(DAYS_ID)})"
_DATE = re.compile(
    rf"(?:{_DAY},?\s*)?\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)"
    rf"|(?:{_DAY},?\s+)?\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}(?:\s+(?:hingga|sampai|s\.d\.?|-|–)\s+\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}})?"
    rf"|\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b"
    rf"|\b(?:{_MONTHS})\s+\d{{4}}\b"
)
_YEARISH = re.compile(r"^(19|20)\d\d$")
_COUNT = re.compile(
    r"\b(?:(?:sebanyak|sejumlah|total|berjumlah|ada)\s+)?(?P<n>\d{1,3}(?:[.,]\d{3})*|\d+)\s+(?P<noun>[A-Za-z]+(?:\s+[A-Z][\w]*){0,3})",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:di|bertempat di|berlokasi di|at)\s+"
    r"(?P<place>(?:(?:lapangan|aula|desa|kecamatan|kabupaten|kota|jalan|gedung|mapolres|mapolsek|mako)\b|[A-Z])"
    rf"[\w/.-]*(?:(?:,\s*|\s+)(?!{_DAY})(?:[A-Z][\w/.-]*|KH|Jalan|Desa|Kecamatan|Kabupaten))*)"
)


def answer_spans(kind: Kind, sentence: str) -> list[str]:
    """Verbatim spans of `sentence` that answer a question of this kind ([] when it has none)."""
    if kind is Kind.WHEN:
        return [m.group(0) for m in _DATE.finditer(sentence)]
    if kind is Kind.HOW_MANY:
        return [
            m.group(0)
            for m in _COUNT.finditer(sentence)
            if not _YEARISH.match(m.group("n")) and not re.match(r"(tahun|nomor|no|pasal)$", m.group("noun"), re.I)
        ]
    if kind is Kind.LAW:
        return list(legal_references(sentence))
    if kind is Kind.WHERE:
        return [m.group("place").strip(" ,") for m in _PLACE.finditer(sentence)]
    if kind is Kind.ALLOWED:
        found = rule_kind(sentence)
        return [found[1]] if found else []
    if kind is Kind.WHO:
        return [sentence[p.start : p.end].strip(" ,") for p in find_people(sentence)]
    return []


EVENT_DATE = re.compile(rf"{_DAY}\b")  # "Senin (20/11/2023)" dates an event; a bare date often dates a letter
