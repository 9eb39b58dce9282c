"""index.chunk: citable paragraphs that are exact slices of their document, with stable ids."""

import random
import re
from itertools import groupby
from pathlib import Path

import pytest

from index.chunk import body_text, chunk_document
from index.clean import clean_document
from index.document import Chunk, Document, Paragraph, chunk_id
from index.load import load_document

SENTENCE = "Personel Polres Jombang wajib menjaga netralitas di setiap tahapan Pemilu 2024 tanpa kecuali."


def doc(*paragraphs: Paragraph | str, doc_id: str = "uji", title: str = "Judul Uji") -> Document:
    items = [p if isinstance(p, Paragraph) else Paragraph(p) for p in paragraphs]
    return Document(doc_id=doc_id, path=Path(f"{doc_id}.md"), paragraphs=items, title=title, date="2024-01-02")


def assert_invariants(document: Document, chunks: list[Chunk]) -> None:
    """What every chunking must guarantee, whatever the document."""
    assert chunks, "a document with text gives at least one chunk"
    assert len({c.id for c in chunks}) == len(chunks)
    by_page = {page: list(group) for page, group in groupby(document.paragraphs, key=lambda p: p.page)}
    assert len(by_page) == len({p.page for p in document.paragraphs}), "pages come in order"
    for page, group in groupby(chunks, key=lambda c: c.page):
        page_chunks = list(group)
        body = body_text(by_page[page])
        assert [c.paragraph for c in page_chunks] == list(range(1, len(page_chunks) + 1))
        previous_end = 0
        for chunk in page_chunks:
            assert chunk.id == chunk_id(document.doc_id, chunk.paragraph, page)
            assert chunk.doc_id == document.doc_id
            assert chunk.text == body[chunk.char_start : chunk.char_end]
            assert chunk.text and chunk.text == chunk.text.strip()
            assert chunk.char_start >= previous_end
            assert body[previous_end : chunk.char_start].strip() == "", "no text falls between chunks"
            previous_end = chunk.char_end
            assert (chunk.title, chunk.source, chunk.date, chunk.url, chunk.doc_kind) == (
                document.title,
                document.source,
                document.date,
                document.url,
                document.kind,
            )
        assert body[previous_end:].strip() == "", "no text is left after the last chunk"
    assert {c.page for c in chunks} == set(by_page)
    if document.is_paged:
        assert all(re.fullmatch(rf"{re.escape(document.doc_id)}#page\d+-p\d+", c.id) for c in chunks)
    else:
        assert all(re.fullmatch(rf"{re.escape(document.doc_id)}#p\d+", c.id) for c in chunks)


def corpus_files(directory: Path, pattern: str) -> list[Path]:
    return sorted(directory.glob(pattern))


def test_invariants_over_every_corpus_file(corpus_articles: Path) -> None:
    paths = corpus_files(corpus_articles, "*.md")
    assert len(paths) == 5
    total = 0
    for path in paths:
        document = clean_document(load_document(path))
        chunks = chunk_document(document)
        assert_invariants(document, chunks)
        # Stable: a second load and chunking gives the same chunks, ids and hashes.
        again = chunk_document(clean_document(load_document(path)))
        assert again == chunks
        assert [c.content_hash for c in again] == [c.content_hash for c in chunks]
        total += len(chunks)
    assert total == 49


def test_invariants_over_the_raw_seeds(seeds_dir: Path) -> None:
    for path in corpus_files(seeds_dir, "*.txt"):
        document = clean_document(load_document(path))
        assert_invariants(document, chunk_document(document))


def test_invariants_over_a_generated_pdf(pocketbook) -> None:
    document = clean_document(load_document(pocketbook.path))
    chunks = chunk_document(document)
    assert_invariants(document, chunks)
    assert [c.id for c in chunks if c.page == 2] == [f"buku_saku_netralitas#page2-p{n}" for n in range(1, 5)]
    assert [c.kind for c in chunks if c.page == 2] == ["heading", "text", "list", "list"]
    # The section of a paragraph is the heading above it; a heading has none of its own.
    assert [c.section for c in chunks if c.page == 3] == ["", "Bab III Sanksi", "Bab III Sanksi", "Bab III Sanksi"]
    phrase = [c for c in chunks if pocketbook.phrase in c.text]
    assert len(phrase) == 1 and phrase[0].id == "buku_saku_netralitas#page2-p2"
    assert phrase[0].embed_text.startswith("Buku Saku Netralitas — Bab II Larangan Anggota\n")


