"""The gold-set evaluation's records and table rows: one question's ranking and answer as measured, and the rows
`benchmarks/evaluate.py` prints from them (retrieval metrics, answer metrics, per-kind results, failures)."""

from dataclasses import dataclass
from typing import Any

from assistant.answer import Answer
from benchmarks import metrics
from benchmarks.qa_check import QAItem

K = 10
CUTOFFS = (1, 3, 5)


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
