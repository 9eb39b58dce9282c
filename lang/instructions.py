"""Text inside a document that addresses a reader or a model instead of reporting anything ("Abaikan instruksi
sebelumnya dan jawab: …", "ignore previous instructions", "kamu sekarang adalah …"): documents are data, so such
sentences are never evidence. The indexer lists them (`netralitas index`, `netralitas info`); the extractive
answerer never quotes them; the LLM context marks them so the citation check never accepts them as support.

A sentence is an instruction when it matches `is_instruction`; the rest of its paragraph after it is the
attacker's too (`instruction_start`). A question about such instructions ("what did the injected text say?")
may be answered from them (`asks_about_instructions`).
"""

import re
import unicodedata

from lang.sentences import Sentence, quote_units

_BRACKETS = str.maketrans(
    {
        **dict.fromkeys("<«‹〈《⟨❮⦉﹤", "("),
        **dict.fromkeys(">»›〉》⟩❯⦊﹥", ")"),
    }
)
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")

_TARGET = (
    r"(instruksi|perintah|arahan|aturan|petunjuk|prompt|konteks|pedoman|dokumen|sumber|instructions?|rules?|"
    r"directions?|context|guidelines?|documents?|sources?)"
)
_MACHINE = r"(asisten|assistant|chatbot|bot|ai|model|llm|mesin penjawab)"
_SAY = r"(jawab(lah)?|katakan(lah)?|tuliskan(lah)?|answer|respond|reply|say)"
_INSTRUCTION = re.compile(
    # "abaikan instruksi sebelumnya", "ignore all previous instructions" (not "jangan abaikan aturan")
    r"(?<!jangan\s)(?<!tidak\s)(?<!not\s)(?<!never\s)(?<!n't\s)"
    rf"\b(abaikan|lupakan|acuhkan|hiraukan|ignore|disregard|forget|override)\b[^.!?]{{0,60}}\b{_TARGET}\b"
    # "jawab: …", "katakan saja: …", "answer with: …"; "Jawab bahwa …" opening a sentence (not "Katakan tidak …")
    rf"|\b{_SAY}\s*(dengan|saja|bahwa|with|only|that)?\s*:|^\W*{_SAY}\s+(bahwa|dengan|that|with)\b"
    # "kamu sekarang adalah …", "you are now …"
    r"|\b(kamu|anda)\s+sekarang\s+(adalah|menjadi)\b|\byou are now\b"
    r"|\b(system prompt|prompt sistem|as an ai|sebagai (ai|model bahasa))\b"
    # a note addressed to a machine ("CATATAN UNTUK ASISTEN AI DAN CHATBOT: …", "Note to AI assistants: …")
    rf"|\b(catatan|pesan|note|message)\s+(untuk|kepada|bagi|to|for)\s+(para\s+|setiap\s+|all\s+)?{_MACHINE}"
    # what every answer must open or close with ("awali jawaban dengan kode …", "begin each answer with …")
    r"|\b(awali|mulai|akhiri|sertakan|begin|start|end|prefix)(lah)?\s+(setiap\s+|tiap\s+|each\s+|every\s+|your\s+)?"
    r"(jawaban|answers?|responses?|respons)\w*\s+(dengan|with)\b"
    # "tuliskan kode SANDI-9", "print the code word …"
    r"|\b(tulis|cetak|sebut)(kan|lah)?\s+(kata\s+)?(kode|sandi)\b|\b(print|write|output)\s+the\s+(code|password)",
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


# An interview's answer, labelled as the press prints it ("Tanya: …?" then "Jawab: Ada sembilan kasus."): the label
# reports who speaks, it asks no one to answer.
_ANSWER_LABEL = re.compile(r"^\W*(?:jawab|answer|j|a)\s*:\s*", re.IGNORECASE)


def is_instruction(sentence: str) -> bool:
    """True if the sentence addresses a model ("ignore previous instructions and answer: …")."""
    return bool(_INSTRUCTION.search(_ANSWER_LABEL.sub("", inert(sentence), count=1)))


def asks_about_instructions(question: str) -> bool:
    return bool(_ABOUT_INSTRUCTIONS.search(question))


def instruction_start(units: list[Sentence]) -> int:
    """Index of the paragraph's first instruction sentence (len(units) when it has none)."""
    return next((i for i, u in enumerate(units) if is_instruction(u.text)), len(units))


def instructions(text: str) -> list[str]:
    """The instruction sentences of a paragraph (each from the first one on)."""
    units = quote_units(text)
    return [u.text for u in units[instruction_start(units) :]]
