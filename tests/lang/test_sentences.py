"""lang.sentences: rule-based sentence spans over Indonesian news prose."""

from pathlib import Path

import pytest

from index.clean import clean_document
from index.load import load_document
from lang.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def assert_exact_spans(text: str) -> None:
    """Every sentence is text[start:end]; sentences are in order, do not overlap and only whitespace is left out."""
    sentences = split_sentences(text)
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        assert text[previous_end : sentence.start].strip() == ""
        previous_end = sentence.end
    assert text[previous_end:].strip() == ""


def test_titles_and_ranks_do_not_end_a_sentence() -> None:
    text = (
        "Magelang - Kapolresta Magelang, Kombes Pol Mustofa, S.I.K., M.H., memimpin langkah proaktif dalam menjaga "
        "integritas Polri menjelang Pilkada Serentak 2024. Dalam apel pagi yang digelar hari ini, seluruh personel "
        "menerima buku saku. Kamis (31/10/2024)."
    )
    assert texts(text) == [
        "Magelang - Kapolresta Magelang, Kombes Pol Mustofa, S.I.K., M.H., memimpin langkah proaktif dalam menjaga "
        "integritas Polri menjelang Pilkada Serentak 2024.",
        "Dalam apel pagi yang digelar hari ini, seluruh personel menerima buku saku.",
        "Kamis (31/10/2024).",
    ]


def test_letter_number_with_dotted_part_stays_inside_its_sentence() -> None:
    text = (
        "Apel tersebut digelar berdasarkan Surat Telegram Kapolres OKUT Nomor : ST/147/XI/KEP./2023 tanggal "
        "17 November 2023 tentang penandatangan netralitas Polri. Kapolres OKU Timur mengatakan personel wajib netral."
    )
    assert texts(text) == [
        "Apel tersebut digelar berdasarkan Surat Telegram Kapolres OKUT Nomor : ST/147/XI/KEP./2023 tanggal "
        "17 November 2023 tentang penandatangan netralitas Polri.",
        "Kapolres OKU Timur mengatakan personel wajib netral.",
    ]


def test_polri_at_the_end_of_a_sentence_ends_it() -> None:
    # "Polri" is an acronym, not an abbreviation with a dot: "... tentang Polri. Pasal ..." is two sentences.
    assert texts("Sesuai UU No. 2 Tahun 2002 tentang Polri. Pasal 28 mengatur netralitas.") == [
        "Sesuai UU No. 2 Tahun 2002 tentang Polri.",
        "Pasal 28 mengatur netralitas.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dipimpin oleh Dr. H. Ahmad, S.H., M.Si. dan Prof. Budi di Jl. Sudirman. Acara selesai.",
            ["Dipimpin oleh Dr. H. Ahmad, S.H., M.Si. dan Prof. Budi di Jl. Sudirman.", "Acara selesai."],
        ),
        (
            "Apel dimulai pukul 07.30 WIB dan dana Rp 1.500.000 diserahkan. Semua hadir.",
            ["Apel dimulai pukul 07.30 WIB dan dana Rp 1.500.000 diserahkan.", "Semua hadir."],
        ),
        ("Ia bertemu A. Rahman. Kemudian pulang.", ["Ia bertemu A. Rahman.", "Kemudian pulang."]),
        ("Apakah Polri netral? Tentu! Itu harga mati.", ["Apakah Polri netral?", "Tentu!", "Itu harga mati."]),
        (
            "netralitas dijaga. tanpa huruf besar tidak dipisah.",
            ["netralitas dijaga. tanpa huruf besar tidak dipisah."],
        ),
    ],
)
def test_abbreviations_numbers_and_sentence_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
    assert_exact_spans(text)


def test_quote_closed_with_comma_stays_with_its_attribution() -> None:
    text = (
        "“Pembagian Buku Saku ini merupakan komitmen nyata Polri untuk menjaga integritas dan netralitas dalam "
        "Pilkada Serentak 2024,” ungkap Kombes Pol Mustofa. Buku saku ini juga hadir dalam format digital."
    )
    assert texts(text) == [
        "“Pembagian Buku Saku ini merupakan komitmen nyata Polri untuk menjaga integritas dan netralitas dalam "
        "Pilkada Serentak 2024,” ungkap Kombes Pol Mustofa.",
        "Buku saku ini juga hadir dalam format digital.",
    ]
    straight = '"Netralitas TNI-Polri adalah harga mati," kata Kompol Imam Mustolih, Selasa (13/8). Rapat digelar.'
    assert texts(straight) == [
        '"Netralitas TNI-Polri adalah harga mati," kata Kompol Imam Mustolih, Selasa (13/8).',
        "Rapat digelar.",
    ]


def test_closing_quote_after_a_full_stop_belongs_to_the_sentence_it_closes() -> None:
    text = "Ia berkata, “Kami siap mengamankan pemilu.” Setelah itu apel dibubarkan."
    assert texts(text) == ["Ia berkata, “Kami siap mengamankan pemilu.”", "Setelah itu apel dibubarkan."]


def test_quoted_speech_of_two_sentences_is_split_inside_the_quote() -> None:
    text = (
        "“Tidak akan ada toleransi bagi oknum yang tidak netral. Ini semua demi nama baik institusi Polri,” "
        "tegas Kombes Pol Mustofa."
    )
    assert texts(text) == [
        "“Tidak akan ada toleransi bagi oknum yang tidak netral.",
        "Ini semua demi nama baik institusi Polri,” tegas Kombes Pol Mustofa.",
    ]


def test_spans_are_exact_slices_even_with_surrounding_and_inner_whitespace() -> None:
    text = "  \n Satu kalimat.   Dua kalimat!\n\nTiga kalimat?  \n"
    assert texts(text) == ["Satu kalimat.", "Dua kalimat!", "Tiga kalimat?"]
    assert_exact_spans(text)
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


def test_spans_are_exact_slices_over_every_corpus_paragraph(corpus_articles: Path) -> None:
    paragraphs = [
        p.text for path in sorted(corpus_articles.glob("*.md")) for p in clean_document(load_document(path)).paragraphs
    ]
    assert len(paragraphs) >= 40
    for text in paragraphs:
        assert_exact_spans(text)
        # Titles such as S.I.K. or M.H. never end up as a sentence of their own.
        assert all(len(s.text) > 12 for s in split_sentences(text)), text
