"""What a question says around the act it asks about: the claim it asks to check, what it concedes, and the
purposes or reasons it gives.

"Bolehkah saya menolong warga, walaupun ia memakai kaus salah satu calon?" concedes the shirt: the rule on
wearing campaign shirts does not answer it. "Can I go inside to watch the vote count?" gives a purpose of its
own, which an exception ("kecuali diminta oleh Ketua KPPS …") may or may not name. Indonesian and English; the
phrases are returned verbatim, nothing is judged here.
"""

import re

from lang.vocabulary import MONTHS_EN, MONTHS_ID, alternation

# Concessions ("walaupun …") and the asker's own proposed terms ("asal memakai baju biasa", "as long as …"): what
# the asker offers around the act does not change the act a rule must name.
_CONCESSION = re.compile(
    r",?\s*\b(?:walaupun|walau|meskipun|meski|biarpun|sekalipun|kendatipun|padahal|although|even though|even if|"
    r"asalkan|asal|as long as|provided that)\b"
    r"[^.?!]*",
    re.I,
)
_BARE_CHECK = re.compile(
    r"^(?:apa(?:kah)?\s+)?(?:benar|betul)(?:kah)?(?:\s+(?:begitu|demikian|itu))?\s*\?*$"
    r"|^is\s+(?:that|this|it)\s+(?:right|true|correct|so)\s*\?*$",
    re.I,
)
# "Saya baca di sebuah blog bahwa …", "A blog says (that) …": who makes the claim, not the claim.
_REPORTED = re.compile(
    r"^.*?\b(?:bahwa|kalau|says|said|claims|claimed|writes|wrote|reports|reported)\b(?:\s+that\b)?\s*", re.I
)
_FRAME = re.compile(
    r"\b(?:apa(?:kah)?\s+hukum(?:nya)?|(?:tidak\s+)?melanggar(?:\s+(?:netralitas|aturan|ketentuan))?|"
    r"(?:tidak\s+)?termasuk\s+pelanggaran|(?:a\s+)?violat(?:e|es|ion|ing)(?:\s+(?:of\s+)?neutrality)?|"
    # "…, salah nggak?", "Itu masalah nggak?"
    r"(?:salah|masalah|bermasalah)\s+(?:nggak|ngga|enggak|gak|ga|tidak|tak))\b",
    re.I,
)
# Where a setting that trails the act starts: a place, a time, a relative clause. Not "dalam", "in", "on", "that":
# they as often go on naming the act ("ikut dalam kampanye", "join the crowd in chanting", "comment on a post").
_TRAILING_SETTING = re.compile(r"\s(?:di|pada|saat|ketika|sewaktu|selama|yang|at|during|while|when|where)\s", re.I)
_REASON = re.compile(
    r"\b(?:untuk|agar|supaya|demi|karena|sebab|in order to|so that|because|for the purpose of)\s+([^,.;?!]+)", re.I
)
_TO = re.compile(r"\b(\w+)\s+to\s+([^,.;?!]+)", re.I)
# Words before an English "to" that make it no purpose: "allowed to", "okay for me to", "have to", "going to".
_NOT_PURPOSE = frozenset(
    "allowed permitted forbidden prohibited able ok okay alright fine me us him her them want wants have has had "
    "going need needs supposed required obliged ought used due it".split()
)

# Who a question asks about, when it is not the officer: a relative ("Bolehkah istri saya ikut kampanye?", "Can my
# wife vote?"). The asking sentence opens, after its question word, with the relative.
_RELATIVE = (
    r"(?:istri|suami|anak|anaknya|keluarga|orang\s+tua|ayah|ibu|saudara|kakak|adik|kerabat|mertua|menantu|cucu|"
    r"wife|husband|spouse|son|daughter|child|children|kids?|family|families|parents?|father|mother|brother|sister|"
    r"relatives?|in-laws?)\b(?!\s+(?:kota|sungai)\b)"  # not "ibu kota", "anak sungai"
)
_ASKS_ABOUT_RELATIVE = re.compile(
    r"^(?:(?:bolehkah|apakah|apa|kalau|jika|can|may|could|should|must|is|are|do|does|will|would)\s+)?"
    rf"(?:(?:para|my|our|his|her|an?\s+officer'?s|a\s+police\s*(?:officer|man)'?s|the\s+officer'?s|police|"
    rf"officers'?)\s+)?{_RELATIVE}",
    re.I,
)

