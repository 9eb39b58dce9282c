"""A fact the source says is not known yet: "Kapan terbitnya belum bisa saya pastikan", "Berapa yang akan berlanjut
ke sidang disiplin … belum dapat dipastikan", "identitas anggota belum dapat disampaikan".

News often reports what is still open. A question that asks exactly that (when the revised booklet comes out, how
many cases go to a hearing, who the officer is) finds the sentence that says so among its best, beside sentences
on the same topic that hold another date or count; quoting those answers what was not asked. The honest answer is
that the source does not know yet, with the sentence that says so; unless the selector's best sentence gives
something of the asked kind the question does not.

The sentence must say what is open in the question's own terms: a time ("kapan", "jadwal", "tanggal") for a
when-question, a number ("berapa", "jumlah") for a how-many one, an identity ("siapa", "identitas", "nama") for a
who-question, a place ("di mana", "lokasi") for a where-question, a cause ("penyebab", "alasan") for a why-question;
or the same "mana" of a which-question, the same "X atau tidak" of a whether-question, or, for "Siapa … yang <act>",
a sentence that names the act and no one and says it is still being traced.
"""

import re

from assistant.evidence import new_spans
from assistant.extractive.candidates import Candidate, own_document, sibling
from assistant.extractive.compound import DOER_ASKED
from assistant.extractive.reply import QUESTION, reply_to
from assistant.question import Kind, Question
from assistant.rerank import Ranking
from lang.people import find_people
from lang.sentences import split_sentences
from lang.terms import Analyzer, words
from lang.vocabulary import POLICE_POSTS

LOOK_AT = 4  # the selector's best sentences a not-yet-known statement is looked for among (and their next ones)
ON_TOPIC = 0.15  # … which must hold this share of the question's specific terms

