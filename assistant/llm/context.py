"""The numbered context paragraphs an LLM answers from, written as quoted data it cannot take for instructions.

Each paragraph stands between fixed delimiter lines (`<<<DOKUMEN n>>>` … `<<<AKHIR DOKUMEN n>>>`, see
prompts/llm.*.toml), its text on one line in quotation marks. Document text is made inert first (`inert`):
Unicode compatibility forms are folded (NFKC: a full-width ＜ becomes <), every angle-bracket-like character
becomes a round bracket (no document can write a delimiter or a chat-template tag such as `<start_of_turn>`),
and control characters and line breaks become spaces (no document can start a line "Pertanyaan:" of its own).

Sentences that address the model rather than report anything (`lang/instructions.py`) are marked as
instructions, and so is the rest of their paragraph (the text an instruction introduces is the attacker's too).
The model still sees them, as data; the citation check never accepts them as support for a claim, unless the
question itself asks about such instructions.
"""

from dataclasses import dataclass

from assistant.retrieve import Hit
from index.document import Chunk
from lang.instructions import asks_about_instructions, inert, instruction_start
from lang.sentences import Sentence, quote_units

__all__ = ["ContextParagraph", "asks_about_instructions", "build_context", "inert"]


@dataclass(frozen=True)
class ContextParagraph:
    """Paragraph `n` of the context: its chunk, its sentences, and which of them address the model."""

    n: int
    chunk: Chunk
    units: tuple[Sentence, ...]
    instructions: frozenset[int]  # indexes into `units`

    @property
    def text(self) -> str:
        """The paragraph as the model sees it: inert, every sentence followed by [n] (a model that copies a
        sentence copies its citation with it)."""
        return " ".join(f"{inert(unit.text)} [{self.n}]" for unit in self.units)

    def evidence(self, allow_instructions: bool = False) -> tuple[Sentence, ...]:
        """The sentences that may support a claim."""
        return tuple(u for i, u in enumerate(self.units) if allow_instructions or i not in self.instructions)


def build_context(hits: list[Hit], limit: int) -> list[ContextParagraph]:
    """The first `limit` distinct retrieved paragraphs, numbered from 1 in retrieval order."""
    chunks = list({h.chunk.id: h.chunk for h in hits}.values())[:limit]
    out = []
    for n, chunk in enumerate(chunks, start=1):
        units = tuple(quote_units(chunk.text))
        flagged = frozenset(range(instruction_start(list(units)), len(units)))
        out.append(ContextParagraph(n, chunk, units, flagged))
    return out
