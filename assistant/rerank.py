"""The rerank stage: every sentence of the retrieved paragraphs, scored by the learned selector.

    candidates (the sentences, with their vectors stored at index time) → features → selector (a score per
    sentence, and whether to answer at all) → `Ranking`, handed to the answerer.

Documents are data: a sentence that addresses the reader or a model ("abaikan instruksi sebelumnya …") and what
follows it in its paragraph are no candidates, unless the question asks about such instructions. The ranking
carries the corpus snapshot it was made against, and a `Coverage` over it, so the answerer reads the same IDF
and documents as the selector did.
"""

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from assistant.coverage import Coverage
from assistant.extractive.candidates import Candidate, EmbedPassages, gather
from assistant.extractive.features import featurize
from assistant.extractive.model import MODEL_PATH, Decision, Selector
from assistant.question import Question
from assistant.retrieve import Corpus, Hit
from index.store import Store
from lang.instructions import asks_about_instructions, instruction_start
from lang.terms import Analyzer


@dataclass(frozen=True)
class Ranking:
    """What the selector made of a question's retrieved paragraphs."""

    hits: list[Hit]
    candidates: list[Candidate]
    features: np.ndarray
    decision: Decision
    corpus: Corpus
    coverage: Coverage

    def ranked(self) -> list[Candidate]:
        return [self.candidates[i] for i in np.argsort(-self.decision.scores)]

    def score(self, candidate: Candidate) -> float:
        """The selector's P(holds the answer) for one of the candidates."""
        return float(self.decision.scores[next(i for i, c in enumerate(self.candidates) if c is candidate)])


class Reranker:
    def __init__(self, store: Store, embed: EmbedPassages, analyzer: Analyzer, model_path: Path = MODEL_PATH) -> None:
        self.store = store
        self.embed = embed  # for paragraphs indexed before sentence vectors were stored
        self.analyzer = analyzer
        self.model_path = model_path

    @cached_property
    def selector(self) -> Selector:
        """Loaded on first use (training extracts features before any model exists)."""
        return Selector.load(self.model_path)

    def candidates(
        self, question: Question, hits: list[Hit], vector: np.ndarray, corpus: Corpus
    ) -> tuple[list[Candidate], np.ndarray]:
        """Every sentence of the retrieved paragraphs, and its features."""
        # a heading names a topic and answers nothing ("BUKU SAKU NETRALITAS PERSONEL …" for a test's passing score)
        candidates = gather([hit for hit in hits if hit.chunk.kind != "heading"], self.store, self.embed)
        if not asks_about_instructions(question.text):  # documents are data: an instruction is never evidence
            starts = {c.chunk.id: instruction_start(list(c.sentences)) for c in candidates if c.index == 0}
            candidates = [c for c in candidates if c.index < starts[c.chunk.id]]
        return candidates, featurize(question, vector, candidates, self.analyzer, corpus)

    def rerank(self, question: Question, hits: list[Hit], vector: np.ndarray, corpus: Corpus) -> Ranking:
        candidates, features = self.candidates(question, hits, vector, corpus)
        decision = self.selector.decide(features)
        return Ranking(hits, candidates, features, decision, corpus, Coverage(corpus, self.analyzer))