_TRACED = r"\bmasih\s+(?:di|me)?(?:telusuri|nelusuri|selidiki|nyelidiki|lacak|cari|ncari)\b"
# "belum dapat dipastikan", "belum bisa saya pastikan", "tidak diketahui", "belum bersedia menyebutkan", "belum jelas";
# not "agar tidak diketahui atasannya" (a purpose), nor "tidak ditetapkan sebagai TPS rawan" (a decision made).
_NOT_KNOWN = re.compile(
    r"(?<!agar )(?<!supaya )\bbelum\s+(?:(?:dapat|bisa|bersedia)\s+)?(?:(?:saya|kami|kita|ia|dia|mereka|pihaknya)\s+)?"
    r"(?:di)?(?:pastikan|ketahui|tentukan|umumkan|sampaikan|rinci|sebutkan|jadwalkan|tetapkan|ungkapkan|putuskan|"
    r"buka|rekap)\b"
    r"|(?<!agar )(?<!supaya )\btidak\s+diketahui\b"
    r"|\bbelum\s+(?:dapat|bisa|bersedia)\s+(?:memastikan|menyebut|menyebutkan|merinci|mengungkapkan|menyampaikan|"
    r"mengumumkan|menentukan)\b"
    # "komisi banding belum menjadwalkan sidang": a decision or a date not made yet (not "belum menyerahkan daftar
    # akun", a deed not done, which a count asks about)
    r"|\bbelum\s+(?:menjadwalkan|memutuskan|menetapkan|menentukan|mengumumkan|memastikan)\b"
    r"|\bbelum\s+jelas\b"
    # "pengirim pertama pesan itu masih ditelusuri", "Ditressiber masih menelusuri siapa pembuatnya", "pihaknya masih
    # menyelidiki apakah …": still being traced, so not known
    rf"|{_TRACED}"
    # "Kapolda tidak merinci dari satuan mana …", "Ia tidak menyebutkan rincian jumlahnya": the speaker withheld it
    # (not "yang tidak mengungkapkan namanya", a source kept anonymous)
    r"|\btidak\s+(?:(?:mau|bersedia)\s+)?(?:merinci|dirinci|menyebutkan\s+rincian\w*)\b"
    # "Mandagi enggan merinci": unwilling to give it
    r"|\benggan\s+(?:merinci|memerinci|menyebut\w*|mengungkap\w*|membeberkan)\b(?!\s+dirinya)"
    # "Hasilnya belum ada", "… apakah disita atau tidak, belum ada keputusan": no result or decision yet (not "belum
    # ada laporan", a count of none)
    r"|\bhasil\w*\s+belum\s+ada\b|\bbelum\s+ada\s+(?:keputusan|putusan|kepastian|kesimpulan)\b"
    # "lembaganya masih mengkaji dugaan politik uang": still being studied, so its conclusion is not known
    r"|\bmasih\s+(?:dikaji|mengkaji|didalami|mendalami|dibahas|membahas|dipelajari|mempelajari)\b"
    # "Ke mana dan kapan ia dipindahkan, itu kewenangan Polda": the speaker leaves it to another, who has not said
    r"|\bitu\s+(?:kewenangan|wewenang|urusan)\b",
    re.I,
)
_OPEN_WORDS: dict[Kind, re.Pattern[str]] = {
    Kind.WHEN: re.compile(r"\b(?:kapan|jadwal\w*|tanggal\w*|waktu\w*)\b", re.I),
    Kind.HOW_MANY: re.compile(r"\b(?:berapa\w*|jumlah\w*|angka\w*|besaran\w*)\b", re.I),
    Kind.WHO: re.compile(r"\b(?:siapa\w*|identitas\w*|nama\w*)\b", re.I),
    Kind.WHERE: re.compile(r"\b(?:di ?mana\w*|ke ?mana\w*|lokasi\w*|tempat\w*)\b", re.I),
    Kind.WHY: re.compile(r"\b(?:mengapa|kenapa|penyebab\w*|alasan\w*|motif\w*)\b", re.I),
}
# A which-question ("Dari Polres mana saja …?", "Satuan mana …?"; not "di mana", a place): the open sentence says
# which is open in the same word.
_WHICH = re.compile(r"(?<!\bdi )(?<!\bke )(?<!\bdari )\bmana(?:kah)?\b(?!\s+pun\b)", re.I)
# A whether-question ("… akhirnya disita atau tidak?"): the open sentence names the same alternative ("apakah disita
# atau tidak, belum ada keputusan").
_WHETHER = re.compile(r"\b(\w{4,})\s+atau\s+(?:tidak|belum|bukan)\b", re.I)
# Still being traced (in `_NOT_KNOWN` too), for a who-question that asks the doer of an act the sentence names and
# no one else ("Siapa orang yang pertama kali menyebarkan …?" → "Nomor yang pertama menyebarkan sudah tidak aktif,
# jadi kami masih menelusuri jejaknya").
_TRACED_AT = re.compile(_TRACED, re.I)
# A breakdown asked ("Rangkum sebaran … per kabupaten/kota", "rincian per satuan", "by district"): a sentence saying
# the breakdown is open ("Rincian per kabupaten/kota … belum bisa dibuka") answers it, whatever the question's kind.
_BREAKDOWN = re.compile(
    r"\b(?:rincian\w*|sebaran\w*|per\s+(?:kabupaten|kota|kecamatan|polres|polsek|satuan|wilayah|daerah|desa)\w*|"
    r"breakdown|by\s+(?:district|regency|city|unit))\b",
    re.I,
)
# The first two words of what a who- or summary question asks for ("Siapa pengirim pertama …", "Rangkum hasil
# pemeriksaan …"), each long enough to name something; or, for a summary, the one word a relative clause then tells
# of ("Rangkum sanksi yang sudah dijatuhkan kepada Bripka KW …" → "Namun, sanksi untuknya belum diputuskan …").
_ASKED_HEAD = re.compile(
    r"^\W*(?:rangkum(?:kan|lah)?|ringkas(?:kan|lah)?)\s+(\w{4,})\s+yang\b"
    r"|^\W*(?:siapa(?:kah)?|rangkum(?:kan|lah)?|ringkas(?:kan|lah)?)\s+(?:(?:nama|para|sang)\s+)?(\w{4,})\s+(\w{4,})",
    re.I,
)
_RESULTS = re.compile(r"\bhasil\w*\b", re.I)
# An appeal asked of ("banding", "kasasi"), and the accused's answer to a verdict that leaves it open.
_APPEAL = re.compile(r"\b(?:banding|kasasi|appeal\w*)\b", re.I)
_THINKING_IT_OVER = re.compile(r"\bpikir-pikir\b", re.I)
# The outcome of a process asked ("Apa kesimpulan kajian Bawaslu …", "Apa hasil banding Brigpol MT …", "What was
# the outcome of his appeal?"): the process named after the outcome's word, and which one for a mere hearing or case
# ("putusan sidang disiplin …" is not open because "komisi banding belum menjadwalkan sidang").
_UNNAMED_PROCESS = frozenset({"sidang", "perkara", "kasus"})
_OUTCOME = re.compile(
    r"\b(?:hasil|kesimpulan|putusan|keputusan|vonis|rekomendasi|temuan)(?:nya)?\s+(?P<process>\w{4,})(?:\s+(?P<of>\w+))?"
    r"|\b(?:results?|outcomes?|conclusions?|findings?|verdicts?|decisions?)\s+(?:of|on)\s+(?:\w+\s+){0,3}?"
    r"(?P<appeal>appeal)",
    re.I,
)
# Where the clause that says something is not known ends: "Sidang digelar Senin, namun putusannya belum dapat
# dipastikan" says nothing of the day is open.
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:namun|tetapi|tapi|sementara|sedangkan|yang jelas|padahal)\b", re.I)


