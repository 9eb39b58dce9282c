import pytest

from assistant.engine import Assistant
from assistant.extractive.compound import asks, counts_the_asked
from lang.terms import Analyzer
from tests.assistant.conftest import with_articles


def test_a_question_with_a_second_question_word_after_and_asks_two_things() -> None:
    assert asks("Siapa komisioner yang datang, dan apa permintaannya ke Propam?") == [
        "Siapa komisioner yang datang",
        "apa permintaannya ke Propam?",
    ]
    assert asks("How many reports were received, and how many involved police officers?")[1] == (
        "how many involved police officers?"
    )
    assert len(asks("Berapa lama operasi berjalan dan berapakah personel yang dilibatkan?")) == 2
    # after a comma, the second ask may name its subject before its question word
    assert asks("Kasat Reskrim Tanjung Lima dipindah ke mana, dan pejabat Polda siapa yang menjelaskannya?") == [
        "Kasat Reskrim Tanjung Lima dipindah ke mana",
        "pejabat Polda siapa yang menjelaskannya?",
    ]
    # … or ask "which" by "mana" after its noun
    assert asks("Berapa surat yang sudah diterima Biro SDM, dan dari Polres mana paling banyak?")[1] == (
        "dari Polres mana paling banyak?"
    )
    # an English second ask may open with a preposition
    assert asks("How many polling stations are very vulnerable, and in which districts are they?")[1] == (
        "in which districts are they?"
    )
    # a second question after the first one's question mark
    assert asks("Bawaslu menerima berapa laporan? Berapa yang dilimpahkan ke Polda?") == [
        "Bawaslu menerima berapa laporan?",
        "Berapa yang dilimpahkan ke Polda?",
    ]
    # a topic before a colon is the scene of both asks, no word of the first one's answer
    assert asks("Sidang disiplin Bripka NH: penuntut minta hukuman apa, dan majelis akhirnya memutus apa?") == [
        "penuntut minta hukuman apa",
        "majelis akhirnya memutus apa?",
    ]


def test_words_that_only_start_like_a_question_word_ask_nothing_more() -> None:
    for text in (
        "Bolehkah saya hadir di rapat paslon dan apabila diundang resmi, apa yang harus saya lakukan?",
        "Mengapa polisi dan siapa pun yang bertugas harus netral?",
        "Apakah anggota dan siapapun keluarganya boleh berkampanye?",
        "Bolehkah saya hadir, dan dari partai mana pun calonnya?",
        "Apa hukuman yang dijatuhkan kepada tiga anggota Polres Muara Jernih?",
    ):
        assert asks(text) == [], text


# The lead counts polling stations; the asked personnel, and how many of them came from Brimob, are a paragraph
# later, after a sentence the selector rates close to the lead.
SECURITY_PLAN = """---
title: "Polres Bukit Lima Siapkan Pengamanan Pemungutan Suara"
source: "Humas Polres Bukit Lima"
date: "2024-11-19"
kind: news
---

BUKIT LIMA, Humas Polres Bukit Lima – Polres Bukit Lima menetapkan rencana pengamanan 842 tempat pemungutan \
suara (TPS) yang tersebar di 11 kecamatan untuk pemungutan suara Pilkada Serentak, Rabu (27/11/2024).

Rencana tersebut dimatangkan dalam rapat koordinasi bersama KPU, Bawaslu, Kodim, dan Pemerintah Kabupaten \
Bukit Lima di Aula Mapolres Bukit Lima, Selasa (19/11/2024).

Kapolres Bukit Lima AKBP Yosef Tambunan menjelaskan, sebanyak 534 personel akan dikerahkan, terdiri atas 410 \
personel Polres Bukit Lima dan 124 personel bawah kendali operasi (BKO) dari Satbrimob Polda.

TPS kategori rawan dijaga dua personel untuk setiap dua TPS.
"""


@pytest.fixture(scope="module")
def security_plan(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("security_plan"), {"pengamanan_bukit_lima.md": SECURITY_PLAN})


def test_each_count_ask_is_answered_by_a_count_of_what_it_asks(security_plan: Assistant) -> None:
    answer = security_plan.ask(
        "Polres Bukit Lima menurunkan berapa personel untuk pengamanan pemungutan suara, "
        "dan berapa yang BKO dari Brimob?"
    )
    assert "534 personel" in answer.text and "124 personel" in answer.text, answer.text
    # the polling stations' count is no short answer to "berapa personel"
    assert not answer.text.startswith("842"), answer.text
    assert all(part in c.chunk.text for c in answer.citations for part in c.quote.split(" … "))


