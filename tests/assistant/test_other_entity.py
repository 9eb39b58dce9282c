import pytest

from assistant.engine import Assistant
from assistant.extractive.other_entity import left_out, same_kind
from assistant.question import analyze
from lang.terms import Analyzer
from tests.assistant.conftest import with_articles


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_units_of_one_kind_share_the_start_of_their_kind_word() -> None:
    assert same_kind("Polres", "Polresta")
    assert same_kind("Kapolresta", "Kapolres")
    assert same_kind("Polda", "polda")
    assert same_kind("KPU", "KPU")  # a short kind word is still its own kind
    assert not same_kind("Polres", "Polda")


def test_a_form_of_address_is_no_kind_of_unit() -> None:
    # "Bu Ratna" is not a unit of the kind "Bupati Sleman", nor "Pak Harun" of "Pakar Hukum Tata Negara".
    assert not same_kind("Bu", "Bupati")
    assert not same_kind("Pak", "Pakar")


# A year-end count broken down by Polres: Polres Air Kelabu is not among them.
YEAR_END = """---
title: "Propam Polda Pulau Seruni Terima 47 Laporan Netralitas"
source: "Seruni Pos"
date: "2024-12-30"
kind: news
---

BANDAR SERUNI, Seruni Pos – Bid Propam Polda Pulau Seruni menerima 47 laporan dugaan pelanggaran netralitas \
personel selama tahapan Pilkada Serentak 2024.

Menurut wilayah, laporan terbanyak berasal dari Polresta Bandar Seruni dengan 11 laporan, disusul Polres Lembah \
Kabut sembilan laporan, Polres Bukit Tambun delapan laporan, dan Polres Karang Asam enam laporan.

Seorang Kapolsek dari Polres Air Kelabu ikut hadir dalam paparan rekap akhir tahun itu.
"""


@pytest.fixture(scope="module")
def year_end(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("year_end"), {"rekap_propam.md": YEAR_END})


def test_a_breakdown_that_leaves_the_asked_unit_out_is_no_answer(year_end: Assistant) -> None:
    # The document names Polres Air Kelabu elsewhere, so it is no answer about another unit; but the figures are
    # given per unit and the asked one is not among them.
    for question in (
        "How many of the 47 neutrality reports came from Polres Air Kelabu?",
        "Berapa laporan netralitas yang berasal dari Polres Air Kelabu?",
    ):
        answer = year_end.ask(question)
        assert answer.abstained and "Polres Air Kelabu" in answer.text and "Polres Lembah Kabut" in answer.text, (
            answer.text
        )
    # a unit the breakdown lists is answered
    listed = year_end.ask("Berapa laporan netralitas yang berasal dari Polres Lembah Kabut?")
    assert not listed.abstained and "sembilan laporan" in listed.text, listed.text


def test_a_sentence_naming_one_other_unit_is_no_breakdown(analyzer: Analyzer) -> None:
    question = analyze("Berapa personel Polres Air Kelabu yang dikerahkan?", analyzer)
    assert left_out(question, ["Polres Lembah Kabut mengerahkan 300 personel."]) is None
    assert left_out(question, ["Polres Air Kelabu dan Polres Lembah Kabut mengerahkan 300 personel."]) is None
    found = left_out(question, ["Polres Lembah Kabut 300 personel, Polres Bukit Tambun 250 personel."])
    assert found is not None and found.asked == "Polres Air Kelabu"
