"""`make eval`: retrieval and answer quality on the gold set, every system on the same questions.

Builds a fresh index of `corpus/` in a temporary folder (or uses `--store`), checks the gold set against it, then:
- retrieval (answerable questions): hit@1/3/5, MRR@10 and nDCG@10 of dense-only, BM25-only, our hybrid
  (`Retriever.search`) and the naive llama-index baseline (`benchmarks/naive.py`, plus the same with 256-token
  nodes for scale), by language and by split. Our systems return paragraphs, judged by id; the baseline's nodes
  are judged by the text-overlap rule in `naive.py`. "paras/item" is how many corpus paragraphs one retrieved
  item spans on average: a hit inside a 10-paragraph node is cheaper to get and worse to cite.
- answers (`Assistant.ask`): must-string hit rate, citation precision and recall, abstention precision and
  recall, false abstentions, mean milliseconds per question; by language, split and question kind.
Prints the tables, writes `benchmarks/results/eval.md` and the "eval" section of `results/latest.json`.
Leaves out speed beyond per-question means (see `bench.py`) and any judgement of answer wording.
"""

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.engine import Assistant
from assistant.question import analyze
from benchmarks.answerers import run_answerers, side_by_side
from benchmarks.gold_tables import (
    ANSWER_HEADERS,
    RETRIEVAL_HEADERS,
    AnswerRecord,
    K,
    Ranking,
    answer_row,
    failures,
    kind_rows,
    record_answer,
    retrieval_row,
)
from benchmarks.naive import NaiveLlamaIndex, covers
from benchmarks.qa_check import CORPUS_DIR, QAItem, check, load_items, summary
from benchmarks.report import machine, machine_line, publish, table
from index.offline import configure_offline
from index.settings import Settings

SLICES: dict[str, Callable[[QAItem], bool]] = {
    "all": lambda i: True,
    "id": lambda i: i.lang == "id",
    "en": lambda i: i.lang == "en",
    "dev": lambda i: i.split == "dev",
    "heldout": lambda i: i.split == "heldout",
    "heldout2": lambda i: i.split == "heldout2",
}
Retrieved = tuple[str | None, str]  # (paragraph id, or None for a baseline node; text)


@dataclass
class System:
    name: str
    retrieve: Callable[[str], list[Retrieved]]


def our_systems(assistant: Assistant) -> list[System]:
    retriever, analyzer = assistant.retriever, assistant.analyzer

    def dense(question: str) -> list[Retrieved]:
        return [(c.id, c.text) for c, _ in retriever.dense(question, K)]

    def bm25(question: str) -> list[Retrieved]:
        terms = analyzer.query_terms(question, analyzer.language(question))
        return [(c.id, c.text) for c, _ in retriever.bm25(terms, K)]

    def fused(question: str) -> list[Retrieved]:
        """What the answerer gets: dense + BM25 fused (`Assistant.retrieve`)."""
        hits = assistant.retrieve(analyze(question, analyzer))
        return [(h.chunk.id, h.chunk.text) for h in hits][:K]

    def selected(question: str) -> list[Retrieved]:
        """The fused paragraphs in the answer selector's order (by their best sentence's score): what an answer
        cites first."""
        parsed = analyze(question, analyzer)
        vector = assistant.embed(parsed)
        corpus = assistant.retriever.corpus()
        hits = assistant.retrieve(parsed, None, vector, corpus)
        ranking = assistant.reranker.rerank(parsed, hits, vector, corpus)
        order = list(dict.fromkeys(c.chunk.id for c in ranking.ranked()))
        order += [h.chunk.id for h in hits if h.chunk.id not in order]
        by_id = {h.chunk.id: h.chunk for h in hits}
        return [(i, by_id[i].text) for i in order][:K]

    return [
        System("dense", dense),
        System("bm25", bm25),
        System("fused", fused),
        System(HYBRID, selected),
    ]


def baseline_system(baseline: NaiveLlamaIndex) -> System:
    return System(baseline.name, lambda q: [(None, text) for text in baseline.retrieve(q)])


def rank(system: System, item: QAItem, paragraphs: dict[str, str]) -> Ranking:
    started = time.perf_counter()
    retrieved = system.retrieve(item.question)
    ms = (time.perf_counter() - started) * 1000
    covered, spans = [], []
    for paragraph_id, text in retrieved:
        if paragraph_id is not None:
            covered.append([paragraph_id] if paragraph_id in item.gold else [])
            spans.append(1)
        else:
            covered.append([g for g in item.gold if covers(text, paragraphs[g])])
            spans.append(sum(1 for p in paragraphs.values() if covers(text, p)))
    top3 = [pid or " ".join(text.split())[:40] for pid, text in retrieved[:3]]
    return Ranking(system.name, item.id, covered, spans, top3, ms)


