"""The learned selector: which candidate sentence answers, and whether to answer at all.

Two gradient-boosted tree models (scikit-learn), trained by `make train` (`training/fit.py`) on public
Indonesian QA sets and the gold set's dev split; see `model/MODEL_CARD.md` for data and validation figures.
- the sentence model scores each candidate: P(it holds the answer), from its `FEATURES` row;
- the answer model scores the question: P(the corpus answers it), from how the scores of all candidates fall
  and the features of the best ones (`question_features`). Below `threshold` the answerer refuses. The
  threshold was chosen on out-of-fold predictions over the training sets, not by hand.
The weights file records the feature names it was trained with; loading it beside other features fails loudly.
"""

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.extractive.features import FEATURES
from index.errors import NetralitasError

MODEL_PATH = Path(__file__).resolve().parent / "model" / "selector.joblib"
QUESTION_FEATURES: tuple[str, ...] = (
    "best_score",
    "second_score",
    "third_score",
    "score_margin",
    "scores_over_half",
    "score_sum",
    "candidates",
    *(f"best_{name}" for name in FEATURES),
    *(f"second_{name}" for name in FEATURES),
    *(f"close_max_{name}" for name in FEATURES),  # the largest value over candidates scoring ≥ half the best
)


class ModelError(NetralitasError):
    """The selector's weights are missing or were trained for other features."""


@dataclass(frozen=True)
class Decision:
    scores: np.ndarray  # per candidate: P(holds the answer)
    best: int  # index of the best candidate (-1 when there is none)
    confidence: float  # P(the best candidate answers the question)
    answer: bool  # confidence reaches the threshold


@dataclass(frozen=True)
class Selector:
    sentence_model: object
    answer_model: object
    threshold: float

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "Selector":
        import joblib

        try:
            saved = joblib.load(path)
        except (OSError, EOFError, ValueError) as exc:
            raise ModelError(f"cannot load the answer selector from {path}: {exc} (run `make train`)") from exc
        if (
            tuple(saved.get("features", ())) != FEATURES
            or tuple(saved.get("question_features", ())) != QUESTION_FEATURES
        ):
            raise ModelError(f"{path} was trained with other features than this code computes: run `make train`")
        return cls(saved["sentence_model"], saved["answer_model"], float(saved["threshold"]))

    def decide(self, features: np.ndarray) -> Decision:
        if len(features) == 0:
            return Decision(np.zeros(0), -1, 0.0, False)
        scores = self.sentence_model.predict_proba(features)[:, 1]
        best = int(np.argmax(scores))
        confidence = float(self.answer_model.predict_proba(question_features(features, scores)[None, :])[0, 1])
        return Decision(scores, best, confidence, confidence >= self.threshold)


def question_features(features: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """One row per question (`QUESTION_FEATURES`): how its candidates' scores fall, the best and the runner-up
    candidates' own features, and each feature's largest value among the candidates close to the best.

    Measured on IDK-MRC valid (threshold chosen out of fold): with the best candidate's row alone, 0.582 overall
    at 19/379 FacQA false refusals; with the runner-up and the close candidates too, 0.656 at 14/379."""
    order = np.argsort(-scores)
    best = scores[order[0]]
    second = scores[order[1]] if len(order) > 1 else 0.0
    third = scores[order[2]] if len(order) > 2 else 0.0
    summary = [best, second, third, best - second, float((scores >= 0.5).sum()), float(scores.sum()), len(scores)]
    runner_up = features[order[1]] if len(order) > 1 else features[order[0]]
    close = features[scores >= 0.5 * best].max(axis=0)
    return np.concatenate([np.array(summary, dtype=np.float32), features[order[0]], runner_up, close])
