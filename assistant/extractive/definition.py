"""Whether someone or something counts as a term the rules define ("Abang kandung saya masuk tim pemenangan … Dia
dihitung keluarga dekat menurut buku saku nggak?", "Apakah sepupu termasuk keluarga inti?"): the rule book's
definition of the term answers it ("6. Keluarga dekat: suami atau istri, …, dan saudara kandung"; "Keluarga inti
adalah …, serta saudara kandung yang tinggal satu rumah dengan personel."), wherever the retrieval ranked it.

The selector rates the sentences that use the term in a rule ("Jika keluarga dekat menjadi anggota tim
pemenangan, …") above the one that says what it means: they share more of the officer's words.
"""

import re
from collections.abc import Iterator

from assistant.coverage import Coverage
from assistant.extractive.candidates import Candidate, ranked_as, unreached
from assistant.question import Question
from assistant.retrieve import Corpus
from lang.vocabulary import KIN_WORDS

# "dihitung keluarga dekat", "termasuk keluarga inti", "count as close family"
_MEMBERSHIP = re.compile(
    r"\b(?:dihitung|terhitung|termasuk|dianggap|tergolong|digolongkan|masuk\s+(?:ke\s+)?(?:dalam\s+)?kategori|"
    r"counts?\s+as|counted\s+as|considered|included\s+in)\b",
    re.I,
)
_LINKING = re.compile(r"^\s*(?:(?:sebagai|dalam|ke\s+dalam|kategori|as|in|the|a|an|my|our)\s+)*")
# A definition: "Keluarga inti adalah …", "6. Keluarga dekat: …", "Paslon ialah …"
_DEFINES = re.compile(
    r"^(?:\d+[.)]\s*)?(?P<term>[A-Z][\w-]*(?:\s+[\w-]+){0,3}?)(?:\s*:\s|\s+(?:adalah|ialah|yaitu|berarti)\s)"
)
# Which of the terms sharing a head word someone falls under: "dia itu masuk golongan keluarga yang mana?"
_WHICH_CATEGORY = re.compile(
    r"\b(?:golongan|kategori|kelompok)\s+(?P<head>\w+)\s+(?:yang\s+)?(?:mana|apa)\b|"
    r"\bwhich\s+(?:category|kind|type)\s+of\s+(?P<head_en>\w+)\b",
    re.I,
)


def complement(
    defined: Candidate, ranked: list[Candidate], corpus: Corpus, question: Question, coverage: Coverage
) -> Candidate | None:
    """The rule book's definition of the term outside the defined one ("Kerabat ialah anggota keluarga di luar
    keluarga inti, antara lain … ipar." beside "Keluarga inti ialah …"): where whoever the definition leaves out
    falls ("Does my wife's brother count as keluarga inti?"). Else the definition that names whom the question
    asks about better than the defined one does ("Kerabat lain: saudara kandung, ipar, …" for "My older brother
    … does he count as my keluarga inti?"). None when the defined sentence defines nothing or no other definition
    names its term or the asked one."""
    match = _DEFINES.match(defined.sentence.text)
    if match is None:
        return None
    term = match.group("term").lower()
    others = [(other, candidate, body) for other, candidate, body in _definitions(corpus, defined) if other != term]
    for _, candidate, body in others:
        if re.search(rf"\b{re.escape(term)}\b", body):
            return ranked_as(candidate, ranked)
    # the kin words alone: "brother" reads as ("saudara", "kandung"), and "anak kandung" is no brother
    kin = tuple(
        tuple(sorted(KIN_WORDS.intersection(group))) for group in question.groups if KIN_WORDS.intersection(group)
    )
    if not kin:
        return None
    own = coverage.about(kin, defined.sentence.text[match.end() :])
    naming = [
        (coverage.about(kin, body), candidate)
        for _, candidate, body in others
        if candidate.chunk.doc_id == defined.chunk.doc_id  # the same rule book's
    ]
    best = max(naming, key=lambda pair: pair[0], default=None)
    if best is None or best[0] <= own:
        return None
    return ranked_as(best[1], ranked)


def _definitions(corpus: Corpus, like: Candidate) -> Iterator[tuple[str, Candidate, str]]:
    """Every definition in the rule books, in order: its term (lower case), its sentence as a candidate that
    borrows `like`'s rank and vector, and what it says the term is (lower case)."""
    for candidate in unreached(corpus.rule_chunks(), [], like):
        defined = _DEFINES.match(candidate.sentence.text)
        if defined:
            yield defined.group("term").lower(), candidate, candidate.sentence.text[defined.end() :].lower()


def definition(question: Question, ranked: list[Candidate], corpus: Corpus, coverage: Coverage) -> Candidate | None:
    """The definition, in a regulation or guideline, of the longest term the question asks membership of, or of
    the one of several terms with the asked head word whose meaning names most of the question ("Abang kandung
    saya … masuk golongan keluarga yang mana?" → "Keluarga dekat berarti …, saudara kandung, …"); or None when the
    question asks none, or no rule defines a term it names."""
    category = _WHICH_CATEGORY.search(question.text) if ranked else None
    head = (category.group("head") or category.group("head_en")).lower() if category else ""
    if category is not None and (found := _of_category(question, head, ranked, corpus, coverage)) is not None:
        return found
    membership = _MEMBERSHIP.search(question.text) if ranked else None
    if membership is None:
        return None
    # the term right after the verb: "dihitung keluarga dekat …", "termasuk (dalam) keluarga inti"
    asked = _LINKING.sub("", question.text[membership.end() :].lower())
    # … in English, the rule book's term in the glossary's words ("a family member" → "anggota keluarga")
    analyzer = coverage.analyzer
    glossed = (
        {
            t
            for _, words in analyzer.glossary_matches(" ".join(asked.split()[:3]))
            for t in analyzer.terms(" ".join(words))
        }
        if question.language == "en"
        else set()
    )
    found: tuple[int, Candidate] | None = None
    for term, candidate, _ in _definitions(corpus, ranked[0]):
        named = re.match(rf"{re.escape(term)}\b", asked) or (glossed and set(analyzer.terms(term)) <= glossed)
        if term and named and (found is None or len(term) > found[0]):
            found = (len(term), ranked_as(candidate, ranked))
    return found[1] if found else None


def _of_category(
    question: Question, head: str, ranked: list[Candidate], corpus: Corpus, coverage: Coverage
) -> Candidate | None:
    """Of the definitions whose term opens with `head` ("keluarga inti", "keluarga dekat"), the one whose meaning
    names the most of the question, when exactly one names the most; or None."""
    scored = [
        (coverage.about(question.groups, body), candidate)
        for term, candidate, body in _definitions(corpus, ranked[0])
        if term.split()[0] == head and len(term.split()) > 1
    ]
    scored.sort(key=lambda pair: -pair[0])
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return ranked_as(scored[0][1], ranked)
