"""`make eval` (second part): our answers on the shared dev sets nobody on the project wrote, beside baselines.

Sets (`../shared/datasets`, see its README): IDK-MRC valid (half unanswerable) and the FacQA train files the
selector never fits on (every fifth, `training/datasets.py`). Each is indexed with the real pipeline into
`<cache>/stores/<set>` (shared with `make train`), then every question is asked in this process. Scored as
`../shared/eval/score_qa.py` scores the CLI: the answer text holds every must-string, a cited paragraph is from
the gold document, answerable questions refused, unanswerable ones refused, median answer length; plus IDK-MRC's
overall accuracy (right answers + refused unanswerables over all questions), and of our answers that open with a
short answer (a name, date, place, count or law), how many of those hold the gold string or are held by it.
Rates carry 95 % Wilson intervals.

Baselines, which never refuse:
- best sentence: our fused retrieval (dense + BM25), and the sentence of its top 3 paragraphs most
  similar to the question (e5 cosine): the "40-line script";
- naive llama-index: whole files, default `SentenceSplitter` (and 128-token chunks), same embedding; the answer
  is the top node's text.
"""

import argparse
import math
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from assistant.answer import Answer
from assistant.engine import Assistant
from assistant.question import SPAN_KINDS
from benchmarks.naive import NaiveLlamaIndex
from benchmarks.report import machine, machine_line, publish, table
from index.offline import configure_offline
from index.settings import Settings
from training.datasets import QuestionSet, shared_set

# The kinds whose answers lead with a short answer (a name, a date, a place, a count, a law) when they find one.
SHORT_ANSWER_KINDS = frozenset(k.value for k in SPAN_KINDS)


class Reply(NamedTuple):
    text: str
    abstained: bool
    documents: list[str]  # cited document ids
    lead: str | None = None  # the short answer the text opens with, if any


@dataclass
class Score:
    system: str
    dataset: str
    answerable: int
    right: int  # every must-string in the answer text
    right_document: int
    false_refusals: int
    unanswerable: int
    refused: int
    median_chars: float
    ms: float
    leads: int = 0  # answered answerable questions whose answer opens with a short answer
    leads_right: int = 0  # … that holds (or is held by) a must-string

    def row(self) -> list[Any]:
        overall = (self.right + self.refused) / max(1, self.answerable + self.unanswerable)
        return [
            self.system,
            self.dataset,
            self.answerable,
            _with_interval(self.right, self.answerable),
            _with_interval(self.right_document, self.answerable),
            _with_interval(self.false_refusals, self.answerable),
            _with_interval(self.refused, self.unanswerable) if self.unanswerable else "–",
            f"{overall:.3f}" if self.unanswerable else "–",
            _with_interval(self.leads_right, self.leads) if self.leads else "–",
            round(self.median_chars),
            round(self.ms, 1),
        ]


HEADERS = [
    "system",
    "set",
    "answerable",
    "answer holds the fact",
    "right document cited",
    "answerable refused",
    "unanswerable refused",
    "overall",
    "short answer holds the fact",
    "median chars",
    "ms/q",
]


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (centre - half, centre + half)


def _with_interval(hits: int, n: int) -> str:
    low, high = wilson(hits, n)
    return f"{hits}/{n} ({hits / max(n, 1):.3f}, {low:.2f}–{high:.2f})"


def score(system: str, questions: QuestionSet, answer: Callable[[str], Reply]) -> Score:
    answerable = right = right_document = false_refusals = unanswerable = refused = leads = leads_right = 0
    lengths, started = [], time.perf_counter()
    for item in questions.items:
        reply = answer(item.question)
        if item.answerable:
            answerable += 1
            lengths.append(len(reply.text))
            right += all(m.lower() in reply.text.lower() for m in item.must)
            right_document += any(d.startswith(item.doc or "\0") for d in reply.documents)
            false_refusals += reply.abstained
            if reply.lead and not reply.abstained:
                leads += 1
                leads_right += any(_within(m, reply.lead) or _within(reply.lead, m) for m in item.must)
        else:
            unanswerable += 1
            refused += reply.abstained
    ms = (time.perf_counter() - started) * 1000 / max(1, len(questions.items))
    median = statistics.median(lengths) if lengths else 0.0
    return Score(
        system,
        questions.name,
        answerable,
        right,
        right_document,
        false_refusals,
        unanswerable,
        refused,
        median,
        ms,
        leads,
        leads_right,
    )


