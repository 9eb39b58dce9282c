"""The gold question set (benchmarks/qa.jsonl) over the seed articles: checked for consistency, then used to
assert retrieval hit@3 and answer/abstention behaviour of the real pipeline."""

import json
from pathlib import Path

import pytest

from assistant.engine import Assistant
from assistant.question import analyze

QA = Path(__file__).resolve().parents[2] / "benchmarks" / "qa.jsonl"
ITEMS = [json.loads(line) for line in QA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_set_is_consistent(assistant: Assistant) -> None:
    ids = {chunk.id: chunk for chunk in assistant.store.chunks()}
    assert len(ITEMS) >= 50 and sum(not i["answerable"] for i in ITEMS) >= 12
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    for item in ITEMS:
        assert item["lang"] in ("id", "en") and item["role"] in ("officer", "journalist", "trainer")
        if not item["answerable"]:
            assert not item["gold"] and not item["must"], item["id"]
            continue
        assert item["gold"] and item["must"], item["id"]
        for gold in item["gold"]:
            assert gold in ids, f"{item['id']}: gold id {gold} is not in the index"
        texts = " ".join(ids[g].text for g in item["gold"])
        for must in item["must"]:
            assert must in texts, f"{item['id']}: must-string {must!r} is in none of its gold paragraphs"


def test_retrieval_hit_at_3(assistant: Assistant) -> None:
    answerable = [i for i in ITEMS if i["answerable"]]
    hits = {"id": [], "en": []}
    for item in answerable:
        question = analyze(item["question"], assistant.analyzer)
        found = [h.chunk.id for h in assistant.retriever.search(item["question"], question.language, 3)]
        hits[item["lang"]].append(any(g in found[:3] for g in item["gold"]))
    overall = sum(hits["id"] + hits["en"]) / len(answerable)
    # Measured 43/45 at the time of writing; English must not lag far behind Indonesian.
    assert overall >= 0.9, overall
    assert sum(hits["en"]) / len(hits["en"]) >= 0.85, hits["en"]


@pytest.mark.parametrize("item", [i for i in ITEMS if i["answerable"]], ids=lambda i: i["id"])
def test_answerable_question_is_answered_from_gold(assistant: Assistant, item: dict) -> None:
    answer = assistant.ask(item["question"])
    assert not answer.abstained, answer.text
    cited = [c.chunk.id for c in answer.citations]
    assert any(c in item["gold"] for c in cited), (cited, answer.text)
    for must in item["must"]:
        assert must.lower() in answer.text.lower(), (must, answer.text)
    for citation in answer.citations:  # every quote is verbatim in the paragraph it cites
        for piece in citation.quote.split(" … "):
            assert piece in citation.chunk.text


@pytest.mark.parametrize("item", [i for i in ITEMS if not i["answerable"]], ids=lambda i: i["id"])
def test_unanswerable_question_is_abstained(assistant: Assistant, item: dict) -> None:
    answer = assistant.ask(item["question"])
    assert answer.abstained, answer.text
    assert not answer.citations
    prefix = "Tidak ditemukan dalam korpus" if item["lang"] == "id" else "Not found in the corpus"
    assert answer.text.startswith(prefix)
