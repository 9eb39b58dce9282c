"""What an answer is: its text with [n] markers, its citations, and whether it abstained; the `Answerer`
interface that every answerer (extractive today, a local LLM later) implements.

`Answer.to_json()` is the stable contract of `netralitas ask --json` and of the app's `/ask` endpoint.
"""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from assistant.question import Kind, Question
from index.document import Chunk

if TYPE_CHECKING:
    from assistant.rerank import Ranking


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


VERDICTS = ("forbidden", "allowed", "required", "conditional", "not_covered")


@dataclass(frozen=True)
class Verdict:
    """What an "is it allowed" question is answered with. `authoritative`: decided by a regulation or guideline
    (else only news or other sources state it, and the answer says whose claim it is); `conflict`: another
    source in the answer says the opposite."""

    value: str  # one of VERDICTS
    condition: str = ""  # for "conditional": the condition, verbatim
    authoritative: bool = False
    source_kind: str = ""  # index.authority.KINDS of the deciding document ("" when not covered)
    conflict: bool = False

    def to_json(self) -> dict:
        return {
            "value": self.value,
            "condition": self.condition or None,
            "authoritative": self.authoritative,
            "source_kind": self.source_kind or None,
            "conflict": self.conflict,
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
    verdict: Verdict | None = None  # only for "is it allowed" questions

    def to_json(self) -> dict:
        """The stable `netralitas ask --json` contract. `verdict` is null unless the question asks whether an act
        is allowed."""
        return {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "verdict": self.verdict.to_json() if self.verdict else None,
        }


class Answerer(Protocol):
    """What the engine holds one of: the extractive answerer, or the generative one (assistant/llm/)."""

    name: str

    def answer(self, question: Question, ranking: "Ranking") -> Answer:
        """Answer from the rerank stage's `ranking` (the retrieved paragraphs' sentences, ranked, and the corpus
        snapshot they were ranked against)."""
        ...