def not_yet_known(
    question: Question, ranked: list[Candidate], ranking: Ranking, kinds: tuple[Kind, ...]
) -> Candidate | None:
    """Among the selector's best few, a sentence on the question's topic that says what it asks is not known yet
    (each of `kinds`, a two-part question's asks: "Tanggal dan tempatnya belum kami putuskan" for "Kapan dan di
    mana …?"), unless a sentence the selector rates above it, or the rest of that sentence, gives it; or None."""
    best = ranked[:LOOK_AT]
    # … and the sentence after each: "… akan digelar di seluruh Polsek. Jadwalnya belum ditentukan."; and an
    # interview's question's whole reply ("Tanya: Apakah ada sosialisasi …?" → "Jawab: Ada. … Tanggal dan
    # tempatnya belum kami putuskan.")
    following = [sibling(c, c.index + 1, ranked) for c in best]
    replies = [r for c in best if QUESTION.search(c.sentence.text) for r in reply_to(c, ranked, ranking.corpus, True)]
    looked_at = dict.fromkeys([*best, *(c for c in following if c is not None), *replies])
    found = next((c for c in looked_at if says_open(question, c, ranked, ranking, kinds)), None)
    if found is not None or question.kind is not Kind.WHO or not best:
        return found
    # A who-question's doer may be said to be unknown further on in the best sentence's article, in a sentence
    # that shares few of the question's words: "Siapa pembuat gambar tersebut belum diketahui …", "“Nomor yang
    # pertama menyebarkan sudah tidak aktif, jadi kami masih menelusuri jejaknya”", "… pengirim pertama pesan itu
    # masih ditelusuri". There, only a sentence that names the asked doer or act counts; and not when one of the
    # best sentences names someone beside that doer's act or noun ("… menetapkan Bripka Andi sebagai pengirim
    # pertama …").
    analyzer = ranking.coverage.analyzer
    doer = _doer_stems(question, analyzer)
    if not doer or any(_names_doer(question, c.sentence.text, doer, analyzer) for c in best):
        return None
    return next(
        (c for c in own_document(best[0], ranked, ranking.corpus) if _doer_unknown(question, c, best[0], analyzer)),
        None,
    )


def _doer_stems(question: Question, analyzer: Analyzer) -> set[str]:
    """The stems of the act a who-question asks the doer of, and of the noun it asks for."""
    act = DOER_ASKED.search(question.text)
    return (set(analyzer.terms(act.group(1))) if act else set()) | _asked_nouns(question, analyzer)


_DOER_NEAR = 4  # words between a person and the act or noun that makes them its doer


def _names_doer(question: Question, text: str, doer: set[str], analyzer: Analyzer) -> bool:
    """Whether the sentence names someone the question does not right beside the asked doer's act or noun
    ("menetapkan Bripka Andi Saputra sebagai pengirim pertama …")."""
    for person in find_people(text):
        if person.named_in(question.text):
            continue
        near = words(text[: person.start])[-_DOER_NEAR:] + words(text[person.end :])[:_DOER_NEAR]
        if any(doer & set(analyzer.terms(word)) for word in near):
            return True
    return False


def _doer_unknown(question: Question, candidate: Candidate, best: Candidate, analyzer: Analyzer) -> bool:
    """Whether the sentence says the doer a who-question asks for (by its act or its noun) is not known yet."""
    text = candidate.sentence.text
    clause = open_clause(text)
    return clause is not None and (
        _doer_traced(question, text, analyzer)
        or _subject_open(question, clause, best.sentence.text, analyzer) is not None
    )


# An interview's reply that opens by saying the asked thing is open: "Itu belum diputuskan. …" after "Setelah kepala
# daerah terpilih dilantik, apakah personel yang dipindahkan kembali ke posisi semula?".
_OPENS_UNDECIDED = re.compile(
    r"^\W*(?:(?:itu|hal\s+itu|soal\s+itu|untuk\s+itu|sampai\s+sekarang|sejauh\s+ini|saat\s+ini)\s+)?(?:masih\s+)?",
    re.I,
)


