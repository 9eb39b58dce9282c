"""Ranking, rate and latency metrics, as pure functions over plain lists.

A ranking is given as `covered`: one set per retrieved item, best first, holding the gold paragraph ids that
item covers (empty set = not relevant). Our retrievers return paragraphs, so a relevant item covers exactly its
own id; a baseline that returns bigger nodes may cover several. Relevance is binary and counted once per gold
paragraph: an item earns gain 1 only if it covers a gold paragraph no higher item covered. That keeps nDCG in
[0, 1] for multi-paragraph nodes. Leaves out graded relevance and statistical tests.
"""

import math
from collections.abc import Sequence

Covered = Sequence[set[str] | frozenset[str]]


def gains(covered: Covered, k: int) -> list[int]:
    """1 at each of the first k ranks whose item covers a not-yet-covered gold paragraph, else 0."""
    seen: set[str] = set()
    out = []
    for item in covered[:k]:
        new = set(item) - seen
        out.append(1 if new else 0)
        seen |= new
    return out


def hit_at_k(covered: Covered, k: int) -> float:
    """1.0 when any of the first k items covers a gold paragraph."""
    return 1.0 if any(covered[:k]) else 0.0


def reciprocal_rank(covered: Covered, k: int = 10) -> float:
    """1 / rank of the first item covering a gold paragraph within the first k (0.0 when none does)."""
    for rank, item in enumerate(covered[:k], start=1):
        if item:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(covered: Covered, n_gold: int, k: int = 10) -> float:
    """Binary nDCG@k: DCG of `gains` over the ideal DCG of min(n_gold, k) relevant items at the top."""
    if n_gold <= 0:
        return 0.0
    dcg = sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains(covered, k), start=1))
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(n_gold, k) + 1))
    return dcg / ideal


def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean, None for no values (printed as a dash, never as a misleading 0)."""
    return sum(values) / len(values) if values else None


def rate(hits: int, total: int) -> float | None:
    """hits / total, None when nothing was counted."""
    return hits / total if total else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0..100) with linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
