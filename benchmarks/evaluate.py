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

from assistant.answer import Answer
from assistant.engine import Assistant, configure_offline
from assistant.question import analyze
from benchmarks import metrics
from benchmarks.answerers import run_answerers, side_by_side
from benchmarks.naive import NaiveLlamaIndex, covers
from benchmarks.qa_check import CORPUS_DIR, QAItem, check, load_items, summary
from benchmarks.report import machine, machine_line, publish, table
from index.settings import Settings

K = 10
CUTOFFS = (1, 3, 5)
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


@dataclass
class Ranking:
    system: str
    item: str
    covered: list[list[str]]  # per retrieved item, the gold ids it covers
    spans: list[int]  # per retrieved item, how many corpus paragraphs it covers
    top3: list[str]
    ms: float


@dataclass
class AnswerRecord:
    item: str
    abstained: bool
    cited: list[str]
    quote_ok: list[bool]  # per citation: every piece of its quote is verbatim in the cited paragraph
    must_ok: bool  # every must-string is in the answer text (case-insensitive)
    ms: float
    text: str


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
        hits = assistant.retrieve(parsed, None, vector)
        selection = assistant.answerer.select(parsed, hits, vector)
        order = list(dict.fromkeys(c.chunk.id for c in selection.ranked()))
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


def record_answer(answer: Answer, item: QAItem, paragraphs: dict[str, str], ms: float) -> AnswerRecord:
    quote_ok = [
        all(piece in paragraphs.get(c.chunk.id, "") for piece in c.quote.split(" … ")) for c in answer.citations
    ]
    text = answer.text.lower()
    must_ok = not answer.abstained and all(m.lower() in text for m in item.must)
    cited = [c.chunk.id for c in answer.citations]
    return AnswerRecord(item.id, answer.abstained, cited, quote_ok, must_ok, ms, answer.text)


def retrieval_row(rankings: list[Ranking], items: dict[str, QAItem]) -> list[Any]:
    covered = [[set(c) for c in r.covered] for r in rankings]
    n_gold = [len(items[r.item].gold) for r in rankings]
    return [
        len(rankings),
        *(metrics.mean([metrics.hit_at_k(c, k) for c in covered]) for k in CUTOFFS),
        metrics.mean([metrics.reciprocal_rank(c, K) for c in covered]),
        metrics.mean([metrics.ndcg_at_k(c, n, K) for c, n in zip(covered, n_gold, strict=True)]),
        metrics.mean([s for r in rankings for s in r.spans[:3]]),
        metrics.mean([r.ms for r in rankings]),
    ]


RETRIEVAL_HEADERS = ["system", "slice", "n", "hit@1", "hit@3", "hit@5", "MRR@10", "nDCG@10", "paras/item", "ms/q"]


def answer_row(records: list[AnswerRecord], items: dict[str, QAItem]) -> list[Any]:
    answerable = [r for r in records if items[r.item].answerable]
    unanswerable = [r for r in records if not items[r.item].answerable]
    abstained = [r for r in records if r.abstained]
    quotes = [ok for r in records for ok in r.quote_ok]
    gold_cites = [c in items[r.item].gold for r in answerable for c in r.cited]
    return [
        len(answerable),
        len(unanswerable),
        metrics.mean([float(r.must_ok) for r in answerable]),
        metrics.rate(sum(quotes), len(quotes)),
        metrics.rate(sum(gold_cites), len(gold_cites)),
        metrics.mean([float(any(c in items[r.item].gold for c in r.cited)) for r in answerable]),
        metrics.rate(sum(1 for r in abstained if not items[r.item].answerable), len(abstained)),
        metrics.rate(sum(1 for r in unanswerable if r.abstained), len(unanswerable)),
        metrics.rate(sum(1 for r in answerable if r.abstained), len(answerable)),
        metrics.mean([r.ms for r in records]),
    ]


ANSWER_HEADERS = [
    "slice",
    "answerable",
    "unanswerable",
    "must hit",
    "cite prec. (quote)",
    "cite prec. (gold)",
    "cite recall",
    "abstain prec.",
    "abstain recall",
    "false abstain",
    "ms/q",
]


def correct(record: AnswerRecord, item: QAItem) -> bool:
    """An answerable question answered with its must-strings and a gold citation, or an unanswerable one refused."""
    if not item.answerable:
        return record.abstained
    return record.must_ok and any(c in item.gold for c in record.cited)


def kind_rows(items: list[QAItem], hybrid: dict[str, Ranking], answers: dict[str, AnswerRecord]) -> list[list[Any]]:
    rows = []
    for kind in sorted({i.kind for i in items}):
        answerable = [i for i in items if i.kind == kind and i.answerable]
        unanswerable = [i for i in items if i.kind == kind and not i.answerable]
        rows.append(
            [
                kind,
                len(answerable),
                metrics.mean([metrics.hit_at_k([set(c) for c in hybrid[i.id].covered], 3) for i in answerable]),
                metrics.mean([float(correct(answers[i.id], i)) for i in answerable]),
                len(unanswerable),
                metrics.mean([float(correct(answers[i.id], i)) for i in unanswerable]),
            ]
        )
    return rows


HYBRID = "hybrid (ours: fused, selector order)"
ANSWERER_HEADERS = ["answerer", *ANSWER_HEADERS[1:], "own answers"]  # own: not a fallback to extractive
KIND_HEADERS = ["kind", "answerable", "hybrid hit@3", "answered right", "unanswerable", "refused"]


def failures(items: list[QAItem], hybrid: dict[str, Ranking], answers: dict[str, AnswerRecord]) -> list[list[Any]]:
    rows = []
    for item in items:
        record = answers[item.id]
        missed = item.answerable and not any(hybrid[item.id].covered[:3])
        if correct(record, item) and not missed:
            continue
        if not item.answerable:
            what = "answered an unanswerable question"
        elif record.abstained:
            what = "abstained"
        elif not any(c in item.gold for c in record.cited):
            what = "cited no gold paragraph"
        elif not record.must_ok:
            what = "must-string missing"
        else:
            what = "retrieval: no gold in hybrid top 3"
        answer = " ".join(record.text.split())[:110].replace("|", "/")
        rows.append([item.id, item.split, item.lang, item.kind, what, answer])
    return rows


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
