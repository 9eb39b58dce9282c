"""How the dev-set scores count, on three hand-made replies (no model: the scoring, not the answerer, is tested)."""

from pathlib import Path

from benchmarks.dev_sets import Reply, score
from training.datasets import Item, QuestionSet

ITEMS = (
    Item("a", "Siapa Kepala Dinas Kehutanan Kalbar?", ("Agus Aman",), True, "doc1"),
    Item("b", "Berapa lama waktu tempuhnya?", ("1,5 jam",), True, "doc2"),
    Item("c", "Siapa Gubernur Atlantis?", (), False, None),
)
REPLIES = {
    # right answer, and its short answer is the gold name
    "Siapa Kepala Dinas Kehutanan Kalbar?": Reply(
        "Agus Aman [1]\n“Kepala Dinas … Agus Aman …” [1]", False, ["doc1"], "Agus Aman"
    ),
    # right answer (the quote holds it), but the short answer is a piece of the number
    "Berapa lama waktu tempuhnya?": Reply("5 jam [1]\n“… sekitar 1,5 jam …” [1]", False, ["doc9"], "5 jam"),
    "Siapa Gubernur Atlantis?": Reply("Tidak ditemukan dalam korpus.", True, []),
}


def test_a_short_answer_is_scored_apart_from_the_quote_that_holds_the_fact() -> None:
    result = score("ours", QuestionSet("hand", Path("."), ITEMS), REPLIES.__getitem__)
    assert (result.answerable, result.right, result.right_document) == (2, 2, 1)
    assert (result.unanswerable, result.refused, result.false_refusals) == (1, 1, 0)
    # "5 jam" is inside "1,5 jam" the other way round only: it does not hold the gold string, nor the reverse
    assert (result.leads, result.leads_right) == (2, 1)
