"""Find, inside one sentence, the span that answers a given answer type, and who spoke a quoted sentence.

Each finder returns verbatim substrings of the sentence (so the citation check can verify them), or nothing.
"""

import re

from assistant.question import Kind
from index.people import Person, find_people, resolve

_MONTHS = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Sep|Okt|Nov|Des|"
    "January|February|March|May|June|July|August|October|December"
)
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
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
_LAW = re.compile(
    r"(?:Undang-Undang|UU)\s+(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}(?:\s+tentang\s+[A-Z][\w-]*(?:\s+[\w-]+){0,5}?(?=[,.;]|\s+seluruh|\s+dan|$))?"
    r"|(?:Peraturan Pemerintah|PP|Perpol|Perkap|Peraturan Kepolisian Negara Republik Indonesia|Peraturan Kapolri)"
    r"\s+(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}"
    r"|Surat Telegram(?:\s+[A-Z][\w]*){0,3}\s+(?:Nomor|No\.?)\s*:?\s*ST/[\w./-]+"
    r"|\bST/\d+/[\w./-]+"
    r"|\bPasal\s+\d+(?:\s+ayat\s+\(\d+\))?(?:\s+huruf\s+[a-z])?",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:di|bertempat di|berlokasi di|at)\s+"
    r"(?P<place>(?:(?:lapangan|aula|desa|kecamatan|kabupaten|kota|jalan|gedung|mapolres|mapolsek|mako)\b|[A-Z])"
    rf"[\w/.-]*(?:(?:,\s*|\s+)(?!{_DAY})(?:[A-Z][\w/.-]*|KH|Jalan|Desa|Kecamatan|Kabupaten))*)"
)
_RULE = re.compile(
    r"\b(dilarang|larangan|tidak boleh|tidak diperbolehkan|tidak dibenarkan|jangan|wajib|diwajibkan|harus|"
    r"boleh|diperbolehkan|dibolehkan|diizinkan|tidak melibatkan diri|tidak terlibat|tidak menunjukkan|"
    r"tidak menggunakan|tidak memberi|tidak berpihak|netral)\b",
    re.I,
)
_SPEECH_VERB = (
    r"(?:kata|ujar|ucap|ungkap|jelas|tegas|tambah|imbuh|tutur|terang|sebut|pungkas|lanjut|papar|tandas|katanya|"
    r"ujarnya|ucapnya|ungkapnya|jelasnya|tegasnya|tambahnya|imbuhnya|tuturnya|terangnya|sebutnya|pungkasnya)"
)
_AFTER_QUOTE = re.compile(rf"[,.!?][\"”’]\s+(?P<verb>{_SPEECH_VERB})(?P<rest>[^.]*)")
_REPORTED = re.compile(
    r"\b(?:mengatakan|menyampaikan|menegaskan|menjelaskan|menekankan|mengingatkan|menyatakan|mengimbau|"
    r"menambahkan|memperingatkan|berkata)\b"
)
_PRONOUN = re.compile(r"(nya\b|\b(?:dia|ia|beliau)\b)", re.I)


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
        return [m.group(0).strip() for m in _LAW.finditer(sentence)]
    if kind is Kind.WHERE:
        return [m.group("place").strip(" ,") for m in _PLACE.finditer(sentence)]
    if kind is Kind.ALLOWED:
        return [m.group(0) for m in _RULE.finditer(sentence)]
    if kind is Kind.WHO:
        return [sentence[p.start : p.end].strip(" ,") for p in find_people(sentence)]
    return []


def speaker(sentence: str, before: str) -> tuple[Person | None, bool]:
    """Who is quoted or reported in `sentence`, given the document text `before` it.

    Returns (person, named_here): named_here is False when the sentence only has a pronoun ("ujarnya") and
    the speaker was resolved from the text before it.
    """
    known = find_people(before)
    here = find_people(sentence)
    attribution = _AFTER_QUOTE.search(sentence)
    if attribution:
        named = [p for p in here if p.start >= attribution.start()]
        if named:
            return resolve(named[0], known + here), True
        if _PRONOUN.search(attribution.group("verb") + attribution.group("rest")):
            return (resolve(known[-1], known) if known else None), False
    if re.search(rf"\b{_SPEECH_VERB}\b", sentence) or _REPORTED.search(sentence):
        if here:
            return resolve(here[0], known + here), True
        if known:
            return resolve(known[-1], known), False
    return None, False


def is_quote(sentence: str) -> bool:
    return bool(re.search(r"[\"“”]", sentence))
