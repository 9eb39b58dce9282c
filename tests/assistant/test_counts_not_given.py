"""Counts and numbers a source does not give (real pipeline over a fictional article): a count asked for one unit
that the article names only in a breakdown of another figure is refused, not answered with the figure for all
units; the breakdown's own figure is still given; a second question counting a part of the first's count gets the
sentence that gives that share; the number of a rule list's item is no count, and a count of
calls is no telephone number."""

import pytest

from assistant.engine import Assistant
from assistant.extractive.asked_type import asked_form, missing_type
from assistant.question import Kind, analyze
from lang.terms import Analyzer
from tests.assistant.conftest import asked_checked, with_articles

RELEASE = """---
title: "Polda Sela Tinggi Rampungkan Rekap Daftar Akun Media Sosial Personel"
source: "Humas Polda Sela Tinggi"
date: "2024-10-21"
kind: official_statement
---

SELA TINGGI, Humas Polda Sela Tinggi – Bid Propam Polda Sela Tinggi merampungkan rekapitulasi daftar akun media \
sosial personel pada Senin (21/10/2024).

Menurut satuannya, Polresta Batu Lenggo menyetorkan 1.106 daftar, Polres Arumbai 612, Polres Lingga Hulu 588, dan \
Polres Teluk Maras 461.

Pemeriksaan awal atas akun yang disetorkan menemukan 23 akun yang pernah memberi tanda suka atau komentar pada \
konten kampanye paslon. Pemilik akun-akun itu menerima teguran lisan.

Layanan konsultasi Bid Propam telah menerima 97 pertanyaan dari personel sejak dibuka pada 14 Oktober.

Ketua Bawaslu Provinsi Sela Tinggi, Maria Goreti Pattiasina, mengatakan lembaganya menerima 9 laporan masyarakat \
tentang dugaan keterlibatan polisi. Tiga di antaranya telah diteruskan ke Polda.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("counts"), {"rekap_akun.md": RELEASE})


def test_a_count_for_all_units_is_not_the_count_of_one_named_only_in_another_breakdown(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Berapa akun milik personel Polres Teluk Maras yang ketahuan memberi tanda suka konten kampanye?"
    )
    assert answer.abstained, answer.text
    assert "Polres Teluk Maras" in answer.text and "23" not in answer.text
    # … while the breakdown gives the unit's own figure
    answer = asked_checked(assistant, "Polres Teluk Maras menyetorkan berapa daftar akun media sosial?")
    assert not answer.abstained and "461" in answer.text, answer.text


def test_a_count_of_questions_is_no_telephone_number(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Nomor WA layanan konsultasi Bid Propam berapa ya? Saya mau tanya dulu.")
    assert answer.abstained and "97" not in answer.text, answer.text


def test_asks_for_a_telephone_number_with_words_between() -> None:
    assert asked_form(Kind.HOW_MANY, "Nomor WA Meja Konsultasi Propam berapa ya?") is not None
    assert asked_form(Kind.HOW_MANY, "Berapa pertanyaan yang diterima layanan konsultasi?") is None
    assert asked_form(Kind.HOW_MANY, "Nomor pengaduan Propam sudah menerima berapa laporan?") is None


def test_the_number_of_a_rule_lists_item_is_no_count() -> None:
    question = analyze("Berapa batas maksimal nilai sumbangan duka yang boleh diberikan personel?", Analyzer())
    item = "5. menyumbang untuk kegiatan sosial, duka, atau bencana, kecuali sumbangan itu disalurkan oleh paslon;"
    assert missing_type(question, [item]) == "what_how_many"
    assert missing_type(question, ["Sumbangan duka paling banyak Rp500.000 per orang."]) is None


def test_a_second_question_counting_a_share_gets_the_share_of_the_count(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Bawaslu provinsi menerima berapa laporan soal keterlibatan polisi? Berapa yang dilimpahkan ke Polda?",
    )
    assert "9 laporan" in answer.text and "Tiga di antaranya" in answer.text, answer.text
