"""Answerers side by side for `make eval ANSWERERS=extractive,llm` (`evaluate.py --answerers extractive,llm`).

Every named answerer answers every gold question through `Assistant.ask` (same index, same retrieval, same
citation check); the table has `evaluate`'s answer metrics per answerer (must-string hit rate, citation
precision and recall, abstention precision and recall, false abstentions, ms per question) plus the share of
answers the answerer itself produced — for the LLM answerer, the rest fell back to the extractive answer because
too little of the generated text survived the citation enforcement (assistant/llm/enforce.py). The LLM is the one
the NETRALITAS_LLM_* settings name (default: the bundled Gemma 3 270M through llama.cpp).
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from assistant.answer import Answer
from assistant.engine import Assistant
from assistant.extractive.answerer import ExtractiveAnswerer
from benchmarks.qa_check import QAItem
from index.settings import Settings

ANSWERERS = ("extractive", "llm")


@dataclass
class AnswererRun:
    name: str
    records: dict[str, Any]  # item id → evaluate.AnswerRecord
    produced_by: dict[str, str]  # item id → Answer.answerer ("llm", "llm→extractive (fallback)", "extractive")


def variant(assistant: Assistant, settings: Settings, name: str) -> Assistant:
    """The assistant with answerer `name`, sharing its index, retriever and reranker."""
    extractive = ExtractiveAnswerer(assistant.templates, settings.max_citations)
    if name == "extractive":
        return replace(assistant, answerer=extractive)
    if name == "llm":
        from assistant.llm.answerer import open_llm_answerer

        llm_settings = settings.model_copy(update={"answerer": "llm"})
        return replace(assistant, answerer=open_llm_answerer(llm_settings, extractive, assistant.analyzer))
    raise SystemExit(f"unknown answerer {name!r}: choose from {', '.join(ANSWERERS)}")


def run_answerers(
    assistant: Assistant,
    settings: Settings,
    names: Sequence[str],
    items: list[QAItem],
    record: Callable[[Answer, QAItem, float], Any],
) -> list[AnswererRun]:
    runs = []
    for name in names:
        answering = variant(assistant, settings, name)
        records, produced_by = {}, {}
        for item in items:
            started = time.perf_counter()
            answer = answering.ask(item.question)
            records[item.id] = record(answer, item, (time.perf_counter() - started) * 1000)
            produced_by[item.id] = answer.answerer
        runs.append(AnswererRun(name, records, produced_by))
    return runs


def side_by_side(
    runs: list[AnswererRun], items: list[QAItem], row: Callable[[list[Any], dict[str, QAItem]], list[Any]]
) -> list[list[Any]]:
    """One row per answerer: `row` (evaluate.answer_row) over all questions, then the share it produced itself."""
    by_id = {i.id: i for i in items}
    out = []
    for run in runs:
        own = sum(1 for label in run.produced_by.values() if label == run.name) / max(1, len(run.produced_by))
        out.append([run.name, *row(list(run.records.values()), by_id), own])
    return out