def open_reply(question: Question, ranked: list[Candidate], ranking: Ranking) -> tuple[Candidate, Candidate] | None:
    """The selector's best sentence, when it is a question the source asks (as the user does) whose reply opens by
    saying it is not settled yet: that sentence and the reply; whatever the user's question's kind ("… saya pasti
    balik ke pos lama, kan?"). The user's words around the ask (who they are, why they ask) leave the asking
    sentence few of the question's terms, so the selector's choice, not a share of terms, says it is the same ask."""
    if not ranked or not QUESTION.search(ranked[0].sentence.text):
        return None
    replies = reply_to(ranked[0], ranked, ranking.corpus)
    # "Itu belum diputuskan.", not "Belum, karena sidangnya belum dijadwalkan." (an answer: not yet)
    opening = _OPENS_UNDECIDED.match(replies[0].sentence.text) if replies else None
    if opening is not None and _NOT_KNOWN.match(replies[0].sentence.text, opening.end()):
        return ranked[0], replies[0]
    return None


def says_open(
    question: Question, candidate: Candidate, ranked: list[Candidate], ranking: Ranking, kinds: tuple[Kind, ...]
) -> bool:
    """Whether the sentence says what the question asks is not known yet, in the question's terms, on its topic
    (read with the sentence before it: "Gelombang berikutnya … akan kami gelar …. Tanggal dan tempatnya belum kami
    putuskan."), and neither a sentence the selector rates above it in its paragraph nor the rest of it gives it."""
    opens = [_BREAKDOWN] if _BREAKDOWN.search(question.text) else [_OPEN_WORDS.get(kind) for kind in kinds]
    if _WHICH.search(question.text):  # "Dari Polres mana saja …?" → "tidak merinci dari satuan mana saja …"
        opens = [_WHICH if w is None else w for w in opens]
    text = candidate.sentence.text
    analyzer = ranking.coverage.analyzer
    appeal = _appeal_open(question, text, ranked)
    clause = text if appeal else open_clause(text)
    before = candidate.previous.text if candidate.previous else ""
    best = ranked[0].sentence.text if ranked and ranked[0] is not candidate else ""  # another sentence, rated best
    subject = _subject_open(question, clause, best, analyzer) if clause else None
    if clause is None or not (
        appeal
        or all(w is not None and w.search(clause) for w in opens)
        or _names_head(question, clause)
        or _same_alternative(question, clause)
        or _doer_traced(question, text, analyzer)
        or subject is not None
        or _outcome_open(question, clause, analyzer, before)
        or _results_of_the_named(question, clause, f"{before} {text}", ranked, ranking)
    ):
        return False
    if ranking.coverage.about(question.groups, f"{before} {text}") < ON_TOPIC:
        return False
    # "Sidang digelar Senin (12/2/2024). Jadwal putusan belum ditentukan." gives the hearing's day
    position = ranked.index(candidate) if candidate in ranked else len(ranked)
    above = [c.sentence.text for c in ranked[:position] if c.chunk.id == candidate.chunk.id]
    rest = [*above, text.replace(clause, " ")]
    if subject is not None:  # "… dana hibah … sebesar Rp61,2 miliar" gives the grant, not its "sisa"
        rest = [t for t in rest if re.search(rf"\b{re.escape(subject)}", t, re.I)]
    # a who-question's doer named, by its act or noun, in any sentence rated above ("Polres … menetapkan Bripka
    # Andi Saputra sebagai pengirim pertama pesan berantai …" above another article's "pengirim pertama nota palsu
    # itu masih ditelusuri")
    doer = _doer_stems(question, analyzer) if question.kind is Kind.WHO else set()
    if doer and any(_names_doer(question, c.sentence.text, doer, analyzer) for c in ranked[:position]):
        return False
    return not any(new_spans(question, t) for t in rest)


def _results_of_the_named(
    question: Question, clause: str, said: str, ranked: list[Candidate], ranking: Ranking
) -> bool:
    """Whether a count is asked of something only this sentence (with the one before it) names, and it says its
    results are not out ("Pemeriksaan serupa juga dilakukan di Asrama Polisi Kampung Durian …. Namun, hasilnya
    masih direkap dan belum dapat disampaikan." for the stickers found at Kampung Durian), while the best sentence
    counts at another place ("… 23 stiker … di Asrama Polisi Jalan Cendana")."""
    if question.kind is not Kind.HOW_MANY or not _RESULTS.search(clause) or not question.entities or not ranked:
        return False
    about = ranking.coverage.about
    return about(question.entities, said) == 1.0 and about(question.entities, ranked[0].sentence.text) < 1.0