def test_a_count_ask_is_answered_by_a_count_of_what_it_counts() -> None:
    # "officers" reads as personel; a measure or classifier after "berapa" names no counted thing.
    analyzer = Analyzer()
    asked = "Berapa personel dikerahkan, dan berapa yang BKO?"
    assert counts_the_asked(asked, "534 personel", "id", analyzer)
    assert not counts_the_asked(asked, "842 tempat", "id", analyzer)
    assert counts_the_asked("How many officers were deployed", "534 personel", "en", analyzer)
    assert counts_the_asked("How many turned out to be proven", "empat terbukti", "en", analyzer)
    assert counts_the_asked("Berapa lama sidang berlangsung, dan apa putusannya?", "21 hari", "id", analyzer)
    assert counts_the_asked("Berapa orang diperiksa, dan apa sanksinya?", "tiga anggota", "id", analyzer)
    # people are counted as people: "berapa orang yang datang" is not answered by the shirts handed out (ps20)
    asked = "Berapa orang yang datang ke pertemuan, dan berapa kaos yang dibagikan?"
    assert counts_the_asked(asked, "23 orang", "id", analyzer)
    assert not counts_the_asked(asked, "40 kaos", "id", analyzer)
    assert not counts_the_asked("How many people attended, and who spoke?", "2 jam", "en", analyzer)
    for span in ("tiga terperiksa", "12 mahasiswa", "dua polwan", "lima pria"):
        assert counts_the_asked("Berapa orang yang diperiksa, dan apa sanksinya?", span, "id", analyzer), span


# Two posts in one article: the Kapolsek who asked (named by what he did, not by a post of Maulid Nabi) and the
# Kasat who was moved (the subject of the other ask), beside the Polda official who explained the move.
TRAINING_AND_TRANSFER = """---
title: "Pelatihan Netralitas dan Mutasi Kasat Reskrim di Polda Karang Lima"
source: "Kabar Karang Lima"
date: "2024-09-20"
kind: news
---

KARANG LIMA, Kabar Karang Lima – Polda Karang Lima menggelar pelatihan netralitas bagi para kapolsek, Jumat \
(20/9/2024).

Dalam sesi tanya jawab, Kapolsek Muara Teduh Iptu Rahmat Hidayat bertanya apakah dirinya boleh menghadiri \
peringatan Maulid Nabi di masjid desa yang juga dihadiri seorang calon bupati.

Kabid Propam Polda Karang Lima Kombes Pol Andi Wiratama menjawab Rahmat boleh hadir. Syaratnya, Rahmat tidak \
duduk satu deret dengan calon dan menolak bila diajak berfoto.

Di tempat terpisah, Polda Karang Lima memindahkan Kasat Reskrim Polres Tanjung Lima AKP Dimas Prakoso ke \
Bagian Pelayanan Markas (Yanma) Polda Karang Lima setelah istrinya ditetapkan sebagai calon wakil bupati.

Kabag Binkar Ro SDM Polda Karang Lima AKBP Wahyu Lestari menjelaskan pemindahan itu bukan sanksi, melainkan \
langkah menjaga netralitas.
"""


@pytest.fixture(scope="module")
def training_and_transfer(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("training"), {"pelatihan_karang_lima.md": TRAINING_AND_TRANSFER})


def test_which_officer_did_something_is_not_a_post_of_the_act(training_and_transfer: Assistant) -> None:
    # "Siapa Kapolsek yang bertanya soal … Maulid Nabi …, dan apa syarat …?" asks which Kapolsek asked; no post is
    # "Kapolsek Maulid Nabi", so refusing for want of a holder of it lost the answer.
    answer = training_and_transfer.ask(
        "Siapa Kapolsek yang bertanya soal acara Maulid Nabi di pelatihan netralitas, dan apa syarat yang "
        "disampaikan Kabid Propam?"
    )
    assert not answer.abstained, answer.text
    assert answer.text.startswith("Kapolsek Muara Teduh Iptu Rahmat Hidayat"), answer.text
    # … but the names its relative clause gives must be in the sentence that names him: he asked of no Isra Miraj
    other = training_and_transfer.ask("Siapa Kapolsek yang bertanya soal acara Isra Miraj di pelatihan netralitas?")
    assert not other.text.startswith("Kapolsek Muara Teduh"), other.text


def test_the_who_ask_of_two_asks_is_not_answered_by_the_other_asks_subject(
    training_and_transfer: Assistant,
) -> None:
    # The moved Kasat is the subject of the first ask; the second asks who explained the move.
    answer = training_and_transfer.ask(
        "Kasat Reskrim Tanjung Lima yang istrinya jadi calon wakil bupati dipindah ke mana, dan pejabat Polda "
        "siapa yang menjelaskannya?"
    )
    assert not answer.abstained, answer.text
    assert "Yanma" in answer.text, answer.text
    assert not answer.text.startswith(("Kasat", "AKP Dimas", "Dimas")), answer.text


# A cyber patrol's counts: the accounts that shared are counted beside the verb; another sentence names an
# officer who shared, beside a count of posts he liked.
CYBER_PATROL = """---
title: "Patroli Siber Propam Temukan 27 Akun Anggota Berinteraksi dengan Unggahan Kampanye"
source: "Kabar Karang"
date: "2024-10-29"
kind: news
---

KARANG LIMA, Kabar Karang – Tim patroli siber Bid Propam Polda Karang Lima menemukan 27 akun media sosial milik \
personel yang berinteraksi dengan unggahan kampanye pasangan calon sepanjang Oktober 2024.

Dari 27 akun tersebut, 15 akun memberi tanda suka, tujuh akun membagikan ulang, dan lima akun menulis komentar.

Bripka TS dari Polres Muara Lima tercatat menyukai 11 unggahan calon bupati, sementara Aiptu RW dari Polres \
Tanjung Lima beberapa kali ikut membagikan ulang unggahan calon gubernur.
"""

