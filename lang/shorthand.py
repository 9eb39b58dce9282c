"""Chat shorthand of typed questions, expanded to the written words (`data/shorthand_id.tsv`): "Kalo sy liat temen
nge-like postingan paslon, sy wajib lapor dlm brp lama?" asks "dalam berapa lama", which the question's kind and
the deadline it asks for are read from. An acronym the rules also write out gains its words ("DPT (daftar
pemilih tetap)")."""

import re
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).resolve().parent / "data" / "shorthand_id.tsv"


@cache
def _written() -> dict[str, str]:
    lines = _TABLE.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


# A lower-case word, or a capitalised one opening a sentence ("Hrs gimana?"); elsewhere a capital may be a name or
# an acronym.
_WORD = re.compile(r"(?<![\w-])(?:[a-z]+|(?:^|(?<=[.!?] )|(?<=[.!?][”\"] ))[A-Z][a-z]+)(?![\w-])")


_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,}(?![\w-])")


def expand_shorthand(text: str) -> str:
    """The text with each shorthand word written out, a sentence's first one capitalised as it was, and each
    acronym of the table followed by its words."""
    table = _written()

    def written(match: re.Match[str]) -> str:
        word = match.group(0)
        full = table.get(word.lower())
        if full is None:
            return word
        return full[:1].upper() + full[1:] if word[:1].isupper() else full

    def spelled_out(match: re.Match[str]) -> str:  # unless the words already follow: "DPT (daftar pemilih tetap)"
        acronym = match.group(0)
        full = table.get(acronym, acronym)
        words = full[len(acronym) :].strip(" ()")
        return acronym if words and words.lower() in text[match.end() : match.end() + 60].lower() else full

    expanded = _ACRONYM.sub(spelled_out, text)
    return _WORD.sub(written, expanded)
