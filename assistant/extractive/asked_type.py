"""What a typed question's quoted sentences must hold: a count for "berapa", a time for "kapan", a legal basis
for "dasar hukum", an amount of money for "berapa denda", a duration in time units for "berapa jam".

Loose on purpose (any digit, number word, month, day, time word, law word, currency), since it refuses. A count
or a date question answered by sentences that hold none cannot be answered right, and its nearest sentences are
then on topic but silent ("seluruh personel menerima …" for "berapa personel …"): the answer says what is
missing instead of quoting them. The same holds of a measure the question names: "Berapa denda …?" is not
answered by "… penundaan kenaikan pangkat selama satu tahun", nor "How many hours of training …?" by a
sentence that counts only letters and articles.
"""

import re

from assistant.coverage import Coverage
from assistant.evidence import ASKS_CLOCK, CLOCK, answer_spans
from assistant.extractive.candidates import Candidate
from assistant.extractive.subject import goes_on, initialed_person, names_another, names_only, naming
from assistant.question import Kind, Question
from lang.people import INITIALS, OFFICER_RANKS, find_people
from lang.vocabulary import DAYS_ID, MONTHS_EN, MONTHS_ID, MONTHS_ID_SHORT, TIME_UNITS, alternation

NUMBER_WORDS = (
    r"satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\w+belas|\w*puluh\w*|\w*ratus\w*|"
    r"\w*ribu\w*|\w*juta\w*|\w*miliar\w*|setengah|separuh|belasan|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozens?|hundreds?|thousands?|millions?"
)
_MONTH_OR_DAY = (
    rf"{alternation(MONTHS_ID + DAYS_ID)}|abad|tahun|bulan|pekan|hari|kemarin|besok|lusa|pagi|siang|sore|malam|"
    r"dekade|masehi|hijriah|era|zaman|periode|sejak|hingga|saat|ketika|sebelum|sesudah|setelah|selama"
)
_LAW_WORDS = r"undang|uu|perpol|perkap|peraturan|pasal|keputusan|instruksi|surat|telegram|hukum|ketetapan|perda|perpres"
ANY_NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.I)
_TIME = re.compile(rf"\d|\b(?:{_MONTH_OR_DAY})\b", re.I)
_NOT_A_YEAR = r"(?!(?:19|20)\d\d(?!\d))"  # a year is no count
_COUNT = re.compile(rf"(?<!\d){_NOT_A_YEAR}\d|\b(?:{NUMBER_WORDS})\b", re.I)

