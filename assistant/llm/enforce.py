"""Enforced citations for generated text: every sentence must be backed by the context paragraph it cites.

The model's output is split into sentences (bullets, "Jawaban:" labels and markdown bold removed; a marker
written after the full stop, "… netral. [1]", belongs to the sentence before it). A sentence is kept only if:
- it cites at least one [n], and every n is a paragraph of the context it was given;
- every quoted passage ("…", “…”) appears verbatim in a cited paragraph;
- every number and every capitalised name appears verbatim (whole words, any case) in a cited paragraph;
- at least `MIN_TERM_SUPPORT` of its remaining words are in the cited paragraphs (stemmed by
  `lang.terms.Analyzer`, Indonesian synonyms allowed; English words through the domain glossary, words it
  lacks weighing a quarter; beside a verified quote, attribution words such as "berkata" left aside);
- it does not flip what its sources say: no prohibition, permission, obligation or negation they lack, and no
  predicate they negate stated without a negation (`polarity`).
Sentences of a paragraph that address the model ("abaikan instruksi …", see `context`) never count as support.
The model's own "not found in the corpus" is recognised and kept apart from claims.

For every kept sentence and cited paragraph, the paragraph's sentence(s) that best support it become the
citation's verbatim quote, so `assistant.cite` can check the answer like any other.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from assistant.llm.context import ContextParagraph, inert
from assistant.llm.polarity import flips
from lang.sentences import Sentence, split_sentences
from lang.terms import Analyzer, Language, TermGroup
from lang.vocabulary import REPORTING_VERBS, SPEECH_ROOTS, SPEECH_VERBS_EN

MIN_TERM_SUPPORT = 0.7  # weighted share of a sentence's words that its cited paragraphs must contain
MAX_QUOTE_SENTENCES = 3  # most sentences of one paragraph quoted for one generated sentence

# A citation marker: [1], [1, 3], [Dokumen 2].
_NUMBERS = r"\d{1,3}(?:\s*[,;]\s*\d{1,3})*"
_PREFIX = r"\[\s*(?:dokumen|document|doc|paragraf|paragraph)?\s*"
_MARKER = re.compile(rf"{_PREFIX}({_NUMBERS})\s*\]", re.IGNORECASE)
_MARKER_AFTER_END = re.compile(rf"([.!?…]+)((?:\s*{_PREFIX}{_NUMBERS}\s*\])+)", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_LABEL = re.compile(r"^\s*(?:jawaban|answer)\s*:\s*", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"]([^”\"]{4,}?)[”\"]")
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
_TOKEN = re.compile(r"[\w-]+|[^\w\s]")
_SEGMENT = re.compile(r"[:;“”\"(\[]")  # a capital after one of these may just start a clause
# Attribution words: beside a verified quote, "berkata" for the source's "tegas", or "the article reads", is no
# claim of its own.
_ATTRIBUTION = (
    *SPEECH_ROOTS,
    *REPORTING_VERBS,
    *SPEECH_VERBS_EN,
    *"sampai menyebut menurut dokumen paragraf berita artikel teks isi berisi memuat tertulis".split(),
    *"according document paragraph article text contains reads writes".split(),
)


@dataclass(frozen=True)
class Support:
    """What one cited paragraph backs of a sentence: its supporting sentences and the names/numbers stated."""

    paragraph: ContextParagraph
    sentences: tuple[Sentence, ...]
    spans: tuple[str, ...]  # as the paragraph writes them (verbatim substrings of its text)

    @property
    def quote(self) -> str:
        return " … ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class Checked:
    text: str  # the generated sentence, citation markers removed
    cited: tuple[int, ...]  # context numbers it cited
    problem: str = ""  # why it was removed ("" when supported)
    support: tuple[Support, ...] = ()
    not_found: bool = False  # the model's "not found in the corpus"

    @property
    def ok(self) -> bool:
        return not self.problem and not self.not_found


@dataclass(frozen=True)
class Enforcement:
    sentences: tuple[Checked, ...]

    @property
    def kept(self) -> list[Checked]:
        return [s for s in self.sentences if s.ok]

    @property
    def dropped(self) -> list[Checked]:
        return [s for s in self.sentences if s.problem]

    @property
    def claims(self) -> list[Checked]:
        return [s for s in self.sentences if not s.not_found]

    @property
    def said_not_found(self) -> bool:
        return any(s.not_found for s in self.sentences)

    @property
    def usable(self) -> bool:
        """Enough survived to show: something, and at least half of what the model claimed."""
        kept = len(self.kept)
        return kept > 0 and 2 * kept >= len(self.claims)

    def summary(self) -> str:
        kept, claims = len(self.kept), len(self.claims)
        reasons = "; ".join(f"“{s.text[:60]}”: {s.problem}" for s in self.dropped)
        found = ", said not found" if self.said_not_found else ""
        return f"{kept}/{claims} sentences supported{found}" + (f" (removed: {reasons})" if reasons else "")


def split_output(output: str) -> list[str]:
    """The generated text as sentences, each keeping the [n] markers that belong to it."""
    out: list[str] = []
    for raw in output.replace("**", "").splitlines():
        line = _LABEL.sub("", _BULLET.sub("", inert(raw)))
        line = _MARKER_AFTER_END.sub(lambda m: f"{m.group(2)}{m.group(1)}", line)
        out.extend(s.text for s in split_sentences(line) if any(ch.isalnum() for ch in s.text))
    return out


def _whole_word(piece: str) -> re.Pattern[str]:
    """`piece` as whole words, any case; between the words of a name, punctuation may differ ("Magelang, Kombes")."""
    words_pattern = r"[\s,.;:()/-]+".join(re.escape(word) for word in piece.split())
    return re.compile(rf"(?<!\w){words_pattern}(?!\w)", re.IGNORECASE)


class Enforcer:
    def __init__(self, analyzer: Analyzer, not_found: tuple[str, ...]) -> None:
        self.analyzer = analyzer
        self.not_found = tuple(_folded(p) for p in not_found)
        self._attribution = frozenset(term for word in _ATTRIBUTION for term in analyzer.terms(word))

    @cached_property
    def _english_words(self) -> frozenset[str]:
        """English words the glossary or stopword list knows: capitalised, they are words, not names."""
        glossary = {w for english, _ in self.analyzer.glossary for w in english.split()}
        return frozenset(glossary | self.analyzer.stopwords_en)

    def check(
        self, output: str, paragraphs: list[ContextParagraph], language: Language, allow_instructions: bool = False
    ) -> Enforcement:
        by_n = {p.n: p for p in paragraphs}
        return Enforcement(
            tuple(self.check_sentence(s, by_n, language, allow_instructions) for s in split_output(output))
        )

    def check_sentence(
        self, sentence: str, by_n: dict[int, ContextParagraph], language: Language, allow_instructions: bool = False
    ) -> Checked:
        cited = tuple(
            dict.fromkeys(int(n) for m in _MARKER.finditer(sentence) for n in re.split(r"\s*[,;]\s*", m.group(1)))
        )
        claim = re.sub(r"\s+([.,;:!?…])", r"\1", " ".join(_MARKER.sub(" ", sentence).split()))
        if any(phrase and phrase in _folded(claim) for phrase in self.not_found):
            return Checked(claim, cited, not_found=True)
        if not cited:
            return Checked(claim, cited, "cites no [n]")
        unknown = [n for n in cited if n not in by_n]
        if unknown:
            return Checked(claim, cited, f"cites [{unknown[0]}], which is not a context paragraph")
        evidence = {n: by_n[n].evidence(allow_instructions) for n in cited}
        joined = inert(" ".join(u.text for units in evidence.values() for u in units))
        quotes = [q.strip(" ,.;:") for q in _QUOTED.findall(claim)]
        for quote in quotes:
            if quote not in joined:
                return Checked(claim, cited, f"quote “{quote[:60]}” is not verbatim in {_refs(cited)}")
        unquoted = _QUOTED.sub(" ", claim)
        pieces = [*_NUMBER.findall(unquoted), *self._names(unquoted, language)]
        for piece in pieces:
            if not _whole_word(piece).search(joined):
                return Checked(claim, cited, f"“{piece}” is not in {_refs(cited)}")
        groups = self.analyzer.query_groups(unquoted, language)
        if quotes:
            groups = [g for g in groups if not set(g) <= self._attribution]
        if not groups and not quotes:
            return Checked(claim, cited, "states nothing that can be checked")
        known = set(self.analyzer.terms(joined))
        share = _covered(groups, known)
        if groups and share < MIN_TERM_SUPPORT:
            return Checked(claim, cited, f"only {share:.0%} of its words are in {_refs(cited)}")
        support = tuple(
            found
            for n in cited
            if (found := self._support(by_n[n], evidence[n], groups, [*quotes, *pieces])) is not None
        )
        if not support:
            return Checked(claim, cited, f"no sentence of {_refs(cited)} supports it")
        sources = [u.text for found in support for u in found.sentences]
        claim_stems = set(self.analyzer.query_terms(claim, language))
        flipped = flips(claim, claim_stems, sources, self.analyzer.stem)
        if flipped:
            return Checked(claim, cited, f"{flipped} ({_refs(cited)})")
        return Checked(claim, cited, support=support)

    def _names(self, text: str, language: Language) -> list[str]:
        """Runs of capitalised words and acronyms ("Kombes Pol Mustofa"), a clause's first word aside: names the
        paragraph must spell the same."""
        names: list[str] = []
        for segment in _SEGMENT.split(text):
            run: list[str] = []
            for position, token in enumerate(_TOKEN.findall(segment)):
                if position and self._is_name(token, language):
                    run.append(token)
                    continue
                if run:
                    names.append(" ".join(run))
                run = []
            if run:
                names.append(" ".join(run))
        return list(dict.fromkeys(names))

    def _is_name(self, token: str, language: Language) -> bool:
        if not token[:1].isupper() or any(ch.isdigit() for ch in token):
            return False
        return language != "en" or token.isupper() or token.lower() not in self._english_words

    def _support(
        self,
        paragraph: ContextParagraph,
        units: tuple[Sentence, ...],
        groups: list[TermGroup],
        needed: list[str],
    ) -> Support | None:
        """The paragraph's sentences that best back the claim, plus any holding a still-missing name/number."""
        if not units:
            return None

        def holds(unit: Sentence) -> set[str]:
            return {p for p in needed if _whole_word(p).search(inert(unit.text)) or p in inert(unit.text)}

        def score(unit: Sentence) -> float:
            return _covered(groups, set(self.analyzer.terms(unit.text))) + len(holds(unit))

        ranked = sorted(units, key=lambda u: -score(u))
        if score(ranked[0]) <= 0:
            return None
        chosen = [ranked[0]]
        missing = set(needed) - holds(ranked[0])
        for unit in ranked[1:]:
            if not missing or len(chosen) >= MAX_QUOTE_SENTENCES:
                break
            if holds(unit) & missing:
                chosen.append(unit)
                missing -= holds(unit)
        chosen.sort(key=lambda u: u.start)
        spans = []
        for piece in needed:
            match = _whole_word(piece).search(paragraph.chunk.text)
            if match and len(match.group(0)) < 80:
                spans.append(match.group(0))
        return Support(paragraph, tuple(chosen), tuple(dict.fromkeys(spans)))


def _covered(groups: list[TermGroup], known: set[str]) -> float:
    """Weighted share of term groups (alternatives) with a member in `known`; 1.0 when there are none."""
    total = sum(getattr(g, "weight", 1.0) for g in groups)
    if not total:
        return 1.0
    return sum(getattr(g, "weight", 1.0) for g in groups if known.intersection(g)) / total


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", inert(text).lower()).split())


def _refs(cited: tuple[int, ...]) -> str:
    return " ".join(f"[{n}]" for n in cited)
