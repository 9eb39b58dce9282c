"""Ranking metrics on a tiny hand-made case, with the numbers worked out by hand in the comments."""

import math

import pytest

from benchmarks import metrics

# Gold paragraphs a and b; the retriever returns x, a, y, b (x and y are not relevant).
RANKING = [set(), {"a"}, set(), {"b"}]


@pytest.mark.parametrize(("k", "expected"), [(1, 0.0), (2, 1.0), (3, 1.0), (5, 1.0)])
def test_hit_at_k(k: int, expected: float) -> None:
    assert metrics.hit_at_k(RANKING, k) == expected


def test_reciprocal_rank_is_one_over_the_first_relevant_rank() -> None:
    assert metrics.reciprocal_rank(RANKING, 10) == 0.5
    assert metrics.reciprocal_rank(RANKING, 1) == 0.0  # outside the cut-off
    assert metrics.reciprocal_rank([{"a"}], 10) == 1.0


def test_ndcg_by_hand() -> None:
    # DCG = 1/log2(3) + 1/log2(5) = 0.63093 + 0.43068 = 1.06161; ideal = 1 + 1/log2(3) = 1.63093.
    assert metrics.ndcg_at_k(RANKING, n_gold=2, k=10) == pytest.approx(0.65092, abs=1e-5)
    # Cut at 3: only a counts; DCG = 0.63093, ideal unchanged.
    assert metrics.ndcg_at_k(RANKING, n_gold=2, k=3) == pytest.approx(0.38685, abs=1e-5)
    assert metrics.ndcg_at_k([{"a"}, {"b"}], n_gold=2, k=10) == pytest.approx(1.0)
    assert metrics.ndcg_at_k([set(), set()], n_gold=2, k=10) == 0.0
    assert metrics.ndcg_at_k([{"a"}], n_gold=0, k=10) == 0.0


def test_a_gold_paragraph_counts_once() -> None:
    # A second item covering a again earns nothing: gains 1, 0, 1 → DCG = 1 + 1/log2(4) = 1.5.
    assert metrics.gains([{"a"}, {"a"}, {"b"}], 10) == [1, 0, 1]
    assert metrics.ndcg_at_k([{"a"}, {"a"}, {"b"}], 2, 10) == pytest.approx(1.5 / (1 + 1 / math.log2(3)))
    # One node covering both gold paragraphs is one item at rank 1: DCG = 1, so nDCG = 1 / 1.63093.
    assert metrics.ndcg_at_k([{"a", "b"}], 2, 10) == pytest.approx(0.61315, abs=1e-5)
    assert 0.0 <= metrics.ndcg_at_k([{"a", "b"}, {"a", "b"}], 2, 10) <= 1.0


def test_rates_and_percentiles() -> None:
    assert metrics.mean([]) is None and metrics.rate(1, 0) is None
    assert metrics.mean([1.0, 2.0, 6.0]) == 3.0
    assert metrics.rate(3, 4) == 0.75
    # Linear interpolation: position (4-1) * 0.95 = 2.85 → 3 + 0.85 * (4 - 3) = 3.85.
    assert metrics.percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.5
    assert metrics.percentile([4.0, 1.0, 3.0, 2.0], 95) == pytest.approx(3.85)
    assert metrics.percentile([7.0], 95) == 7.0
    assert metrics.percentile([], 50) is None