# A duration the question counts in a unit of time ("berapa jam", "how many days"; not "berapa lama", which is
# answered by "1293 hingga 1500" as often as by "lima tahun"): the text must count time in some unit ("1x24 jam",
# "dua minggu", "setahun"; not "Nomor 7 Tahun 2022") or give a span of years ("1509–1602").
# "Ulang tahun … ke berapakah tahun 2005 ini?" asks an ordinal, in a year: no duration.
_ASKS_DURATION = re.compile(rf"(?<!\bke )\b(?:berapa\w*|how many)\s+(?:{TIME_UNITS})\b(?!\s*\d)", re.I)
_HOLDS_DURATION = re.compile(
    rf"(?:\d|\b(?:{NUMBER_WORDS}|beberapa|puluhan|ratusan|a|an))\s*(?:x\s*\d+\s*)?(?:{TIME_UNITS})\b(?!\s*\d)"
    r"|\bse(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|abad|windu)\b"
    r"|\b(?:1\d|20)\d\d\s*(?:[–-]|hingga|sampai)\s*(?:1\d|20)\d\d\b",
    re.I,
)
# A day of the month ("Tanggal berapa …?", "Sebutkan tanggal terbit …", "On what date …?"): a year or a month
# alone does not give it ("Pada tanggal berapa Aristoteles meninggal?" from a passage with only "322 SM"), nor a
# plan without one ("Drafnya masih dibahas"). "Senin (22/8)", "24–26 November", "tanggal 17", "May 5th" do.
_ASKS_DAY = re.compile(r"\btanggal\s+berapa\w*|\b(?:sebutkan|kapan)\s+tanggal\b|\b(?:what|which)\s+date\b", re.I)
_MONTHS_ALL = alternation(MONTHS_ID + MONTHS_ID_SHORT + MONTHS_EN)
_HOLDS_DAY = re.compile(
    rf"(?<![\d/])\d{{1,2}}\s*/\s*\d{{1,2}}(?![\d,.])|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:\s*(?:[–-]|dan|hingga|sampai|and|to)\s*\d{{1,2}})?\s+(?:{_MONTHS_ALL})\b"
    rf"|\b(?:{_MONTHS_ALL})\.?\s+\d{{1,2}}(?!\d)|\btanggal\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)\b",
    re.I,
)
# An amount of money ("berapa denda", "berapa besar anggaran", "how much is the fine"): the text must name a
# currency or a number of thousands, millions … ("Rp 913 miliar", "500 juta", "5,1 miliar dollar AS").
_MONEY = (
    r"denda|uang|biaya|tunjangan|anggaran|dana|gaji|honor\w*|upah|tarif|ongkos|insentif|"
    r"fines?|money|allowances?|budget|costs?|salary|wages?"
)
_ASKS_AMOUNT = re.compile(
    rf"\bberapa\w*\s+(?:rupiah|(?:(?:besar|besaran|jumlah|total|nilai|banyak)\s+){{0,2}}(?:{_MONEY}))\b"
    # "uang saku harian saya berapa?"
    rf"|\b(?:{_MONEY})\b(?:\s+(?!(?:dan|atau|serta)\b)\w+){{0,3}}\s+berapa\b"
    # "Uang makan per hari buat anggota yang jaga TPS … berapa ya?": the money the question opens with, asked last
    rf"|^\W*(?:{_MONEY})\b[^?.!]*(?<!\bTPS )(?<!\bdesa )(?<!\banggota )(?<!\borang )(?<!\bpersonel )(?<!\bkali )"
    r"\bberapa\W*(?:(?:ya|sih|dong|nih|kira-kira)\W*)?$"
    rf"|\bhow much\b(?:\s+\w+){{0,4}}?\s+(?:{_MONEY})\b|\bhow much (?:money|\w+ (?:pay|paid|cost))\b",
    re.I,
)
_HOLDS_AMOUNT = re.compile(
    r"\bRp\.?\s?\d|rupiah|\$|\bdol+ar|\beuros?\b|\byen\b|\b(?:se)?(?:ribu|juta|miliar|milyar|triliun)\b"
    r"|\d\s*(?:ribu|juta|miliar|milyar|triliun|thousand|million|billion)\b|gratis|cuma-cuma",
    re.I,
)

