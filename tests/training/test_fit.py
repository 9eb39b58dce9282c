"""The selector's fitting pieces (training/fit.py) on small hand-made example sets: the subset a held-out split
takes, the per-question table, and the refusal threshold's constraint."""

from pathlib import Path

import numpy as np

from training.fit import Examples, choose_threshold, outcome, question_table


def write(path: Path) -> Path:
    # Three questions: q0 has two candidates (the second holds the answer), q1 one (it does not), q2 is
    # unanswerable with one candidate.
    np.savez_compressed(
        path,
        X=np.array([[0.1, 1.0], [0.9, 2.0], [0.5, 3.0], [0.4, 4.0]], dtype=np.float32),
        y=np.array([0, 1, 0, 0], dtype=np.int8),
        question=np.array([0, 0, 1, 2], dtype=np.int32),
        answerable=np.array([1, 1, 0], dtype=np.int8),
        ids=np.array(["a", "b", "c"]),
    )
    return path


def test_a_subset_keeps_its_questions_candidates_renumbered(tmp_path: Path) -> None:
    path = write(tmp_path / "set.npz")
    subset = Examples.load(str(path), "held-out", keep=np.array([False, True, True]))
    assert subset.size == 2 and subset.question.tolist() == [0, 1]
    assert subset.X[:, 1].tolist() == [3.0, 4.0] and subset.answerable.tolist() == [True, False]


def test_the_question_table_labels_a_question_by_its_best_candidate(tmp_path: Path) -> None:
    examples = Examples.load(str(write(tmp_path / "set.npz")), "set")
    scores = np.array([0.2, 0.8, 0.6, 0.3])
    _, label, present = question_table(examples, scores)
    assert label.tolist() == [True, False, False] and present.all()
    scores = np.array([0.9, 0.8, 0.6, 0.3])  # the wrong candidate of q0 now ranks first
    assert question_table(examples, scores)[1].tolist() == [False, False, False]


def test_the_threshold_never_refuses_more_factoid_questions_than_allowed() -> None:
    rng = np.random.default_rng(1)
    # IDK-MRC kind: confidence separates answerable from unanswerable only partly.
    answerable = np.arange(400) < 200
    confidence = np.where(answerable, rng.uniform(0.3, 1.0, 400), rng.uniform(0.0, 0.7, 400))
    idk = (answerable.copy(), answerable, np.ones(400, bool), confidence)
    # FacQA kind: all answerable, a tenth of them with low confidence.
    factoid_confidence = np.where(np.arange(300) < 30, rng.uniform(0.0, 0.5, 300), rng.uniform(0.5, 1.0, 300))
    factoid = (np.ones(300, bool), np.ones(300, bool), np.ones(300, bool), factoid_confidence)
    t = choose_threshold(idk, factoid)
    assert outcome(*factoid, t).false_refusals <= 0.03 * 300
    free = max(np.linspace(0.0, 0.9, 181), key=lambda x: outcome(*idk, x).overall)  # unconstrained best
    assert t < free and outcome(*idk, t).overall < outcome(*idk, free).overall
