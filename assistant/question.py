"""What a question asks for: its language, its answer type and the terms and names the evidence must hold.

The answer type drives which sentence answers (a who-question needs a person, a how-many question a count,
a which-law question a legal reference) and, with the names, when to abstain. Rule-based on purpose: it is
fast, explainable, and a similarity score alone does not separate answerable from unanswerable questions here.
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from lang.situations import (
    act_core,
    asking_sentence,
    checked_claim,
    without_concession,
    without_dates,
    without_frame,
    without_light_words,
)
from lang.terms import WORD_PATTERN, Analyzer, Language
from lang.vocabulary import POST_FAMILIES, POST_LONG_FORMS, REPORTING_VERBS, SPEECH_VERBS_EN, alternation


class Kind(StrEnum):
    WHO = "who"
    WHEN = "when"
    WHERE = "where"
    HOW_MANY = "how_many"
    LAW = "law"  # which law / rule / legal basis
    ALLOWED = "allowed"  # is X allowed / forbidden
    WHY = "why"
    SUMMARY = "summary"  # trainers: a topic to brief on
    WHAT = "what"


# The kinds whose short answer is a span of the sentence (`evidence.answer_spans`): a person, date, place, count, law.
SPAN_KINDS = (Kind.WHO, Kind.WHEN, Kind.WHERE, Kind.HOW_MANY, Kind.LAW)

_WHO_AFTER_SETTING = r"(?:,|[.!?])\s*(?:who|whom|whose)\b"

_KIND_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    (
        Kind.WHEN,
        re.compile(
            r"\b(kapan|kapankah|tanggal berapa|hari apa|pukul berapa|jam berapa|what date|which date|what day|"
            # a time limit: "how quickly do I have to report it?" asks by when, not whether
            r"what time|how (?:quickly|soon)|(?:within|by) (?:how long|what time|when)|seberapa cepat)\b"
            # English "when" asks when where it opens the question, not in "Can I … when I am off duty?" nor in
            # "When off duty, can I …?"
            r"|(^|[.!?]\s+)when\b(?![^?]*,\s*(?:can|may|must|should|am|is|do)\b)",
            re.I,
        ),
    ),
    (
        Kind.SUMMARY,
        re.compile(
            r"\b(ringkas\w*|rangkum\w*|ikhtisar|gambaran umum|briefing|summari[sz]e|summary|overview|brief me|"
            # "Jelaskan kasus Briptu HK …", "Describe the case of …": a case told, not one fact
            r"(?:jelaskan|uraikan|ceritakan)\s+(?:kembali\s+)?(?:kasus|perkara)|(?:explain|describe)\s+the\s+case)\b",
            re.I,
        ),
    ),
    (
        Kind.LAW,
        re.compile(
            r"\b(undang-undang|uu|apa dasar\w*|berdasarkan apa|based on what|on what basis|dasar hukum|"
            r"landasan hukum|pasal|perpol|perkap|peraturan|surat telegram|amanat|which law|what law|"
            r"legal basis|which regulation|what regulation|telegram|statute|legal provisions?|"
            # "Aturan apa yang dilanggar …?", "Which rules were violated …?": a breach is of a regulation the text
            # names ("What provisions did Polres … make for voters?" asks no law)
            r"aturan (?:apa|mana)(?:kah)?(?: saja)? yang (?:di)?langgar|melanggar aturan (?:apa|mana)|"
            r"(?:which|what) rules? (?:\w+ ){1,6}?(?:violat(?:e|ed)|break|broken|broke|breach(?:ed)?))\b",
            re.I,
        ),
    ),
    (
        Kind.ALLOWED,
        re.compile(
            r"^\s*(may an?\b|is it (allowed|permitted|forbidden)|are .* (allowed|permitted)|can an? (officer|police|"
            r"member)|is .* (allowed|forbidden|prohibited))"
            r"|\b(may|can) (an? |the )?(officers?|police(men)?|members?|personnel|anggota)\b"
            # mid-question too: "Kalau sudah lepas dinas, apakah saya boleh …?", "Saya sedang cuti. Bolehkah …?"
            r"|\b(bolehkah|wajibkah|haruskah|apakah\b[^?]*\b(boleh|dilarang|diperbolehkan|melanggar|wajib|diwajibkan|"
            r"harus|pelanggaran)|(apa|bagaimana) hukumnya)\b"
            # not "Where can I report …?", "How can we …": a where- or how-question
            r"|\b((?<!where )(?<!when )(?<!how )(?<!who )(?<!whom )(?<!which )(can|may|could|must) (i|we)|"
            r"am i (allowed|permitted|forbidden|required)|do i have to|"
            r"is it (ok|okay|alright|fine|a violation)|(allowed|permitted|forbidden|prohibited) to)\b"
            # an English yes/no question opening with "Can"/"May" ("Can her campaign team meet at our police
            # housing?"), not a request to the assistant ("Can you tell me …")
            r"|(^|[.!?]\s+)(can|may)\s+(?!you\b)"
            # colloquial: "Boleh saya masuk?", "…, apa boleh?", "Apakah polisi aktif bisa mendaftar …?"
            r"|\b((apa )?boleh (saya|kami|aku|kita)|apa boleh|bisakah (saya|kami|aku|anggota|polisi))\b"
            # "Saya boleh datang nggak?", "Boleh nggak saya ikut …?"
            r"|\bboleh\s+(nggak|ngga|enggak|gak|ga|tidak|tak)\b"
            # "Itu masalah nggak?", "Kalau saya ikut kefoto, salah nggak?": whether it breaks a rule
            r"|\b(masalah|salah|melanggar)\s+(nggak|ngga|enggak|gak|ga|tidak|tak)\s*\?"
            r"|\b(saya|aku|kami|kita)\s+((masih|tetap|juga)\s+)?boleh\b(?!\s+(?:tahu|minta|tanya)\b)"
            # "Saya diundang rapat oleh tim paslon. Boleh hadir?", not "Boleh tahu siapa …?"
            r"|(^|[.!?]\s+)boleh\b(?!\s+(?:tahu|minta|tanya|dijelaskan|jelaskan)\b)"
            r"|\bapakah (saya|kami|aku|anggota|polisi|personel)\b[^?]*\b(bisa|dapat)\b"
            # checking a claim about a rule: "… boleh ikut kampanye … Benar begitu?", "Is that right?"
            r"|(?=[^\n]*\b(boleh|membolehkan|diperbolehkan|dilarang|melarang|melanggar|wajib|harus|may|allowed|"
            r"forbidden|permitted|prohibited|must|violat\w*)\b)[^\n]*\b(apa(kah)? (benar|betul)|benarkah|betulkah|"
            r"(benar|betul) (begitu|demikian)|is (that|this|it) (right|true|correct)|is it true)\b"
            # asking for an obligation ("Apa yang wajib saya lakukan?", "What must I do?"): a verdict, `required`
            r"|\bapa(kah)? (saja )?yang (wajib|harus|mesti|perlu) (\w+ )?(di)?(lakukan|kerjakan|perbuat)\b"
            r"|\bapa (saja )?kewajiban (saya|kami|aku|anggota)\b"
            r"|\bwhat (must|should|do) (i|we|an? officers?|officers|police officers?) (do|have to do)\b"
            r"|\bwhat (is|are) (my|our|an officer's|the officer's) (obligations?|duty|duties)\b"
            r"|\bwhat am i (required|obliged|supposed) to do\b",
            re.I,
        ),
    ),
    (Kind.HOW_MANY, re.compile(r"\b(berapa|berapakah|jumlah|how many|how much|number of|how long)\b", re.I)),
    # "with whom / dengan siapa" asks for partners, often institutions, not a person
    (Kind.WHAT, re.compile(r"\b(with whom|dengan siapa|bersama siapa)\b", re.I)),
    # "who" opens the question or follows a preposition; a relative "officers who are proven …" is no who-question
    (
        Kind.WHO,
        re.compile(
            r"^\W*(siapa|siapakah|who|whom|whose)\b|\b(by|to|from|for|according to) whom\b|"
            # "Which officer explained why …?": a person, asked by the post or the kind of person
            r"^\W*(which|what)\s+(officers?|officials?|police\s*(?:man|woman|officers?)|person|spokes\w+)\b|"
            r"\b(siapa|siapakah)\b"
            # after a setting: "In the Bukit Tambun case, who said …?"
            rf"|{_WHO_AFTER_SETTING}",
            re.I,
        ),
    ),
    (
        Kind.WHERE,
        re.compile(
            r"\b(di ?mana|dimanakah|lokasi|where|what place|which place|di (jalan|desa|kecamatan|kabupaten|kota) "
            # "Ke satuan mana Bripka YR dimutasi?": where to
            r"(apa|mana)|(terletak|berada|bertempat) di|ke \w+ mana(kah)?)\b",
            re.I,
        ),
    ),
    (
        Kind.WHY,
        re.compile(r"\b(mengapa|kenapa|apa tujuan|tujuan(nya)?|why|what is the purpose|purpose|aim of)\b", re.I),
    ),
]
_OPENS_WHO = re.compile(rf"^\W*(siapa|siapakah|who|whom)\b|{_WHO_AFTER_SETTING}", re.I)
# Words that are capitalised in questions but name no entity the evidence must contain.
_NOT_ENTITIES = frozenset(
    "siapa siapakah apa apakah kapan berapa bagaimana mengapa kenapa dimana bolehkah sebutkan jelaskan menurut "
    "who what when where which how why whom whose may can is are does did do the a an according tell list "
    "give summarize summarise explain please in of on at for to i".split()
)


# Words of a question about what someone said, beyond the speech verbs themselves.
# … and verbs that say what someone claimed ("Siapa yang menyamakan menekan tombol suka dengan bertepuk tangan?")
_ASKS_SAID = (
    "bilang",
    "menyebut",
    "ucapan",
    "pernyataan",
    "kutipan",
    "menurut siapa",
    "mengajak",
    "berjanji",
    "menyamakan",
    "mengibaratkan",
    "mengumpamakan",
    "menilai",
    "berpendapat",
    "menyarankan",
    "menganjurkan",
)
_ASKS_SAID_EN = ("quote", "quoted", "called on", "likened", "compared", "advised", "suggested")
_SAID = re.compile(rf"\b({alternation(REPORTING_VERBS + SPEECH_VERBS_EN + _ASKS_SAID + _ASKS_SAID_EN)})\b|[\"“”]", re.I)
# "Where can I report a colleague …?", "Ke mana saya bisa mengadukan …?": where the asker can report is the channel
# a guideline names ("… dapat dilaporkan melalui Posko Pengaduan …"), not a place; not "Di mana wartawan melaporkan
# kericuhan itu?" nor "Where did the Kapolres go after the report?".
_ASKS_CHANNEL = re.compile(
    r"\b(?:di ?mana\w*|ke ?mana\w*)\s+(?:saya|kami|aku|kita|anggota|warga|masyarakat)?"
    r"\s*(?:bisa|dapat|harus|boleh|perlu)?\s*(?:melapor\w*|mengadu\w*|lapor)\b"
    r"|\b(?:di ?mana\w*|ke ?mana\w*)\b[^?]*\b(?:bisa|dapat|harus|boleh|perlu)\s+(?:di)?(?:laporkan|adukan)\b"
    r"|\bwhere\s+(?:can|should|do|must|may)\s+(?:i|we|officers?|people|residents?)\s+"
    r"(?:report|complain|file a complaint|lodge a complaint)\b",
    re.I,
)
# … about a breach of the rules the guideline's channel takes ("a colleague who is campaigning", "anggota yang tidak
# netral"); not "Where can I report a traffic accident?".
_BREACH = re.compile(
    r"\b(?:pelanggaran|melanggar|netral\w*|kampanye|berkampanye|dukung\w*|mendukung|memihak|berpihak|"
    r"violat\w*|breach\w*|neutral\w*|campaign\w*|partisan|support\w*|misconduct)\b",
    re.I,
)
# Whether the rules themselves apply in a setting ("Selama cuti itu aturan netralitas masih berlaku buat saya?",
# "Do the neutrality rules still apply while I am on leave?"): the rule book's scope statement answers it.
# Not "Aturan apa yang berlaku soal foto …?" nor "Which rules apply …?": those ask for the rule on an act.
_ASKS_SCOPE = re.compile(
    r"\b(?:aturan|ketentuan|larangan)\b[^?.]*\b(?:masih|tetap|juga)\s+berlaku\b"
    r"|\b(?:rules?|regulations?|prohibitions?)\b[^?.]*\b(?:still|also)\s+(?:apply|applies|in force)\b",
    re.I,
)
_ASKS_WHICH = re.compile(r"\b(?:apa|mana|manakah|which|what)\b", re.I)
# Words that tell the assistant what to do rather than what the answer is about.
_INSTRUCTIONS = frozenset(
    "ringkas rangkum jelas sebut terang uraikan isi briefing summarize summarise explain list".split()
)


@dataclass(frozen=True)
class Question:
    text: str
    language: Language
    kind: Kind
    groups: tuple[tuple[str, ...], ...]  # stemmed content terms as groups of alternatives, for coverage
    # Names, acronyms and numbers the evidence must contain, each as alternatives (lower case): a role also
    # matches its spelled-out form, an English place name its Indonesian one ("central java" → "jawa tengah").
    entities: tuple[tuple[str, ...], ...]
    asks_speech: bool = False  # about what someone said ("siapa yang mengatakan …", "what did X say …")
    asks_channel: bool = False  # where a report or complaint goes ("Where can I report …?")
    asks_scope: bool = False  # whether the rules apply in a setting ("… aturan netralitas masih berlaku …?")
    # the guideline named as where to answer from ("… menurut buku saku?", "What does the pocket book say …?"),
    # its words left out of the text (`lang.situations.without_source`)
    names_guideline: bool = False
    act: tuple[tuple[str, ...], ...] = ()  # for "is it allowed": the groups of the act asked about (`asked_act`)
    core: tuple[tuple[str, ...], ...] = ()  # … and of the act without the setting that trails it (`act_core`)


# "Kapan saya diizinkan masuk ke TPS?", "When am I allowed to enter the polling station?": when a rule lets the
# officer act is its condition ("kecuali diminta oleh Ketua KPPS"), not a date: a permission question. ("When
# can I report it?" stays a when-question: it may ask for a time.)
_WHEN_ALLOWED = re.compile(
    r"\bkapan(?:kah)?\s+(?:saya|kami|aku|kita|anggota(?:\s+polri)?|polisi|personel)\s+"
    r"(?:boleh|diizinkan|diperbolehkan|dibolehkan)\b"
    r"|\bwhen\s+(?:(?:am\s+i|are\s+(?:we|officers|police(?:\s+officers)?))\s+(?:allowed|permitted)|may\s+(?:i|we))\b",
    re.I,
)


def asks_when_allowed(text: str) -> bool:
    """Whether the question asks when a rule lets the officer act ("Kapan saya boleh masuk ke TPS?")."""
    return _WHEN_ALLOWED.search(text) is not None


def classify(text: str) -> Kind:
    if _OPENS_WHO.search(text) and _SAID.search(text):
        return Kind.WHO  # "Siapa yang menyatakan bahwa jumlah pengawas …": who said it, whatever the words it reports
    if _WHEN_ALLOWED.search(text):
        return Kind.ALLOWED
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(text):
            return kind
    return Kind.WHAT


# Short and spelled-out forms of police posts, both used in news text.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    **{
        post: tuple(dict.fromkeys((post, *longs, *POST_FAMILIES.get(post, ()))))
        for post, longs in POST_LONG_FORMS.items()
    },
    "polres": ("polres", "kepolisian resor", "polresta", "mapolres"),
    "polri": ("polri", "kepolisian negara republik indonesia"),
}


def entity_groups(text: str, language: Language, analyzer: Analyzer) -> tuple[tuple[str, ...], ...]:
    """Entities as alternatives. In English questions, a name inside a glossary phrase takes that phrase's
    Indonesian words as its alternatives; a name the glossary knows as a single word does too."""
    names = entities(text, analyzer.stopwords_id | analyzer.stopwords_en | analyzer.colloquial_id)
    covered: dict[str, tuple[str, ...]] = {}
    if language == "en":
        for english, indonesian in analyzer.glossary_matches(text):
            for word in english.split():
                covered[word] = (english, " ".join(indonesian), *indonesian)
    groups = []
    for name in names:
        alternatives = covered.get(name) or ROLE_SYNONYMS.get(name) or (name,)
        groups.append(tuple(dict.fromkeys(alternatives)))
    return tuple(dict.fromkeys(groups))


_SENTENCE_OPENER = re.compile(r"(?:^\W*|[.!?][\"”’)]*\s+)(\w)")
_WORD_AT = re.compile(WORD_PATTERN)


def entities(text: str, common: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Capitalised words after the first, acronyms and numbers: the things a true answer must mention. A `common`
    word (a stopword) that opens a later sentence is capitalised by its place, not a name ("… TPS. Kalau …",
    "… Am I allowed …"); any other word there may be one ("… melanggar? Bawaslu atau Propam?")."""
    found = []
    openers = {m.start(1) for m in _SENTENCE_OPENER.finditer(text)}
    for match in _WORD_AT.finditer(text):
        word = match.group(0)
        lowered = word.lower()
        if lowered in _NOT_ENTITIES:
            continue
        is_number = any(ch.isdigit() for ch in word)
        is_acronym = len(word) >= 2 and word.isupper()
        is_name = word[:1].isupper() and (match.start() not in openers or (match.start() > 0 and lowered not in common))
        if is_number or is_acronym or is_name:
            found.append(lowered)
    return tuple(dict.fromkeys(found))


