"""Who a sentence is about, when it does not say: the sentence before a pronoun names the person it means.

The press names the accused by rank and initials once ("Bripka AS, anggota Satlantas, terbukti berfoto …") and
goes on with a pronoun ("Ia dijatuhi hukuman penundaan kenaikan pangkat …"). The selector rates each sentence
alone, so "Bripka AS di Ulu Kemuning dijatuhi hukuman apa?" got the article's lead ("Polres … menjatuhkan hukuman
disiplin kepada tiga anggotanya"), which names no one, over the two sentences that together answer it.
"""

import re
from collections.abc import Callable

from assistant.extractive.candidates import Candidate, sibling, unreached
from assistant.question import Kind, Question
from assistant.retrieve import Corpus
from lang.people import INITIALS, OFFICER_RANKS, find_people
from lang.quotes import is_speech

# A sentence whose subject is a pronoun or a count of people already named continues the one before it.
CONTINUES = re.compile(r"^(?:Ia|Dia|Beliau|Mereka|Keduanya|Ketiganya|He|She|They)\b")
# … or whose subject is that person's act or lot, a noun with "-nya" before a verb ("Perbuatannya digolongkan
# pelanggaran ringan, dan … ia sudah menerima teguran lisan …"; not a connective: "Kenyataannya, …", "Akibatnya tiga
# anggota …")
_THEIR_OWN = re.compile(r"^[A-Z][a-z]{2,}(?:an|at)nya\s+(?=(?:di|ter|ber|me|se)[a-z]{3,})")


def goes_on(text: str) -> bool:
    """Whether the sentence goes on about the person the one before it named ("Ia dijatuhi …", "Perbuatannya
    digolongkan …, dan ia …"), naming no one itself."""
    return CONTINUES.match(text) is not None or (_THEIR_OWN.match(text) is not None and not find_people(text))


LOOK_AHEAD = 2
# "Permohonan itu dikabulkan …", "Langkah tersebut …": a sentence whose subject is the thing the one before it told of
_POINTS_BACK = re.compile(
    r"^(?!(?:Selain|Saat|Untuk|Karena|Oleh|Setelah|Sebelum|Sejak|Selama|Dengan|Di|Pada|Dari|Meski|Walau|Sesudah|"
    r"Ketika|Waktu|Kala|Sementara)\b)[A-Z]\w+(?:\s+\w+)?\s+(?:itu|tersebut)\b"
)
_NAME_WORD = 4  # letters of a name word the next sentence may open with ("Sulaiman"), not an initial
# One person: "Mereka dinyatakan terbukti …" after "Ketiga terperiksa … Bripka AS, Brigpol RN …" is about all three.
_ONE_PERSON = re.compile(r"^(?:Ia|Dia|Beliau|He|She)\b")
# A summary of a disciplinary case ("Rangkum kasus …", "summarise the … disciplinary case"; not "in case …")
_A_CASE = re.compile(r"\b(?:kasus|perkara|sidang|hearing)\b|(?<!\bin )\bcase\b", re.I)
# "Namun, ia tidak mengantongi surat perintah …": a connective, then the pronoun of the person named before; or a
# short setting ("Pada detik ke-31, ia tampak ikut bertepuk tangan …").
_GOES_ON = re.compile(r"^(?:[\w-]+\s+){0,3}[\w-]+,\s+(?:ia|dia|beliau)\b")
# "Bripka AS", "Aipda HK": a rank and initials, as the press names the accused.
_RANK_AND_INITIALS = re.compile(rf"\b(?:{OFFICER_RANKS})\s+{INITIALS}")
# "kasus Aipda Kosasih": the case of a person named by rank and a name, whom the press goes on naming by that name
# (not "… dilaporkan ke Kapolres AKBP Dedi", someone the case is reported to)
_CASE_OF_NAMED = re.compile(rf"\b(?:kasus|perkara|case\s+of)\s+(?:{OFFICER_RANKS})\s+([A-Z][a-z]{{2,}})\b", re.I)


def initialed_person(question: Question) -> str | None:
    """The initials of the person the question names by rank and initials ("AS" for "Bripka AS"), or None."""
    found = _RANK_AND_INITIALS.search(question.text)
    return found.group(1) if found else None


def naming(initials: str) -> re.Pattern[str]:
    """A sentence naming the person with these initials, with or without their rank ("RH tampak …" after
    "Bripka RH …")."""
    return re.compile(rf"\b{initials}\b")


