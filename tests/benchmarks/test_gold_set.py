"""The gold set checker: it catches what it should, and the shipped set passes it (no embedding, fast)."""

from benchmarks.naive import covers
from benchmarks.qa_check import QAItem, check, corpus_paragraphs, load_items

PARAGRAPHS = {"d#p1": "Kapolres Jombang memimpin apel. Apel digelar pagi hari.", "d#p2": "Tidak ada kaitannya."}


def item(**fields: object) -> QAItem:
    base: dict = {"id": "q1", "question": "?", "lang": "id", "role": "journalist", "kind": "who"}
    base.update(gold=("d#p1",), must=("Kapolres Jombang",), answerable=True)
    base.update(fields)
    return QAItem(**base)


def test_a_consistent_item_passes() -> None:
    assert check([item(), item(id="q2", answerable=False, gold=(), must=())], PARAGRAPHS) == []


def test_problems_are_reported() -> None:
    problems = check(
        [
            item(),
            item(),  # duplicate id
            item(id="q3", gold=("d#p9",)),  # unknown gold id, so the must-string is found nowhere
            item(id="q4", must=("kapolres jombang",)),  # case matters: must-strings are verbatim
            item(id="q5", answerable=False),  # unanswerable with gold
            item(id="q6", lang="fr", split="test"),
        ],
        PARAGRAPHS,
    )
    text = "\n".join(problems)
    for expected in ("q1: duplicate id", "q3: gold id d#p9", "q3: must-string", "q4: must-string", "q5:", "q6: lang"):
        assert expected in text
    assert "q6: split" in text
    assert len(problems) == 7


def test_shipped_gold_set_is_consistent_and_large_enough() -> None:
    items = load_items()
    assert check(items, corpus_paragraphs()) == []
    assert len(items) >= 75
    assert sum(not i.answerable for i in items) >= 15
    for split in ("heldout", "heldout2"):
        batch = [i for i in items if i.split == split]
        assert {i.lang for i in batch} == {"id", "en"}, split
        assert {i.role for i in batch} == {"officer", "journalist", "trainer"}, split
        assert any(not i.answerable for i in batch), split


def test_naive_node_overlap_rule() -> None:
    paragraph = "Kalimat pertama cukup panjang di sini. Kalimat kedua juga panjang sekali. Ketiga."
    assert covers(f"Awal dokumen.\n\n{paragraph}\n\nAkhir.", paragraph)
    assert covers("Kalimat pertama cukup panjang di sini.  Kalimat kedua juga panjang sekali.", paragraph)
    assert not covers("Ketiga. Kalimat lain sama sekali.", paragraph)
