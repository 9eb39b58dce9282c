"""The gold question set (benchmarks/qa.jsonl) over the seed articles: checked for consistency, then used to
assert retrieval hit@3 and answer/abstention behaviour of the real pipeline."""

import json
from pathlib import Path

import pytest

from assistant.engine import Assistant
from assistant.question import analyze

QA = Path(__file__).resolve().parents[2] / "benchmarks" / "qa.jsonl"
ITEMS = [json.loads(line) for line in QA.read_text(encoding="utf-8").splitlines() if line.strip()]
# The dev split is fitted on (it is the answer selector's only in-domain data, see training/fit.py): its answerable
# questions must all pass. Its unanswerable ones and the held-out split (written afterwards by someone who had not
# seen the tuning) are held to floors just below what the learned selector measured (README, "Quality").
DEV = [i for i in ITEMS if i.get("split", "dev") == "dev"]
HELDOUT = [i for i in ITEMS if i.get("split") == "heldout"]


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


def answered_from_gold(assistant: Assistant, item: dict) -> tuple[bool, str]:
    answer = assistant.ask(item["question"])
    for citation in answer.citations:  # whatever else happens, every quote is verbatim in what it cites
        for piece in citation.quote.split(" … "):
            assert piece in citation.chunk.text
    cited = [c.chunk.id for c in answer.citations]
    right = (
        not answer.abstained
        and any(c in item["gold"] for c in cited)
        and all(must.lower() in answer.text.lower() for must in item["must"])
    )
    return right, answer.text


def abstained(assistant: Assistant, item: dict) -> tuple[bool, str]:
    answer = assistant.ask(item["question"])
    prefix = "Tidak ditemukan dalam korpus" if item["lang"] == "id" else "Not found in the corpus"
    return answer.abstained and not answer.citations and answer.text.startswith(prefix), answer.text


@pytest.mark.parametrize("item", [i for i in DEV if i["answerable"]], ids=lambda i: i["id"])
def test_dev_question_is_answered_from_gold(assistant: Assistant, item: dict) -> None:
    right, text = answered_from_gold(assistant, item)
    assert right, text


def test_dev_unanswerable_floor(assistant: Assistant) -> None:
    unanswerable = [i for i in DEV if not i["answerable"]]
    refused = [i["id"] for i in unanswerable if abstained(assistant, i)[0]]
    # Measured 13/14: "Who won the 2024 Magelang regional election?" is answered with the Kapolresta's sentence.
    assert len(refused) >= 12, refused


def test_heldout_floors(assistant: Assistant) -> None:
    answerable = [i for i in HELDOUT if i["answerable"]]
    unanswerable = [i for i in HELDOUT if not i["answerable"]]
    assert len(answerable) >= 20 and len(unanswerable) >= 10
    answered = sum(answered_from_gold(assistant, i)[0] for i in answerable) / len(answerable)
    abstentions = sum(abstained(assistant, i)[0] for i in unanswerable) / len(unanswerable)
    # The hand-tuned gates gave 27/28 and 12/12 here while refusing over half of the shared sets' answerable
    # questions; the learned selector: 24/28 and 7/12 (the misses: "which Perpol", "what did X say about hoaxes",
    # typed questions whose sentence is on topic but lacks the count or date).
    assert answered >= 0.8, answered
    assert abstentions >= 0.5, abstentions
