"""A question about one named unit answered from a document about another unit of the same kind.

"How many personnel did Polres Muara Lintang deploy …?" is not answered by "Polresta Kencana Raya menyiagakan
1.126 personel …": the question names a unit ("Polres" + a name), the best sentence names another of that kind
("Polresta" + another name), and the best sentence's document never mentions any word of the asked name. Each of
the three holds of many right answers alone (titles join names: "Menteri Energi Filipina" is answered by "Menteri
Energi Peter Abaya"; a question's name is often missing from a short passage); together they say the passage is
about someone else. On the dumped answers of IDK-MRC valid and FacQA held-out they refused no answer holding
the gold span, and one wrong one ("Provinsi Jiangsu" answered from "Provinsi Sumatera Selatan").
"""

import re
from dataclasses import dataclass

from assistant.extractive.asked_type import ANY_NUMBER
from assistant.extractive.candidates import Candidate
from assistant.question import Kind, Question
from assistant.retrieve import Corpus
from index.document import Chunk
from lang.sentences import quote_units
from lang.vocabulary import POST_TITLES

# A run of two or more capitalised words: a kind word and a name ("Polres Muara Lintang", "Kapolres Batu Jaya").
_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
_POSSESSIVE = re.compile(r"['’]s\b")
_MIN_NAME_WORD = 3  # shorter parts ("AS", "RI", "XX") are too often an abbreviation the text spells out
_MIN_KIND = 4  # letters of a kind word ("Polres"); "Bu", "Pak" are forms of address
_MIN_LISTED = 3  # units (and numbers) a sentence gives to be a breakdown by unit
# The thing a count question counts ("berapa akun …" → akun), compared by its first letters ("akun-akun").
_COUNTED = re.compile(r"\bberapa(?:kah)?(?:\s+(?:banyak|jumlah))?\s+(\w{3,})", re.I)
_STEM_LETTERS = 5


@dataclass(frozen=True)
class OtherEntity:
    asked: str  # as the question names it
    found: str  # the unit of the same kind the best sentence names instead (or the units a total pools)
    # why, as the refusal's template key: another unit's fact; "combined_only": the quotes give the asked unit's
    # figure only within a total for several; "not_broken_down": the document names the asked unit only in a
    # breakdown of another figure, and the count asked is given for all units together
    key: str = "other_entity"


# A total for several units: "Kabupaten A, B, dan C secara keseluruhan memiliki …", "… in total".
_POOLED = re.compile(r"\b(?:secara keseluruhan|keseluruhannya|seluruhnya|secara total|in total|combined)\b", re.I)
_ASKS_TOTAL = re.compile(r"\b(?:total|keseluruhan|seluruhnya|gabungan|combined|altogether)\b", re.I)
_EACH = re.compile(r"\b(?:masing-masing|tiap-tiap|each|respectively|sendiri)\b", re.I)
_OPENER = re.compile(r"^(?:Adapun|Sementara|Sedangkan|Namun|Untuk|Bagi|Di|Dari|Pada|Meanwhile|For|In)\s+")
# The names such a sentence lists: capitalised runs separated by commas and "dan"/"and".
_LISTED = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+(?:dan|and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)


def other_entity(question: Question, best: Candidate, corpus: Corpus) -> OtherEntity | None:
    """The asked unit and the other one the best sentence names, when its document never mentions the asked one
    (None otherwise). The question's first word is skipped: it is capitalised as the sentence's start."""
    document = _document_text(best, corpus)
    for run, kind, name_words in _asked_units(question):
        if not name_words:
            continue
        if any(w in document for w in name_words):
            # a count the best sentence gives beside another unit of the asked kind and never the asked one ("52 TPS
            # … tergolong sangat rawan, terbanyak di Kabupaten Tabuhari" for "di Kabupaten Linggowa"): a total, or
            # that other unit's (not where the sentence speaks of the asked one as "Kabupaten ini": "Kabupaten ini
            # merupakan pemekaran dari Kabupaten Barito Utara … dengan luas wilayah 23.700 km²")
            sentence = best.sentence.text
            counted = question.kind is Kind.HOW_MANY and not any(w in sentence.lower() for w in name_words)
            this = re.search(rf"\b{re.escape(kind)}\s+(?:ini|tersebut|itu)\b", sentence, re.I)
            # (nor one the question asks about too: "… di Kabupaten Teluk Gading dan di Kabupaten Sela Hilir?")
            others = [u for u in _units_of_kind(kind, sentence) if u.lower() not in question.text.lower()]
            if counted and this is None and others:
                return OtherEntity(run, ", ".join(dict.fromkeys(others)))
            # … or names no unit, from a document that names the asked one only among others in a breakdown of
            # another figure ("… Polres Weranggi 534, Polres Tamboleo 519, dan Polres Ruisenga 461." then "…
            # menemukan 23 akun …" for "Berapa akun milik personel Polres Ruisenga …?"): a count for all of them
            listing = _only_listed(kind, name_words, best, corpus, question.text) if counted and this is None else []
            if listing and not _units_of_kind(kind, sentence):
                return OtherEntity(run, ", ".join(listing), "not_broken_down")
            continue
        # … the best sentence's, or else its document's lead's ("Personel yang nilai kuisnya di bawah 70 …" of an
        # article about "Polresta Kandiwo", for "Di Polres Sambitu, nilai minimal kuis … berapa?")
        others = _units_of_kind(kind, best.sentence.text) or _units_of_kind(kind, _lead(best, corpus))
        if others:
            return OtherEntity(run, others[0])
        # a count the document breaks down by unit, never naming the asked one ("… terbanyak datang dari Polresta
        # Damarpura dengan 14 laporan, disusul Polres Gelam Hulu 11 laporan …" for "dari Polres Lumbu Raya")
        listed = _breakdown(kind, best, corpus) if question.kind is Kind.HOW_MANY else []
        if listed:
            return OtherEntity(run, ", ".join(listed))
    return None


