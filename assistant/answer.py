"""What an answer is: its text with [n] markers, its citations, and whether it abstained; the `Answerer`
interface that every answerer (extractive today, a local LLM later) implements.

`Answer.to_json()` is the stable contract of `netralitas ask --json` and of the app's `/ask` endpoint.
"""

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from assistant.question import Kind, Question
from assistant.retrieve import Hit
from index.document import Chunk


@dataclass(frozen=True)
class Citation:
    n: int
    chunk: Chunk
    quote: str  # the verbatim sentence(s) of `chunk.text` this citation stands for
    spans: tuple[str, ...] = ()  # shorter verbatim pieces the answer states (a name, a number)

    def to_json(self) -> dict:
        c = self.chunk
        return {
            "n": self.n,
            "id": c.id,
            "doc_id": c.doc_id,
            "title": c.title,
            "source": c.source,
            "date": c.date,
            "page": c.page,
            "paragraph": c.paragraph,
            "text": c.text,
            "quote": self.quote,
        }


@dataclass
class Answer:
    question: str
    text: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    language: str = "id"
    kind: str = Kind.WHAT.value
    related: list[Chunk] = field(default_factory=list)  # closest paragraphs when abstaining: not an answer
    answerer: str = "extractive"

    def to_json(self) -> dict:
        """The stable `netralitas ask --json` contract."""
        return {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
        }


class Answerer(Protocol):
    name: str

    def answer(self, question: Question, hits: list[Hit], vector: np.ndarray) -> Answer:
        """Answer from the retrieved `hits`; `vector` is the question's query embedding."""
        ...