HYBRID = "hybrid (ours: fused, selector order)"
ANSWERER_HEADERS = ["answerer", *ANSWER_HEADERS[1:], "own answers"]  # own: not a fallback to extractive
KIND_HEADERS = ["kind", "answerable", "hybrid hit@3", "answered right", "unanswerable", "refused"]


def evaluate(settings: Settings, items: list[QAItem], answerers: Sequence[str] = ()) -> dict[str, Any]:
    assistant = Assistant.open(settings, create=True)
    assistant.index(progress=False)
    paragraphs = {c.id: c.text for c in assistant.store.chunks()}
    problems = check(items, paragraphs)
    if problems:
        raise SystemExit("gold set does not match the index:\n" + "\n".join(problems))
    embedding = assistant.retriever.embedding
    systems = [
        *our_systems(assistant),
        baseline_system(NaiveLlamaIndex.build(settings.corpus_dir, embedding, K)),
        baseline_system(NaiveLlamaIndex.build(settings.corpus_dir, embedding, K, chunk_size=256)),
    ]
    answerable = [i for i in items if i.answerable]
    rankings = {s.name: {i.id: rank(s, i, paragraphs) for i in answerable} for s in systems}
    answers: dict[str, AnswerRecord] = {}
    for item in items:
        started = time.perf_counter()
        answer = assistant.ask(item.question)
        answers[item.id] = record_answer(answer, item, paragraphs, (time.perf_counter() - started) * 1000)
    # --- answerers side by side (`--answerers extractive,llm`, benchmarks/answerers.py) ---
    compared = run_answerers(assistant, settings, answerers, items, lambda a, i, t: record_answer(a, i, paragraphs, t))
    return {"items": items, "rankings": rankings, "answers": answers, "answerers": compared}


def render(items: list[QAItem], run: dict[str, Any], info: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    by_id = {i.id: i for i in items}
    rankings: dict[str, dict[str, Ranking]] = run["rankings"]
    answers: dict[str, AnswerRecord] = run["answers"]
    retrieval = [
        [system, name, *retrieval_row([r for i, r in ranked.items() if keep(by_id[i])], by_id)]
        for system, ranked in rankings.items()
        for name, keep in SLICES.items()
    ]
    answer_rows = [
        [name, *answer_row([a for i, a in answers.items() if keep(by_id[i])], by_id)] for name, keep in SLICES.items()
    ]
    hybrid = rankings[HYBRID]
    kinds = kind_rows(items, hybrid, answers)
    failed = failures(items, hybrid, answers)
    markdown = "\n\n".join(
        [
            f"# Evaluation\n\n{summary(items)}. {machine_line(info)}",
            "## Retrieval (answerable questions, top 10)\n\n" + table(RETRIEVAL_HEADERS, retrieval),
            "## Answers (extractive answerer, `Assistant.ask`)\n\n" + table(ANSWER_HEADERS, answer_rows),
            "## By question kind (all languages and splits)\n\n" + table(KIND_HEADERS, kinds),
            "## Failures\n\n" + table(["id", "split", "lang", "kind", "what", "answer (start)"], failed),
        ]
    )
    # --- answerers side by side (`--answerers extractive,llm`, benchmarks/answerers.py) ---
    compared = side_by_side(run.get("answerers", []), items, answer_row)
    if compared:
        markdown += "\n\n## Answerers side by side (all questions)\n\n" + table(ANSWERER_HEADERS, compared)
    data = {
        "machine": info,
        "questions": summary(items),
        "retrieval": [dict(zip(RETRIEVAL_HEADERS, row, strict=True)) for row in retrieval],
        "answers": [dict(zip(ANSWER_HEADERS, row, strict=True)) for row in answer_rows],
        "by_kind": [dict(zip(KIND_HEADERS, row, strict=True)) for row in kinds],
        "failures": [f[0] for f in failed],
        "answerers": [dict(zip(ANSWERER_HEADERS, row, strict=True)) for row in compared],
        "per_question": {
            "rankings": {s: {i: asdict(r) for i, r in ranked.items()} for s, ranked in rankings.items()},
            "answers": {i: asdict(a) for i, a in answers.items()},
        },
    }
    return markdown, data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="corpus folder (default: corpus/)")
    parser.add_argument("--store", type=Path, help="index folder to build/update (default: a temporary folder)")
    parser.add_argument(
        "--answerers", default="", help="compare answerers side by side, e.g. extractive,llm (benchmarks/answerers.py)"
    )
    args = parser.parse_args(argv)
    configure_offline()
    items = load_items()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="netralitas-eval-") as tmp:
        settings = Settings(corpus_dir=args.corpus, store_dir=args.store or Path(tmp) / "store")
        run = evaluate(settings, items, [name for name in args.answerers.split(",") if name])
    info = machine()
    markdown, data = render(items, run, info)
    publish("eval", data, markdown, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