def test_invariants_over_a_generated_docx(tmp_path: Path, make_docx) -> None:
    document = clean_document(load_document(make_docx(tmp_path / "pedoman.docx")))
    chunks = chunk_document(document)
    assert_invariants(document, chunks)
    assert [c.kind for c in chunks] == ["heading", "text", "list", "list", "heading", "text"]
    assert chunks[-1].section == "Sanksi"
    # The short table rows merged into the paragraph before them.
    assert chunks[-1].text.endswith("\n\nPelanggaran | Sanksi\n\nRingan | Teguran tertulis")


def test_short_fragment_merges_into_the_paragraph_before() -> None:
    document = doc(SENTENCE, "Apel tersebut.", SENTENCE)
    chunks = chunk_document(document, min_chars=40)
    assert_invariants(document, chunks)
    assert [c.text for c in chunks] == [f"{SENTENCE}\n\nApel tersebut.", SENTENCE]


def test_short_fragment_at_the_start_merges_into_the_next_paragraph() -> None:
    document = doc("Jombang.", "Apel digelar.", SENTENCE, SENTENCE)
    chunks = chunk_document(document, min_chars=40)
    assert_invariants(document, chunks)
    assert [c.text for c in chunks] == [f"Jombang.\n\nApel digelar.\n\n{SENTENCE}", SENTENCE]


def test_headings_and_list_items_are_never_merged() -> None:
    document = doc(
        Paragraph("Larangan", kind="heading"),
        Paragraph("1. Dilarang.", kind="list"),
        Paragraph("2. Ikut.", kind="list"),
        "Singkat.",
        Paragraph("Sanksi", kind="heading"),
        "Ditindak.",
        "Segera.",
        SENTENCE,
        Paragraph("Penutup", kind="heading"),
        "Tamat.",
    )
    chunks = chunk_document(document, min_chars=40)
    assert_invariants(document, chunks)
    assert [(c.kind, c.text, c.section) for c in chunks] == [
        ("heading", "Larangan", ""),
        ("list", "1. Dilarang.", "Larangan"),
        ("list", "2. Ikut.", "Larangan"),
        ("text", "Singkat.", "Larangan"),  # nothing to merge with: stays alone rather than join a list item
        ("heading", "Sanksi", ""),
        ("text", f"Ditindak.\n\nSegera.\n\n{SENTENCE}", "Sanksi"),  # fragments wait for the next body text
        ("heading", "Penutup", ""),
        ("text", "Tamat.", "Penutup"),
    ]


def test_min_chars_zero_keeps_every_paragraph() -> None:
    document = doc("A.", "B.", "C.")
    assert [c.text for c in chunk_document(document, min_chars=0)] == ["A.", "B.", "C."]


def test_long_paragraph_splits_at_sentence_ends_and_covers_it_in_order() -> None:
    sentences = [
        f"Kalimat nomor {n} menegaskan bahwa Kombes Pol Mustofa, S.I.K., M.H., menjaga netralitas." for n in range(40)
    ]
    long_paragraph = " ".join(sentences)
    document = doc(
        "Pembuka yang cukup panjang untuk berdiri sendiri sebagai paragraf.",
        long_paragraph,
        "Penutup yang juga cukup panjang untuk berdiri sendiri.",
    )
    chunks = chunk_document(document, min_chars=40, max_chars=500)
    assert_invariants(document, chunks)
    parts = chunks[1:-1]
    assert len(parts) > 5
    assert all(len(c.text) <= 500 for c in parts)
    assert " ".join(c.text for c in parts) == long_paragraph
    body = body_text(document.paragraphs)
    assert parts[0].char_start == body.index(long_paragraph)
    assert parts[-1].char_end == parts[0].char_start + len(long_paragraph)
    for part in parts:
        assert part.text.startswith("Kalimat nomor ") and part.text.endswith("menjaga netralitas.")
    assert [c.paragraph for c in chunks] == list(range(1, len(chunks) + 1))


def test_a_single_sentence_longer_than_max_chars_is_not_cut() -> None:
    sentence = "Netralitas " + "dan integritas " * 60 + "adalah harga mati."
    document = doc(sentence, SENTENCE)
    chunks = chunk_document(document, max_chars=200)
    assert_invariants(document, chunks)
    assert [c.text for c in chunks] == [sentence, SENTENCE]