def _same_alternative(question: Question, clause: str) -> bool:
    """Whether the question asks whether something happened ("disita atau tidak") and the clause names it so."""
    asked = _WHETHER.search(question.text)
    return asked is not None and re.search(rf"\b{re.escape(asked.group(1))}\s+atau\b", clause, re.I) is not None


def _doer_traced(question: Question, text: str, analyzer: Analyzer) -> bool:
    """Whether a who-question asks the doer of an act (`DOER_ASKED`) and the sentence names that act and says it
    is still being traced."""
    doer = DOER_ASKED.search(question.text) if question.kind is Kind.WHO else None
    act = set(analyzer.terms(doer.group(1))) if doer else set()
    if not act or not _TRACED_AT.search(text):
        return False
    # "Bripka AS, yang menyebarkan video itu, masih diselidiki" names the doer: nothing is open
    if any(not p.named_in(question.text) for p in find_people(text)):
        return False
    return act <= {analyzer.stem(word) for word in words(text)}


# A question that names its topic first and asks last ("Sisa dana hibah … berapa?", "Pengirim pertamanya siapa?");
# and the words before a clause's "belum …" / "masih ditelusuri", its subject.
_ASKS_LAST = re.compile(r"\b(?:berapa|kapan|siapa|di\s*mana|ke\s*mana)\W*(?:(?:ya|sih|dong|nih|saja|aja)\W*)?$", re.I)
_SUBJECT_WORDS = 6
# Words that open a subject before its head noun ("Siapa pembuat …", "Identitas pengirim …"), and first words of a
# question that every article of this corpus holds
_BEFORE_HEAD = frozenset("siapa nama identitas sang para seorang".split())
_EVERY_ARTICLE = frozenset("anggota personel polisi polri jumlah".split())
# The noun a who-question asks for: "Siapa (sebenarnya) pembuat …", "Who was the (original) sender …"
_ASKED_NOUN = re.compile(
    r"^\W*(?:siapa(?:kah)?\s+(?:sebenarnya\s+|nama\s+)?(\w+)\b(?!\s+yang)"
    r"|who\s+(?:is|was|were|are)\s+the\s+(?:(?:original|first|real|actual)\s+)?(\w+)"
    # "Who created and first sent the fake circular …": the act last named
    r"|who\s+(?:(?:first|originally)\s+)?(?:\w+\s+and\s+(?:(?:first|originally)\s+)?)?"
    r"(sent|spread|forwarded|shared|posted|uploaded|circulated|distributed)\s+the\b)",
    re.I,
)
# … after the verb that reports it ("Dirressiber … mengatakan pengirim pertama nota palsu itu masih ditelusuri")
_SUBJECT_START = re.compile(
    r",|\b(?:bahwa|mengatakan|menyatakan|menyebut\w*|menjelaskan|menegaskan|mengungkapkan|kata|ujar|tetapi|namun)\b",
    re.I,
)


def _subject_open(question: Question, clause: str, best: str, analyzer: Analyzer) -> str | None:
    """The word by which the clause's subject, before its "belum …", names what the question asks, or None:
    - the word a question that asks last opens with, when `best` (another sentence the selector rates best) lacks
      it ("Sisa dana hibah … berapa?" → "sisa anggaran belum bisa disampaikan", beside "… dana hibah … sebesar
      Rp61,2 miliar"); never a function word or one every article uses ("Saya …", "Anggota …");
    - for a who-question, the noun the question asks for ("Siapa pembuat …", "Who was the original sender …") as
      the subject's head ("pengirim pertama pesan itu masih ditelusuri"; not "Motif pengirim …"), naming no one."""
    said = _NOT_KNOWN.search(clause)
    if said is None:
        return None
    subject = words(_SUBJECT_START.split(clause[: said.start()])[-1])[-_SUBJECT_WORDS:]
    opening = re.match(r"\W*(\w{4,})", question.text)
    first = opening.group(1).lower() if opening else ""
    if (
        _ASKS_LAST.search(question.text)
        and first
        and first not in analyzer.stopwords_id | analyzer.colloquial_id | _EVERY_ARTICLE
        and first in {w.lower() for w in subject}
        and not re.search(rf"\b{re.escape(first)}\b", best, re.I)
    ):
        return first
    head = next((w for w in subject if w.lower() not in _BEFORE_HEAD), "")
    if question.kind is not Kind.WHO or not head or find_people(" ".join(subject)):
        return None
    return head.lower() if set(analyzer.terms(head)) & _asked_nouns(question, analyzer) else None


