"""Answer types and the entities an answer must contain."""

import pytest

from assistant.question import Kind, analyze, asked_act, classify, entities
from lang.terms import Analyzer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Siapa Kapolresta Magelang?", Kind.WHO),
        ("Who said it?", Kind.WHO),
        ("Kapan apel digelar?", Kind.WHEN),
        ("Tanggal berapa kampanye dimulai?", Kind.WHEN),
        ("Berapa personel yang hadir?", Kind.HOW_MANY),
        ("How many officers signed?", Kind.HOW_MANY),
        ("Di mana sosialisasi digelar?", Kind.WHERE),
        ("Undang-undang apa yang menjadi dasar netralitas?", Kind.LAW),
        ("Apa dasar apel penandatanganan?", Kind.LAW),
        # a breach is of a regulation; a provision made for voters is no law
        ("Menurut putusan sidang, aturan apa yang dilanggar oleh ketiga anggota?", Kind.LAW),
        ("Which rules were violated by the three officers?", Kind.LAW),
        ("What provisions did Polres Lubuk Tinggi make for voters with disabilities?", Kind.WHAT),
        ("Bolehkah anggota Polri berfoto dengan paslon?", Kind.ALLOWED),
        ("May an officer like a candidate's post?", Kind.ALLOWED),
        # asking for an obligation is asking for a verdict (`required`)
        ("Suami saya masuk tim sukses. Apa yang wajib saya lakukan?", Kind.ALLOWED),
        ("Apa yang harus dilakukan anggota jika ditawari uang?", Kind.ALLOWED),
        ("What must I do if a candidate offers me a gift?", Kind.ALLOWED),
        ("What is my obligation here?", Kind.ALLOWED),
        ("Apa yang dilakukan Kapolres?", Kind.WHAT),
        # checking a claim about a rule is asking for the verdict; checking other claims is not
        ("Sebuah blog bilang polisi boleh kampanye di luar jam dinas. Benar begitu?", Kind.ALLOWED),
        ("A blog says officers may join rallies. Is that right?", Kind.ALLOWED),
        ("Apa benar kalau menyukai unggahan kampanye tidak melanggar?", Kind.ALLOWED),
        ("Apa benar apel digelar di Magelang?", Kind.WHAT),
        ("My wife is a candidate. Can her campaign team meet at our police housing?", Kind.ALLOWED),
        ("Can you tell me what the pocket book says?", Kind.WHAT),
        # colloquial verdict questions
        ("Ketua KPPS minta saya masuk. Boleh saya masuk?", Kind.ALLOWED),
        ("Kalau cuma kasih jempol, apa boleh?", Kind.ALLOWED),
        ("Apakah polisi aktif bisa mendaftar sebagai calon bupati?", Kind.ALLOWED),
        ("Saya diundang rapat oleh tim paslon. Boleh hadir?", Kind.ALLOWED),
        ("Tetangga saya menikah dan calon wali kota diundang. Saya boleh datang nggak?", Kind.ALLOWED),
        ("Istri saya mau pakai mobil dinas saya ke kampanye, boleh tidak?", Kind.ALLOWED),
        ("Boleh nggak saya ikut grup WhatsApp tim sukses?", Kind.ALLOWED),
        ("Saya boleh tahu siapa Kapolres Magelang?", Kind.WHO),
        # "when" opens a question about time; inside one it is a setting
        ("Can I wear a campaign T-shirt when I am off duty?", Kind.ALLOWED),
        ("When was the apel held?", Kind.WHEN),
        # "who" after a setting still asks for a person; a relative "who" inside a clause does not
        ("In the Bukit Tambun case, who said police wives may choose freely?", Kind.WHO),
        ("During the Kompolnas visit, who said that neutrality is required by law?", Kind.WHO),
        ("How many officers who joined the rally were punished?", Kind.HOW_MANY),
        ("Kalau sudah lepas dinas, apakah saya boleh ikut kampanye?", Kind.ALLOWED),
        ("Kalau saya cuti apakah saya boleh ikut kampanye?", Kind.ALLOWED),
        ("When off duty, can I join a campaign rally?", Kind.ALLOWED),
        ("Boleh tahu siapa Kapolres Pesisir Timur?", Kind.WHO),
        ("Ringkas isi fakta integritas", Kind.SUMMARY),
        ("Mengapa netralitas penting?", Kind.WHY),
        ("Apa imbauan Polres Malang?", Kind.WHAT),
        # who said it, whatever the reported words hold (a number, a law)
        ("Siapa yang menyatakan bahwa jumlah personel yang dikerahkan mencapai 300 orang?", Kind.WHO),
        ("Who said that the number of officers at the rally was doubled?", Kind.WHO),
        ("Siapa yang mengatakan bahwa Pasal 28 mewajibkan Polri netral?", Kind.WHO),
        # "can I" after a question word asks where or when, not whether it is allowed
        ("Where can I report a colleague who I think is campaigning for a candidate?", Kind.WHERE),
        ("When can I report it?", Kind.WHEN),
        ("Can I report it to Propam?", Kind.ALLOWED),
        # a time limit asks by when, even with "do I have to"
        ("If I see a violation, how quickly do I have to report it?", Kind.WHEN),
        ("Seberapa cepat saya harus melapor?", Kind.WHEN),
        ("Do I have to report it to my superior?", Kind.ALLOWED),
        # when a rule lets the officer act is its condition: a permission question
        ("Kapan saya diizinkan masuk ke dalam area TPS waktu jaga pencoblosan?", Kind.ALLOWED),
        ("When am I allowed to enter the polling station?", Kind.ALLOWED),
        ("Kapan sidang disiplin itu digelar?", Kind.WHEN),
        # a person asked by the kind of person, a place by the kind of unit, a case told
        ("Which officer explained why personnel in ring one cannot bring phones?", Kind.WHO),
        ("What official announced the ban?", Kind.WHO),
        ("Ke satuan mana Brigpol SN dimutasi?", Kind.WHERE),
        ("Jelaskan kasus Briptu RA sebagai contoh pelaporan yang benar.", Kind.SUMMARY),
        ("Describe the case of the officer who clapped at the rally.", Kind.SUMMARY),
    ],
)
def test_classify(text: str, kind: Kind) -> None:
    assert classify(text) is kind