# A Polres's own article gives a district's polling stations; the province's joint statement, weeks later, gives
# its personnel too, in a list of districts.
DISTRICT_PLAN = """---
title: "Polres Ranah Lima Gelar Apel Netralitas"
source: "Warta Ranah"
date: "2024-09-20"
kind: news
---

RANAH LIMA, Warta Ranah – Polres Ranah Lima menggelar apel netralitas di halaman Mapolres, Jumat (20/9/2024).

Menurut catatan Polres, pemungutan suara di Kabupaten Ranah Lima akan berlangsung di 1.208 TPS.

Jumlah personel yang akan diterjunkan masih dihitung bersama KPU setempat.
"""

JOINT_STATEMENT = """---
title: "Bawaslu dan Polda Karang Lima Sepakati Pola Pengamanan TPS"
source: "Humas Polda Karang Lima"
date: "2024-11-20"
kind: official_statement
---

KARANG LIMA, Humas Polda Karang Lima – Bawaslu Provinsi Karang Lima dan Polda Karang Lima menyampaikan pernyataan \
bersama tentang pengamanan pemungutan suara, Rabu (20/11/2024).

Sebanyak 5.902 TPS di provinsi itu akan dijaga 3.310 personel Polri bersama Linmas.

Rincian untuk tiga daerah terbesar adalah sebagai berikut: Kota Karang 1.480 TPS dengan 790 personel, \
Kabupaten Ranah Lima 1.208 TPS dengan 655 personel, dan Kabupaten Muara Lima 1.010 TPS dengan 540 personel.
"""

# An interview: the count asked is in the reply to the interviewer's own question, among other counts of reports.
INTERVIEW_COUNTS = """---
title: "Kabid Propam: Kami Tidak Menunggu Viral"
source: "Pos Karang"
date: "2024-10-21"
kind: news
---

KARANG LIMA, Pos Karang – Bid Propam Polda Karang Lima terus menerima laporan dugaan pelanggaran netralitas \
dari berbagai daerah.

Pos Karang mewawancarai Kabid Propam Kombes Pol Heru Santoso di ruang kerjanya, Jumat (18/10/2024).

Berapa laporan yang sudah masuk sejauh ini?

Sampai kemarin ada 19 laporan. Sebanyak 12 di antaranya soal media sosial, empat soal kehadiran di kampanye, \
dan sisanya soal atribut.

Siapa yang paling banyak melapor?

Yang melapor kebanyakan warga biasa. Sejauh ini sudah ada lima laporan yang datang dari sesama anggota.

“Satu laporan dengan bukti yang jelas sudah cukup untuk memulai pemeriksaan,” kata Heru.
"""


@pytest.fixture(scope="module")
def counts(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(
        tmp_path_factory.mktemp("counts"),
        {
            "patroli_siber_karang.md": CYBER_PATROL,
            "apel_ranah_lima.md": DISTRICT_PLAN,
            "pernyataan_bersama_karang.md": JOINT_STATEMENT,
            "wawancara_kabid_propam_karang.md": INTERVIEW_COUNTS,
        },
    )


def _holds(answer, *spans: str) -> None:
    assert not answer.abstained and all(s in answer.text for s in spans), answer.text
    assert all(part in c.chunk.text for c in answer.citations for part in c.quote.split(" … "))


def test_a_count_of_those_who_did_the_act_is_the_count_beside_the_act(counts: Assistant) -> None:
    # "berapa yang membagikan ulang": "tujuh akun membagikan ulang", not "11 unggahan" liked by an officer who
    # also shared (the sentence holds more of the ask's words)
    answer = counts.ask(
        "Berapa akun anggota yang ditemukan patroli siber Propam, dan berapa yang membagikan ulang unggahan paslon?"
    )
    _holds(answer, "27 akun", "tujuh akun membagikan ulang")


def test_the_other_ask_is_answered_from_another_source_that_names_what_it_names(counts: Assistant) -> None:
    # the Polres's article has the polling stations only; the joint statement names the district with both
    answer = counts.ask(
        "Berapa TPS dan berapa personel Polri yang disiagakan di Kabupaten Ranah Lima pada hari pemungutan suara?"
    )
    _holds(answer, "1.208 TPS", "655 personel")


def test_an_interviews_count_is_the_reply_to_its_own_question(counts: Assistant) -> None:
    # "Menurut Kabid Propam dalam wawancara dengan Pos Karang" names the source, not words of the answer
    answer = counts.ask(
        "Menurut Kabid Propam dalam wawancara dengan Pos Karang, sudah berapa laporan netralitas yang masuk, dan "
        "berapa yang menyangkut media sosial?"
    )
    _holds(answer, "19 laporan", "12 di antaranya soal media sosial")