def analyze(text: str, analyzer: Analyzer) -> Question:
    language = analyzer.language(text)
    kind = classify(text)
    # No rule names the date an officer means to act on ("Can I vote … on 27 November?"): its words would count
    # against every rule's coverage of the question.
    asked = without_dates(text) if kind is Kind.ALLOWED else text
    act = asked_act(without_concession(asked)) if kind is Kind.ALLOWED else ""
    act_language = analyzer.language(act) if act else language
    return Question(
        text=text,
        language=language,
        kind=kind,
        groups=_groups(asked, language, analyzer),
        entities=entity_groups(text, language, analyzer),
        asks_speech=bool(_SAID.search(text)),
        asks_channel=bool(_ASKS_CHANNEL.search(text) and _BREACH.search(text)),
        asks_scope=bool(_ASKS_SCOPE.search(text)) and not _ASKS_WHICH.search(text),
        act=_groups(without_light_words(act), act_language, analyzer) if act else (),
        core=_groups(without_light_words(act_core(act)), act_language, analyzer) if act else (),
    )


def _groups(text: str, language: Language, analyzer: Analyzer) -> tuple[tuple[str, ...], ...]:
    return tuple(group for group in analyzer.query_groups(text, language) if not set(group) <= _INSTRUCTIONS)


_SETTING = re.compile(
    r"^(?:kalau|jika|apabila|bila|saat|ketika|sambil|selagi|sementara|while|when|if|during|as)\b[^,?]*,\s*", re.I
)