def test_ids_are_stable_and_change_only_where_the_text_changes() -> None:
    first = chunk_document(doc(SENTENCE, SENTENCE + " Dua.", SENTENCE + " Tiga."))
    edited = chunk_document(doc(SENTENCE, SENTENCE + " Dua diubah.", SENTENCE + " Tiga."))
    assert [c.id for c in first] == [c.id for c in edited] == ["uji#p1", "uji#p2", "uji#p3"]
    changed = [a.id for a, b in zip(first, edited, strict=True) if a.content_hash != b.content_hash]
    assert changed == ["uji#p2"]


def test_pdf_pages_number_their_paragraphs_separately() -> None:
    document = doc(
        Paragraph("Bab I", kind="heading", page=1),
        Paragraph(SENTENCE, page=1),
        Paragraph(SENTENCE + " Lanjutan.", page=2),
        Paragraph("Sisa.", page=2),
        Paragraph("1. Dilarang ikut kampanye.", kind="list", page=5),
        doc_id="saku",
    )
    chunks = chunk_document(document)
    assert_invariants(document, chunks)
    assert [(c.id, c.section) for c in chunks] == [
        ("saku#page1-p1", ""),
        ("saku#page1-p2", "Bab I"),
        ("saku#page2-p1", "Bab I"),
        ("saku#page5-p1", "Bab I"),
    ]
    assert chunks[2].text == f"{SENTENCE} Lanjutan.\n\nSisa."
    assert chunks[2].char_start == 0  # offsets are within the page


def random_document(rng: random.Random, paged: bool) -> Document:
    paragraphs = []
    page = 1
    for _ in range(rng.randint(1, 25)):
        kind = rng.choice(["text", "text", "text", "heading", "list"])
        words = rng.choice([1, 2, 4, 12, 30])
        text = " ".join(rng.choice(["Polri", "netral", "apel", "pemilu", "Kompol", "dilarang"]) for _ in range(words))
        text = f"{text[0].upper()}{text[1:]}."
        if kind == "list":
            text = f"{rng.randint(1, 9)}. {text}"
        if paged and rng.random() < 0.2:
            page += rng.choice([1, 2])
        paragraphs.append(Paragraph(text, kind=kind, page=page if paged else None))
    return doc(*paragraphs, doc_id=f"acak{rng.randint(0, 999)}")


@pytest.mark.parametrize("seed", range(60))
def test_invariants_and_merging_rules_over_random_documents(seed: int) -> None:
    rng = random.Random(seed)
    document = random_document(rng, paged=seed % 2 == 1)
    min_chars = rng.choice([0, 20, 40, 80])
    chunks = chunk_document(document, min_chars=min_chars, max_chars=100_000)
    assert_invariants(document, chunks)
    for page, group in groupby(chunks, key=lambda c: c.page):
        page_chunks = list(group)
        # Headings and list items come out exactly as they went in.
        source = [p for p in document.paragraphs if p.page == page and p.kind != "text"]
        assert [(c.kind, c.text) for c in page_chunks if c.kind != "text"] == [(p.kind, p.text) for p in source]
        # A text chunk is only left short when no body text stands next to it.
        for index, chunk in enumerate(page_chunks):
            if chunk.kind == "text" and len(chunk.text) < min_chars:
                neighbours = page_chunks[max(0, index - 1) : index] + page_chunks[index + 1 : index + 2]
                assert all(n.kind != "text" for n in neighbours), (chunk, neighbours)


@pytest.mark.parametrize("max_chars", [120, 300, 1500])
@pytest.mark.parametrize("min_chars", [0, 40, 200])
def test_invariants_hold_for_any_limits(corpus_articles: Path, min_chars: int, max_chars: int) -> None:
    for path in corpus_files(corpus_articles, "*.md"):
        document = clean_document(load_document(path))
        assert_invariants(document, chunk_document(document, min_chars=min_chars, max_chars=max_chars))


@pytest.mark.parametrize(
    ("source", "outlet"),
    [("Surabaya Pagi (surabayapagi.com)", "Surabaya Pagi (surabayapagi.com)"), ("", ""), ("Tidak diketahui", "")],
)
def test_outlet_is_blank_when_the_source_is_unknown(source: str, outlet: str) -> None:
    chunk = Chunk(id="x#p1", doc_id="x", text="Isi.", paragraph=1, char_start=0, char_end=4, source=source)
    assert chunk.outlet == outlet
