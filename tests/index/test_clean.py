"""index.clean: scraped boilerplate goes, the wording of every body sentence stays."""

import re
from pathlib import Path

import pytest

from index.clean import clean_document, clean_text
from index.document import Document, Paragraph
from index.load import load_document, load_text

SEED_STEMS = [
    "000_2ada1d52289bbb6a",
    "001_9520b6738aa40797",
    "002_0f38eb17c91ba404",
    "003_52c37ca1bfb3e830",
    "004_44e010238306bcf5",
]

# Whole-paragraph boilerplate that scraped news pages wrap around an article.
BOILERPLATE = re.compile(
    r"baca juga|^(tag|share|berita terkini|berita terpopuler|berita pilihan|berita terbaru)\b|"
    r"discussion about this post|^editor\s*:|^sumber\s*:|^author\b|pewarta|^\(\s*(humas|redaksi)",
    re.I,
)


def squash(text: str) -> str:
    return " ".join(text.split())


def without_markup(text: str) -> str:
    """Raw text with Markdown links and bold undone and dateline dashes spaced, the only rewrites cleaning may do."""
    text = re.sub(r"\[([^\]]+)\]\([^)\s]+\)", r"\1", text).replace("**", "")
    return re.sub(r"\s*-\s+", " - ", squash(text))


def cleaned_seed(seeds_dir: Path, stem: str) -> Document:
    return clean_document(load_text(seeds_dir / f"{stem}.txt"))


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_seed_boilerplate_is_removed(seeds_dir: Path, stem: str) -> None:
    raw = (seeds_dir / f"{stem}.txt").read_text(encoding="utf-8")
    document = cleaned_seed(seeds_dir, stem)
    assert document.paragraphs
    for paragraph in document.paragraphs:
        assert not BOILERPLATE.search(paragraph.text), paragraph.text
        assert "Ml-01/ham" not in paragraph.text
        assert not re.search(r"\(\s*redaksi\s*\)", paragraph.text, re.I), paragraph.text
        assert "**" not in paragraph.text and "](" not in paragraph.text
    # The raw file really had something to remove.
    assert any(BOILERPLATE.search(line.strip()) for line in raw.splitlines())


def test_teasers_tags_widgets_credits_and_reporter_codes(seeds_dir: Path) -> None:
    everything = {stem: "\n".join(p.text for p in cleaned_seed(seeds_dir, stem).paragraphs) for stem in SEED_STEMS}
    joined = "\n".join(everything.values())
    for gone in (
        "Baca Juga",
        "BACA JUGA",
        "Berita Terkini",
        "Berita Terpopuler",
        "BERITA TERBARU",
        "Discussion about this post",
        "Editor : Moch Ilham",
        "Moch Ilham",
        "Sumber : Humas Polres Jombang",
        "Ml-01/ham",
        "(Humas Polresta Magelang)",
        "( Redaksi )",
    ):
        assert gone not in joined, gone
    assert not re.search(r"^(Tag|Share)$", joined, re.M)
    assert everything["001_9520b6738aa40797"].endswith("mengganggu proses demokrasi.")
    assert everything["004_44e010238306bcf5"].endswith("pungkas Kompol Hari.")


def test_hyphenated_words_and_datelines(seeds_dir: Path) -> None:
    magelang = cleaned_seed(seeds_dir, "000_2ada1d52289bbb6a")
    lead = next(p.text for p in magelang.paragraphs if "Kapolresta" in p.text)
    assert lead.startswith("Magelang - Kapolresta Magelang, Kombes Pol Mustofa, S.I.K., M.H., memimpin")
    malang = "\n".join(p.text for p in cleaned_seed(seeds_dir, "001_9520b6738aa40797").paragraphs)
    assert '"Netralitas TNI-Polri adalah harga mati," kata' in malang
    jombang = cleaned_seed(seeds_dir, "004_44e010238306bcf5")
    assert jombang.paragraphs[0].text.startswith("JOMBANG - Kepolisian Resor (Polres) Jombang")
    oku = "\n".join(p.text for p in cleaned_seed(seeds_dir, "003_52c37ca1bfb3e830").paragraphs)
    assert "ST/147/XI/KEP./2023" in oku
    assert "Capres-Cawapres" in oku


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_body_sentences_are_kept_verbatim(seeds_dir: Path, corpus_articles: Path, stem: str) -> None:
    """Cleaning only drops boilerplate and markup: no wording changes.

    Every paragraph of the hand-checked corpus article is found, character for character, among the cleaned
    paragraphs of its raw seed; and every cleaned paragraph is a slice of the raw text once markup is undone.
    """
    cleaned = [p.text for p in cleaned_seed(seeds_dir, stem).paragraphs]
    curated = [p.text for p in clean_document(load_document(corpus_articles / f"{stem}.md")).paragraphs]
    missing = [text for text in curated if text not in cleaned]
    assert not missing
    raw = without_markup((seeds_dir / f"{stem}.txt").read_text(encoding="utf-8"))
    for text in cleaned:
        assert without_markup(text) in raw, text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("**Magelang**- Kapolresta Magelang memimpin apel.", "Magelang - Kapolresta Magelang memimpin apel."),
        ("JOMBANG- Kepolisian Resor Jombang menggelar apel.", "JOMBANG - Kepolisian Resor Jombang menggelar apel."),
        ('"Netralitas TNI-Polri adalah harga mati," kata dia.', '"Netralitas TNI-Polri adalah harga mati," kata dia.'),
        ("TNI-Polri bersinergi pada Pemilu 2023-2024.", "TNI-Polri bersinergi pada Pemilu 2023-2024."),
        ("Lihat [situs Polri](https://polri.go.id) untuk __info__.", "Lihat situs Polri untuk info."),
        ("mengganggu proses demokrasi.\u00a0Ml-01/ham", "mengganggu proses demokrasi."),
        ("Apel berjalan lancar. (ant/red)", "Apel berjalan lancar."),
        ("Apel berjalan lancar,” pungkas Kompol Hari. ( Redaksi )", "Apel berjalan lancar,” pungkas Kompol Hari."),
        ("net\u200bralitas\u00ad  dan   \t integritas ", "netralitas dan integritas"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_titles_repeated_in_the_body_and_bylines_are_dropped() -> None:
    document = Document(
        doc_id="x",
        path=Path("x.txt"),
        title="Polres Malang Jaga Netralitas",
        author="Arman",
        paragraphs=[
            Paragraph("Polres Malang Jaga Netralitas"),
            Paragraph("Oleh Arman"),
            Paragraph("Baca Juga: Polres Malang Gelar Turnamen Voli"),
            Paragraph("Polres Malang berkomitmen menjaga netralitas."),
            Paragraph("Polres Malang Jaga Netralitas"),
            Paragraph("Editor : Moch Ilham"),
            Paragraph("   "),
        ],
    )
    cleaned = clean_document(document)
    assert [p.text for p in cleaned.paragraphs] == [
        "Polres Malang Jaga Netralitas",
        "Polres Malang berkomitmen menjaga netralitas.",
    ]
    assert cleaned.title == document.title and cleaned.doc_id == document.doc_id
    assert len(document.paragraphs) == 7  # the input is not modified


def test_cleaning_keeps_kind_and_page() -> None:
    document = Document(
        doc_id="x",
        path=Path("x.pdf"),
        paragraphs=[Paragraph("**Larangan**", kind="heading", page=3), Paragraph("1. Dilarang.", "list", 3)],
    )
    assert clean_document(document).paragraphs == [
        Paragraph("Larangan", kind="heading", page=3),
        Paragraph("1. Dilarang.", kind="list", page=3),
    ]
