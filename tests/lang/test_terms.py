"""Indonesian-aware terms: language detection, stems, the English glossary as groups of alternatives."""

import pytest

from lang.cognates import cognate
from lang.terms import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Siapa Kapolresta Magelang?", "id"),
        ("Bolehkah anggota Polri berfoto dengan paslon?", "id"),
        ("Who is the deputy police chief of Malang?", "en"),
        ("May an officer like a candidate's post?", "en"),
        # one English stopword ("per", "to") in an Indonesian question with no Indonesian stopword
        ("Rangkum temuan patroli siber Polda Sungai Rawa per jenis pelanggarannya.", "id"),
        ("Kapan Fly to the Sky mulai debut?", "id"),
        ("Sanctions for officers?", "en"),
        ("Summarise the Kecamatan Sukamaju case", "en"),  # a name's Indonesian affix does not outweigh "the"
    ],
)
def test_language(analyzer: Analyzer, text: str, language: str) -> None:
    assert analyzer.language(text) == language


def test_stems_join_word_forms_and_keep_codes(analyzer: Analyzer) -> None:
    assert analyzer.stem("pengamanan") == analyzer.stem("aman")
    assert analyzer.stem("penandatanganan") == analyzer.stem("menandatangani") == "tandatangan"
    assert analyzer.terms("ST/147/XI/KEP./2023 dan 556 personel") == ["st/147/xi/kep", "2023", "556", "personel"]


def test_an_official_is_not_a_duty(analyzer: Analyzer) -> None:
    # "petugas KPPS" (a KPPS official) must not match "Anggota yang bertugas mengamankan TPS" (on duty)
    assert analyzer.stem("petugas") == "petugas"
    assert analyzer.stem("bertugas") == analyzer.stem("tugas") == "tugas"


def test_a_unit_is_not_one_and_an_observer_is_not_very(analyzer: Analyzer) -> None:
    # "ke satuan apa" (which unit) must not match "satu" (one) in every count; "kritik pengamat" (an observer's)
    # not "amat" (very)
    assert analyzer.stem("satuan") == "satuan" != analyzer.stem("satu")
    assert analyzer.stem("pengamat") == "pengamat" != analyzer.stem("amat")


def test_rule_words_are_not_stopwords(analyzer: Analyzer) -> None:
    terms = analyzer.terms("anggota tidak boleh menunjukkan dukungan pada pihak tertentu")
    assert {"tidak", "boleh", "tentu"} <= set(terms) or {"tidak", "boleh", "tertentu"} <= set(terms)


def test_english_glossary_phrases_become_groups(analyzer: Analyzer) -> None:
    groups = analyzer.query_groups("Who is the deputy police chief of Malang?", "en")
    assert any("wakapolres" in group for group in groups)
    assert ("malang",) in groups
    # the longer phrase wins: "deputy police chief" is not also read as "police chief"
    assert not any("kapolresta" in group for group in groups)


def test_english_inflections_reach_the_glossary() -> None:
    analyzer = Analyzer()
    assert [analyzer.base_form(w) for w in ("photos", "guarding", "shared", "chatting", "parties")] == [
        "photo",
        "guard",
        "share",
        "chat",
        "parties",
    ]
    assert analyzer.base_form("lent") == "lent"  # irregular forms are left as they are
    groups = analyzer.query_groups("Can I share these photos?", "en")
    assert any("foto" in group for group in groups) and any("bagi" in group for group in groups)


def test_english_words_in_an_indonesian_question_also_read_as_their_indonesian(analyzer: Analyzer) -> None:
    groups = [tuple(g) for g in analyzer.query_groups("Boleh nggak saya share atau kasih like ke postingan?", "id")]
    assert ("share", "bagi") in groups and ("like", "suka") in groups
    assert ("kasih",) in groups  # an Indonesian word stays itself


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("declaration", "deklarasi"),
        ("socialization", "sosialisasi"),
        ("commission", "komisi"),
        ("session", "sesi"),
        ("community", "komunitas"),
        ("active", "aktif"),
        ("candidate", "kandidat"),
        ("structure", "struktur"),
        ("officer", None),  # no regular loanword ending
    ],
)
def test_english_loanwords_are_respelled_the_indonesian_way(english: str, indonesian: str | None) -> None:
    assert cognate(english) == indonesian


