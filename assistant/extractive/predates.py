"""A question about a dated event, answered from a source published before that date, is not answered by it.

"Berapa personel yang diturunkan … untuk mengamankan TPS pada hari pemungutan suara 27 November?" got an article
of 17 October ("… dengan jumlah personel sekitar 640 orang"); "How many reports had Bawaslu received by voting
day, 27 November?" got one of 31 October ("… 14 laporan … hingga Rabu (30/10/2024)"). A report cannot count what
happened after it was written. A plan can name the date ahead ("akan mengerahkan … pada 27 November"): a quote
that names the asked date is about it, and a question about what will happen ("nanti", "akan", "will") is not
asking for a report.
"""

import datetime as dt
import re
from dataclasses import dataclass

from assistant.extractive.candidates import Candidate
from index.authority import is_authoritative
from lang.vocabulary import MONTHS_EN, MONTHS_ID, alternation

_MONTH = {name.lower(): number for number, name in enumerate(MONTHS_ID, start=1)} | {
    name.lower(): dt.datetime.strptime(name, "%B").month for name in MONTHS_EN
}
_ASKED_DATE = re.compile(rf"\b(\d{{1,2}})\s+({alternation(tuple(_MONTH))})\b(?:\s+(\d{{4}}))?", re.I)
_AHEAD = re.compile(r"\b(?:nanti|akan|bakal|rencana\w*|will|going to|planned|plans?)\b", re.I)


@dataclass(frozen=True)
class Predates:
    published: str  # the source's date, as the corpus gives it
    asked: str  # the asked date, as the question writes it


def predates(question: str, quoted: list[Candidate]) -> Predates | None:
    """The first quote's news source and the asked date, when the source was published before a date the
    question asks about and no quote names that date; else None."""
    found = _ASKED_DATE.search(question)
    if found is None or _AHEAD.search(question) or not quoted:
        return None
    first = quoted[0].chunk
    if is_authoritative(first.doc_kind):
        return None
    try:
        published = dt.date.fromisoformat(first.date)
    except ValueError:
        return None
    day, month = int(found.group(1)), _MONTH[found.group(2).lower()]
    try:
        asked = dt.date(int(found.group(3) or published.year), month, day)
    except ValueError:
        return None
    if published >= asked or any(_names(c.sentence.text, day, month) for c in quoted):
        return None
    return Predates(first.date, found.group(0))


def _names(sentence: str, day: int, month: int) -> bool:
    """Whether the sentence names the day ("27 November", "(27/11/2024)")."""
    months = [name for name, number in _MONTH.items() if number == month]
    written = re.compile(rf"\b{day}\s+(?:{'|'.join(months)})\b|\({day}/{month}\b", re.I)
    return bool(written.search(sentence))