# A sanction ("Bripka AS dijatuhi hukuman apa?", "What punishment was given to …?"): the text must name one the
# press or a rule book names ("teguran tertulis", "penundaan kenaikan pangkat", "demosi", "PTDH", …), not only
# a proposal or a hearing ("… telah diusulkan menjalani sidang disiplin"): a sanction the text only proposes,
# recommends or threatens, or denies ("belum dijatuhi sanksi", "tidak dipecat"), is not the one asked. A rule
# book's "dapat dijatuhi sanksi …" counts: it answers what may be imposed. A transfer is no sanction here (the
# press reports moves that "bukan sanksi"); a demotion is.
SANCTION_LOOK_AT = 3  # the selector's best few sentences, as a lead looks at (`kinds.LOOK_AT`)
SANCTION_ON_TOPIC = 0.2  # … of which a sentence quoted for its sanction holds this share of the question
SANCTION_LOOK_FURTHER = 8  # … or, for one that names the sanction itself, this many (as `kinds.LOOK_AT_DOER`)
# A sanction named only by its kind, which answers no "hukuman apa"
_GENERIC_SANCTION = re.compile(r"\b(?:hukuman|sanksi)\s+(?:disiplin|etik|administratif|tegas)\b", re.I)
_ASKS_SANCTION = re.compile(
    r"\b(?:sanksi|hukuman)(?:nya)?\s+(?:yang\s+\w+\s+)?apa(?:kah)?\b(?!-)"
    # "Jadi hukuman final buat Aipda Kristoforus Bunsu apa?"
    r"|\b(?:sanksi|hukuman)(?:nya)?\s+(?:final|akhir(?:nya)?|terakhir)\b[^?.!]{0,60}?"
    r"(?<!\bdasar )(?<!\bkarena )(?<!\balasan )(?<!\buntuk )(?<!\bsoal )\bapa(?:kah)?\s*\?"
    r"|\b(?:dijatuhi|dikenai|dikenakan|dihukum)\s+(?:sanksi\s+|hukuman\s+)?apa(?:kah)?\b(?!-)"
    r"|\bapa(?:kah)?\s+(?:saja\s+|bentuk\s+)?(?:sanksi|hukuman)\w*\b"
    r"|\bwhat\s+(?:\w+\s+){0,2}(?:punishments?|sanctions?|penalt(?:y|ies)|disciplinary\s+(?:action|measures?))\b"
    r"|\b(?:punishments?|sanctions?|penalt(?:y|ies))\s+(?:was|were|did|has|have)\b"
    r"|\bhow\s+(?:was|were)\s+\w+(?:\s+\w+)?\s+(?:punished|sanctioned|disciplined)\b",
    re.I,
)
_SANCTION = (
    r"teguran|penundaan\s+(?:kenaikan|pendidikan|gaji|kenaikan\s+gaji)|demosi|"
    r"penempatan\s+(?:dalam|di)\s+tempat\s+khusus|patsus|pemberhentian|PTDH|diberhentikan|dipecat|kurungan|"
    r"penjara|denda|permintaan\s+maaf|hukuman\s+disiplin|sanksi\s+(?:berupa|disiplin|etik|administratif|tegas)"
)
_RANK = re.compile(rf"\b(?:{OFFICER_RANKS})\b", re.I)
_NOT_IMPOSED = (
    r"diusulkan|usulan|mengusulkan|direkomendasikan|rekomendasi|merekomendasikan|dituntut|tuntutan\w*|menuntut|"
    r"penuntut|terancam|"
    r"ancaman|akan|(?:belum|tidak|bukan)\s+(?:di\w+|sanksi|hukuman)"
)
_HOLDS_SANCTION = re.compile(rf"^(?:(?!\b(?:{_NOT_IMPOSED})\b).)*?\b(?:{_SANCTION})\b", re.I | re.S)


def asks_sanction(text: str) -> bool:
    """Whether the question (or one ask of it) asks what sanction was imposed."""
    return _ASKS_SANCTION.search(text) is not None


def holds_sanction(text: str) -> bool:
    """Whether the sentence names a sanction, before any word that makes it only proposed, threatened or denied."""
    return _HOLDS_SANCTION.search(text) is not None


def sanction_sentence(
    question: Question, best: Candidate, ranked: list[Candidate], coverage: Coverage
) -> Candidate | None:
    """For a question that asks what sanction, when the best sentence names none itself (none, or only "hukuman
    disiplin"): the first of the selector's best few of its document that does and is about what the question asks
    ("Bripka berinisial RH, yang mengenakan kaus paslon, dijatuhi hukuman penundaan …" after the lead that says what
    the three did; not "Brigpol RN dijatuhi teguran tertulis", another officer's). For an officer the question
    names by initials, only when the best sentence names them, and then a sentence that names them or whose
    paragraph is about them alone (`names_only`); None otherwise."""
    if (
        question.kind is not Kind.WHAT
        or not _ASKS_SANCTION.search(question.text)
        or _names_sanction(best.sentence.text)
    ):
        return None
    initials = initialed_person(question)
    if initials is not None and not naming(initials).search(best.sentence.text):
        return None  # "Aiptu GS dijatuhi sanksi apa?": the sentences about GS (`about_initialed`), or none
    if holds_sanction(best.sentence.text) and initials is None:
        return None
    ranks = {m.group(0).lower() for m in _RANK.finditer(question.text)}  # "the Bripka who …": a Bripka's sanction

    def about_asked(text: str) -> bool:
        named = {m.group(0).lower() for m in _RANK.finditer(text)}
        return ranks <= named and coverage.about(question.groups, text) >= SANCTION_ON_TOPIC

    def of_the_initialed(candidate: Candidate) -> bool:  # names them, or is of a paragraph about them alone
        return initials is None or bool(
            naming(initials).search(candidate.sentence.text) or names_only(initials, candidate.chunk.text)
        )

    same = [c for c in ranked[:SANCTION_LOOK_AT] if c.chunk.doc_id == best.chunk.doc_id]
    found = [
        c for c in same if holds_sanction(c.sentence.text) and about_asked(c.sentence.text) and of_the_initialed(c)
    ]
    named = next((c for c in found if _names_sanction(c.sentence.text)), None)
    if named is not None:
        return named
    # "… dijatuhi hukuman disiplin karena …" names no sanction: the sentence of the same article, a little lower,
    # that does ("Majelis yang dipimpin Wakapolres …, Kompol …, memutuskan hukuman yang lebih ringan, yakni teguran
    # tertulis …"), when it names no other officer of the asked rank
    lower = [c for c in ranked[:SANCTION_LOOK_FURTHER] if c.chunk.doc_id == best.chunk.doc_id]
    decided = next(
        (
            c
            for c in lower
            if _names_sanction(c.sentence.text)
            and not names_another(question, c.sentence.text)
            and of_the_initialed(c)
            and coverage.about(question.groups, c.sentence.text) >= SANCTION_ON_TOPIC
        ),
        None,
    )
    return decided or next(iter(found), None)


