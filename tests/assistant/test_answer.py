"""Answer shapes the users rely on: who said what (speaker resolved across paragraphs), typed short answers,
language frames, bad questions, and filters."""

import pytest

from assistant.engine import Assistant
from index.records import Filters
from tests.assistant.conftest import with_articles

MAGELANG = "000_2ada1d52289bbb6a"


def test_pronoun_quote_resolves_to_the_speaker_introduced_earlier(assistant: Assistant) -> None:
    answer = assistant.ask("Siapa yang mengatakan semua anggota dapat mengakses panduan melalui media sosial?")
    assert "Kombes Pol Mustofa" in answer.text and "Kapolresta Magelang" in answer.text
    # The quote ("..., jelasnya.") is in p4; the introduction with rank and role is in p1: both are cited.
    cited = {c.chunk.id for c in answer.citations}
    assert {f"{MAGELANG}#p1", f"{MAGELANG}#p4"} <= cited


def test_role_question_does_not_take_a_person_with_another_role(assistant: Assistant) -> None:
    # "Kapolres Jombang melalui Kompol Hari Kurniawan": Hari is the Wakapolres, the Kapolres is never named.
    assert assistant.ask("Siapa Kapolres Jombang?").abstained
    assert "Hari Kurniawan" in assistant.ask("Siapa Wakapolres Jombang?").text


def test_english_question_gets_english_frame_and_verbatim_indonesian_quote(assistant: Assistant) -> None:
    answer = assistant.ask("How many personnel of Polres OKU Timur signed the integrity pact?")
    assert "According to" in answer.text and "556" in answer.text
    assert "Sebanyak 556 Personel Polres OKU Timur" in answer.citations[0].quote


def test_indonesian_question_gets_indonesian_frame(assistant: Assistant) -> None:
    assert "Menurut" in assistant.ask("Apa imbauan Polres Malang kepada masyarakat tentang hoaks?").text


def test_empty_punctuation_and_huge_questions_get_a_clear_message(assistant: Assistant) -> None:
    for question in ("", "   ", "?!?...", "🙂🙂"):
        answer = assistant.ask(question)
        assert answer.abstained and answer.citations == []
        assert "kosong" in answer.text.lower()
    huge = assistant.ask("netralitas " * 20000)
    assert huge.abstained and "terlalu panjang" in huge.text


def test_sql_and_html_fragments_are_just_questions(assistant: Assistant) -> None:
    for question in ("'; DROP TABLE chunks; --", "<script>alert(1)</script>", "SELECT * FROM collections"):
        answer = assistant.ask(question)
        assert answer.abstained
    assert assistant.store.count() > 0


def test_filters_narrow_the_sources(assistant: Assistant) -> None:
    question = "Bagaimana Polri menjaga netralitas dalam pemilu?"
    only_jombang = assistant.ask(question, Filters(doc_ids=("004_44e010238306bcf5",)))
    assert {c.chunk.doc_id for c in only_jombang.citations} <= {"004_44e010238306bcf5"}
    in_2024 = assistant.ask("Siapa Kapolresta Magelang?", Filters(date_from="2024-01-01", date_to="2024-12-31"))
    assert not in_2024.abstained
    before = assistant.ask("Siapa Kapolresta Magelang?", Filters(date_to="2023-12-31"))
    assert before.abstained or all(c.chunk.date <= "2023-12-31" for c in before.citations)


def test_kind_filter_selects_by_source_authority(assistant: Assistant) -> None:
    """The shipped corpus is news: asking only regulations and guidelines finds nothing to answer from."""
    question = "Siapa Kapolresta Magelang?"
    assert not assistant.ask(question, Filters(kinds=("news",))).abstained
    assert assistant.ask(question, Filters(kinds=("regulation", "guideline"))).abstained


def test_json_contract(assistant: Assistant) -> None:
    payload = assistant.ask("Siapa Kapolresta Magelang?").to_json()
    assert set(payload) == {"question", "answer", "abstained", "citations", "verdict"}
    assert payload["verdict"] is None  # not an "is it allowed" question
    citation = payload["citations"][0]
    assert {"n", "id", "doc_id", "title", "source", "date", "page", "paragraph", "text"} <= set(citation)
    assert citation["n"] == 1 and "[1]" in payload["answer"]


