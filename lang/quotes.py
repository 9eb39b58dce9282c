"""Who said what: direct quotes and reported speech in news paragraphs, each with its resolved speaker.

A direct quote is text in quotation marks attributed by a speech verb ("…,” kata Kompol Ainun." /
"…,” jelasnya."); reported speech is "X mengatakan/menegaskan/… (bahwa) …", "Menurutnya, …" or "kata X, …"
without quotation marks. The speaker is resolved to the person as the article introduced them, with rank
and role ("jelasnya" → the last person named before; "Kompol Hari" → "Kompol Hari Kurniawan, Wakapolres
Jombang"). Quotes keep the source's words exactly; a paraphrase is marked `reported`, never `direct`.
"""

import re
from dataclasses import asdict, dataclass

from lang.people import BODY_WORDS, RANKS, Person, find_people, find_role_mentions, is_role_word, resolve
from lang.sentences import quote_units
from lang.vocabulary import REPORTING_VERBS, SPEECH_ROOTS, alternation

SPEECH_VERB = rf"(?:{alternation(SPEECH_ROOTS)})(?:nya)?"
_AFTER_QUOTE = re.compile(rf"[,.!?][\"”’]\s+(?P<verb>{SPEECH_VERB})(?P<rest>[^.]*)")
REPORTED_VERB = re.compile(rf"\b(?:{alternation(REPORTING_VERBS)})\b|\bmenurut(?:nya)?\b|\bkata\b", re.I)
# A speaker referred to, not named: "jelasnya", "ucap dia", "Ia menambahkan", "Menurutnya".
# … or by a description that points back to them: "kata mantan Kasat Binmas Polres Air Kelabu tersebut", "ujar
# perwira menengah itu" (not "kata Kapolres soal kasus itu": a preposition makes "itu" the case's).
_POINTING_BACK = (
    rf"\b{SPEECH_VERB}\s+(?:(?!(?:terkait|tentang|soal|mengenai|kepada|di|saat|ketika|pada|dalam|usai|dengan)\b)"
    r"[\w.-]+\s+){1,8}(?:tersebut|itu)\W*$"
)
_PRONOUN = re.compile(
    rf"\b{SPEECH_VERB}(?:nya|\s+(?:dia|ia|beliau))\b|^(?:Ia|Dia|Beliau)\b|\bmenurut(?:nya|\s+(?:dia|ia|beliau)\b)|,\s*(?:ia|dia|beliau)\s+\w+kan\b"
    rf"|{_POINTING_BACK}",
    re.I,
)
_SPEECH_WORD = re.compile(rf"\b{SPEECH_VERB}\b")
# A speech attribution that names its speaker by a bare word: "kata Rahmat", "ujar AKBP Dewi", "Rahmat (kembali)
# menyebutkan".
# … or says what they think or did ("Komisioner Kompolnas Arief … menilai …", then "…,” katanya."): a civilian
# the person index does not know, who is then what the pronoun means; also past a relative clause between commas
# ("Dosen … Universitas Kondelu, Dr. Gardiman Sualang, yang menjadi pembicara dalam diskusi itu, menilai …").
# (only before the verb: "berharap Pemilu …" names no speaker after it)
_REPORTING = alternation(REPORTING_VERBS)
_OPINION = alternation(
    (
        *REPORTING_VERBS,
        "menilai",
        "mengaku",
        "mengakui",
        "berharap",
        "menganggap",
        "memaparkan",
        "menuturkan",
        # "Ikhsan memberi penjelasan dari sisi pengawas pemilu. “…,” katanya."
        "menanggapi",
        "menjawab",
        "memberi penjelasan",
        "memberikan penjelasan",
        "memberi tanggapan",
        "memberikan tanggapan",
    )
)
_NAMED_ATTRIBUTION = re.compile(
    rf"\b(?:{SPEECH_VERB}|{_REPORTING})\s+(?:(?:{RANKS})\.?\s+)?(?P<after>[A-Z][a-z][\w'’-]*)"
    rf"|\b(?P<before>[A-Z][a-z][\w'’-]*)(?P<relative>,\s*yang\s+[^,.“”\"]{{1,80}},)?\s+"
    rf"(?:(?:juga|kembali|pun|lalu|kemudian|pula)\s+)?(?:{_OPINION})\b"
)
# "… pernyataan Kasi Humas …, AKP Amiruddin Dalimunthe, yang pada Senin (18/11/2024) menyebut …": the person the
# relative clause follows said it ("menyebut" after a name is otherwise what was said of someone: "Haryo menyebut
# Rahmat melihat …")
_RELATIVE_SAID = re.compile(r",\s*yang\s+(?:[^,.“”\"]{0,40}?\s)?menyebut(?:kan)?\b")
_NOT_A_NAME = frozenset("Ia Dia Beliau Menurut Ketua Kepala Anggota Wakil Koordinator Juru Bicara Sementara".split())
# A speaker described by what the text said they did: "tutur perwira menengah yang memimpin sidang itu".
_DESCRIBED = re.compile(
    r"\s+(?:[\w.-]+\s+){1,4}?yang\s+(?P<verb>(?:me|ber)\w{4,})\s+(?P<object>\w{4,})(?:\s+\w+)?\s+(?:itu|tersebut)\b",
    re.I,
)
# The words just before a person named after a speech word that make them the speaker: "kata Kapolres AKBP …",
# "ujar mantan Kasat Binmas AKP …", "Menurut keterangan Kasi Propam Iptu …", "kata salah satu anggota, Bripka …".
# Not a reporting verb's object ("mengatakan Aipda RK terbukti …", "meminta Aipda RK tidak …"): what was said.
# Not one after "Menurut dia, …": the pronoun is the speaker, the person named after it is what was said.
_NAMED_AFTER = re.compile(rf"\b(?:{SPEECH_VERB}|[Kk]ata|[Mm]enurut)(?!\s+(?:dia|ia|beliau)\b)\s+[^.;“”\"]{{0,80}}$")
_NAMED_AFTER_REACH = 120  # characters looked back from the name for that word
# Between a person and the reporting verb they are the subject of: a post, a clause between commas, no sentence end.
_SUBJECT_REACH = 80
# … and the posts and region words a civilian's name follows ("Komisioner Kompolnas …", "Kabupaten Lembo …")
_NOT_GIVEN_NAME = _NOT_A_NAME | frozenset(
    "Komisioner Direktur Sekretaris Pengamat Dosen Komandan Lurah Pimpinan Tokoh Warga Plt Plh Pj "
    "Kabupaten Kota Kecamatan Desa Kelurahan Provinsi".split()
)
_NAME_WORDS = 3  # a civilian's given names before the last one, at most
_ROOT_TAIL = 5  # letters of a verb its active and passive forms share ("memimpin", "dipimpin": "impin")
_QUOTED = re.compile(r"[“\"](?P<words>[^“”\"]{12,}?)[”\"]")


