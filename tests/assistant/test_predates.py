import numpy as np
import pytest

from assistant.engine import Assistant
from assistant.extractive.candidates import Candidate
from assistant.extractive.predates import predates
from assistant.retrieve import Hit
from index.document import Chunk
from lang.sentences import quote_units
from tests.assistant.conftest import with_articles

# An article written weeks before voting day: its counts are of its own day, not of voting day.
BEFORE_VOTING_DAY = """---
title: "Polres Sungai Tenang Gelar Apel Kesiapan Pilkada"
source: "Kabar Tenang"
date: "2024-10-14"
kind: news
---

SUNGAI TENANG, Kabar Tenang – Polres Sungai Tenang menggelar apel kesiapan pengamanan Pilkada Serentak 2024 di \
lapangan Mapolres, Senin (14/10/2024). Apel diikuti 420 personel gabungan.

Kapolres Sungai Tenang AKBP Gilang Ramadhan mengatakan, Polres Sungai Tenang membawahi sembilan Polsek dengan \
jumlah personel sekitar 610 orang.

Menurut Gilang, pengamanan pemungutan suara pada 27 November 2024 akan melibatkan 380 personel yang dibagi ke \
seluruh TPS.
"""


@pytest.fixture(scope="module")
def before_voting_day(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("predates"), {"apel_sungai_tenang.md": BEFORE_VOTING_DAY})


def test_a_count_of_a_day_after_the_source_was_published_is_refused_saying_so(before_voting_day: Assistant) -> None:
    answer = before_voting_day.ask("Berapa pelanggaran yang dicatat Polres Sungai Tenang pada 30 November?")
    assert answer.abstained, answer.text
    assert "2024-10-14" in answer.text and "30 November" in answer.text


def test_a_plan_that_names_the_asked_day_answers_it(before_voting_day: Assistant) -> None:
    answer = before_voting_day.ask(
        "Berapa personel Polres Sungai Tenang untuk pengamanan pemungutan suara 27 November?"
    )
    assert not answer.abstained and "380 personel" in answer.text, answer.text


def test_a_count_of_a_day_before_the_source_was_published_is_answered(before_voting_day: Assistant) -> None:
    answer = before_voting_day.ask("Berapa personel yang mengikuti apel Polres Sungai Tenang pada 14 Oktober?")
    assert not answer.abstained and "420 personel" in answer.text, answer.text


def _quote(text: str, date: str, doc_kind: str = "news") -> Candidate:
    """A quoted sentence of a one-paragraph source dated `date` (a real Chunk and Candidate, no index needed)."""
    chunk = Chunk(
        id="d#p1", doc_id="d", text=text, paragraph=1, char_start=0, char_end=len(text), date=date, doc_kind=doc_kind
    )
    return Candidate(Hit(chunk, 0.0), 1, 0, tuple(quote_units(text)), np.zeros(1, dtype=np.float32))


@pytest.mark.parametrize(
    ("question", "quote", "date", "refused"),
    [
        ("Berapa pelanggaran dicatat pada 30 November?", "Polres mencatat 12 pelanggaran.", "2024-10-14", True),
        # the year nearest the source: New Year's Eve of the year before a January report
        ("Berapa personel yang mengamankan malam 31 Desember?", "Sebanyak 300 personel berjaga.", "2025-01-02", False),
        # a street's name is no day
        ("Berapa personel yang menjaga Jalan 10 November?", "Sebanyak 40 personel berjaga.", "2024-10-01", False),
        # what was prepared ahead of the day is not a report of it
        ("Berapa personel disiapkan untuk 27 November?", "Polres menyiapkan 380 personel.", "2024-11-20", False),
        ("How many officers are scheduled for 27 November?", "Polres menyiapkan 380 personel.", "2024-11-20", False),
        # the quote names the day, in figures or short
        ("Berapa TPS diamankan pada 7 November?", "Pada Kamis (07/11/2024), 80 TPS dijaga.", "2024-10-30", False),
        ("Berapa TPS diamankan pada 7 November?", "Pada 7 Nov 2024, 80 TPS dijaga.", "2024-10-30", False),
        # a rule book is no report
        ("Apa yang dilarang pada 27 November?", "Anggota dilarang berkampanye.", "2024-08-01", False),
    ],
)
def test_a_source_published_before_the_asked_day_is_told_from_one_that_answers_it(
    question: str, quote: str, date: str, refused: bool
) -> None:
    kind = "guideline" if question.startswith("Apa yang dilarang") else "news"
    assert (predates(question, [_quote(quote, date, kind)]) is not None) is refused