def test_officer_question_gets_a_verdict_rule_and_legal_basis(assistant: Assistant) -> None:
    """The shipped corpus is news: it states the rule, but only a regulation or guideline decides a verdict, so
    the answer says whose statement it is."""
    answer = assistant.ask("Bolehkah anggota Polri menggunakan fasilitas dinas untuk kampanye?")
    lines = answer.text.splitlines()
    assert lines[0].startswith("Menurut ") and ": dilarang. Tidak ada peraturan atau pedoman" in lines[0]
    assert answer.to_json()["verdict"] == {
        "value": "forbidden",
        "condition": None,
        "authoritative": False,
        "source_kind": "news",
        "conflict": False,
    }
    assert "tidak menggunakan fasilitas dinas untuk kegiatan kampanye" in answer.text
    assert "Undang-Undang Nomor 2 Tahun 2002 tentang Polri" in lines[-1]
    assert {"004_44e010238306bcf5#p10", "004_44e010238306bcf5#p9"} <= {c.chunk.id for c in answer.citations}
    english = assistant.ask("May a police officer use official facilities for a campaign?")
    assert english.text.startswith("According to ") and ": forbidden." in english.text


def test_a_duty_that_names_only_the_askers_unit_does_not_answer_whether_an_act_is_allowed(assistant: Assistant) -> None:
    # "Personel Polres OKU Timur … wajib menjaga netralitas" names the unit the question opens with, not its act
    # (giving official facilities): the act's verb is the first word after "boleh", and the article's "tidak memberi
    # atau membantu fasilitas dinas" decides. It was "diwajibkan".
    answer = assistant.ask(
        "Apakah personel Polres OKU Timur boleh memberi bantuan fasilitas dinas kepada calon presiden?"
    )
    assert answer.verdict is not None and answer.verdict.value == "forbidden", answer.text
    assert "tidak memberi atau membantu fasilitas dinas" in answer.text


def test_officer_question_without_a_rule_is_not_covered(assistant: Assistant) -> None:
    answer = assistant.ask("Bolehkah anggota Polri berfoto dengan paslon sambil mengacungkan jari?")
    assert answer.abstained and answer.text.startswith("Tidak ditemukan dalam korpus. Tidak diatur dalam korpus")
    assert answer.to_json()["verdict"]["value"] == "not_covered"


SECOND_HARGA_MATI = """---
title: "Polres Bukit Damar Deklarasikan Netralitas"
source: "Kabar Damar (kabardamar.id)"
date: "2024-09-10"
kind: article
---

BUKIT DAMAR, Kabardamar.id – Polres Bukit Damar menggelar deklarasi netralitas di halaman Mapolres, Senin (9/9).

Kapolres Bukit Damar AKBP Yudha Pratama Siregar menegaskan sikap jajarannya. \
“Bagi kami, netralitas TNI-Polri sudah harga mati dan tidak bisa ditawar,” ucap Yudha.

Deklarasi itu diikuti 300 personel dan tokoh masyarakat setempat.

Ketua Bawaslu Kabupaten Bukit Damar, Rudi Hartawan, turut menyaksikan deklarasi tersebut.

Ketua Forum Kerukunan Umat Beragama Bukit Damar Hendra Kusuma, Senin, menyambut baik deklarasi itu.
"""


DATELINE_IN_CAPITALS = """---
title: "Tiga Anggota Polres Muara Jernih Disidang"
source: "Warta Muara"
date: "2024-10-17"
kind: news
---

MUARA JERNIH, WARTAMUARA – Tiga anggota Polres Muara Jernih menjalani sidang disiplin karena membagikan konten \
dukungan kepada salah satu pasangan calon bupati.

Sidang digelar di Aula Wira Satya Mapolres Muara Jernih pada Rabu, 16 Oktober 2024.

Sidang dipimpin Wakapolres Muara Jernih Kompol Bastian Hutagalung.

Ketiganya dijatuhi hukuman penundaan kenaikan pangkat selama satu tahun dan wajib mengikuti pembinaan mental \
selama 14 hari di Mapolres Muara Jernih.
"""


BY_INITIALS = """---
title: "Anggota Polres Batu Jaya Disidang karena Kaus Paslon"
source: "Suara Tanjung"
date: "2024-10-28"
kind: news
---

BATU JAYA – Seorang anggota Polres Batu Jaya berpangkat Bripka berinisial RH menjalani sidang disiplin karena \
mengenakan kaus bergambar pasangan calon dalam pertemuan warga.

Sidang dipimpin Wakapolres Batu Jaya, Kompol Andreas Manurung, di Ruang Sidang Propam, Senin (28/10/2024).

Kasus itu berawal dari laporan Bawaslu Kabupaten Batu Jaya kepada Propam.

Kapolres Batu Jaya AKBP Budi Santoso mengatakan setiap laporan masyarakat pasti ditindaklanjuti.
"""


