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
# A month's number from any of its names above, lower-cased ("november", "nov", "agt", "august" → 11, 11, 8, 8).
_EN_NUMBERS = {
    "January": 1,
    "February": 2,
    "March": 3,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "October": 10,
    "December": 12,
}
MONTH_NUMBERS = (
    {name.lower(): number for number, name in enumerate(MONTHS_ID, start=1)}
    | dict(zip((m.lower() for m in MONTHS_ID_SHORT), (1, 2, 3, 4, 6, 7, 8, 8, 9, 10, 11, 12), strict=True))
    | {name.lower(): number for name, number in _EN_NUMBERS.items()}
)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu")
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

# Nouns a count of people is made in ("23 orang", "tiga terperiksa", "12 mahasiswa", "five officers"), lower case:
# "berapa orang …", "how many people …" ask for one of them.
PEOPLE_COUNTED = frozenset(
    "orang people persons anggota personel polisi polwan warga peserta petugas pendukung simpatisan relawan kader "
    "pegawai asn saksi penduduk jiwa pelapor terlapor terperiksa terduga tersangka pelaku oknum tokoh ibu-ibu pria "
    "wanita perempuan laki-laki pemilih korban siswa pelajar mahasiswa pengunjung penonton karyawan perwira bintara "
    "tamtama bhabinkamtibmas penumpang officers members residents supporters voters passengers men women".split()
)
# Kin, as the rules' family definitions name them ("Keluarga inti: suami atau istri, anak kandung …"; "Kerabat
# lain: saudara kandung, ipar, …"), lower case: the words by which a question says whom it asks about.
KIN_WORDS = frozenset(
    "suami istri isteri anak ayah ibu bapak mertua menantu saudara kakak adik abang ipar paman bibi om "
    "tante sepupu keponakan ponakan kakek nenek cucu".split()
)
# Countries and regions by the first word of their Indonesian name, as the press writes a foreign official
# ("Presiden Palestina Mahmoud Abbas", "PM Inggris Tony Blair"); lower case.
COUNTRY_WORDS = frozenset(
    "afganistan afghanistan afrika albania aljazair amerika angola arab argentina armenia australia austria "
    "azerbaijan bahrain bangladesh belanda belarus belgia bolivia bosnia botswana brasil brazil brunei bulgaria "
    "ceko chile china cile cina denmark ekuador emirat estonia etiopia ethiopia eropa fiji filipina finlandia georgia "
    "ghana "
    "guatemala haiti honduras hongaria india inggris irak iran irlandia islandia israel italia jamaika jepang "
    "jerman jordania kamboja kamerun kanada kazakhstan kenya kolombia kongo korea kosta kroasia kuba kuwait laos "
    "kosovo latvia lebanon libanon liberia libya lituania luksemburg makedonia malaysia maladewa mali malta maroko "
    "meksiko "
    "mesir monako mongolia montenegro mozambik myanmar namibia nepal nigeria nikaragua norwegia oman pakistan "
    "palestina panama paraguay perancis peru polandia portugal prancis qatar rumania rusia rwanda samoa saudi "
    "selandia senegal serbia singapura siprus skotlandia slovakia slovenia somalia spanyol sri sudan suriah swedia "
    "swiss syria taiwan tajikistan tanzania thailand tiongkok timor tonga tunisia turki turkmenistan uganda "
    "ukraina uruguay uzbekistan vatikan venezuela vietnam yaman yordania yugoslavia yunani zambia zimbabwe".split()
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