def _names_sanction(text: str) -> bool:
    """Whether the sentence names a sanction itself, not only "hukuman disiplin" / "sanksi etik"."""
    return holds_sanction(_GENERIC_SANCTION.sub(" ", text))


# (the question's kind, what it must say for the check to apply, what the quoted text must then hold, the
# template key naming what is missing); the first row whose kind and wording match decides. "Tahun berapa …" is
# classed a count but asks a year ("tanggal berapa" a date); "kota manakah … jumlah …" is classed a count but asks
# a place: only a question that says "berapa"/"how many" is checked for a count.
# "Siapa personel yang didemosi …?": an officer is named by rank and name or initials ("Bripka AS"), which
# "Satu personel lainnya dijatuhi demosi" does not give.
_ASKS_OFFICER = re.compile(
    r"\bsiapa(?:kah)?\s+(?:nama\s+)?(?:personel|polisi|polwan|perwira|bintara|anggota\s+polri)\b"
    r"|\bwhich\s+(?:officer|policeman|policewoman)\b|\bwho\s+(?:was|is)\s+the\s+(?:officer|policeman|policewoman)\b",
    re.I,
)
# A score or a share asked ("What is the minimum passing score …?", "nilai minimal kelulusan", "persentase …"): the
# text must give a number that is no year ("60", "75 persen"); "… cetakan pertama Oktober 2024" does not.
_ASKS_SCORE = re.compile(
    r"\bwhat\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+){0,3}?(?:scores?|percentages?|thresholds?)\b"
    r"|\b(?:nilai|skor)\s+(?:minimum|minimal|maksimum|maksimal|kelulusan|ambang)\b|\bambang\s+batas\b",
    re.I,
)
_HOLDS_SCORE = re.compile(rf"(?<!\d){_NOT_A_YEAR}\d|%|\bpersen\b|\b\w*puluh\b", re.I)
# A posting asked ("Ke satuan mana Bripka YR dimutasi …?", "dipindahkan ke mana", "Where was he transferred?"): the
# text must name where to ("… ke Bagian Pelayanan Markas (Yanma)", "bertugas di Yanma Polda"), not only that a move
# was recommended ("Seksi Propam merekomendasikan mutasi yang bersifat demosi").
_ASKS_POSTING = re.compile(
    r"\b(?:dimutasi|dipindah\w*|ditarik|ditempatkan|mutasi\w*|pindah\w*)\s+ke\s+(?:\w+\s+)?mana\w*\b"
    r"|\bke\s+(?:satuan|unit|bagian|polres|polsek|jabatan)\s+mana\w*\b"
    r"|\bwhere\b[^?]*\b(?:moved|transferred|reassigned|posted|redeployed)\b",
    re.I,
)
_HOLDS_POSTING = re.compile(
    r"\bke\s+(?:[A-Z]|(?:satuan|bagian|unit|polres|polda|polsek|jabatan|jajaran)\b)"
    r"|\b(?:bertugas|ditempatkan|berdinas|menjabat)\s+(?:di|sebagai)\s+[A-Z]"
    # a move's destination, whatever its first word ("Untuk sementara ia dipindahkan ke piket pelayanan SPKT.")
    r"|\b(?:dipindah\w*|dimutasi|ditarik|ditempatkan|digeser|dirotasi)\s+(?:(?:sementara|kembali)\s+)?ke\s+\w"
)
# A briefing on the sanction one officer was given ("Jelaskan sanksi yang dijatuhkan kepada Aipda BR …"): not
# answered by the case's other sentences when none states a sanction (it may not be decided, or not reported).
_SUMMARISES_SANCTION = re.compile(
    r"^\W*(?:jelaskan|sebutkan|rangkum|ringkas)\w*\s+(?:sanksi|hukuman)\s+yang\s+(?:sudah\s+|telah\s+)?"
    rf"(?:dijatuhkan|diberikan|diterima\w*)\s+(?:kepada|pada|untuk|oleh)\s+(?:{OFFICER_RANKS})\b",
    re.I,
)
_NAMES_OFFICER = re.compile(rf"\b(?:{OFFICER_RANKS})\.?\s+[A-Z]|\b(?i:berinisial|inisial|initials?)\s+[A-Z]{{2,}}")
# A telephone or WhatsApp number asked ("nomornya berapa?", "Nomor WA layanan itu berapa?", "What is the hotline
# number?"): the text must give one ("0811-4402-1717", "+62 811 …"), not a count of the calls it took.
_ASKS_PHONE = re.compile(
    r"\bnomor(?:nya)?\s+(?:(?:wa|whatsapp|telepon|telp|hp|ponsel|hotline|kontak|pengaduan)(?:-?nya)?\s+)?berapa\b"
    # "Nomor WA Meja Tanya Netral berapa ya?": the service's name between, "berapa" ending the question (not "Nomor
    # pengaduan Propam sudah menerima berapa laporan?")
    r"|\bnomor\s+(?:wa|whatsapp|telepon|telp|hp|ponsel|hotline|kontak|pengaduan)\s+(?:[\w-]+\s+){1,5}?berapa"
    r"(?:\s+(?:ya|sih|dong|nih))?\s*\?*\s*(?:$|[.?!]\s)"
    r"|\bberapa(?:kah)?\s+nomor\s+(?:wa|whatsapp|telepon|telp|hp|ponsel|hotline|kontak|pengaduan)\b"
    r"|\b(?:phone|telephone|whatsapp|hotline|contact)\s+number\b|\bwhat\s+number\b",
    re.I,
)
_HOLDS_PHONE = re.compile(r"(?:\+62\s?|\b0)\d{2,4}(?:[\s.-]?\d{2,5}){2,3}\b")
# A ballot number ("pesanan paslon nomor urut berapa?", "which ballot number"): a count of something else ("1.500
# kalender") does not give it.
_ASKS_BALLOT_NUMBER = re.compile(r"\bnomor\s+urut\s+berapa\b|\bballot\s+number\b", re.I)
_HOLDS_BALLOT_NUMBER = re.compile(
    rf"\b(?:(?:nomor|no\.?)\s*(?:urut\s+)?|urut\s+)(?:\d+|(?:{NUMBER_WORDS})\b)(?!\s+tahun)|\bpaslon\s+0?\d\b", re.I
)