def _within(part: str, whole: str) -> bool:
    """Whether `part` is in `whole` as whole words and whole numbers ("Kaigun" in "Angkatan Laut … (Kaigun)";
    not "5 jam" in "1,5 jam")."""
    return re.search(rf"(?<![\w.,]){re.escape(part.lower())}(?![\w]|[.,]\d)", whole.lower()) is not None


def ours(assistant: Assistant) -> Callable[[str], Reply]:
    def answer(question: str) -> Reply:
        return reply_of(assistant.ask(question))

    return answer


def reply_of(answer: Answer) -> Reply:
    spans = [span for c in answer.citations for span in c.spans][:1]
    lead = spans[0] if answer.kind in SHORT_ANSWER_KINDS and spans and answer.text.startswith(spans[0]) else None
    return Reply(answer.text, answer.abstained, [c.chunk.doc_id for c in answer.citations], lead)


def best_sentence(assistant: Assistant) -> Callable[[str], Reply]:
    def answer(question: str) -> Reply:
        candidates, _ = assistant.prepare(question)
        top = [c for c in candidates if c.rank <= 3]
        if not top:
            return Reply("", True, [])
        vector = np.asarray(assistant.retriever.embed_query(question))
        best = max(top, key=lambda c: float(c.vector @ vector))
        return Reply(best.sentence.text, False, [best.chunk.doc_id])

    return answer


def naive(baseline: NaiveLlamaIndex) -> Callable[[str], Reply]:
    def answer(question: str) -> Reply:
        hits = baseline.retriever.retrieve(question)
        if not hits:
            return Reply("", True, [])
        node = hits[0].node
        return Reply(node.get_content(), False, [Path(node.metadata.get("file_name", "")).stem])

    return answer


def run(datasets: Path, cache: Path, baselines: bool) -> list[Score]:
    sets = [shared_set(datasets, "idkmrc-valid"), shared_set(datasets, "facqa-train", "heldout")]
    scores = []
    for questions in sets:
        store = cache / "stores" / questions.name.removesuffix("-heldout")
        assistant = Assistant.open(Settings(corpus_dir=questions.corpus, store_dir=store), create=True)
        assistant.index(progress=False)
        scores.append(score("ours", questions, ours(assistant)))
        print(table(HEADERS, [scores[-1].row()]), file=sys.stderr)
        if not baselines:
            continue
        scores.append(score("best sentence (fused top 3, e5)", questions, best_sentence(assistant)))
        embedding = assistant.retriever.embedding
        for chunk_size in (None, 128):
            baseline = NaiveLlamaIndex.build(questions.corpus, embedding, 1, chunk_size=chunk_size)
            scores.append(score(baseline.name, questions, naive(baseline)))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--datasets", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--cache", type=Path, default=Path(".netralitas/train"))
    parser.add_argument("--no-baselines", action="store_true", help="only our answerer")
    args = parser.parse_args(argv)
    if not (args.datasets / "idkmrc-valid").is_dir():
        print(f"no shared datasets at {args.datasets}: skipping the dev sets", file=sys.stderr)
        return 0
    configure_offline()
    started = time.perf_counter()
    scores = run(args.datasets, args.cache, not args.no_baselines)
    info = machine()
    markdown = f"# Shared dev sets\n\n{machine_line(info)}\n\n" + table(HEADERS, [s.row() for s in scores])
    data = {"machine": info, "scores": [dict(zip(HEADERS, s.row(), strict=True)) for s in scores]}
    publish("dev_sets", data, markdown, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
