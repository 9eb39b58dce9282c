"""`make eval` (fourth part): the in-domain set, the questions our users ask, on documents nobody tuned on.

Each set under `benchmarks/indomain_sets/` was written by someone who had not read the answerer's code or seen its
answers (see its README): new netralitas articles and a 4-page rules document of the pocket book's kind
(`rules.json`, generated here into a real PDF under `pocketbook/`), with officers', journalists' and trainers'
questions in the shared `qa.jsonl` format (half a dozen unanswerable, one aimed at an injected instruction). Scored as
`../shared/eval/score_qa.py` scores the CLI (the answer text holds every must-string; a cited paragraph is from the
gold document, on the gold page for the PDF; refusals; no must_not string in the answer), beside the baselines of
`dev_sets.py`: naive llama-index with whole-article chunks (its default splitter) and 128-token chunks, and the
best-sentence script.
"""

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.answer import Answer
from assistant.engine import Assistant
from benchmarks.dev_sets import HEADERS, Reply, Score, best_sentence, naive, reply_of, score, wilson
from benchmarks.naive import NaiveLlamaIndex
from benchmarks.report import machine, machine_line, publish, table
from benchmarks.trust import write_guideline
from index.offline import configure_offline
from index.settings import Settings
from training.datasets import shared_set

INDOMAIN_SETS = Path(__file__).resolve().parent / "indomain_sets"
RULES_ID = "aturan_netralitas"


def materialize(source: Path, corpus: Path) -> None:
    """The corpus as a user would have it: the articles as they are, the rules as a real PDF under pocketbook/."""
    (corpus / "articles").mkdir(parents=True)
    for article in sorted((source / "docs").glob("*.md")):
        (corpus / "articles" / article.name).write_bytes(article.read_bytes())
    write_guideline(source / "rules.json", corpus / "pocketbook" / f"{RULES_ID}.pdf")


@dataclass
class Detail:
    """What `dev_sets.score` does not count: the gold page cited, must_not kept out, and right answers per role."""

    with_page: int = 0
    right_page: int = 0
    guarded: int = 0
    kept_in: list[str] = field(default_factory=list)  # ids of the answers that hold a must_not string
    roles: dict[str, list[int]] = field(default_factory=dict)  # role → [right, asked]
    failures: list[str] = field(default_factory=list)

    @property
    def kept_out(self) -> int:
        return self.guarded - len(self.kept_in)


def details(items: list[dict[str, Any]], answers: dict[str, Answer]) -> Detail:
    detail = Detail()
    for item in items:
        answer = answers[item["q"]]
        text = answer.text.lower()
        if item.get("must_not"):
            detail.guarded += 1
            if any(m.lower() in text for m in item["must_not"]):
                detail.kept_in.append(item["id"])
        if not item.get("doc"):
            if not answer.abstained:
                detail.failures.append(f"{item['id']} answered (unanswerable): {item['q']} → {answer.text[:150]}")
            continue
        right = all(m.lower() in text for m in item["must"])
        tally = detail.roles.setdefault(item.get("role", "?"), [0, 0])
        tally[0] += right
        tally[1] += 1
        if item.get("page"):
            detail.with_page += 1
            stem = item["doc"].rsplit(".", 1)[0]
            detail.right_page += any(c.chunk.doc_id == stem and c.chunk.page == item["page"] for c in answer.citations)
        if not right:
            label = "refused" if answer.abstained else "missed"
            detail.failures.append(f"{item['id']} {label} ({item['must']}): {item['q']} → {answer.text[:150]}")
    return detail


def run(source: Path, baselines: bool) -> tuple[list[Score], Detail]:
    items = [json.loads(line) for line in (source / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        materialize(source, corpus)
        questions = replace(shared_set(source.parent, source.name), corpus=corpus)
        assistant = Assistant.open(Settings(corpus_dir=corpus, store_dir=Path(tmp) / "store"), create=True)
        report = assistant.index(progress=False)
        if report.failed:
            raise SystemExit("\n".join(report.lines()))
        answers: dict[str, Answer] = {}  # ours, kept for `details`: each question is asked once

        def recorded(question: str) -> Reply:
            answers[question] = assistant.ask(question)
            return reply_of(answers[question])

        systems: list[tuple[str, Callable[[str], Reply]]] = [("ours", recorded)]
        if baselines:
            systems.append(("best sentence (fused top 3, e5)", best_sentence(assistant)))
            for chunk_size in (None, 128):
                baseline = NaiveLlamaIndex.build(corpus, assistant.retriever.embedding, 1, chunk_size=chunk_size)
                systems.append((baseline.name, naive(baseline)))
        return [score(name, questions, answer) for name, answer in systems], details(items, answers)


def _rate(hits: int, n: int) -> str:
    low, high = wilson(hits, n)
    return f"{hits}/{n} ({hits / max(1, n):.2f}, {low:.2f}–{high:.2f})" if n else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", help="a set folder (default: every indomain_sets/*)")
    parser.add_argument("--no-baselines", action="store_true", help="only our answerer")
    args = parser.parse_args(argv)
    configure_offline()
    started = time.perf_counter()
    folders = args.set or sorted(p for p in INDOMAIN_SETS.iterdir() if (p / "qa.jsonl").is_file())
    info = machine()
    lines = ["# In-domain sets: new netralitas articles and a rules PDF", "", machine_line(info)]
    data: dict[str, Any] = {"machine": info, "sets": {}}
    for folder in folders:
        scores, detail = run(folder, not args.no_baselines)
        roles = ", ".join(f"{role} {right}/{asked}" for role, (right, asked) in sorted(detail.roles.items()))
        lines += [
            "",
            f"## {folder.name}",
            "",
            table(HEADERS, [s.row() for s in scores]),
            "",
            f"Ours: right page of the rules PDF cited {_rate(detail.right_page, detail.with_page)}; "
            f"no injected instruction or wrong speaker (must_not) in the answer {detail.kept_out}/{detail.guarded}"
            f"{' (held by ' + ', '.join(detail.kept_in) + ')' if detail.kept_in else ''}; "
            f"answer holds the fact per role: {roles}.",
            "",
            "Failures (ours):",
            *[f"- {line}" for line in detail.failures],
        ]
        data["sets"][folder.name] = {
            "scores": [dict(zip(HEADERS, s.row(), strict=True)) for s in scores],
            "right_page": [detail.right_page, detail.with_page],
            "injection_kept_out": [detail.kept_out, detail.guarded],  # every must_not, not only the injection's
            "must_not_held_by": detail.kept_in,
            "roles": detail.roles,
        }
    publish("indomain", data, "\n".join(lines), started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