def test_entities_are_names_acronyms_and_numbers() -> None:
    assert entities("Siapa Kapolda Jawa Timur pada 2024?") == ("kapolda", "jawa", "timur", "2024")
    assert entities("Who is the police chief of Magelang?") == ("magelang",)
    assert entities("apa itu netralitas") == ()


def test_english_entity_takes_its_indonesian_name() -> None:
    question = analyze("Which unit launched the pocket book in Central Java?", Analyzer())
    assert any("jawa tengah" in group for group in question.entities)


def test_role_entity_matches_its_spelled_out_form() -> None:
    question = analyze("Siapa Wakapolres Malang?", Analyzer())
    assert any("wakil kepala kepolisian resor" in group for group in question.entities)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Saya sedang cuti. Bolehkah saya ikut konvoi?", "Bolehkah saya ikut konvoi?"),
        ("While escorting a candidate, may I shake his hand?", "may I shake his hand?"),
        # a duty asked for names no act: the setting is what the rule must name
        ("Kalau rekan saya mendukung calon, apa yang harus saya lakukan?", "Kalau rekan saya mendukung calon"),
        ("If a candidate offers me money, what should I do?", "If a candidate offers me money"),
        ("Apa yang harus saya lakukan?", "Apa yang harus saya lakukan?"),
    ],
)
def test_the_asked_act(text: str, act: str) -> None:
    assert asked_act(text) == act


def test_asking_who_likened_or_judged_something_asks_who_said_it() -> None:
    analyzer = Analyzer()
    for text in (
        "Siapa yang menyamakan menekan tombol suka dengan bertepuk tangan di kampanye?",
        "Siapa yang menilai respons polres cukup cepat?",
        "Who likened a like to clapping at a rally?",
        "Siapa yang berpendapat bahwa tombol bagikan lebih berbahaya daripada baliho?",
    ):
        assert analyze(text, analyzer).asks_speech, text
    assert not analyze("Siapa yang memimpin sidang itu?", analyzer).asks_speech


def test_a_word_that_opens_a_later_sentence_is_no_entity() -> None:
    # "Kalau" and "Am" are capitalised by their place in the question; an answer need not name them
    common = frozenset({"kalau", "am"})
    assert entities("Minggu depan saya jaga TPS. Kalau ada keributan, saya boleh masuk nggak?", common) == ("tps",)
    assert entities("Someone from a campaign team handed me snacks at Bawaslu. Am I allowed?", common) == ("bawaslu",)
    # a name after an abbreviation's period, or opening a later sentence, is still a name
    assert entities("Apa kata Kombes Pol. Anwar soal sidang?", common) == ("kombes", "pol", "anwar")
    assert entities("Siapa yang melanggar? Bawaslu atau Propam?", common) == ("bawaslu", "propam")
    analyzer = Analyzer()
    asked = analyze("Minggu depan saya jaga TPS. Kalau ada keributan, boleh masuk? Am I allowed?", analyzer)
    assert ("kalau",) not in asked.entities and ("am",) not in asked.entities
    assert entities("Siapa yang ditemui Kapolres Batu Jaya?") == ("kapolres", "batu", "jaya")
