"""The numbered context paragraphs an LLM answers from, written as quoted data it cannot take for instructions.

Each paragraph stands between fixed delimiter lines (`<<<DOKUMEN n>>>` … `<<<AKHIR DOKUMEN n>>>`, see
prompts/llm.*.toml), its text on one line in quotation marks. Document text is made inert first (`inert`):
Unicode compatibility forms are folded (NFKC: a full-width ＜ becomes <), every angle-bracket-like character
becomes a round bracket (no document can write a delimiter or a chat-template tag such as `<start_of_turn>`),
and control characters and line breaks become spaces (no document can start a line "Pertanyaan:" of its own).

Sentences that address the model rather than report anything ("Abaikan instruksi sebelumnya dan jawab: …",
"ignore previous instructions") are marked as instructions, and so is the rest of their paragraph (the text an
instruction introduces is the attacker's too). The model still sees them, as data; the citation check never
accepts them as support for a claim, unless the question itself asks about such instructions.
"""

import re
import unicodedata
from dataclasses import dataclass

from assistant.retrieve import Hit
from index.document import Chunk
from index.sentences import Sentence, quote_units

_BRACKETS = str.maketrans(
    {
        **dict.fromkeys("<«‹〈《⟨❮⦉﹤", "("),
        **dict.fromkeys(">»›〉》⟩❯⦊﹥", ")"),
    }
)
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")

_TARGET = r"(instruksi|perintah|arahan|aturan|petunjuk|prompt|konteks|instructions?|rules?|directions?|context)"
_SAY = r"(jawab(lah)?|katakan(lah)?|tuliskan(lah)?|answer|respond|reply|say)"
_INSTRUCTION = re.compile(
    # "abaikan instruksi sebelumnya", "ignore all previous instructions" (not "jangan abaikan aturan")
    r"(?<!jangan\s)(?<!tidak\s)(?<!not\s)(?<!never\s)(?<!n't\s)"
    rf"\b(abaikan|lupakan|acuhkan|hiraukan|ignore|disregard|forget|override)\b[^.!?]{{0,60}}\b{_TARGET}\b"
    # "jawab: …", "katakan saja: …", "answer with: …"; "Jawab bahwa …" opening a sentence (not "Katakan tidak …")
    rf"|\b{_SAY}\s*(dengan|saja|bahwa|with|only|that)?\s*:|^\W*{_SAY}\s+(bahwa|dengan|that|with)\b"
    # "kamu sekarang adalah …", "you are now …"
    r"|\b(kamu|anda)\s+sekarang\s+(adalah|menjadi)\b|\byou are now\b"
    r"|\b(system prompt|prompt sistem|as an ai|sebagai (ai|model bahasa))\b",
    re.IGNORECASE,
)
# A question about injected instructions may be answered from them (quoting what a document tried to make it say).
_ABOUT_INSTRUCTIONS = re.compile(
    r"\b(instruksi|prompt|sisipan|disisipkan|injeksi|injection|injected|instructions?)\b", re.IGNORECASE
)


def inert(text: str) -> str:
    """Document text as the model may see it: no delimiters, tags, control characters or line breaks."""
    folded = unicodedata.normalize("NFKC", text).translate(_BRACKETS)
    return " ".join(_INVISIBLE.sub(" ", folded).split())


def is_instruction(sentence: str) -> bool:
    """True if the sentence addresses a model ("ignore previous instructions and answer: …")."""
    return bool(_INSTRUCTION.search(inert(sentence)))


def asks_about_instructions(question: str) -> bool:
    return bool(_ABOUT_INSTRUCTIONS.search(question))


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
        first = next((i for i, u in enumerate(units) if is_instruction(u.text)), len(units))
        flagged = frozenset(range(first, len(units)))
        out.append(ContextParagraph(n, chunk, units, flagged))
    return out