@dataclass(frozen=True)
class Quote:
    chunk_id: str
    kind: str  # "direct" (words in quotation marks) | "reported" (paraphrase attributed to someone)
    words: str  # direct: the quoted words exactly; reported: the whole sentence
    sentence: str  # the verbatim sentence (or multi-sentence quotation unit) it comes from
    speaker: str  # "Kompol Ainun Djariyah"
    role: str  # "Kapolsek Bululawang" ("" when the article gives none)
    resolved_from: str  # "" when named in the sentence, else the chunk id where the speaker was introduced

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Quote":
        return cls(**data)


def is_speech(sentence: str) -> bool:
    """A quotation or reported speech ("…,” kata X." / "X menegaskan bahwa …")."""
    return bool(re.search(r"[\"“”]", sentence) or _SPEECH_WORD.search(sentence) or REPORTED_VERB.search(sentence))


_ACCORDING_TO_NAME = re.compile(r"^\W*Menurut\s+([A-Z][a-z][\w'’-]*)\s*,")


def speaker(sentence: str, before: str) -> tuple[Person | None, bool]:
    """Who is quoted or reported in `sentence`, given the document text `before` it.

    Returns (person, named_here): named_here is False when the sentence only has a pronoun ("ujarnya") and
    the speaker was resolved from the text before it.
    """
    known = find_people(before)
    known = find_people(before, known)  # with later bare-name mentions ("Hendra juga …"): the last one counts
    here = find_people(sentence, known)
    attribution = _AFTER_QUOTE.search(sentence)
    if attribution:
        named = [p for p in here if p.start >= attribution.start()]
        if named:
            return resolve(named[0], known + here), True
        introduced = _introduced_by_name(attribution.group(0), before)
        if introduced is not None:
            return introduced, True
        described = _DESCRIBED.match(attribution.group("rest"))
        if described:  # "tutur perwira menengah yang memimpin sidang itu": who the text said led the hearing
            return _described_speaker(described.group("verb"), described.group("object"), before, known), False
        if _PRONOUN.search(attribution.group(0)[2:].strip()):
            return _pronoun_speaker(known, before), False
    if _SPEECH_WORD.search(sentence) or REPORTED_VERB.search(sentence) or _RELATIVE_SAID.search(sentence):
        # the speaker is the verb's subject, or follows "kata"/"menurut": not a person the reported words are
        # about ("Ketua Bawaslu … Yohanes Tarigan mengatakan … perbuatan Aipda RK …", when the chair, a civilian
        # without rank, is no person the index knows)
        here = [p for p in here if _speaks(sentence, p)]
        if here:
            return resolve(here[0], known + here), True
        # "Menurut Rosdiana, …": a civilian the person index does not know, by the one full name the text gave
        according = _ACCORDING_TO_NAME.match(sentence)
        civilian = _own_full_name(according.group(1), before) if according else None
        if civilian is not None:
            return civilian, False
        by_role = [p for role in find_role_mentions(sentence) for p in reversed(known) if p.role_normalized == role]
        if by_role:  # "Kapolresta Magelang menekankan bahwa ..." names the post, not the person
            return resolve(by_role[0], known), False
        if known and _PRONOUN.search(sentence):
            return _pronoun_speaker(known, before), False
    return None, False


