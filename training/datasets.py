"""The question sets the selector learns from and is checked on, in the shared corpus + `qa.jsonl` format.

- `facqa-train` (IndoNLU FacQA train split): its documents are split by file number: every fifth file's
  questions are held out (`facqa-heldout`), never fitted on, to check FacQA-kind answers on unseen passages.
- `idkmrc-train` (IDK-MRC train, half of it unanswerable): fitted on.
- `idkmrc-valid`: never fitted on; the figures the model card reports.
- the project's gold set (`benchmarks/qa.jsonl`) over the seed articles: its `dev` split is fitted on, its
  held-out splits are not.
"""

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "qa.jsonl"


@dataclass(frozen=True)
class Item:
    id: str
    question: str
    must: tuple[str, ...]  # strings a right answer contains; empty when the question is unanswerable
    answerable: bool
    doc: str | None  # the document stem that holds the answer


@dataclass(frozen=True)
class QuestionSet:
    name: str
    corpus: Path
    items: tuple[Item, ...]


def shared_set(datasets: Path, name: str, part: str = "all") -> QuestionSet:
    """A shared set; `part` is 'train' / 'heldout' for FacQA's file split, 'all' otherwise."""
    folder = datasets / name
    items = []
    for line in (folder / "qa.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        doc = raw["doc"].rsplit(".", 1)[0] if raw.get("doc") else None
        if part != "all" and doc is not None and (heldout_file(doc) != (part == "heldout")):
            continue
        items.append(Item(raw["id"], raw["q"], tuple(raw.get("must", [])), doc is not None, doc))
    return QuestionSet(name if part == "all" else f"{name}-{part}", folder / "docs", tuple(items))


def heldout_file(doc: str) -> bool:
    """Every fifth file of a set (by the number in its name) is held out."""
    digits = "".join(ch for ch in doc if ch.isdigit())
    return bool(digits) and int(digits) % 5 == 0


def gold_set(split: str = "dev") -> QuestionSet:
    items = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            if raw.get("split", "dev") == split:
                gold = raw.get("gold") or []
                doc = gold[0].split("#", 1)[0] if gold else None
                items.append(Item(raw["id"], raw["question"], tuple(raw.get("must", [])), raw["answerable"], doc))
    return QuestionSet(f"gold-{split}", ROOT / "corpus", tuple(items))