_CHECKS: tuple[tuple[Kind, re.Pattern[str], re.Pattern[str], str], ...] = (
    *((kind, _ASKS_BALLOT_NUMBER, _HOLDS_BALLOT_NUMBER, "what_ballot_number") for kind in (Kind.HOW_MANY, Kind.WHAT)),
    *((kind, _ASKS_PHONE, _HOLDS_PHONE, "what_how_many") for kind in (Kind.HOW_MANY, Kind.WHAT)),
    *((kind, _ASKS_DAY, _HOLDS_DAY, "what_date") for kind in (Kind.WHEN, Kind.HOW_MANY, Kind.WHAT)),
    (Kind.HOW_MANY, _ASKS_AMOUNT, _HOLDS_AMOUNT, "what_amount"),
    (Kind.HOW_MANY, _ASKS_DURATION, _HOLDS_DURATION, "what_duration"),
    (Kind.HOW_MANY, re.compile(r"\b(?:tahun|tanggal|bulan)\b", re.I), ANY_NUMBER, "what_how_many"),
    (Kind.HOW_MANY, re.compile(r"\b(?:berapa\w*|how (?:many|much))\b", re.I), _COUNT, "what_how_many"),
    (Kind.WHEN, ASKS_CLOCK, CLOCK, "what_when"),
    (Kind.WHEN, re.compile(r"\b(?:kapan\w*|when)\b", re.I), _TIME, "what_when"),
    (Kind.WHO, _ASKS_OFFICER, _NAMES_OFFICER, "what_who"),
    (Kind.LAW, re.compile(r"."), re.compile(rf"\b(?:{_LAW_WORDS})", re.I), "what_law"),
    (Kind.WHAT, _ASKS_SANCTION, _HOLDS_SANCTION, "what_sanction"),
    *((kind, _SUMMARISES_SANCTION, _HOLDS_SANCTION, "what_sanction") for kind in (Kind.WHAT, Kind.SUMMARY)),
    (Kind.WHAT, _ASKS_SCORE, _HOLDS_SCORE, "what_how_many"),
    (Kind.WHERE, _ASKS_POSTING, _HOLDS_POSTING, "what_where"),
)