_ACADEMIC_TITLE = r"(?:Dr|Prof|Ir|H|Hj|Drs)\.?"  # "Dr. Laras Wibisana", "Prof. …"
# A quote attributed in the sentence after it: "“…”" then "Pertimbangan tersebut dibacakan Sutanto sebelum …",
# "Penilaian itu datang dari Dr. Laras Wibisana, pengamat …", "Kalimat itu diucapkan oleh Kapolres …".
_ATTRIBUTED_AFTER = re.compile(
    r"^\W*(?:[A-Z]\w+\s+){1,2}(?:itu|tersebut)\s+(?:\w+\s+)?"
    r"(?:dibacakan|disampaikan|diucapkan|dilontarkan|dikemukakan|diutarakan|datang\s+dari|berasal\s+dari)\s+"
    rf"(?:oleh\s+)?(?:{_ACADEMIC_TITLE}\s+)*"
)


def attributed_after(next_sentence: str) -> Person | None:
    """The speaker of a direct quote that stands alone, as the sentence after it names them ("Penilaian itu datang
    dari Dr. Laras Wibisana, pengamat …" → Laras Wibisana; "… dibacakan Sutanto sebelum …" → Sutanto; "… oleh
    Kapolres AKBP Rudi Hartono" → AKBP Rudi Hartono): what that sentence itself says, so that it supports the
    name; None when it attributes nothing."""
    said = _ATTRIBUTED_AFTER.match(next_sentence)
    if said is None:
        return None
    rest = next_sentence[said.end() :]
    ranked = [p for p in find_people(rest) if p.start <= len(rest) - len(rest.lstrip()) or _post(rest[: p.start])]
    if ranked:
        return ranked[0]
    name = re.match(r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}", rest)
    if name is None or name.group(0).split()[0] in _NOT_A_NAME or is_role_word(name.group(0)):
        return None
    return Person(name=name.group(0))


def _post(text: str) -> bool:
    """Whether the text is only a post's title, in capitals ("Kabid Propam " before "Kombes Pol Anwaruddin …")."""
    return is_role_word(text.strip()) and all(word[:1].isupper() for word in text.split())


def _introduced_by_name(attribution: str, before: str) -> Person | None:
    """The person a quote's attribution names by a bare name the person index does not know ("…,” ujar
    Nurhayati." after "Anggota Bawaslu … yang membidangi penanganan pelanggaran, Nurhayati Simanjorang,
    mengatakan …"): the one full name the text before gives that starts with it. None when it gives none, or
    two ("Nurhayati Simanjorang" and "Nurhayati Lubis": which one is not certain)."""
    match = _NAMED_ATTRIBUTION.search(attribution)
    name = match.group("after") if match else None
    if not name or name in _NOT_A_NAME or is_role_word(name):
        return None
    return _full_name(name, before)


def _full_name(name: str, before: str) -> Person | None:
    """The one full name the text gives that starts with the bare `name` ("Ikhsan Paturusi" for "Ikhsan"), or
    None when it gives none or two."""
    full = {m.group(0) for m in re.finditer(rf"\b{re.escape(name)}(?:\s+[A-Z][a-z][\w'’-]*){{1,2}}\b", before)}
    return Person(name=full.pop()) if len(full) == 1 else None


