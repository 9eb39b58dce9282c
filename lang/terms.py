"""Words for matching: Indonesian-aware tokens for BM25 and for the answerer's evidence checks.

Indonesian text is lower-cased, split into words, stripped of a short function-word list
(`data/stopwords_id.txt`; a question also of the casual words in `data/colloquial_id.txt`) and stemmed with
Sastrawi (llama-index's BM25 would stem it as English), with
`data/stem_overrides.tsv` for words Sastrawi cannot stem. English questions are first mapped through a small
domain glossary (`data/glossary_en_id.tsv`) to the words the Indonesian corpus uses; names and numbers pass
through unchanged. This is not translation, only enough to reach the right paragraph and check evidence.
"""

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from lang.cognates import cognate

Language = Literal["id", "en"]

_DATA_DIR = Path(__file__).resolve().parent / "data"

# "boleh langsung masuk?": "langsung" after a modal or the asker is "right away", not the "langsung" of "siaran
# langsung" (nor, through its synonyms, "berlangsung")
# ("akan langsung dipecat?" keeps it: how soon is asked there)
_RIGHT_AWAY = re.compile(r"\b((?:boleh|bisa|dapat|harus|wajib|perlu|saya|kami|kita)\s+)langsung\b", re.I)
# "Pas hari coblosan …" is "when"; "pas foto" is a passport photo
_WHEN_PAS = re.compile(r"\bpas\b(?!\s+foto)", re.I)
_OPENER = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\b")  # a sentence's first word
WORD_PATTERN = r"[0-9A-Za-zÀ-ÿ]+(?:[-/][0-9A-Za-zÀ-ÿ]+)*"  # a word, hyphenated compounds and "27/11" kept whole
_WORD = re.compile(WORD_PATTERN)
# Function words that say a question is Indonesian (beyond stopword lists, which overlap with English).
_ID_MARKERS = frozenset(
    "yang dan di ke dari untuk dengan dalam apa apakah siapa siapakah kapan berapa bagaimana mengapa kenapa "
    "bolehkah adalah ini itu tidak oleh pada sebagai akan anggota boleh dilarang sebutkan jelaskan".split()
)


# English inflections and what their base form ends with instead: (suffix, replacement), tried in order.
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
UNKNOWN_ENGLISH_WEIGHT = 0.25  # an English word the glossary lacks cannot match Indonesian text: weigh it little


class TermGroup(tuple[str, ...]):
    """Alternative stemmed wordings of one concept in a question; `weight` scales its IDF weight."""

    weight: float

    def __new__(cls, terms: tuple[str, ...], weight: float = 1.0) -> "TermGroup":
        group = super().__new__(cls, terms)
        group.weight = weight
        return group


def words(text: str) -> list[str]:
    """Surface words, case kept (for names), hyphenated compounds kept whole."""
    return _WORD.findall(text)