# The asks whose answer takes a form of its own: a telephone or ballot number, a day, an amount, a duration, a
# posting (`_CHECKS`' rows that answer_spans does not read).
_FORMS = tuple(
    row
    for row in _CHECKS
    if row[2] in (_HOLDS_BALLOT_NUMBER, _HOLDS_PHONE, _HOLDS_DAY, _HOLDS_AMOUNT, _HOLDS_DURATION, _HOLDS_POSTING)
)


def asked_form(kind: Kind, ask: str) -> re.Pattern[str] | None:
    """What a sentence must hold to answer `ask` when the ask wants a form of its own ("Berapa nomor WhatsApp …"
    → a telephone number, not a count; "… dipindahkan ke mana?" → a destination, not a place "di …"); None
    otherwise."""
    return next((holds for k, asks, holds, _ in _FORMS if k is kind and asks.search(ask)), None)


# A person the question names only by rank and initials, as the press names the accused ("Siapa nama lengkap
# Bripka RH?", "the full name of the officer with the initials FR"): the quoted text must name someone whose
# name has those initials ("Rudi Hartono"); else it names someone else, or no one.
_ASKS_INITIALED = re.compile(
    r"\b(?i:(?:nama|name)(?:\s+(?:lengkap|asli|sebenarnya))?|full name|real name|siapa(?:kah)?)\s+"
    r"(?i:(?:of|dari|the|an?|anggota|polisi|police|officer|suspect|tersangka|personel|berpangkat|with)\s+){0,6}"
    rf"(?:{OFFICER_RANKS}|(?i:berinisial|inisial|initials?))\s+{INITIALS}"
)


# A full name asked of someone the question describes ("the full name of the Brigpol whose wife …"): quoted text
# that names a person only by rank or "berinisial" and initials ("Brigpol berinisial KS") does not give it.
_ASKS_FULL_NAME = re.compile(r"\b(?:nama\s+(?:lengkap|asli|sebenarnya)|full name|real name)\b", re.I)
_ONLY_INITIALS = re.compile(rf"\b(?:{OFFICER_RANKS}|(?i:berinisial|inisial|initials?))\s+{INITIALS}")


def _initials_missing(question: Question, quoted: list[str]) -> bool:
    """Whether the question asks the name of someone it names only by initials, and no person the quoted text
    names has exactly those initials ("Rudi Hartono" for RH; not "Aula Mapolres" for AM, which is no person); or
    asks a full name, and the quoted text names someone by initials and no one by a name ("Bripka Suparman" is
    one, however short)."""
    asked = _ASKS_INITIALED.search(question.text)
    if asked is None:
        return (
            _ASKS_FULL_NAME.search(question.text) is not None
            and any(_ONLY_INITIALS.search(text) for text in quoted)
            and not any(re.search(r"[a-z]", person.name) for text in quoted for person in find_people(text))
        )
    letters = asked.group(1)
    for text in quoted:
        for person in find_people(text):
            if "".join(word[0] for word in person.name.split() if word[:1].isupper()) == letters:
                return False
    return True