_NAMES_RELATIVE = re.compile(rf"\b{_RELATIVE}", re.I)


def asks_about_relative(text: str) -> bool:
    """Whether the question asks what an officer's relative may do ("Apakah istri polisi boleh memilih?", "Can
    my wife vote?"), not the officer ("Apakah saya boleh menyuruh anak saya …?"): its asking (last) sentence,
    or the claim it asks to check, opens with the relative."""
    return bool(_ASKS_ABOUT_RELATIVE.match(asking_sentence(checked_claim(text))))


def names_relative(text: str) -> bool:
    """Whether a text names an officer's relative ("keluarga anggota", "istri", "anak")."""
    return bool(_NAMES_RELATIVE.search(text))


def relative_first(text: str, member: re.Pattern[str]) -> bool:
    """Whether a text names a relative before any member ("dan anak anggota Polri": the relative, whose member
    the rest names), not after one ("Anggota Polri yang anaknya mencalonkan diri": the member)."""
    relative = _NAMES_RELATIVE.search(text)
    if relative is None:
        return False
    first_member = member.search(text)
    return first_member is None or relative.start() < first_member.start()


# A calendar date ("pada 27 November 2024", "on November 27", "tanggal 27/11"): when the asker means to act, which
# no rule names; its words are the question's setting, not its act.
_MONTH = alternation(MONTHS_ID + MONTHS_EN)
# A bare "1/2" is as often a fraction ("1/2 hari") as a date: it is one only after "pada"/"tanggal"/"on" or with
# a year ("27/11/2024").
_DATE = re.compile(
    rf"\b(?:(?:pada|tanggal|tgl\.?|on)\s+)?(?:\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?|(?:{_MONTH})\s+\d{{1,2}}"
    rf"(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\b"
    rf"|\b(?:pada|tanggal|tgl\.?|on)\s+\d{{1,2}}/\d{{1,2}}\b(?!\s+(?:hari|jam|bagian|of)\b)",
    re.I,
)


def without_dates(text: str) -> str:
    """The text without its calendar dates ("Can I vote in the regional election on 27 November?" → "Can I vote
    in the regional election?")."""
    return re.sub(r"\s+([?.!,])", r"\1", " ".join(_DATE.sub(" ", text).split()))


