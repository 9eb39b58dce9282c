"""A question about a dated day, answered from a news source published before that day, is not answered by it.

"Berapa personel yang diturunkan … untuk mengamankan TPS pada hari pemungutan suara 27 November?" got an article
of 17 October ("… dengan jumlah personel sekitar 640 orang"); "How many reports had Bawaslu received by voting
day, 27 November?" got one of 31 October ("… 14 laporan … hingga Rabu (30/10/2024)"). A report cannot count what
happened after it was written. A plan can name the day ahead ("akan mengerahkan … pada 27 November"): a quote
that names the asked day is about it; and a question about what will happen or what was prepared before the day
("nanti", "akan", "disiapkan", "menjelang", "scheduled") does not ask for a report of it.
"""

import datetime as dt
import re
from dataclasses import dataclass

from assistant.extractive.candidates import Candidate
from index.authority import is_authoritative
from lang.vocabulary import MONTH_NUMBERS, MONTHS_EN, MONTHS_ID, alternation

_FULL_MONTHS = alternation(tuple(m.lower() for m in MONTHS_ID + MONTHS_EN))
# "27 November", "16 November 2024"; not a street's, field's or monument's name ("Jalan 10 November")
_ASKED_DATE = re.compile(
    rf"(?<!Jalan )(?<!Jl\. )(?<!Jl )(?<!Lapangan )(?<!Stadion )(?<!Tugu )(?<!Gedung )(?<!Taman )(?<!Simpang )"
    rf"(?<!Universitas )(?<!Monumen )(?<!Pasar )\b(\d{{1,2}})\s+({_FULL_MONTHS})\b(?:\s+(\d{{4}}))?",
    re.I,
)
_AHEAD = re.compile(
    r"\b(?:nanti|akan|bakal|\w*rencana\w*|(?:di|per|ber|me|mem)siap\w*|\w*siaga\w*|\w*jadwal\w*|(?:men)?jelang|"
    r"sebelum|will|going to|planned|plans?|prepar\w*|schedul\w*|ahead|before)\b",
    re.I,
)


@dataclass(frozen=True)
class Predates:
    """Why a question is refused: its sources were all published (`published`, as the corpus dates them) before
    the day it asks about (`asked`, as the question writes it)."""

    published: str
    asked: str


def predates(question: str, quoted: list[Candidate]) -> Predates | None:
    """The latest quoted news source's date and the asked day, when that source was published before a day the
    question asks about (its year, when the question gives none, the one nearest the publication) and no quote
    names that day; else None. Rule books and other authoritative sources are not reports: never."""
    found = _ASKED_DATE.search(question)
    news = [c.chunk.date for c in quoted if not is_authoritative(c.chunk.doc_kind)]
    if found is None or _AHEAD.search(question) or not news or len(news) < len(quoted):
        return None
    try:
        published = max(dt.date.fromisoformat(date) for date in news)
    except ValueError:
        return None  # an undated source (or one the corpus dates otherwise): nothing to compare
    day, month = int(found.group(1)), MONTH_NUMBERS[found.group(2).lower()]
    years = [int(found.group(3))] if found.group(3) else [published.year - 1, published.year, published.year + 1]
    try:
        asked = min((dt.date(year, month, day) for year in years), key=lambda d: abs(d - published))
    except ValueError:
        return None  # "31 November"
    if published >= asked or any(_names(c.sentence.text, day, month) for c in quoted):
        return None
    return Predates(published.isoformat(), found.group(0))


def _names(sentence: str, day: int, month: int) -> bool:
    """Whether the sentence names the day ("27 November", "7 Nov", "(07/11/2024)", "07-11-2024")."""
    months = alternation(tuple(name for name, number in MONTH_NUMBERS.items() if number == month))
    written = re.compile(rf"\b0?{day}\s+(?:{months})\b|\b0?{day}[/-]0?{month}\b", re.I)
    return bool(written.search(sentence))