_ENUMERATOR = re.compile(r"^\W*\d{1,2}[.)]\s+")


def missing_type(
    question: Question,
    quoted: list[str],
    paragraphs: list[str] | None = None,
    coverage: Coverage | None = None,
) -> str | None:
    """The template key of what the question asks for and no quoted sentence holds, or None; `paragraphs`, each
    quoted sentence's paragraph, tells whom a sentence that names no one is about; `coverage`, which are about the
    asked event."""
    if _initials_missing(question, quoted):
        return "what_full_name"
    for kind, asks, holds, what in _CHECKS:
        if holds is _NAMES_OFFICER and question.asks_speech:
            continue  # who said it: the quote's speaker may be named where the article introduced them
        if question.kind is kind and asks.search(question.text):
            # a count is not the day of a date: "… di Gedung Serbaguna, Rabu (18/9/2024)" counts no one; nor the
            # number of a list's item ("5. menyumbang untuk kegiatan sosial, …")
            texts = [_without_calendar_dates(_ENUMERATOR.sub("", t)) for t in quoted] if holds is _COUNT else quoted
            if holds is _HOLDS_SANCTION:  # another officer's sanction is not the asked one's
                texts = _about_initialed(question, texts, paragraphs or [])
            if holds is _TIME and coverage is not None:  # another event's time is not the asked one's
                texts = _about_the_event(question, texts, coverage)
            if holds is _HOLDS_DURATION:  # "how many hours" is not answered by "dua tahun"
                texts = _in_the_asked_unit(question, texts)
            if not any(holds.search(text) for text in texts):
                return what
            if holds is not _COUNT:
                return None
            return _counts_only_the_asked(question, texts) or _item_uncounted(question, quoted[0] if quoted else "")
    return None


# The items of a list a sentence gives ("teguran tertulis, penundaan … paling lama 1 (satu) tahun, penundaan
# kenaikan gaji berkala, …"), and the words an item must share with the question to be the one it names.
_ITEM_BREAK = re.compile(r"[,;:]\s*(?:(?:dan|atau|serta)\s+)?|\s+(?:dan|atau|serta)\s+")
_MIN_ITEMS = 3
_MIN_SHARED = 2
_ASKS_LENGTH = re.compile(r"\b(?:berapa\s+lama|how\s+long)\b", re.I)


# Each time unit's words, Indonesian and English, by the unit.
_UNITS = {
    "second": ("detik", "second"),
    "minute": ("menit", "minute"),
    "hour": ("jam", "hour"),
    "day": ("hari", "day"),
    "week": ("minggu", "pekan", "week"),
    "month": ("bulan", "month"),
    "year": ("tahun", "year"),
}


def _in_the_asked_unit(question: Question, texts: list[str]) -> list[str]:
    """The texts that give a duration in the unit the question asks for ("berapa jam", "how many hours"); all of
    them when it names none the table knows."""
    asked = _ASKS_DURATION.search(question.text)
    unit = next(
        (u for u, forms in _UNITS.items() if asked and asked.group(0).lower().split()[-1].startswith(forms)), None
    )
    if unit is None:
        return texts
    forms = "|".join(_UNITS[unit])
    given = re.compile(
        rf"(?:\d|\b(?:{NUMBER_WORDS}|beberapa|puluhan|ratusan|a|an))\s*(?:{forms})\w*\b|\bse(?:{forms})\b", re.I
    )
    return [text for text in texts if given.search(text)]


def _item_uncounted(question: Question, best: str) -> str | None:
    """What is missing when a question asks how long, the best quoted sentence lists items, some with a number,
    and the one item the question names has none ("Kalau saya kena penundaan kenaikan gaji berkala, berapa lama
    ditundanya?" from "…, penundaan kenaikan pangkat paling lama 1 (satu) tahun, penundaan kenaikan gaji berkala,
    …": the other items' numbers are not its); None otherwise."""
    if not _ASKS_LENGTH.search(question.text):
        return None  # a count is often given beside the words it counts in another clause; a length, with its item
    items = [item for item in _ITEM_BREAK.split(best) if item.strip()]
    if len(items) < _MIN_ITEMS:
        return None
    asked = {w.lower() for w in re.findall(r"\w{4,}", question.text)}
    shared = [len(asked & {w.lower() for w in re.findall(r"\w{4,}", item)}) for item in items]
    top = max(shared)
    named = items[shared.index(top)]
    if top < _MIN_SHARED or shared.count(top) > 1 or _NUMBER.search(named):
        return None
    if not any(_NUMBER.search(item) for item in items):
        return None
    return "what_duration"


