"""Training examples: for every question of a set, the candidate sentences the answerer would see, their
features (the answerer's own code: `Assistant.prepare`) and whether each holds the gold answer.

Written to `<cache>/<set>.npz`: X (candidates × features), y (1 = holds every must-string), question (row →
question index), answerable (per question), and the candidate texts (for error analysis).
"""

import json
import sys
import time
from pathlib import Path

import numpy as np

from assistant.engine import Assistant
from training.datasets import QuestionSet


def extract(assistant: Assistant, questions: QuestionSet, out: Path) -> Path:
    X, y, owner, texts, chunk_ids = [], [], [], [], []
    answerable = []
    started = time.perf_counter()
    for n, item in enumerate(questions.items):
        candidates, features = assistant.prepare(item.question)
        must = [m.lower() for m in item.must]
        answerable.append(item.answerable)
        for candidate, row in zip(candidates, features, strict=True):
            text = candidate.sentence.text.lower()
            X.append(row)
            y.append(bool(must) and all(m in text for m in must))
            owner.append(n)
            texts.append(candidate.sentence.text)
            chunk_ids.append(candidate.chunk.id)
        if n % 500 == 0:
            print(
                f"{questions.name}: {n}/{len(questions.items)} ({time.perf_counter() - started:.0f} s)", file=sys.stderr
            )
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        X=np.array(X, dtype=np.float32),
        y=np.array(y, dtype=np.int8),
        question=np.array(owner, dtype=np.int32),
        answerable=np.array(answerable, dtype=np.int8),
        ids=np.array([i.id for i in questions.items]),
    )
    out.with_suffix(".json").write_text(json.dumps({"texts": texts, "chunks": chunk_ids}, ensure_ascii=False))
    return out