@pytest.fixture(scope="module")
def two_speakers(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "deklarasi_bukit_damar.md": SECOND_HARGA_MATI,
        "sidang_muara_jernih.md": DATELINE_IN_CAPITALS,
        "sidang_batu_jaya.md": BY_INITIALS,
    }
    return with_articles(tmp_path_factory.mktemp("two_speakers"), articles)


def test_a_phrase_two_officers_said_names_each_with_their_own_quote(two_speakers: Assistant) -> None:
    answer = two_speakers.ask("Siapa yang mengatakan netralitas TNI-Polri adalah harga mati?")
    speakers = [line for line in answer.text.splitlines() if line.startswith("Yang mengatakan:")]
    assert len(speakers) == 2, answer.text
    assert any("Imam Mustolih" in line for line in speakers)
    assert any("Yudha Pratama Siregar" in line for line in speakers)
    by_doc = {c.chunk.doc_id for c in answer.citations if "harga mati" in c.quote}
    assert len(by_doc) == 2  # each speaker's own words, cited from their own article


def test_words_only_one_of_them_said_name_only_that_one(two_speakers: Assistant) -> None:
    answer = two_speakers.ask("Siapa yang mengatakan netralitas tidak bisa ditawar?")
    speakers = [line for line in answer.text.splitlines() if line.startswith("Yang mengatakan:")]
    assert len(speakers) == 1 and "Yudha Pratama Siregar" in speakers[0], answer.text


def test_the_outlet_in_a_dateline_is_never_the_person_asked_for(two_speakers: Assistant) -> None:
    # "MUARA JERNIH, WARTAMUARA – Tiga anggota …": the one capitalised run the question does not name is the
    # outlet, and it was the short answer to "who".
    answer = two_speakers.ask("Siapa yang memimpin sidang disiplin tiga anggota Polres Muara Jernih?")
    assert not answer.text.startswith("WARTAMUARA"), answer.text
    assert "WARTAMUARA [" not in answer.text


def test_a_measure_the_question_names_must_be_in_the_quote(two_speakers: Assistant) -> None:
    # The sentence on the sanction holds a count ("satu tahun", "14 hari") but no amount of money: a fine is not
    # answered by it. The hearing's sentence dates it but gives no duration in any unit of time.
    fine = two_speakers.ask("Berapa denda yang dijatuhkan kepada tiga anggota Polres Muara Jernih?")
    assert fine.abstained and "besaran uangnya" in fine.text, fine.text
    hours = two_speakers.ask("How many hours did the disciplinary hearing in Aula Wira Satya last?")
    assert hours.abstained and "duration" in hours.text, hours.text
    days = two_speakers.ask("Berapa hari pembinaan mental yang wajib diikuti tiga anggota Polres Muara Jernih?")
    assert not days.abstained and "14 hari" in days.text, days.text


def test_a_fact_about_another_unit_of_the_asked_kind_is_refused_and_says_whose_it_is(two_speakers: Assistant) -> None:
    # Only Polres Bukit Damar's declaration is in the corpus: its Kapolres is not the Kapolres of Muara Lintang,
    # a unit no word of which the article mentions.
    asked = two_speakers.ask("Siapa Kapolres Muara Lintang yang menegaskan sikap jajarannya?")
    assert asked.abstained, asked.text
    assert "Kapolres Bukit Damar" in asked.text and "bukan Kapolres Muara Lintang" in asked.text, asked.text
    when = two_speakers.ask("Kapan Polres Sungai Lebar menggelar deklarasi netralitas di halaman Mapolres?")
    assert when.abstained and "bukan Polres Sungai Lebar" in when.text, when.text
    own = two_speakers.ask("Siapa Kapolres Bukit Damar yang menegaskan sikap jajarannya?")
    assert not own.abstained and "Yudha Pratama Siregar" in own.text, own.text
    own_date = two_speakers.ask("Kapan Polres Bukit Damar menggelar deklarasi netralitas di halaman Mapolres?")
    assert not own_date.abstained and "9/9" in own_date.text, own_date.text


def test_a_person_named_only_by_initials_has_no_full_name_to_give(two_speakers: Assistant) -> None:
    # The article names the accused "Bripka berinisial RH" and the hearing's chair in full: his name is not RH's.
    answer = two_speakers.ask("Siapa nama lengkap Bripka RH yang disidang di Polres Batu Jaya?")
    assert answer.abstained and "inisial" in answer.text, answer.text
    english = two_speakers.ask("What is the full name of the officer with the initials RH tried in Batu Jaya?")
    assert english.abstained and "initials" in english.text, english.text
    chair = two_speakers.ask("Siapa yang memimpin sidang disiplin Bripka RH di Polres Batu Jaya?")
    assert not chair.abstained and "Andreas Manurung" in chair.text, chair.text