def _lead(best: Candidate, corpus: Corpus) -> str:
    """The title and first paragraph of the best sentence's document (its own paragraph when the snapshot lacks
    the document)."""
    chunks = _chunks(best, corpus)
    return f"{chunks[0].title}. {chunks[0].text}"


def _breakdown(kind: str, best: Candidate, corpus: Corpus) -> list[str]:
    """The units of `kind` a sentence of the best sentence's document gives numbers for, two or more ([] if none)."""
    for chunk in _chunks(best, corpus):
        for unit in quote_units(chunk.text):
            listed = list(dict.fromkeys(_units_of_kind(kind, unit.text)))
            if len(listed) >= 2 and len(ANY_NUMBER.findall(unit.text)) >= 2:
                return listed
    return []


def _only_listed(kind: str, name_words: list[str], best: Candidate, corpus: Corpus, question: str) -> list[str]:
    """The other units of `kind` the best sentence's document lists the asked one with, when every sentence that names
    the asked one lists three or more units of its kind with numbers, none of them of the thing the question counts
    ("berapa akun" against "… 534 daftar, …"), and its title does not name it; [] otherwise (an article about the
    unit, or one that names it on its own somewhere, may count it without its name; a breakdown of the counted
    thing holds the asked unit's own figure)."""
    chunks = _chunks(best, corpus)
    if any(w in chunks[0].title.lower() for w in name_words):
        return []
    counted = _COUNTED.search(question)
    thing = counted.group(1).lower()[:_STEM_LETTERS] if counted else None
    listed: list[str] = []
    for chunk in chunks:
        for unit in quote_units(chunk.text):
            if not any(w in unit.text.lower() for w in name_words):
                continue
            units = list(dict.fromkeys(_units_of_kind(kind, unit.text)))
            if len(units) < _MIN_LISTED or len(ANY_NUMBER.findall(unit.text)) < _MIN_LISTED:
                return []
            if thing is None or re.search(rf"\b{re.escape(thing)}", unit.text.lower()):
                return []
            listed += [u for u in units if u not in listed and not any(w in u.lower() for w in name_words)]
    return listed


def left_out(question: Question, quoted: list[str]) -> OtherEntity | None:
    """For a count about one unit, the asked unit and the others of its kind a quoted sentence counts instead, when
    the quotes break a figure down by unit and leave the asked one out ("How many of the 47 reports came from
    Polres Air Kelabu?" against "… terbanyak dari Polresta Bandar Seruni dengan 11 laporan, disusul Polres Lembah
    Kabut …"): two or more units of the asked kind in one sentence, and no quoted sentence that names the asked one
    gives a number. None otherwise. On the dumped answers of IDK-MRC valid and FacQA held-out it applies to none."""
    if question.kind is not Kind.HOW_MANY:
        return None
    for run, kind, name_words in _asked_units(question):
        naming = [s for s in quoted if any(w in s.lower() for w in name_words)]
        # "Adapun Kabupaten Selat Jerambah, Tebat Rindu, dan Lumbu Raya secara keseluruhan memiliki 2.358 TPS":
        # the asked unit's figure is only part of a total given for several
        # … unless the question asks for that total, or a quote gives the unit's own figure too
        pooled = [s for s in naming if ANY_NUMBER.search(s) and _pooled_with(name_words, s)]
        own = [s for s in naming if ANY_NUMBER.search(s) and s not in pooled]
        if pooled and not own and not _ASKS_TOTAL.search(question.text) and not _names_several(question.text):
            return OtherEntity(run, _pooled_with(name_words, pooled[0]), "combined_only")
        if not name_words or any(ANY_NUMBER.search(s) for s in naming):
            continue
        for sentence in quoted:
            listed = _units_of_kind(kind, sentence)
            if len(set(listed)) >= 2:
                return OtherEntity(run, ", ".join(dict.fromkeys(listed)))
    return None


