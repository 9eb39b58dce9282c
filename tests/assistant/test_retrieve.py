"""Hybrid retrieval: fusion invariants, English over Indonesian text, filters."""

from assistant.engine import Assistant
from assistant.retrieve import reciprocal_rank_fusion
from index.records import Filters


def test_fusion_of_identical_lists_keeps_order() -> None:
    ranking = ["a", "b", "c", "d"]
    assert [item for item, _ in reciprocal_rank_fusion([ranking, ranking], 60)] == ranking


def test_fusion_rewards_agreement() -> None:
    fused = dict(reciprocal_rank_fusion([["a", "b"], ["b", "c"]], 60))
    assert fused["b"] > fused["a"] > fused["c"]
    assert abs(fused["a"] - 1 / 61) < 1e-12


def test_english_question_reaches_indonesian_paragraph(assistant: Assistant) -> None:
    hits = assistant.retriever.search("Who is the deputy police chief of Malang?", "en", 3)
    assert "001_9520b6738aa40797#p2" in [h.chunk.id for h in hits]


def test_both_retrievers_contribute(assistant: Assistant) -> None:
    hits = assistant.retriever.search("Berapa personel Polres OKU Timur menandatangani fakta integritas?", "id", 5)
    assert hits[0].chunk.id == "003_52c37ca1bfb3e830#p1"
    assert hits[0].dense_rank is not None and hits[0].bm25_rank is not None


def test_filters_apply_to_both_retrievers(assistant: Assistant) -> None:
    only = Filters(doc_ids=("002_0f38eb17c91ba404",))
    hits = assistant.retriever.search("netralitas Polri", "id", 8, only)
    assert hits and {h.chunk.doc_id for h in hits} == {"002_0f38eb17c91ba404"}
    dated = Filters(date_from="2024-01-01")
    assert all(h.chunk.date >= "2024-01-01" for h in assistant.retriever.search("netralitas Polri", "id", 8, dated))
    by_source = Filters(sources=("Koran Palpres (koranpalpres.com)",))
    assert {h.chunk.doc_id for h in assistant.retriever.search("apel", "id", 8, by_source)} == {"003_52c37ca1bfb3e830"}