def _speaks(sentence: str, person: Person) -> bool:
    """Whether a person named in a sentence of speech can be its speaker: the subject of a reporting verb after
    them ("Lebih lanjut, Kasat Binmas AKP Rudi … mengatakan"), or named after a speech word, "kata" or "menurut"
    ("…, kata Kompol Ainun"). Not the object of a verb ("meminta Aipda RK …") nor one the words are about."""
    after = sentence[person.end :]
    if _RELATIVE_SAID.match(after):
        return True
    verb = REPORTED_VERB.search(after) or _SPEECH_WORD.search(after)
    if verb is not None and verb.start() <= _SUBJECT_REACH and "." not in after[: verb.start()].rstrip("."):
        return True
    return bool(_NAMED_AFTER.search(sentence[max(0, person.start - _NAMED_AFTER_REACH) : person.start]))


def _described_speaker(verb: str, thing: str, before: str, known: list[Person]) -> Person | None:
    """The one person the text before names in a sentence that does the described act to the described thing
    ("Sidang … dipimpin Karo SDM … Kombes Pol Anwar Sadikin Hutapea" for "yang memimpin sidang itu"): the act's
    root (the verb's last letters, which "memimpin" and "dipimpin" share) and the thing. None unless exactly one."""
    root = verb[-_ROOT_TAIL:].lower()
    doers: dict[tuple[str, str], Person] = {}
    for unit in quote_units(before):
        acts = list(re.finditer(rf"\b\w*{root}\b", unit.text, re.I))
        if not acts or not re.search(rf"\b{re.escape(thing)}\b", unit.text, re.I):
            continue
        for p in find_people(unit.text):
            if any(_does(p, act, unit.text) for act in acts):
                doers[(p.rank, p.name)] = p
    return resolve(next(iter(doers.values())), known) if len(doers) == 1 else None


def _does(person: Person, act: re.Match[str], text: str) -> bool:
    """Whether the person is the doer of the act: named just after its passive form ("dipimpin Karo SDM …
    Kombes Pol Anwar", posts and names between) or just before its active one ("Kombes Pol Anwar memimpin …"),
    not the one it is done to ("Sidang terhadap Aipda RK dipimpin …")."""
    if act.group(0).lower().startswith("di"):
        between = text[act.end() : person.start]
        return person.start >= act.end() and re.fullmatch(r"(?:\s*(?:oleh\s+)?[A-Z][\w.-]*)*\s*", between) is not None
    return person.end <= act.start() and len(text[person.end : act.start()].split()) <= 2


def _pronoun_speaker(known: list[Person], before: str) -> Person | None:
    """Whom "ujarnya" / "kata dia" / "Ia menambahkan" means: the last person mentioned, unless the text after that
    mention attributes speech or a judgement to someone else by a bare name the person index does not know (a
    civilian introduced without rank: "…, Rahmat Hidayatullah, mengajak …" then "kata Rahmat"; "Ketua Bawaslu …
    Yuliana Sombolinggi menilai …"): then the pronoun means that civilian, when the last such attribution names
    them and the text gives their name in one way only; otherwise the speaker is not certain."""
    since = [
        m
        for m in _NAMED_ATTRIBUTION.finditer(before, known[-1].end if known else 0)
        if (name := m.group("after") or m.group("before")) not in _NOT_A_NAME
        and not is_role_word(name)
        and not (known and name in known[-1].name.split())
        and _set_off(m, before)
    ]
    if since:
        return _civilian(since[-1], before)
    return resolve(known[-1], known) if known else None


_TITLES_AND_NAME = re.compile(rf"(?:(?:{_ACADEMIC_TITLE}|[A-Z][a-z][\w'’-]*)\s+)*$")


def _set_off(attribution: re.Match[str], before: str) -> bool:
    """A judgement after a relative clause names its judge only when the name is itself set off by commas ("…
    Universitas Kondelu, Dr. Gardiman Sualang, yang …, menilai"), not a body's report ("Laporan Lembaga Pemantau
    Suara Rakyat, yang dirilis Selasa lalu, menilai …")."""
    if not attribution.group("relative"):
        return True
    ahead = _TITLES_AND_NAME.sub("", before[: attribution.start("before")])
    return ahead.rstrip().endswith(",")