# "apa yang harus saya lakukan?", "what should I do?": a duty asked for, naming no act of its own.
_POINTING_ONLY = frozenset("itu ini hal begitu demikian apa apakah kah dong sih ya".split())
_WHAT_TO_DO = re.compile(
    r"^(?:apa(?:kah)?\s+(?:saja\s+)?yang\s+(?:wajib|harus|mesti|perlu)\s+(?:\w+\s+)?(?:di)?(?:lakukan|kerjakan|perbuat)"
    r"|what\s+(?:must|should|do)\s+(?:i|we)\s+(?:have\s+to\s+)?do)\b[^.!?]*[.!?]*$",
    re.I,
)


def asked_act(text: str) -> str:
    """The part of an officer's question that names the act: its last sentence, without a leading setting
    ("Saya sedang cuti. Bolehkah saya ikut konvoi …?" → "Bolehkah saya ikut konvoi …?"; "While escorting a
    candidate, may I …?" → "may I …?"); for a claim to check ("A blog says officers may … Is that right?"), the
    claim. "Kalau saya lihat rekan … mendukung calon, apa yang harus saya lakukan?" asks for the duty that the
    setting triggers: there the setting is what the rule must name."""
    text = checked_claim(text)
    last = asking_sentence(text) or text
    rest = _SETTING.sub("", last)
    if rest != last and (_WHAT_TO_DO.match(rest) or _only_asks_verdict(rest)):
        return last[: len(last) - len(rest)].rstrip(" ,")  # "Kalau saya ikut kefoto, salah nggak?"
    before = text[: text.rfind(last)].strip()
    if _only_asks_verdict(rest) and before:
        return before  # "Ringtone HP saya lagu kampanye salah satu calon. Itu masalah nggak?"
    return rest or last


def _only_asks_verdict(text: str) -> bool:
    """Whether a sentence asks only for a verdict on something said before it ("salah nggak?", "Itu masalah
    nggak?", "Apakah itu melanggar?")."""
    return not {w.lower() for w in re.findall(r"\w+", without_frame(text))} - _POINTING_ONLY
