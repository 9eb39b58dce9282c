"""The gold question set (`benchmarks/qa.jsonl`): loading it, and checking it against the corpus.

Checks: unique ids; known language, role and split; answerable questions have gold paragraphs and must-strings,
unanswerable ones have neither; every gold id is a paragraph the indexer makes from `corpus/`; every must-string
appears verbatim (case-sensitive) in one of its question's gold paragraphs. Paragraphs come from the indexer's
own load → clean → chunk, without embedding, so the check takes a second. It does not judge whether a question
is well posed. `python -m benchmarks.qa_check` prints the problems and exits 1 if there are any.

Splits: questions without a `split` are "dev" (the set the answerer was tuned on). "heldout" was written later
from the articles alone, but the answerer was then tuned on its failures (commit b60196a), so it is no longer
unseen. "heldout2" was written after that, the same way, and has not been tuned on: it is the honest estimate
for new questions, as long as nobody tunes on it either (add a new batch rather than fixing to one).
"""

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from index.build import discover, read_chunks
from index.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
QA_PATH = REPO_ROOT / "benchmarks" / "qa.jsonl"
CORPUS_DIR = REPO_ROOT / "corpus"
LANGUAGES = ("id", "en")
ROLES = ("officer", "journalist", "trainer")
SPLITS = ("dev", "heldout", "heldout2")


@dataclass(frozen=True)
class QAItem:
    id: str
    question: str
    lang: str
    role: str
    kind: str
    gold: tuple[str, ...]
    must: tuple[str, ...]
    answerable: bool
    split: str = "dev"


def load_items(path: Path = QA_PATH) -> list[QAItem]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            raw["gold"], raw["must"] = tuple(raw["gold"]), tuple(raw["must"])
            raw.setdefault("split", "dev")
            items.append(QAItem(**raw))
    return items


def corpus_paragraphs(corpus_dir: Path = CORPUS_DIR) -> dict[str, str]:
    """chunk id → paragraph text, exactly as the indexer would store them."""
    settings = Settings(corpus_dir=corpus_dir)
    return {chunk.id: chunk.text for path in discover(corpus_dir) for chunk in read_chunks(path, settings)[0]}


def check(items: list[QAItem], paragraphs: dict[str, str]) -> list[str]:
    """Every problem with the gold set, one line each ([] when it is consistent)."""
    problems: list[str] = []
    seen: set[str] = set()
    for item in items:
        where = f"{item.id}:"
        if item.id in seen:
            problems.append(f"{where} duplicate id")
        seen.add(item.id)
        for field, value, allowed in (("lang", item.lang, LANGUAGES), ("role", item.role, ROLES)):
            if value not in allowed:
                problems.append(f"{where} {field} {value!r} is not one of {allowed}")
        if item.split not in SPLITS:
            problems.append(f"{where} split {item.split!r} is not one of {SPLITS}")
        if not item.answerable:
            if item.gold or item.must:
                problems.append(f"{where} unanswerable but has gold paragraphs or must-strings")
            continue
        if not item.gold or not item.must:
            problems.append(f"{where} answerable but lacks gold paragraphs or must-strings")
        missing = [gold for gold in item.gold if gold not in paragraphs]
        problems.extend(f"{where} gold id {gold} is not a paragraph of the corpus" for gold in missing)
        texts = [paragraphs[gold] for gold in item.gold if gold in paragraphs]
        for must in item.must:
            if not any(must in text for text in texts):
                problems.append(f"{where} must-string {must!r} is in none of its gold paragraphs")
    return problems


def summary(items: list[QAItem]) -> str:
    splits = {split: sum(1 for i in items if i.split == split) for split in SPLITS}
    languages = {lang: sum(1 for i in items if i.lang == lang) for lang in LANGUAGES}
    unanswerable = sum(1 for i in items if not i.answerable)
    return (
        f"{len(items)} questions ({', '.join(f'{n} {s}' for s, n in splits.items())}; "
        f"{', '.join(f'{n} {lang}' for lang, n in languages.items())}), {unanswerable} unanswerable"
    )


def main() -> int:
    items = load_items()
    problems = check(items, corpus_paragraphs())
    for problem in problems:
        print(problem)
    print(f"{summary(items)}: {'OK' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
