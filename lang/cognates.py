"""An English word as Indonesian spells the same word: "declaration" → "deklarasi", "community" → "komunitas",
"candidate" → "kandidat".

Indonesian took much of its administrative vocabulary from Dutch and English with regular spelling changes (c
before e, i, y → s, other c → k; ph → f; th → t; qu → ku; x → ks; a doubled consonant single) and regular endings
(-ation → -asi, -ity → -itas, -ive → -if …). Applying them to an English question's words the glossary lacks lets
those words meet the Indonesian text by spelling where the multilingual embedder alone is too loose. A form the
corpus does not hold ("eleksi" from "election") matches nothing and costs nothing: it is only an alternative of
the English word's own group.
"""

import re

# (English ending, Indonesian ending, shortest stem left); longest first where one ends the other.
_ENDINGS = (
    ("ization", "isasi", 3),
    ("isation", "isasi", 3),
    ("ation", "asi", 3),
    ("ition", "isi", 3),
    ("ution", "usi", 3),
    ("ssion", "si", 2),
    ("sion", "si", 3),
    ("ction", "ksi", 3),
    ("ity", "itas", 3),
    ("ive", "if", 3),
    ("ical", "is", 3),
    ("ic", "ik", 3),
    ("ism", "isme", 3),
    ("ure", "ur", 4),
    ("ate", "at", 4),
)


def cognate(word: str) -> str | None:
    """The Indonesian spelling of an English loanword, or None when the word has no regular ending."""
    lowered = word.lower()
    for ending, indonesian, shortest in _ENDINGS:
        stem = lowered[: -len(ending)]
        if lowered.endswith(ending) and len(stem) >= shortest:
            return _respell(stem) + indonesian
    return None


def _respell(stem: str) -> str:
    spelled = stem.replace("ph", "f").replace("th", "t").replace("qu", "ku").replace("x", "ks")
    spelled = re.sub(r"c(?=[eiy])", "s", spelled).replace("c", "k")
    spelled = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", spelled)
    return spelled.replace("y", "i")
