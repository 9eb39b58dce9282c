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


def test_a_total_for_several_units_is_no_figure_for_one_of_them(analyzer: Analyzer) -> None:
    question = analyze("How many polling stations were assigned in Kabupaten Tebat Rindu?", analyzer)
    pooled = (
        "Adapun Kabupaten Selat Jerambah, Tebat Rindu, dan Lumbu Raya secara keseluruhan memiliki 2.358 TPS yang "
        "dijaga 1.437 personel."
    )
    found = left_out(question, [pooled])
    assert found is not None and found.key == "combined_only"
    assert found.found == "Kabupaten Selat Jerambah, Tebat Rindu, dan Lumbu Raya"
    # a figure of its own is an answer
    assert left_out(question, ["Kabupaten Tebat Rindu memiliki 812 TPS."]) is None


# A release that breaks its count down by unit; the asked unit is named nowhere in it, and its breakdown is a
# paragraph the best sentences (the total) do not quote.
RELEASE = """---
title: "Rilis Akhir Tahun Propam Polda Teluk Lima"
source: "Harian Teluk"
date: "2024-12-27"
kind: news
---

TELUK LIMA, Harian Teluk – Bid Propam Polda Teluk Lima menerima 58 laporan dugaan pelanggaran netralitas anggota \
selama tahapan Pilkada Serentak 2024.

Jumlah laporan itu naik dibanding Pemilu Februari 2024, ketika Polda menerima 31 laporan.

Angka itu disampaikan dalam rilis akhir tahun di Mapolda Teluk Lima, Jumat (27/12/2024).

Berdasarkan asal satuan, laporan terbanyak datang dari Polresta Teluk Lima dengan 13 laporan, disusul Polres \
Gunung Rata 10 laporan dan Polres Air Tenang tujuh laporan.
"""


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("release"), {"rilis_teluk_lima.md": RELEASE})


def test_a_count_for_a_unit_the_documents_breakdown_never_names_is_refused(release: Assistant) -> None:
    answer = release.ask(
        "Berapa laporan dugaan pelanggaran netralitas yang diterima Bid Propam Polda Teluk Lima dari Polres Bukit "
        "Jauh selama Pilkada Serentak 2024?"
    )
    assert answer.abstained and "Polres Bukit Jauh" in answer.text, answer.text
    listed = release.ask("Berapa laporan netralitas yang berasal dari Polres Gunung Rata sepanjang Pilkada 2024?")
    assert not listed.abstained and "10 laporan" in listed.text, listed.text


def test_a_total_asked_for_or_a_units_own_figure_is_no_pooled_figure(analyzer: Analyzer) -> None:
    pooled = "Secara keseluruhan, Selat Jerambah, Tebat Rindu, dan Lumbu Raya memiliki 2.358 TPS."
    for question in (
        "Berapa total TPS di Kabupaten Selat Jerambah, Tebat Rindu, dan Lumbu Raya?",
        "How many polling stations do Kabupaten Tebat Rindu and its neighbours have combined?",
    ):
        assert left_out(analyze(question, analyzer), [pooled]) is None, question
    own = analyze("Berapa TPS di Kabupaten Lumbu Raya?", analyzer)
    assert left_out(own, ["Kabupaten Lumbu Raya memiliki 812 TPS.", pooled]) is None
    each = "Polres Gelam Hulu, Polres Tanah Merah, dan Polres Lumbu Raya masing-masing menerima 11 laporan, seluruhnya."
    assert left_out(analyze("Berapa laporan dari Polres Lumbu Raya?", analyzer), [each]) is None
    joint = "Tim gabungan Bidang Propam dan Ditressiber Polda Bukit Barisan menemukan 23 akun."
    assert left_out(analyze("Berapa akun yang ditemukan Polda Bukit Barisan?", analyzer), [joint]) is None
