"""Find, inside one sentence, the span that answers a given answer type.

Each finder returns verbatim substrings of the sentence (so the citation check can verify them), or nothing.
"""

import re

from assistant.question import Kind, Question
from lang.people import find_people
from lang.rules import legal_references, rule_kind
from lang.vocabulary import DAYS_ID, MONTHS_EN, MONTHS_ID, MONTHS_ID_SHORT, TIME_UNITS, alternation

_MONTHS = alternation(MONTHS_ID + MONTHS_ID_SHORT + MONTHS_EN)
_DAY = rf"(?:{alternation(DAYS_ID)})"
_DATE = re.compile(
    rf"(?:{_DAY},?\s*)?\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)"
    rf"|(?:{_DAY},?\s+)?\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}(?:\s+(?:hingga|sampai|s\.d\.?|-|–)\s+\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}})?"
    rf"|\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b"
    rf"|\b(?:{_MONTHS})\s+\d{{4}}\b"
)
# A time of day asked ("pukul berapa", "jam berapa", "what time"): a clock time answers it ("pukul 05.30",
# "14.00 WITA"), not the day's date.
ASKS_CLOCK = re.compile(r"\b(?:pukul|jam)\s+berapa\b|\bwhat\s+time\b|\bat\s+what\s+hour\b", re.I)
# (WIB, WITA, WIT: the whole zone, not "WIT" of "WITA"; "Pukul" opening a sentence too)
CLOCK = re.compile(r"\b[Pp]ukul\s+\d{1,2}(?:[.:]\d{2})?(?:\s+WI(?:TA|B|T)\b)?|\b\d{1,2}[.:]\d{2}\s+WI(?:TA|B|T)\b")
_YEARISH = re.compile(r"^(19|20)\d\d$")
_YEAR = re.compile(r"(?<![\d.,/])(?:1[0-9]|20)\d\d(?![\d.,/]\d)")
# A number, whole ("1,5 jam", "Rp 6.000"; not the "5 jam" of "1,5 jam", the "6 juta" of "7, 6 juta", the "2" of
# "ke-2"), with the noun it counts ("per keluarga", "ton per hari") and up to three capitalised words naming it
# ("556 Personel Polres OKU Timur"; not "500 sekolah di Aceh dan").
_COUNT = re.compile(
    r"(?<![\w.,-])(?<!\d[.,]\s)(?:(?:sebanyak|sejumlah|total|berjumlah|ada)\s+)?(?:Rp\.?\s?)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s+"
    r"(?P<noun>(?:per\s+)?[A-Za-z]+(?:\s+per\s+[a-z]+)?(?:\s+(?-i:[A-Z])\w*){0,3})",
    re.I,
)
_NOT_COUNTED = re.compile(rf"(?:tahun|nomor|no|pasal|{_MONTHS})$", re.I)  # "Nomor 7", "17 Oktober": no count
# What a count question asks beyond "berapa": a year ("tahun berapa", "what year"), an ordinal ("ke berapa", no
# span gives it), a length of time ("berapa lama": a count of some unit of time).
_ASKS_YEAR = re.compile(r"\btahun\s+berapa\w*|\b(?:what|which)\s+year\b", re.I)
_ASKS_ORDINAL = re.compile(r"\bke-?\s*berapa\w*|\bwhich (?:number|place)\b", re.I)
_ASKS_LENGTH = re.compile(r"\bberapa\s+lama\w*|\bhow long\b", re.I)
_TIME_UNIT = re.compile(rf"(?:{TIME_UNITS})$", re.I)
_PLACE = re.compile(
    r"\b(?:di|bertempat di|berlokasi di|at)\s+"
    r"(?P<place>(?:(?:lapangan|aula|desa|kecamatan|kabupaten|kota|jalan|gedung|mapolres|mapolsek|mako)\b|[A-Z])"
    rf"[\w/.-]*(?:(?:,\s*|\s+)(?!{_DAY})(?:[A-Z][\w/.-]*|KH|Jalan|Desa|Kecamatan|Kabupaten))*)"
)


def answer_spans(kind: Kind, sentence: str, asked: str = "") -> list[str]:
    """Verbatim spans of `sentence` that answer a question of this kind ([] when it has none); `asked`, the
    question's text, tells what a count question asks for (a year, an ordinal, a length of time)."""
    if kind is Kind.WHEN:
        return [m.group(0) for m in (CLOCK if ASKS_CLOCK.search(asked) else _DATE).finditer(sentence)]
    if kind is Kind.HOW_MANY:
        return _count_spans(sentence, asked)
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


def new_spans(question: Question, text: str) -> list[str]:
    """The spans of the asked kind in `text` that the question does not already say; for a who-question, never a
    person the question names (by a whole word of the name, whatever their title, or by their police post: "Siapa
    orang pertama yang menyebarkan pesan … yang dibantah Kabid Humas?" does not ask the Kabid Humas)."""
    asked = question.text.lower()
    if question.kind is Kind.WHO:
        return [s for s in people_not_named(text, question.text) if s.lower() not in asked]
    return [s for s in answer_spans(question.kind, text, question.text) if s.lower() not in asked]


def people_not_named(text: str, asked: str) -> list[str]:
    """The people `text` names, as spans, but for those `asked` names by a whole word of the name or by their
    police post ("… yang dibantah Kabid Humas?")."""
    return [
        text[p.start : p.end].strip(" ,") for p in find_people(text) if not p.named_in(asked) and not p.posted_in(asked)
    ]


def _count_spans(sentence: str, asked: str) -> list[str]:
    if _ASKS_ORDINAL.search(asked):
        return []
    if _ASKS_YEAR.search(asked):
        return [m.group(0) for m in _YEAR.finditer(sentence)]
    counts = [
        m
        for m in _COUNT.finditer(sentence)
        if not _YEARISH.match(m.group("n")) and not _NOT_COUNTED.match(m.group("noun").split()[0])
    ]
    if _ASKS_LENGTH.search(asked):
        counts = [m for m in counts if _TIME_UNIT.match(m.group("noun").split()[0])]
    return [_amount(m) for m in counts]


# … unless a scale or a rate follows: "Rp1,2 miliar", "Rp2 jt", "Rp1,5 M", "Rp 6.000 per keluarga"
_SCALE = re.compile(r"(?i:ribu|rb|juta|jt|miliar|milyar|triliun|per\b)|[MT]\b")


def _amount(count: re.Match[str]) -> str:
    """The count's span; a sum of money ends with its number or scale ("Rp750.000", "Rp1,2 miliar"), not with the
    word after it ("Rp750.000 dari")."""
    span = count.group(0)
    if "rp" not in span[: count.start("n") - count.start()].lower() or _SCALE.match(count.group("noun")):
        return span
    return span[: count.end("n") - count.start()]


EVENT_DATE = re.compile(rf"{_DAY}\b")  # "Senin (20/11/2023)" dates an event; a bare date often dates a letter
