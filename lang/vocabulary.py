"""Word lists each kept once: months and days, speech verbs, police posts and their long and English forms.

The modules that recognise dates (`assistant/evidence.py`, the answerer's features and kinds), speech
(`lang/quotes.py`, `assistant/evidence.py`, `assistant/question.py`, `assistant/llm/enforce.py`) and posts
(`lang/people.py`, `assistant/question.py`, `assistant/extractive/roles.py`) build their patterns from these.
The EN→ID glossary (`lang/data/glossary_en_id.tsv`) is search vocabulary, not a list of posts.
"""

import re

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_ID_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Sep", "Okt", "Nov", "Des")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "May",
    "June",
    "July",
    "August",
    "October",
    "December",
)  # not Indonesian too
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu")
# Numbers the press writes out ("tujuh akun", "dua belas orang"; belas, puluh and ratus build on them).
NUMBER_WORDS_ID = (
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
    "seratus",
)
# Units a length of time is counted in, as a regex alternation: "berapa jam", "1x24 jam", "how many days".
TIME_UNITS = (
    r"detik|menit|jam|hari|minggu|pekan|bulan|tahun|abad|dekade|dasawarsa|windu|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)"
)

# The root of a speech verb closing a quote: "kata", "ujarnya", "tegas Kapolres" ("…,” jelasnya.").
SPEECH_ROOTS = (
    "kata",
    "ujar",
    "ucap",
    "ungkap",
    "jelas",
    "tegas",
    "tambah",
    "imbuh",
    "tutur",
    "terang",
    "sebut",
    "pungkas",
    "lanjut",
    "papar",
    "tandas",
)
# Verbs that report speech: "X menegaskan bahwa …".
REPORTING_VERBS = (
    "mengatakan",
    "menyampaikan",
    "menegaskan",
    "menjelaskan",
    "menekankan",
    "mengingatkan",
    "menyatakan",
    "mengimbau",
    "menambahkan",
    "memperingatkan",
    "berkata",
    "mendorong",
    "menyebutkan",
    "mengungkapkan",
    "meminta",
    "berpesan",
)
SPEECH_VERBS_EN = (
    "said",
    "say",
    "says",
    "stated",
    "told",
    "added",
    "stressed",
    "explained",
    "emphasised",
    "emphasized",
    "warned",
    "asserted",
    "urged",
    "asked",
    "reminded",
    "noted",
    "promised",
)

# The first word of a post outside the police's own ranks of command ("Ketua Bawaslu …", "Sekretaris Jenderal …"),
# lower case: a who-question naming one asks for whoever holds it.
POST_TITLES = frozenset(
    "ketua wakil kepala direktur sekretaris sekjen menteri presiden gubernur bupati walikota wali komandan "
    "panglima komisioner camat lurah rektor dekan jaksa hakim juru jubir pelatih kapten dirut ketum".split()
)
# Police posts in the short form news text uses, longest first where one is the other's prefix.
POLICE_POSTS = (
    "Kapolri",
    "Wakapolri",
    "Kapolda",
    "Wakapolda",
    "Kapolresta",
    "Wakapolresta",
    "Kapolrestabes",
    "Kapolres",
    "Wakapolres",
    "Kapolsek",
)
# Spelled-out forms of a post, as articles also print them (lower case; longest first).
POST_LONG_FORMS: dict[str, tuple[str, ...]] = {
    "wakapolresta": ("wakil kepala kepolisian resor kota",),
    "wakapolres": ("wakil kepala kepolisian resor", "wakil kapolres"),
    "kapolresta": ("kepala kepolisian resor kota",),
    "kapolres": ("kepala kepolisian resor",),
    "kapolsek": ("kepala kepolisian sektor",),
    "kasihumas": ("kasi humas",),
}
# A city force's chief is a chief of a resor too; a deputy never counts as the chief.
POST_FAMILIES: dict[str, tuple[str, ...]] = {
    "kapolres": ("kapolres", "kapolresta", "kapolrestabes"),
    "wakapolres": ("wakapolres", "wakapolresta"),
}
# How English questions name a post.
POSTS_EN: dict[str, str] = {
    "deputy police chief": "wakapolres",
    "deputy chief of police": "wakapolres",
    "vice police chief": "wakapolres",
    "police chief": "kapolres",
    "chief of police": "kapolres",
    "head of police": "kapolres",
    "precinct chief": "kapolsek",
    "sector police chief": "kapolsek",
    "public relations head": "kasihumas",
    "head of public relations": "kasihumas",
}


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal words, longest first (so "Kapolresta" is tried before "Kapolres")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