class Analyzer:
    """Turns text into comparable terms. One per process; its caches only grow with the vocabulary."""

    def __init__(self) -> None:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        self._stemmer = StemmerFactory().create_stemmer()
        self.stopwords_id = frozenset(_data("stopwords_id.txt").split()) - {"#"}
        casual = [line for line in _data("colloquial_id.txt").splitlines() if not line.startswith("#")]
        self.colloquial_id = frozenset(word for line in casual for word in line.split())
        self._stems: dict[str, str] = dict(
            line.split("\t") for line in _data("stem_overrides.tsv").splitlines() if line and not line.startswith("#")
        )

    @cached_property
    def stopwords_en(self) -> frozenset[str]:
        return frozenset(_data("stopwords_en.txt").split())

    @cached_property
    def english_words(self) -> frozenset[str]:
        """Single English words the glossary knows (to tell an English topic from an Indonesian one)."""
        return frozenset(word for english, _ in self.glossary for word in english.split())

    @cached_property
    def synonyms(self) -> dict[str, tuple[str, ...]]:
        """stem → the stems of every word that names the same concept (`data/synonyms_id.tsv`)."""
        table: dict[str, tuple[str, ...]] = {}
        for line in _data("synonyms_id.tsv").splitlines():
            if line.strip() and not line.startswith("#"):
                stems = tuple(dict.fromkeys(self.stem(word) for word in line.split()))
                for stem in stems:
                    table[stem] = tuple(dict.fromkeys(table.get(stem, ()) + stems))
        return table

    @cached_property
    def glossary(self) -> list[tuple[str, list[str]]]:
        """(English phrase, Indonesian words), longest phrase first."""
        pairs = []
        for line in _data("glossary_en_id.tsv").splitlines():
            if line.strip() and not line.startswith("#"):
                english, indonesian = line.split("\t", 1)
                pairs.append((english.strip(), indonesian.split()))
        return sorted(pairs, key=lambda pair: -len(pair[0]))

    def stem(self, word: str) -> str:
        word = word.lower()
        stem = self._stems.get(word)
        if stem is None:
            # Sastrawi mangles digits and codes; only plain alphabetic words are stemmed.
            stem = self._stemmer.stem(word) if word.isalpha() and len(word) > 3 else word
            self._stems[word] = stem or word
        return self._stems[word]

    def language(self, text: str) -> Language:
        written = words(text)
        tokens = [w.lower() for w in written]
        english = sum(1 for t in tokens if t in self.stopwords_en and t not in _ID_MARKERS)
        indonesian = sum(1 for t in tokens if t in _ID_MARKERS)
        # A bare topic ("neutrality pocket book") or one stray English word ("Rangkum … per jenis pelanggarannya",
        # "Kapan Fly to the Sky mulai debut?"): count the glossary's words against Indonesian stopwords and affixes.
        # Past one stray word, a name's affix is no Indonesian ("Summarise the Kecamatan Sukamaju case").
        if english - indonesian in (0, 1):
            names = english > indonesian
            english += sum(1 for t in tokens if t in self.english_words)
            indonesian += sum(
                1
                for w, t in zip(written, tokens, strict=True)
                if t in self.stopwords_id or (self.stem(t) != t and not (names and w[:1].isupper()))
            )
        return "en" if english > indonesian else "id"

    def terms(self, text: str) -> list[str]:
        """Stemmed content terms of Indonesian text (for documents and Indonesian questions)."""
        out = []
        for word in words(text):
            lowered = word.lower()
            if lowered in self.stopwords_id or len(lowered) < 2:
                continue
            out.append(self.stem(lowered))
        return out

    def base_form(self, word: str) -> str:
        """An inflected English word as the glossary lists it ("photos" → "photo", "guarding" → "guard",
        "shared" → "share"), when the glossary knows that form and not the word itself; else the word."""
        word = word.lower()
        if word in self.english_words:
            return word
        for suffix, replacement in _INFLECTIONS:
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3 and stem + replacement in self.english_words:
                return stem + replacement
            if suffix in ("ing", "ed") and len(stem) >= 4 and stem[-1] == stem[-2] and stem[:-1] in self.english_words:
                return stem[:-1]  # a doubled consonant: "chatting" → "chat"
        return word

    def glossary_matches(self, text: str) -> list[tuple[str, list[str]]]:
        """The glossary entries an English text contains (its words in the base form the glossary lists),
        longest first, without overlaps."""
        lowered = " " + " ".join(self.base_form(w) for w in words(text)) + " "
        found = []
        for english, indonesian in self.glossary:
            if f" {english} " in lowered:
                found.append((english, indonesian))
                lowered = lowered.replace(f" {english} ", " ")
        return found

    def query_groups(self, text: str, language: Language) -> list[TermGroup]:
        """A question's stemmed terms as groups of alternatives: an English glossary phrase becomes one group
        of the Indonesian words it may appear as, a word with synonyms a group of them, any other word a group
        of one. English words the glossary lacks weigh `UNKNOWN_ENGLISH_WEIGHT` (names and numbers stay 1)."""
        groups: list[TermGroup] = []
        consumed: set[str] = set()
        # An Indonesian question's English words ("Boleh saya share atau kasih like …?"): the glossary's
        # Indonesian for them joins the word as alternatives.
        mixed: dict[str, tuple[str, ...]] = {}
        for english, indonesian in self.glossary_matches(text):
            if language == "en":
                groups.append(TermGroup(tuple(dict.fromkeys(self.terms(" ".join(indonesian))))))
                consumed.update(english.split())
            elif " " not in english:
                mixed[english] = tuple(self.terms(" ".join(indonesian)))
        if language == "id":
            text = _WHEN_PAS.sub(" ", _RIGHT_AWAY.sub(r"\1", text))
        openers = {m.group(1) for m in _OPENER.finditer(text)}
        for word in words(text):
            lowered = word.lower()
            if language == "en" and (lowered in self.stopwords_en or self.base_form(lowered) in consumed):
                continue
            # not a name ("Dong Nai", "GA"); a sentence's first word is capitalised by position ("Pas hari …")
            if lowered in self.colloquial_id and (word.islower() or (word.istitle() and word in openers)):
                continue
            name_or_number = word[:1].isupper() or any(ch.isdigit() for ch in word)
            weight = 1.0 if language == "id" or name_or_number else UNKNOWN_ENGLISH_WEIGHT
            also = mixed.get(self.base_form(lowered), ()) if mixed else ()
            if language == "en" and (spelled := cognate(self.base_form(lowered))):
                also = (*also, *self.terms(spelled))  # "declaration" also as "deklarasi"
            for term in self.terms(word):
                groups.append(TermGroup(tuple(dict.fromkeys((*self.synonyms.get(term, (term,)), *also))), weight))
        unique: dict[tuple[str, ...], TermGroup] = {}
        for group in groups:
            if group and tuple(group) not in unique:
                unique[tuple(group)] = group
        return list(unique.values())

    def query_terms(self, text: str, language: Language) -> list[str]:
        """All stemmed terms of a question (alternatives flattened), for BM25."""
        return [term for group in self.query_groups(text, language) for term in group]


def _data(name: str) -> str:
    return (_DATA_DIR / name).read_text(encoding="utf-8")
