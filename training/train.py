"""`make train`: index the training sets, extract examples, fit the selector, write it with its model card.

    python -m training.train [--datasets ../shared/datasets] [--cache .netralitas/train]

Each set is indexed with the real pipeline (`netralitas index` into `<cache>/stores/<set>`) and its examples
are extracted with the answerer's own code; both are cached, so a re-run only refits. Fitting reads
idkmrc-train, FacQA train (four files in five) and the gold set's dev split; idkmrc-valid, FacQA's held-out
files and the gold set's held-out splits are only scored, and those scores go into the model card.
"""

import argparse
import datetime
import json
import sys
from pathlib import Path

import numpy as np

from assistant.engine import Assistant
from assistant.extractive.features import FEATURES
from assistant.extractive.model import MODEL_PATH, QUESTION_FEATURES
from index.offline import configure_offline
from index.settings import Settings
from training.datasets import QuestionSet, gold_set, heldout_file, shared_set
from training.examples import extract
from training.fit import (
    IN_DOMAIN_WEIGHT,
    Examples,
    choose_threshold,
    fit_answer_model,
    out_of_fold_scores,
    outcome,
    question_table,
)

TRAIN = ("idkmrc-train", "facqa-train", "gold-dev")


def examples_for(questions: QuestionSet, store: Path, cache: Path) -> Path:
    out = cache / f"{questions.name}.npz"
    if out.exists():
        return out
    settings = Settings(corpus_dir=questions.corpus, store_dir=store)
    assistant = Assistant.open(settings, create=True)
    report = assistant.index(progress=False)
    print(report.lines()[-1], file=sys.stderr)
    return extract(assistant, questions, out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--cache", type=Path, default=Path(".netralitas/train"))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    configure_offline()
    sets = {
        "idkmrc-train": shared_set(args.datasets, "idkmrc-train"),
        "idkmrc-valid": shared_set(args.datasets, "idkmrc-valid"),
        "facqa-train": shared_set(args.datasets, "facqa-train"),
        "gold-dev": gold_set("dev"),
        "gold-heldout": gold_set("heldout"),
        "gold-heldout2": gold_set("heldout2"),
    }
    paths = {}
    for name, questions in sets.items():
        store = args.cache / "stores" / ("gold" if name.startswith("gold") else name)
        paths[name] = examples_for(questions, store, args.cache)
    facqa_heldout = np.array([heldout_file(i.doc or "") for i in sets["facqa-train"].items])
    examples = {
        "idkmrc-train": Examples.load(paths["idkmrc-train"], "idkmrc-train"),
        "facqa-train": Examples.load(paths["facqa-train"], "facqa-train", ~facqa_heldout),
        "gold-dev": Examples.load(paths["gold-dev"], "gold-dev", weight=IN_DOMAIN_WEIGHT),
        "idkmrc-valid": Examples.load(paths["idkmrc-valid"], "idkmrc-valid"),
        "facqa-heldout": Examples.load(paths["facqa-train"], "facqa-heldout", facqa_heldout),
        "gold-heldout": Examples.load(paths["gold-heldout"], "gold-heldout"),
        "gold-heldout2": Examples.load(paths["gold-heldout2"], "gold-heldout2"),
    }
    train = [examples[name] for name in TRAIN]
    oof, sentence = out_of_fold_scores(train)
    tables = [question_table(ex, scores) for ex, scores in zip(train, oof, strict=True)]
    confidences, answer = fit_answer_model(tables, train)
    by_name = {ex.name: (t[1], ex.answerable, t[2], c) for ex, t, c in zip(train, tables, confidences, strict=True)}
    threshold = choose_threshold(by_name["idkmrc-train"], by_name["facqa-train"])
    lines = [f"threshold {threshold:.3f}", "out of fold (training sets):"]
    lines += [f"  {outcome(*by_name[ex.name], threshold).line(ex.name)}" for ex in train]
    lines.append("never fitted on:")
    for name in ("idkmrc-valid", "facqa-heldout", "gold-heldout", "gold-heldout2"):
        ex = examples[name]
        scores = sentence.predict_proba(ex.X)[:, 1] if len(ex.X) else np.zeros(0)
        table, label, present = question_table(ex, scores)
        confidence = np.zeros(ex.size)
        confidence[present] = answer.predict_proba(table[present])[:, 1]
        lines.append(f"  {outcome(label, ex.answerable, present, confidence, threshold).line(name)}")
    print("\n".join(lines))
    save(args.out, sentence, answer, threshold, lines, {name: ex.size for name, ex in examples.items()})
    return 0


def save(path: Path, sentence: object, answer: object, threshold: float, lines: list[str], sizes: dict) -> None:
    import joblib
    import sklearn

    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(
        {
            "sentence_model": sentence,
            "answer_model": answer,
            "threshold": threshold,
            "features": FEATURES,
            "question_features": QUESTION_FEATURES,
            "sklearn": sklearn.__version__,
        },
        path,
        compress=3,
    )
    today = datetime.date.today().isoformat()
    (path.parent / "validation.json").write_text(
        json.dumps({"date": today, "questions": sizes, "figures": lines}, indent=1) + "\n"
    )
    card = CARD.format(
        date=today,
        sklearn=sklearn.__version__,
        sizes="\n".join(f"| {name} | {n} |" for name, n in sizes.items()),
        features=", ".join(f"`{f}`" for f in FEATURES),
        threshold=threshold,
        weight=IN_DOMAIN_WEIGHT,
        figures="\n".join(lines),
    )
    (path.parent / "MODEL_CARD.md").write_text(card)


CARD = """# Answer selector: model card

Written by `make train` (`training/train.py`) on {date}, scikit-learn {sklearn}. Weights: `selector.joblib`.

## What it does
For each question, the extractive answerer (`assistant/extractive/`) takes every sentence of the retrieved
paragraphs as a candidate. The **sentence model** (gradient-boosted trees) gives each candidate P(it holds the
answer); the **answer model** gives the question P(the corpus answers it), from how the scores of all
candidates fall and the features of the best ones. Below the threshold the answerer refuses.

## Data
Public Indonesian QA sets in the project's corpus + `qa.jsonl` format (`../shared/datasets/`, see its README for
sources and licences), each indexed with the real pipeline; examples are the candidates the answerer itself sees.
Fitted on: IDK-MRC train (half unanswerable), FacQA train minus every fifth file, the gold set's dev split
(the only in-domain data, each example weighted {weight:g}×).
Never fitted on: IDK-MRC valid, FacQA's held-out files, the gold set's held-out splits.

| set | questions |
|---|---:|
{sizes}

A candidate is positive when it holds every gold `must` string (case-insensitive). The sentence model learns
from answerable questions only, in five group folds (a question's candidates stay together), so every training
question gets an out-of-fold score; the answer model learns from those.

## Features
{features}

## Threshold
{threshold:.3f}, chosen on out-of-fold predictions over the training sets: the best IDK-MRC-kind accuracy
(right answers + refused unanswerables) that keeps FacQA-kind false refusals within 3 %.

## Validation (the best candidate alone; the answer quotes up to three sentences, so more answers hold the span)
```
{figures}
```

## Limits
- Trained on Wikipedia and news factoid questions; officers' rule questions and journalists' who-said questions are
  few (the gold set's dev split), so the answerer's kinds (`kinds.py`) add their own checks: a verdict needs a
  rule about the asked act, a post holder a person given that post; a who-said names a speaker only when the
  quote index is certain of them.
- IDK-MRC's unanswerable questions are edits of answerable ones (a changed verb, an added place); overlap and
  meaning features separate only part of them.
"""


if __name__ == "__main__":
    sys.exit(main())
