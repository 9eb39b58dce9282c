"""Polarity of a generated sentence against the sentences it cites: a claim must not flip what the source says.

Word overlap alone accepts "Polri boleh berkampanye" from "Anggota Polri dilarang berkampanye", and "Polri
tidak netral" from "Polri netral". Two checks close that gap:
- what the claim asserts about rules and negation (`stance`: prohibition / permission / obligation, via
  `lang.rules.rule_kind` for Indonesian and a few English patterns; negation) must also be in its sources;
- a predicate its sources negate ("tidak terlibat", "dilarang berkampanye") may appear in the claim only with a
  negation or prohibition of its own.
Heuristic on purpose: it removes sentences, it never adds anything to an answer.
"""

import re
from collections.abc import Callable

from lang.rules import rule_kind

_NEGATION = re.compile(
    r"\b(tidak|tak|bukan|belum|jangan|dilarang|larangan|tanpa|not|no|never|cannot|nor)\b|n't\b", re.IGNORECASE
)
_ENGLISH_RULES = (
    (
        "prohibition",
        re.compile(r"\b(forbidden|prohibited|banned|(may|must|can|should) not|cannot|not (allowed|permitted))\b", re.I),
    ),
    ("obligation", re.compile(r"\b(must|required|obliged|obligated|has to|have to|shall)\b", re.IGNORECASE)),
    ("permission", re.compile(r"\b(allowed|permitted|may)\b", re.IGNORECASE)),
)
# The negated word is the one after these (and after helpers such as "boleh", "ikut"): "tidak boleh ikut berkampanye".
_NEGATED = re.compile(
    r"\b(?:tidak|tak|bukan|belum|jangan|dilarang|larangan)\s+"
    r"(?:(?:boleh|diperbolehkan|dibenarkan|diizinkan|untuk|ikut|dapat|bisa|akan|pernah|mau|secara|dalam)\s+)*"
    r"(\w+)",
    re.IGNORECASE,
)


def stance(text: str) -> set[str]:
    """The rule kinds a sentence states and whether it negates something."""
    kinds: set[str] = set()
    found = rule_kind(text)
    if found:
        kinds.add(found[0])
    for kind, pattern in _ENGLISH_RULES:
        if pattern.search(text):
            kinds.add(kind)
            break
    if "prohibition" in kinds or _NEGATION.search(text):
        kinds.add("negation")
    return kinds


def negated_words(text: str) -> list[str]:
    """The words a sentence negates or forbids ("dilarang berkampanye" → "berkampanye")."""
    return [m.group(1) for m in _NEGATED.finditer(text)]


def flips(claim: str, claim_stems: set[str], sources: list[str], stem: Callable[[str], str]) -> str:
    """Why the claim contradicts its sources ("" when it does not)."""
    claimed = stance(claim)
    backed: set[str] = set().union(*(stance(s) for s in sources)) if sources else set()
    extra = sorted(claimed - backed)
    if extra:
        return f"states {', '.join(extra)} its source does not"
    if "negation" not in claimed:
        for source in sources:
            for word in negated_words(source):
                if stem(word) in claim_stems:
                    return f"drops the negation of “{word}”"
    return ""
