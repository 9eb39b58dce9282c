import pytest

from assistant.engine import Assistant
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