def question_sentences(text: str) -> list[str]:
    """A question's sentences, split after ".", "!" or "?" ("Saya sedang cuti. Bolehkah …?" → two)."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


# "… Saya masih boleh jamaah di sana? Ada syaratnya?": a follow-up that asks only for the conditions of the act the
# question before it names.
_ONLY_CONDITIONS = re.compile(
    r"^\W*(?:(?:apa|ada)(?:kah)?\s+(?:saja\s+)?(?:syarat|ketentuan)\w*|(?:syarat|ketentuan)\w*\s+apa(?:\s+saja)?|"
    r"(?:are\s+there\s+)?any\s+conditions?|(?:on\s+|under\s+)?what\s+conditions?)"
    r"(?:\W+(?:ya|nggak|gak|tidak|dong|sih|nih))*\W*$",
    re.I,
)


def asks_only_conditions(sentence: str) -> bool:
    """Whether a question sentence asks only for the conditions of an act named before it ("Ada syaratnya?")."""
    return _ONLY_CONDITIONS.match(sentence) is not None


def asking_sentence(text: str) -> str:
    """The sentence that asks: the last one ending in "?" ("Boleh nggak saya datang ke pengajian? Katanya calon
    bupati juga hadir." asks in its first), before one that asks only for its conditions ("Ada syaratnya?"), else
    the last one; "" for no text."""
    sentences = question_sentences(text)
    asking = [s for s in sentences if s.endswith("?")]
    if len(asking) > 1 and asks_only_conditions(asking[-1]):
        return asking[-2]
    return asking[-1] if asking else sentences[-1] if sentences else ""


def checked_claim(text: str) -> str:
    """The claim a question asks to check when it ends on a bare "Benar begitu?" / "Is that right?" (the
    sentence before it, without "Saya baca … bahwa" / "A blog says"); else the text itself."""
    sentences = question_sentences(text)
    if len(sentences) < 2 or not _BARE_CHECK.match(sentences[-1]):
        return text
    return _REPORTED.sub("", sentences[-2])


# The guideline named as the source of the answer ("… menurut buku saku netralitas?", "… yang dicantumkan dalam buku
# saku?", "According to the neutrality pocket book, …"): which document to answer from, not what the answer is
# about. Only where it opens or closes the question; "Kapan buku saku dibagikan?" asks about the book itself.
_GUIDE = (
    r"(?:the\s+)?(?:neutrality\s+)?(?:buku\s+saku|pedoman|pocket\s*-?\s*book|booklet|guidelines?|handbook)"
    r"(?:\s+(?:pedoman\s+)?netralitas(?:\s+(?:anggota\s+)?polri)?)?(?:\s+(?:ini|itu|tersebut|tadi))?"
)
_IN = r"(?:menurut|sesuai(?:\s+dengan)?|berdasarkan|di\s+dalam|dalam|di|according\s+to|under|in)"
_SOURCE_AT_END = re.compile(
    r"[,\s]*\b(?:(?:yang\s+)?(?:di)?(?:cantumkan|tercantum|sebut(?:kan)?|atur|tulis|tertulis|muat|termuat)\s+)?"
    rf"{_IN}\s+{_GUIDE}(?=\s*[?.!]*\s*$)",
    re.I,
)
_SOURCE_AT_START = re.compile(rf"^{_IN}\s+{_GUIDE}\s*,\s*", re.I)
# … or as the subject of an English question's verb: "What does the pocket book say we must do?", "How does the
# booklet define family?" (the verb stays: "What does say we must do?" still asks the same)
_SOURCE_AS_SUBJECT = re.compile(rf"\b(does|do|did)\s+{_GUIDE}\s+(?=(?:say|state|require|define|allow)s?\b)", re.I)
# What is left must still ask about something: "Apa yang diatur dalam buku saku?" asks what the book holds.
_ONLY_ASKING = frozenset(
    "apa apakah apa-apa saja yang siapa hal isi what which who is are was were the does do did say says state "
    "states require requires define defines allow allows".split()
)


def without_source(text: str) -> str:
    """The question without the phrase that names the guideline as its source (the text itself when it names
    none, or when what is left asks about nothing)."""
    rest = _SOURCE_AS_SUBJECT.sub(r"\1 ", _SOURCE_AT_START.sub("", _SOURCE_AT_END.sub("", text))).strip()
    if rest == text.strip() or not {w.lower() for w in re.findall(r"[\w-]+", rest)} - _ONLY_ASKING:
        return text
    return rest[:1].upper() + rest[1:]


def without_frame(text: str) -> str:
    """The text without the words that ask for a verdict rather than name the act ("Apa hukumnya …",
    "Apakah itu melanggar netralitas?", "is it a violation")."""
    return _FRAME.sub(" ", text)


def without_concession(text: str) -> str:
    """The text without its concessive clauses ("…, walaupun …", "even though …") and the terms it proposes
    ("… asal memakai baju biasa")."""
    return _CONCESSION.sub("", text)


# "… jamaah di sana?", "… selama masa kampanye": a place pointed back to and "during" name nothing a rule must hold
# ("selama" is stemmed "lama": a rule's "paling lama 1 tahun", "selama paslon berada di sana").
_LIGHT_WORDS = re.compile(r"\b(?:di|ke|dari)\s+(?:sana|sini|situ)\b|\bselama\b", re.I)


def without_light_words(act: str) -> str:
    """The asked act without words that name nothing of it (after `act_core` has cut its trailing setting, which
    "selama …" and "di sana" may open)."""
    return _LIGHT_WORDS.sub("", act)


def act_core(act: str) -> str:
    """The asked act without the setting that trails it: up to the first place, time or relative clause
    ("Bolehkah saya memberikan sambutan di acara pengajian yang dihadiri paslon?" → "Bolehkah saya memberikan
    sambutan"); the act itself when nothing trails it."""
    return _TRAILING_SETTING.split(act, maxsplit=1)[0]


def purposes(text: str) -> str:
    """The purposes and reasons a text gives ("untuk …", "karena …", "… to watch …"), each up to its clause's
    end, joined by spaces ("" when it gives none)."""
    phrases = [m.group(1) for m in _REASON.finditer(text)]
    phrases += [m.group(2) for m in _TO.finditer(text) if m.group(1).lower() not in _NOT_PURPOSE]
    return " ".join(phrases)