def _names_several(text: str) -> bool:
    """Whether the question itself lists units ("… di Kabupaten A, B, dan C?"): it asks for their total."""
    return _LISTED.search(text.partition(" ")[2]) is not None


def _pooled_with(name_words: list[str], sentence: str) -> str:
    """The list of names the sentence pools into one total, when it holds the asked name ("" otherwise); not a
    sentence that gives each its own ("masing-masing", "each", "respectively"), nor one that also gives the asked
    unit's own figure ("…, dengan Lumbu Raya sendiri 812 TPS")."""
    if not _POOLED.search(sentence) or _EACH.search(sentence):
        return ""
    for listing in _LISTED.finditer(sentence):
        # three or more names ("A, B, dan C"): "tim gabungan Bidang Propam dan Ditressiber" is a joint team
        if "," in listing.group(0) and any(w in listing.group(0).lower() for w in name_words):
            return _OPENER.sub("", listing.group(0))
    return ""


def missing_post(question: Question, best: Candidate, corpus: Corpus) -> str | None:
    """The post an Indonesian who-question asks the holder of ("Siapa nama Ketua Bawaslu Provinsi Tanjung
    Kencana …?"), when the best sentence's document names the body ("Bawaslu Provinsi Tanjung Kencana") but never
    the post's title: the people it names hold other posts. None otherwise. (An English question's title is not
    the Indonesian text's word.) On IDK-MRC valid and FacQA held-out it refused one answer, a wrong one
    ("Sekretaris Jenderal Forum Petani Merdeka" from a passage that never says "sekretaris").
    """
    if question.language != "id":
        return None
    document = _document_text(best, corpus)
    for run, title, names in _asked_units(question):
        if title.lower() in POST_TITLES and title.lower() not in document and any(w in document for w in names):
            return run
    return None


def _asked_units(question: Question) -> list[tuple[str, str, list[str]]]:
    """The runs of capitalised words the question names after its first word ("Polres Air Kelabu"), each with its
    kind word ("Polres") and its name's words long enough to look for (lower case)."""
    _, _, body = question.text.partition(" ")
    units = []
    for run in _RUN.findall(body):
        run = _POSSESSIVE.sub("", run)  # "Aiptu RT's hearing": Aiptu RT
        kind, *name = run.split()
        units.append((run, kind, [w.lower() for w in name if len(w) >= _MIN_NAME_WORD]))
    return units


_LOCAL_UNITS = frozenset("polres polresta polrestabes polsek polsekta".split())


def police_unit_named(question: Question, sentence: str) -> bool:
    """Whether the question names a Polres or Polsek ("Polres Nalo Ampelu", "Polsek …") whose name the sentence
    holds."""
    return any(
        kind.lower() in _LOCAL_UNITS and words and all(w in sentence.lower() for w in words)
        for _, kind, words in _asked_units(question)
    )


def _units_of_kind(kind: str, sentence: str) -> list[str]:
    """The units of `kind` a sentence names, a kind word and a name each ("Polresta Bandar Seruni"), in order."""
    return [
        " ".join(words) for run in _RUN.findall(sentence) if len(words := run.split()) > 1 and same_kind(kind, words[0])
    ]


def same_kind(asked: str, found: str) -> bool:
    """ "Polres" and "Polresta", "KPU" and "KPU": one word, or the start of the other. A short form of address
    starts too many words to be a kind ("Bu" Bupati, "Pak" Pakar): a start needs four letters."""
    shorter, longer = sorted((asked.lower(), found.lower()), key=len)
    return shorter == longer or (len(shorter) >= _MIN_KIND and longer.startswith(shorter))


def _document_text(best: Candidate, corpus: Corpus) -> str:
    """The lower-cased text and title of the best sentence's whole document (its paragraph, when the snapshot
    lacks the document)."""
    chunks = _chunks(best, corpus)
    return " ".join([chunks[0].title, *(c.text for c in chunks)]).lower()


def _chunks(best: Candidate, corpus: Corpus) -> list[Chunk]:
    """The best sentence's document's paragraphs (its own paragraph when the snapshot lacks the document)."""
    return corpus.document(best.chunk.doc_id) or [best.chunk]
