import pytest

from assistant.engine import Assistant
from assistant.extractive.compound import asks, counts_the_asked
from lang.terms import Analyzer
from tests.assistant.conftest import with_articles


def test_a_question_with_a_second_question_word_after_and_asks_two_things() -> None:
    assert asks("Siapa komisioner yang datang, dan apa permintaannya ke Propam?") == [
        "Siapa komisioner yang datang",
        "apa permintaannya ke Propam?",
    ]
    assert asks("How many reports were received, and how many involved police officers?")[1] == (
        "how many involved police officers?"
    )
    assert len(asks("Berapa lama operasi berjalan dan berapakah personel yang dilibatkan?")) == 2


def test_words_that_only_start_like_a_question_word_ask_nothing_more() -> None:
    for text in (
        "Bolehkah saya hadir di rapat paslon dan apabila diundang resmi, apa yang harus saya lakukan?",
        "Mengapa polisi dan siapa pun yang bertugas harus netral?",
        "Apakah anggota dan siapapun keluarganya boleh berkampanye?",
        "Apa hukuman yang dijatuhkan kepada tiga anggota Polres Muara Jernih?",
    ):
        assert asks(text) == [], text


# The lead counts polling stations; the asked personnel, and how many of them came from Brimob, are a paragraph
# later, after a sentence the selector rates close to the lead.
SECURITY_PLAN = """---
title: "Polres Bukit Lima Siapkan Pengamanan Pemungutan Suara"
source: "Humas Polres Bukit Lima"
date: "2024-11-19"
kind: news
---

BUKIT LIMA, Humas Polres Bukit Lima – Polres Bukit Lima menetapkan rencana pengamanan 842 tempat pemungutan \
suara (TPS) yang tersebar di 11 kecamatan untuk pemungutan suara Pilkada Serentak, Rabu (27/11/2024).

Rencana tersebut dimatangkan dalam rapat koordinasi bersama KPU, Bawaslu, Kodim, dan Pemerintah Kabupaten \
Bukit Lima di Aula Mapolres Bukit Lima, Selasa (19/11/2024).

Kapolres Bukit Lima AKBP Yosef Tambunan menjelaskan, sebanyak 534 personel akan dikerahkan, terdiri atas 410 \
personel Polres Bukit Lima dan 124 personel bawah kendali operasi (BKO) dari Satbrimob Polda.

TPS kategori rawan dijaga dua personel untuk setiap dua TPS.
"""


@pytest.fixture(scope="module")
def security_plan(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("security_plan"), {"pengamanan_bukit_lima.md": SECURITY_PLAN})


def test_each_count_ask_is_answered_by_a_count_of_what_it_asks(security_plan: Assistant) -> None:
    answer = security_plan.ask(
        "Polres Bukit Lima menurunkan berapa personel untuk pengamanan pemungutan suara, "
        "dan berapa yang BKO dari Brimob?"
    )
    assert "534 personel" in answer.text and "124 personel" in answer.text, answer.text
    # the polling stations' count is no short answer to "berapa personel"
    assert not answer.text.startswith("842"), answer.text
    assert all(part in c.chunk.text for c in answer.citations for part in c.quote.split(" … "))


def test_a_count_ask_is_answered_by_a_count_of_what_it_counts() -> None:
    # "officers" reads as personel; a measure or classifier after "berapa" names no counted thing.
    analyzer = Analyzer()
    asked = "Berapa personel dikerahkan, dan berapa yang BKO?"
    assert counts_the_asked(asked, "534 personel", "id", analyzer)
    assert not counts_the_asked(asked, "842 tempat", "id", analyzer)
    assert counts_the_asked("How many officers were deployed", "534 personel", "en", analyzer)
    assert counts_the_asked("How many turned out to be proven", "empat terbukti", "en", analyzer)
    assert counts_the_asked("Berapa lama sidang berlangsung, dan apa putusannya?", "21 hari", "id", analyzer)
    assert counts_the_asked("Berapa orang diperiksa, dan apa sanksinya?", "tiga anggota", "id", analyzer)