def _civilian(attribution: re.Match[str], before: str) -> Person | None:
    """The civilian a bare-name attribution means: "kata Rahmat" → the one full name starting with it that the
    text gives; "… Komisioner Kompolnas Arief Santosa Wibowo menilai" → the capitalised words before the name
    that are theirs alone: not a post's office or place ("Ketua Bawaslu Sombolinggi", "Kapolresta Magelang": no
    one) nor a word the text used before for something else ("Kompolnas", "Lembo Tinalu" of "Polres Lembo
    Tinalu")."""
    if attribution.group("after"):
        return _introduced_by_name(attribution.group(0), before)
    name = attribution.group("before")
    ahead = before[: attribution.start("before")].split()[-_NAME_WORDS:]
    run: list[str] = []
    for word in reversed(ahead):
        if not re.fullmatch(r"[A-Z][a-z][\w'’-]*", word) or word in _NOT_GIVEN_NAME or is_role_word(word):
            break
        run.insert(0, word)
    if len(run) < len(ahead):  # the word after a post's head names its office ("Ketua Bawaslu …")
        head = ahead[len(ahead) - len(run) - 1]
        if head in _NOT_GIVEN_NAME or is_role_word(head):
            run = run[1:]
    earlier = before[: attribution.start("before")]  # not a later mention of theirs ("Menurut Rosdiana, …")
    while run and len(re.findall(rf"(?<![\w'’-]){re.escape(run[0])}(?![\w'’-])", earlier)) > 1:
        run = run[1:]
    # a bare word after a post is its place, not a name ("Kapolresta Magelang menegaskan …"): a civilian is named
    # by at least two words of their own; a bare name opening its sentence by the full name it starts ("Ikhsan
    # memberi penjelasan …" after "… Ketua Bawaslu Provinsi Ikhsan Paturusi.")
    if run:
        return Person(name=" ".join([*run, name]))
    opens = re.search(r"(?:^|[.!?”\"]\s+)$", before[: attribution.start("before")]) is not None
    return _own_full_name(name, before) if opens else None


def _own_full_name(name: str, before: str) -> Person | None:
    """The one full name the text gives that starts with the bare `name` and is a person's own names, not a post
    ("Kapolres Lanau Hulu"), a body and its region ("Bawaslu Kabupaten Lembo") or a word that names no one."""
    if name in BODY_WORDS or name in _NOT_A_NAME or is_role_word(name):
        return None
    full = _full_name(name, before)
    own = full is not None and not any(w in _NOT_GIVEN_NAME or is_role_word(w) for w in full.name.split()[1:])
    return full if own else None


def extract_quotes(paragraphs: list[tuple[str, str]]) -> list[Quote]:
    """Quotes of one document, from its (chunk id, text) paragraphs in order."""
    quotes: list[Quote] = []
    before: list[str] = []
    introduced: list[tuple[str, Person]] = []  # where each person was first named, to cite the introduction
    for chunk_id, text in paragraphs:
        for unit in quote_units(text):
            context = "\n\n".join([*before, text[: unit.start]])
            direct = list(_QUOTED.finditer(unit.text))
            is_speech = bool(direct and _AFTER_QUOTE.search(unit.text)) or bool(REPORTED_VERB.search(unit.text))
            if is_speech:
                person, named_here = speaker(unit.text, context)
                if person is not None:
                    origin = "" if named_here else _introduction(person, introduced)
                    for kind, words in _spoken(unit.text, direct):
                        quotes.append(
                            Quote(
                                chunk_id,
                                kind,
                                words,
                                unit.text,
                                f"{person.rank} {person.name}".strip(),
                                person.role,
                                origin,
                            )
                        )
            for person in find_people(unit.text):
                if person.role:
                    introduced.append((chunk_id, person))
        before.append(text)
    return quotes


def _spoken(sentence: str, direct: list[re.Match[str]]) -> list[tuple[str, str]]:
    """Direct quotes when the sentence is a quotation with its attribution; otherwise the whole sentence is
    reported speech (a quoted programme name inside it, "program “Cooling System”", is no quote)."""
    if direct and _AFTER_QUOTE.search(sentence):
        return [("direct", m.group("words").strip().rstrip(",")) for m in direct]
    return [("reported", sentence)]


def _introduction(person: Person, introduced: list[tuple[str, Person]]) -> str:
    for chunk_id, known in introduced:
        if known.name == person.name:
            return chunk_id
    return ""