def initialed_in(text: str) -> set[str]:
    """The initials of everyone the text names by rank and initials."""
    return {m.group(1) for m in _RANK_AND_INITIALS.finditer(text)}


def names_only(initials: str, paragraph: str) -> bool:
    """Whether the paragraph names the person with these initials by rank and no one else so ("Terperiksa pertama,
    Bripka TN, … . Saat itu ia … . Majelis menjatuhkan teguran tertulis …": each of its sentences is about TN), or
    names them by their initials alone after the lead named them by rank ("Majelis … menjatuhkan teguran tertulis
    … . Uang dari panitia yang diterima FS disita …"); not one that tells of a colleague beside them ("Berbeda
    dengan TD, rekannya … dijatuhi …")."""
    return (
        initialed_in(paragraph) <= {initials}
        and naming(initials).search(paragraph) is not None
        and _OTHERS.search(paragraph) is None
    )


# Someone beside the person a paragraph names by initials, not named so: "rekannya", "anggota lain", "keduanya"
_OTHERS = re.compile(
    r"\b(?:rekan\w*|kolega\w*|(?:anggota|personel|polisi)\s+lain\w*|keduanya|ketiganya|lainnya)\b", re.I
)


def continuation(candidate: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """A later sentence of the candidate's paragraph that goes on about the same person ("Ia …", "Perbuatannya …",
    or their initials alone after the candidate named them by rank and initials: "Karena …, WR cukup memberi tahu
    …"): the next one, or the one after a sentence that names no one ("Foto itu kemudian beredar luas …")."""
    named = initialed_in(candidate.sentence.text)
    for index in range(candidate.index + 1, min(candidate.index + 1 + LOOK_AHEAD, len(candidate.sentences))):
        text = candidate.sentences[index].text
        # (a "-nya" subject goes on about a person the candidate names: not "Kematiannya sendiri masih misteri."
        # after an encyclopedia's "X meninggal pada …", which adds nothing)
        if goes_on(text) and (CONTINUES.match(text) or find_people(candidate.sentence.text)):
            return sibling(candidate, index, ranked)
        if find_people(text):
            return None
        if _by_initials_alone(named, text):
            return sibling(candidate, index, ranked)
    return None


def _by_initials_alone(named: set[str], text: str) -> bool:
    """Whether the sentence names, by initials alone, the one person the sentence before named by rank and
    initials ("Kakak kandung Brigpol WR menjadi relawan …" → "Karena …, WR cukup memberi tahu Kasi Propam …")."""
    return len(named) == 1 and naming(next(iter(named))).search(text) is not None and not initialed_in(text)


def goes_on_about_asked(question: Question, candidate: Candidate, ranked: list[Candidate]) -> list[Candidate]:
    """The next sentence of the candidate's paragraph when it opens with the name of the person the question asks
    about and the candidate does not name them ("Apa yang dilakukan Aiptu Sulaiman waktu abang kandungnya maju …?":
    "Ujian terberat datang pada Pilkada 2020, ketika abang kandungnya maju …" → "Sulaiman mengajukan permohonan
    tertulis …"): the candidate set the scene, the next one tells what they did; with the sentence after that when
    it points back to it ("Permohonan itu dikabulkan, …"). [] otherwise."""
    if candidate.next is None:
        return []
    names = {w for p in find_people(question.text) for w in p.name.split() if len(w) >= _NAME_WORD}
    opening = candidate.next.text.split(maxsplit=1)[:1]
    if not opening or opening[0].strip(",") not in names:
        return []
    if any(re.search(rf"\b{re.escape(n)}\b", candidate.sentence.text) for n in names):
        return []
    told = [sibling(candidate, candidate.index + 1, ranked)]
    if candidate.index + 2 < len(candidate.sentences) and _POINTS_BACK.match(
        candidate.sentences[candidate.index + 2].text
    ):
        told.append(sibling(candidate, candidate.index + 2, ranked))
    return [c for c in told if c is not None]


def antecedent(candidate: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """For a candidate that starts with a pronoun ("Ia dijatuhi …"), the sentence of its paragraph that names who
    it means: the nearest before it that names a person, over sentences that name no one ("Foto itu …"). "Mereka",
    "Ketiganya" mean several: a sentence naming one person ("Sidang dipimpin … Kompol Bastian Hutagalung.") is
    passed over."""
    text = candidate.sentence.text
    if not goes_on(text):
        return None
    one = not CONTINUES.match(text) or _ONE_PERSON.match(text) is not None
    for index in range(candidate.index - 1, max(candidate.index - 1 - LOOK_AHEAD, -1), -1):
        names = {person.name for person in find_people(candidate.sentences[index].text)}
        if names and (one or len(names) > 1):
            return sibling(candidate, index, ranked)
    return None


def reported_before(question: Question, candidate: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """For a who-said question whose best sentence is no one's speech and names no one ("Personel di ring satu
    tidak diizinkan membawa ponsel pribadi; …"), the sentence before it in its paragraph when that one reports
    someone speaking ("Kabag Ops … Kompol Antonius Pardede menjelaskan, setiap personel …"): the news often goes
    on with what they said. It is quoted first, so the reader sees who was speaking; no speaker is named."""
    if not question.asks_speech or candidate.previous is None:
        return None
    text = candidate.sentence.text
    if is_speech(text) or find_people(text) or not is_speech(candidate.previous.text):
        return None
    return sibling(candidate, candidate.index - 1, ranked)


def about_initialed(
    question: Question, best: Candidate, ranked: list[Candidate], wanted: Callable[[str], bool] | None = None
) -> Candidate | None:
    """For a question about a person it names by rank and initials, when the best sentence does not name them:
    the selector's best sentence of the best one's document (or, when no retrieved sentence of it names them by rank
    and initials, of the best-ranked document one does: `_naming_document`) whose subject they are ("Bripka AS, anggota
    Satlantas, terbukti …", or "Ia …" after it), else the best that names them at all ("Ketiga terperiksa
    berinisial Bripka AS, Brigpol RN, …" is about three people). Not for a who-question: it asks for someone else
    ("Dalam kasus Bripka HS, pejabat siapa yang menyarankan …?"). A sentence naming them that holds what the
    question asks for (`wanted`: a sanction, for "hukuman apa") comes first ("Sidang disiplin … menjatuhkan hukuman
    … kepada Aiptu BW" before "Aiptu BW menyatakan menerima putusan tersebut.")."""
    initials = initialed_person(question)
    if initials is None or question.kind is Kind.WHO:
        return None
    names = naming(initials)
    if names.search(best.sentence.text):
        return None
    subject = re.compile(rf"^(?:(?:{OFFICER_RANKS})\s+)?{initials}\b")
    document = _naming_document(initials, best, ranked)
    same_document = [c for c in ranked if c.chunk.doc_id == document]
    if wanted is not None:  # … in a sentence naming them, or of a paragraph about them alone (`names_only`) that
        # names no one else ("… menjatuhkan penundaan kenaikan pangkat … kepada Brigpol Andi." is Andi's)
        named = next(
            (
                c
                for c in same_document
                if wanted(c.sentence.text)
                and (
                    names.search(c.sentence.text)
                    or (names_only(initials, c.chunk.text) and not names_another(question, c.sentence.text))
                )
            ),
            None,
        )
        if named is not None:
            return named
    for candidate in same_document:
        before = antecedent(candidate, ranked) if _ONE_PERSON.match(candidate.sentence.text) else None
        if subject.match(candidate.sentence.text) or (before is not None and subject.match(before.sentence.text)):
            return candidate
    return next((c for c in same_document if names.search(c.sentence.text)), None)


def names_another(question: Question, text: str) -> bool:
    """Whether the sentence names someone the question does not, other than by a post ("Rekannya, Bripda Markus …,
    dijatuhi …" names another accused; "Majelis yang dipimpin Wakapolres …, Kompol Agustinus …" its chair)."""
    return any(not p.role and not p.named_in(question.text) for p in find_people(text))


def _naming_document(initials: str, best: Candidate, ranked: list[Candidate]) -> str:
    """The document the question's person is asked of: the best sentence's, when one of its retrieved sentences
    names them by rank and initials, else the best-ranked one that does ("Apa sanksi … untuk Bripka DL?" whose best
    sentence is a year-end release's "12 personel dijatuhi teguran lisan …", another document's people); the best
    sentence's when none does."""
    naming_them = [c.chunk.doc_id for c in ranked if initials in initialed_in(c.sentence.text)]
    if not naming_them or best.chunk.doc_id in naming_them:
        return best.chunk.doc_id
    return naming_them[0]


def case_thread(
    question: Question,
    best: Candidate,
    ranked: list[Candidate],
    budget: int,
    corpus: Corpus,
    decides: Callable[[str], bool] = lambda _: False,
) -> list[Candidate]:
    """For a summary of the case of a person the question names by rank and initials ("Rangkum kasus Brigpol DA …",
    or by rank and name: "jelaskan kasus Aipda Kosasih …"), what the best sentence's document says of them, in its
    order: the sentences that name them and the ones that go on about them ("Ia …", "Namun, ia …"; `continuation`),
    with the best sentence, within `budget` characters. The best sentence is kept first, then the ones about them
    alone, earliest first, then those that name others too ("Ketiga terperiksa berinisial Bripka AS, Brigpol RN,
    …"). A summary of a case that names no one ("summarise the Muara Jernih disciplinary case: …") is told by the
    document's sentences naming anyone by rank and initials. Empty unless that document names the person by rank and
    initials (or name) in a retrieved sentence (another document's "Bripda AS" is another person), or when the
    question asks no such summary. The document's paragraphs the retrieval did not reach are read too ("Aipda RK
    terbukti mengumpulkan 212 lembar fotokopi KTP …": the deed, in a paragraph that shares few of the question's
    words).
    The selector rates each sentence alone, so a case's deed, defence and sanction, told over several paragraphs,
    lost to the sentences sharing most of the question's words (bs11: the lead and the Kasi Propam's intro).
    When the document names no one else by rank and initials, a sentence that `decides` the case ("Pimpinan sidang
    … memutuskan … teguran tertulis dan patsus selama 14 hari.") is theirs too, whoever it names, and is kept
    before the rest when the budget runs short."""
    if question.kind is not Kind.SUMMARY:
        return []
    # … or by rank and name when their case is asked ("jelaskan kasus Aipda Kosasih …"; not "Bripka Petrus Rante's
    # polling day", told in the selector's order): `initials` is then that name
    named_by = _CASE_OF_NAMED.search(question.text)
    initials = initialed_person(question) or (named_by.group(1) if named_by else None)
    if initials is None and not _A_CASE.search(question.text):
        return []
    ranked_by = re.compile(rf"\b(?:{OFFICER_RANKS})\s+{initials}\b") if initials else _RANK_AND_INITIALS
    named = naming(initials) if initials else _RANK_AND_INITIALS
    document = [c for c in ranked if c.chunk.doc_id == best.chunk.doc_id]
    if not any(ranked_by.search(c.sentence.text) for c in document):
        return []
    # … only for a named person: a case naming no one would take in "… Bripda AN dalam kasus berbeda"
    if initials:
        document += unreached(corpus.document(best.chunk.doc_id), document, best)
    # … the sentences naming them, and those of a paragraph that names no one else by rank and initials
    # ("Laporan itu disampaikan empat hari setelah penunjukan sang kakak." after "… Briptu HK telah melapor …")
    thread = [c for c in document if named.search(c.sentence.text) or (initials and names_only(initials, c.chunk.text))]
    alone = initials is not None and all(_no_one_else(named, c.sentence.text) for c in document)
    # … and, whoever else the document names, a sentence that names them and decides their case ("EW dijatuhi
    # teguran tertulis, penempatan dalam tempat khusus selama tujuh hari …", below the details of the deed)
    decided = {
        id(c)
        for c in document
        if decides(c.sentence.text)
        and (alone or (initials is not None and named.search(c.sentence.text) and _no_one_else(named, c.sentence.text)))
    }
    thread += [c for c in document if id(c) in decided and c not in thread]
    several = {id(c): len(find_people(c.sentence.text)) > 1 for c in thread}  # and what goes on about them
    for candidate in list(thread):
        after = continuation(candidate, ranked)
        if after is None and candidate.next is not None and _GOES_ON.match(candidate.next.text):
            after = sibling(candidate, candidate.index + 1, ranked)
        if after is not None and after not in thread:
            thread.append(after)
            several[id(after)] = several[id(candidate)]
    if best not in thread:
        thread.append(best)
    thread.sort(key=lambda c: (c is not best, id(c) not in decided, several.get(id(c), False), _in_document(c)))
    kept: list[Candidate] = []
    for candidate in thread:
        if sum(len(c.sentence.text) for c in (*kept, candidate)) <= budget:
            kept.append(candidate)
    return sorted(kept, key=_in_document)


def _no_one_else(named: re.Pattern[str], text: str) -> bool:
    """Whether everyone the text names by rank and initials is the person `named` finds."""
    return all(named.search(m.group(0)) for m in _RANK_AND_INITIALS.finditer(text))


def _in_document(candidate: Candidate) -> tuple[int, int, int]:
    return (candidate.chunk.page or 0, candidate.chunk.paragraph, candidate.index)