def test_who_did_it_names_the_person_the_article_gives_that_act(two_speakers: Assistant) -> None:
    # The hearing's best sentence names nobody; a later one of the same article gives who chaired it.
    for question in (
        "Siapa yang memimpin sidang disiplin tiga anggota Polres Muara Jernih?",
        "Who led the disciplinary hearing of the three Muara Jernih officers?",
    ):
        answer = two_speakers.ask(question)
        assert answer.text.startswith("Wakapolres Muara Jernih Kompol Bastian Hutagalung ["), answer.text


def test_a_name_question_is_not_answered_by_a_sentence_that_names_nobody(two_speakers: Assistant) -> None:
    # The article says the officers backed "salah satu pasangan calon bupati" and never names the pair.
    unnamed = two_speakers.ask("Siapa nama pasangan calon bupati yang didukung tiga anggota Polres Muara Jernih?")
    assert unnamed.abstained and "nama yang ditanyakan" in unnamed.text, unnamed.text
    named = two_speakers.ask("Siapa nama Ketua Bawaslu Kabupaten Bukit Damar yang menyaksikan deklarasi?")
    assert not named.abstained and "Rudi Hartawan" in named.text, named.text


def test_who_holds_a_title_leads_with_the_name_after_it_not_another_capitalised_word(two_speakers: Assistant) -> None:
    # "Ketua Forum … Bukit Damar Hendra Kusuma, Senin, …": the name the question's title introduces, which no
    # rank marks as a person. The lead was the day ("Senin"), the only capitalised run the question lacks whole.
    answer = two_speakers.ask("Siapa Ketua Forum Kerukunan Umat Beragama Bukit Damar?")
    assert answer.text.startswith("Hendra Kusuma ["), answer.text


def test_a_question_that_asks_two_things_quotes_the_sentence_for_each(two_speakers: Assistant) -> None:
    # Where the hearing was held and what the sanction was are two paragraphs apart; the selector, reading the
    # whole question, rated the place's sentence low and quoted the article's lead instead.
    answer = two_speakers.ask(
        "Di mana sidang disiplin tiga anggota Polres Muara Jernih digelar, dan apa hukuman yang dijatuhkan?"
    )
    assert "Aula Wira Satya" in answer.text and "penundaan kenaikan pangkat" in answer.text, answer.text
    assert all(c.quote in c.chunk.text for c in answer.citations)
    # One ask: nothing is added for a second.
    single = two_speakers.ask("Apa hukuman yang dijatuhkan kepada tiga anggota Polres Muara Jernih?")
    assert "Aula Wira Satya" not in single.text, single.text


def test_the_holder_of_a_post_the_article_never_names_is_refused(two_speakers: Assistant) -> None:
    # The Batu Jaya article names Bawaslu Kabupaten Batu Jaya but no Ketua of it; the only people it names are
    # police officers, who hold other posts.
    asked = two_speakers.ask("Siapa Ketua Bawaslu Kabupaten Batu Jaya yang melaporkan kasus Bripka RH?")
    assert asked.abstained and "menjabat Ketua Bawaslu Kabupaten Batu Jaya" in asked.text, asked.text
    assert "Andreas Manurung" not in asked.text


def test_who_did_it_is_not_someone_who_only_spoke_of_the_act(two_speakers: Assistant) -> None:
    # The Kapolres talks about reports ("setiap laporan masyarakat …"); he did not report Bripka RH.
    answer = two_speakers.ask("Siapa yang melaporkan Bripka RH ke Propam?")
    assert not answer.text.startswith("Kapolres Batu Jaya AKBP Budi Santoso"), answer.text


def test_who_said_with_no_quote_on_it_names_nobody_and_says_the_sentences_are_only_the_closest(
    two_speakers: Assistant,
) -> None:
    # No one is quoted on it: the sentences quoted name the Wakapolres and the Kapolres, who said nothing of the
    # kind. A journalist must not take them for the speaker.
    answer = two_speakers.ask(
        "Siapa yang menyebut sidang disiplin Polres Muara Jernih sebagai yang terakhir tahun ini?"
    )
    assert not answer.abstained, answer.text
    assert answer.text.startswith("Tidak ada kutipan yang jelas menyatakan hal itu; kalimat terdekat:"), answer.text
    assert "Yang mengatakan:" not in answer.text