def _about_the_event(question: Question, texts: list[str], coverage: Coverage) -> list[str]:
    """The quoted sentences a time of the asked event can come from: when some of them share a word of the question
    beyond its names and the domain's everyday words, those ("Kapan sidang Komisi Kode Etik Polri … digelar?" is
    not answered by "… hingga akhir Oktober 2024 pihaknya telah menerima 17 laporan …", which shares only the
    Polda's name with it, when "… satu kasus ke sidang Komisi Kode Etik Polri" is quoted too); all of them when
    none does (the event in other words: "Proklamasi …" for "Kapan Indonesia merdeka?")."""
    stem = coverage.analyzer.stem
    named = {stem(word) for group in question.entities for name in group for word in name.split()}
    event = tuple(group for group in question.groups if not named.intersection(group))
    about = [text for text in texts if event and coverage.about(event, text) > 0]
    return about or texts


def _about_initialed(question: Question, texts: list[str], paragraphs: list[str]) -> list[str]:
    """The sentences about the person the question names by rank and initials: those naming the initials, those
    of a paragraph that names them and no one else so ("Majelis menjatuhkan teguran tertulis …" after "Terperiksa
    pertama, Bripka TN, …") and, when one does, those that go on about someone ("Ia dijatuhi …" quoted with
    "Bripka AS …"); all of them when the question names no one so."""
    initials = initialed_person(question)
    if initials is None:
        return texts
    pattern = naming(initials)
    own = {text for text, paragraph in zip(texts, paragraphs, strict=False) if names_only(initials, paragraph)}
    named = [text for text in texts if pattern.search(text) or text in own]
    return named + [text for text in texts if named and goes_on(text) and text not in named]


# A whole number, digits ("2.340", "1,5", "17", the "3" of "3km", the "1" of "1x24 jam") or number words ("lima
# belas" as one); not a year, a date ("27/11/2024", "25 September") nor the number of a law or its article ("Nomor 2
# Tahun 2003", "Pasal 28 ayat (1)"): they count nothing. Nor "salah satu", "one of": a choice, not a count.
_MONTH = alternation(MONTHS_ID + MONTHS_EN)
_NUMBER_PHRASE = rf"(?:{NUMBER_WORDS})(?:\s+(?:belas|{NUMBER_WORDS}))*"
_NUMBER = re.compile(
    rf"(?<![\w.,/])(?<!Nomor )(?<!No\. )(?<!Pasal )(?<!ayat \(){_NOT_A_YEAR}\d+(?:[.,]\d+)*(?![\d/]|[.,]\d)"
    rf"(?!\s+(?:{_MONTH})\b)"
    rf"|(?<!salah )\b{_NUMBER_PHRASE}\b(?!\s+of\b)",
    re.I,
)


def _counts_only_the_asked(question: Question, texts: list[str]) -> str | None:
    """What is missing when every number the quoted text gives is one the question itself gives ("dari 17 akun …,
    berapa yang berasal dari Polresta Teluk Baruh?" is not answered by "… menemukan 17 akun …"), or gives none but
    the digits of a law or a date; None otherwise, and when the question gives no number."""
    asked = {" ".join(m.group(0).lower().split()) for m in _NUMBER.finditer(_without_calendar_dates(question.text))}
    given = {" ".join(m.group(0).lower().split()) for text in texts for m in _NUMBER.finditer(text)}
    if not asked or not given <= asked:
        return None
    return "what_new_count" if given else "what_how_many"


def _without_calendar_dates(text: str) -> str:
    """The text without its calendar dates ("Rabu (18/9/2024)", "18 September 2024")."""
    for date in answer_spans(Kind.WHEN, text):
        text = text.replace(date, " ")
    return text
