"""Split Indonesian (and English) prose into sentences, as character spans of the original text.

Rule-based on purpose: a sentence ends at . ! ? (plus closing quotes or brackets) followed by space and
something that can start a sentence, unless the dot belongs to an abbreviation, an academic title
(S.I.K., M.H.), an initial or a number. It leaves quoted speech that spans sentences as separate sentences.
"""

import re
from dataclasses import dataclass

# Words that end with a dot but do not end a sentence: police ranks, titles, legal shorthand.
_ABBREVIATIONS = frozenset(
    """
    no nomor pol kol kom komp brig jend irjen kombes akbp akp ipda iptu aiptu bripka brigpol bripda
    dr drs ir h hj kh prof st sdr bpk bp ny tn yth dll dsb dst dkk tsb ybs sbg jl jln kab kec kel ds
    s.h s.i.k s.ik m.h m.si s.sos s.pd s.e m.m s.t s.kom m.kn m.ap s.ip mr mrs ms vs etc e.g i.e approx
    pp uu perpol perkap kep skep art psl ayat
    """.split()
)
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+)")
_START = re.compile(r"\s+[\"“‘'(\[]?[A-Z0-9À-Ý]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the dot at `dot` closes an abbreviation or initial rather than a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '("“':
        word_start -= 1
    word = text[word_start:dot].lower().strip(",;:")
    if not word:
        return False
    if word in _ABBREVIATIONS or len(word) == 1:
        return True
    # Dotted initials such as S.I.K or M.H: letters separated by dots.
    return bool(re.fullmatch(r"(?:[a-z]{1,4}\.)+[a-z]{1,4}", word))


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if not _START.match(text, end):
            continue
        if _is_abbreviation(text, match.start()) and match.end() - match.start() == 1:
            continue
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            sentences.append(Sentence(piece.strip(), start + lead, start + lead + len(piece.strip())))
        start = end
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        sentences.append(Sentence(piece.strip(), start + lead, start + lead + len(piece.strip())))
    return sentences


def quote_units(text: str) -> list[Sentence]:
    """Sentences, except that a quotation running over several sentences stays one unit with its attribution
    ("“Tidak akan ada toleransi … masyarakat,” tegas Kombes Pol Mustofa.")."""
    units: list[Sentence] = []
    open_start: int | None = None
    for sentence in split_sentences(text):
        start = sentence.start if open_start is None else open_start
        opened = text[start : sentence.end]
        balanced = opened.count("“") <= opened.count("”") and opened.count('"') % 2 == 0
        if balanced:
            units.append(Sentence(text[start : sentence.end], start, sentence.end))
            open_start = None
        else:
            open_start = start
    if open_start is not None:
        rest = text[open_start:].strip()
        units.append(Sentence(rest, open_start, open_start + len(rest)))
    return units