def _asked_nouns(question: Question, analyzer: Analyzer) -> set[str]:
    """The stems of the noun a who-question asks for: the words after "siapa" ("Siapa (sebenarnya) pembuat
    gambar …" → buat) or "who was the" ("… the original sender" → kirim, through the glossary)."""
    asked = _ASKED_NOUN.search(question.text)
    if asked is None:
        return set()
    noun = asked.group(1) or asked.group(2) or asked.group(3)
    return set(analyzer.query_terms(noun, question.language))


def _names_head(question: Question, clause: str) -> bool:
    """Whether the clause names what the question asks for by the question's own first words after its asking word
    ("Siapa pengirim pertama pesan berantai …?" → "pengirim pertama pesan berantai itu masih ditelusuri";
    "Rangkum hasil pemeriksaan terhadap Kasat Samapta …" → "Hasil pemeriksaan terhadap Yohanes belum diumumkan")."""
    asked = _ASKED_HEAD.search(question.text)
    if asked is None:
        return False
    said = clause.lower()
    return all(re.search(rf"\b{re.escape(word.lower())}\b", said) for word in asked.groups() if word)


# The posts whose decision or conclusion a question may ask ("putusan Ketua Komisi", "keputusan Kapolda"): a post
# named with its body must be that body's
_DECIDERS = frozenset(
    "ketua wakil kepala koordinator direktur komisioner sekretaris hakim jaksa penuntut".split()
) | frozenset(post.lower() for post in POLICE_POSTS)


def _outcome_open(question: Question, clause: str, analyzer: Analyzer, before: str = "") -> bool:
    """Whether the question asks the outcome of a process and the clause names that process as still going or not
    scheduled ("Apa kesimpulan kajian Bawaslu …?" → "lembaganya masih mengkaji dugaan politik uang"; "Apa hasil
    banding …?" → "komisi banding belum menjadwalkan sidang"): its outcome is not known yet. A hearing the clause
    calls its subject's ("jadwal sidangnya belum ditetapkan") is the one the sentence `before` names ("… perkara
    yang diajukan ke KKEP")."""
    said = {analyzer.stem(word) for word in words(clause)}
    for match in _OUTCOME.finditer(question.text):
        process = ["banding"] if match.group("appeal") else [match.group("process")]
        of = match.group("of") or ""
        if process[0].lower() in _DECIDERS and of[:1].isupper():
            process.append(of)  # "putusan Ketua Komisi": that chair's, not "Ketua Bawaslu"'s
        named = said
        if process[0].lower() in _UNNAMED_PROCESS:
            process.append(of)
            if re.search(rf"\b{re.escape(process[0])}nya\b", clause, re.I):
                named = said | {analyzer.stem(word) for word in words(before)}
        if analyzer.stem(process[0]) in said and all(analyzer.stem(word) in named for word in process):
            return True
    return False


def _appeal_open(question: Question, text: str, ranked: list[Candidate]) -> bool:
    """Whether the question asks of an appeal ("Apakah banding Aipda RK … dikabulkan?") and the sentence says the
    accused is still considering one ("Aipda RK menyatakan pikir-pikir"), while the best few sentences never
    name an appeal: whether there is one, and so its outcome, is open."""
    return (
        _APPEAL.search(question.text) is not None
        and _THINKING_IT_OVER.search(text) is not None
        and not any(_APPEAL.search(c.sentence.text) for c in ranked[:LOOK_AT])
    )


def open_clause(text: str) -> str | None:
    """The clause of `text` that says something is not known yet, or None; within its sentence, when `text` is a
    quotation of several ("… tetapi tanggal pelaksanaannya belum ditentukan. Responden tidak perlu mencantumkan
    nama …" leaves no name open)."""
    match = _NOT_KNOWN.search(text)
    if match is None:
        return None
    sentence = next((s for s in split_sentences(text) if s.start <= match.start() < s.end), None)
    first, last = (sentence.start, sentence.end) if sentence else (0, len(text))
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, first, match.start())]
    end = _CLAUSE_BREAK.search(text, match.end(), last)
    return text[max(starts, default=first) : end.start() if end else last]