def test_an_english_word_the_glossary_lacks_also_reads_as_its_indonesian_spelling(analyzer: Analyzer) -> None:
    groups = [tuple(g) for g in analyzer.query_groups("Who spoke at the declaration ceremony?", "en")]
    assert ("declaration", "deklarasi") in groups
    indonesian = [tuple(g) for g in analyzer.query_groups("Siapa yang hadir pada deklarasi itu?", "id")]
    assert ("deklarasi",) in indonesian  # only English words are respelled


def test_casual_words_for_phones_and_checks_reach_the_texts_words(analyzer: Analyzer) -> None:
    # an officer writes "HP" and "dicek"; a press release writes "ponsel" and "pemeriksaan"
    groups = analyzer.query_groups("HP saya bakal dicek nggak sebelum berangkat?", "id")
    assert any("ponsel" in group for group in groups) and any(analyzer.stem("periksa") in group for group in groups)


def test_a_flagged_account_is_a_finding_not_a_flag(analyzer: Analyzer) -> None:
    groups = analyzer.query_groups("How many accounts were flagged in September?", "en")
    assert any("temu" in group for group in groups) and not any("bendera" in group for group in groups)
    assert any("akun" in group for group in groups)


@pytest.mark.parametrize(
    ("question", "indonesian"),
    [
        ("Who chaired the disciplinary hearing?", "sidang"),
        ("Was the officer demoted?", "demosi"),
        ("Can I referee a football tournament a candidate pays for?", "wasit"),
        ("Can I pose in the candidate's photo?", "calon"),  # a possessive reaches the glossary
        ("Who funded the event?", "dana"),
        ("Can I use a candidate's campaign frame on my WhatsApp profile photo?", "twibbon"),
    ],
)
def test_english_words_of_cases_and_rules_reach_the_indonesian_text(
    analyzer: Analyzer, question: str, indonesian: str
) -> None:
    groups = analyzer.query_groups(question, "en")
    assert any(analyzer.stem(indonesian) in group for group in groups), groups


def test_an_officers_spoken_verbs_reach_the_rules_written_ones(analyzer: Analyzer) -> None:
    # "nganter ibu ke TPS" is "mengantar anggota keluarga ke TPS"; "Pas" opening a sentence is still "when"
    groups = analyzer.query_groups("Pas hari coblosan saya libur. Boleh nggak saya nganter ibu saya ke TPS?", "id")
    terms = {term for group in groups for term in group}
    assert analyzer.stem("mengantar") in terms and "nganter" not in terms
    assert "pas" not in terms and "kalau" not in terms
    assert analyzer.terms("nyimpen nomor HP") == analyzer.terms("menyimpan nomor HP")
    assert analyzer.terms("menemani") != ["tani"]


def test_right_away_is_no_word_of_the_act_but_a_live_broadcast_is(analyzer: Analyzer) -> None:
    asked = {t for g in analyzer.query_groups("Saya boleh langsung masuk ke TPS?", "id") for t in g}
    assert "langsung" not in asked and "masuk" in asked
    live = {t for g in analyzer.query_groups("Bolehkah anggota menonton siaran langsung kampanye?", "id") for t in g}
    assert "langsung" in live


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("kondangan", "pernikahan"),  # going to a wedding, as an officer says it
        ("baliho", "spanduk"),  # campaign banners, either word
        ("berlanjut", "ditindaklanjuti"),  # "berapa yang berlanjut ke pemeriksaan" → "ditindaklanjuti dengan …"
    ],
)
def test_a_questions_word_reaches_the_texts_word_for_it(analyzer: Analyzer, asked: str, written: str) -> None:
    groups = analyzer.query_groups(f"Berapa {asked} itu?", "id")
    assert any(analyzer.stem(written) in group for group in groups), groups


def test_having_an_opinion_is_not_being_able(analyzer: Analyzer) -> None:
    assert analyzer.stem("berpendapat") != analyzer.stem("dapat")
