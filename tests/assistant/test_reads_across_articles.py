"""What an answer reads beyond the one sentence that shares most of the question's words (real pipeline over
fictional articles): the hearing's decided sanction of an officer named by initials when a year-end release's
sanction counts share more of the question; the second ask of two that shares its noun with the first ("berapa
uang …, dan apakah uang itu sudah dikembalikan?") or puts its question word last; a count asked in English that
another article gives; the speaker a quote's next paragraph names by post, rank and name; a lower quote that holds
more of the claim than the sentence above it. And what is refused: a summary of sanctions the source says are not
decided yet. A name a quotation's other sentence mentions is not an open name."""

import pytest

from assistant.engine import Assistant
from assistant.extractive.undisclosed import open_clause
from tests.assistant.conftest import asked_checked, with_articles

HEARING = """---
title: "Antar Relawan dengan Mobil Dinas, Bripka YS Dijatuhi Teguran Tertulis"
source: "Lanau Pos"
date: "2024-10-23"
kind: news
---

LANAU HULU, Lanau Pos – Anggota Satsamapta Polres Lanau Hulu, Bripka YS, menjalani sidang disiplin di Aula \
Mapolres Lanau Hulu, Selasa (22/10/2024). Ia terbukti mengantar relawan pasangan calon bupati dengan mobil dinas \
ke lokasi kampanye tanpa surat perintah.

Dalam sidang terungkap bahwa Bripka YS menerima uang Rp850.000 dari ketua relawan. Uang yang disebut “uang bensin” \
itu telah dikembalikan melalui Si Propam dua hari sebelum sidang.

Penuntut dalam sidang, Kasi Propam Polres Lanau Hulu Iptu Gregorius Sembiring, meminta majelis menjatuhkan \
penempatan di tempat khusus selama 21 hari.

Majelis yang dipimpin Wakapolres Lanau Hulu Kompol Yohanes Sitorus memutuskan sanksi yang lebih ringan, yakni \
teguran tertulis dan penempatan di tempat khusus selama tujuh hari. Pertimbangannya, Bripka YS mengakui \
perbuatannya dan belum pernah dihukum.

Ketua Bawaslu Kabupaten Lanau Hulu Rosdiana Purba mengatakan pihaknya menerima laporan warga tentang mobil dinas \
itu pada Kamis (3/10/2024).

Menurut Rosdiana, mobil polisi lebih mudah dikenali warga daripada spanduk. “Warga mungkin lupa nama relawannya, \
tetapi tidak akan lupa mobil polisi yang mengantar mereka,” tuturnya.
"""

RELEASE = """---
title: "Bid Propam Polda Bukit Lanau Terima 41 Aduan Netralitas"
source: "Kabar Lanau"
date: "2024-12-18"
kind: news
---

BUKIT LANAU, Kabar Lanau – Bid Propam Polda Bukit Lanau menerima 41 aduan dugaan pelanggaran netralitas personel \
sepanjang masa kampanye. Data itu dipaparkan dalam konferensi pers evaluasi di Mapolda, Rabu (18/12/2024).

Hasilnya, 17 aduan terbukti, 19 tidak terbukti, dan lima masih diperiksa. Jumlah itu belum termasuk 14 akun temuan \
patroli siber yang ditangani tersendiri.

Untuk sanksi, sembilan personel dijatuhi teguran lisan disertai apel khusus, lima personel diputus dalam sidang \
disiplin, dan satu personel disidang Komisi Kode Etik Polri dengan putusan demosi.

“Angka ini tidak untuk dibanggakan, juga tidak untuk ditutupi. Untuk setiap aduan yang terbukti, nama satuannya \
kami umumkan, sedangkan nama lengkap personelnya tidak.”

Pernyataan itu disampaikan Kabid Propam Kombes Pol Leonardus Manik saat menjawab pertanyaan wartawan soal \
keterbukaan data.
"""

FAMILY = """---
title: "Anaknya Jadi Juru Kampanye, Bhabinkamtibmas Desa Sirih Ditarik ke Polres"
source: "LanauNews.id"
date: "2024-10-30"
kind: news
---

LANAU HULU, LanauNews.id – Bhabinkamtibmas Desa Sirih, Aipda Marthen Lumbantoruan, menyerahkan surat pernyataan \
keluarga setelah putrinya terdaftar sebagai juru kampanye pasangan calon bupati.

Marthen mengetahui penunjukan putrinya pada Selasa (22/10/2024). Dua hari kerja kemudian, Kamis (24/10/2024), ia \
menyerahkan surat pernyataan kepada Kapolres Lanau Hulu.

Sejak Senin (28/10/2024), Marthen bertugas di Bagian Operasional Polres Lanau Hulu.

Adapun Bripka HN terlambat melapor. Ayahnya menjadi koordinator relawan, dan rumah yang ditinggali Bripka HN \
dijadikan posko. Ia baru menyerahkan surat pernyataan delapan hari kerja setelah mengetahuinya.

Menurut Kasi Propam Polres Lanau Hulu Iptu Gregorius Sembiring, pemeriksaan terhadap Bripka HN sudah rampung. \
Namun, sanksi untuknya belum diputuskan karena masih menunggu jadwal sidang.
"""

CYBER = """---
title: "Patroli Siber Polda Bukit Lanau Tandai Akun Personel"
source: "Harian Lanau"
date: "2024-11-12"
kind: news
---

BUKIT LANAU, Harian Lanau – Ditressiber dan Bid Propam Polda Bukit Lanau memaparkan hasil patroli siber atas akun \
media sosial personel, Selasa (12/11/2024).

Sepanjang September hingga November, tim memantau 3.608 akun yang tercantum dalam daftar akun yang disetorkan \
personel. Pemantauan dilakukan enam petugas secara bergiliran.
"""

INTERVIEW = """---
title: "Kabid Propam: Survei Kepatuhan Disiapkan"
source: "Suara Lanau"
date: "2024-10-24"
kind: news
---

BUKIT LANAU, Suara Lanau – Suara Lanau mewawancarai Kabid Propam Polda Bukit Lanau Kombes Pol Leonardus Manik, \
Rabu (23/10/2024).

**Apakah akan ada evaluasi kepatuhan personel setelah kampanye?**

“Kami menyiapkan survei kepatuhan secara daring untuk seluruh personel. Daftar pertanyaannya sedang disusun, \
tetapi tanggal pelaksanaannya belum ditentukan. Responden tidak perlu mencantumkan nama supaya jawabannya jujur,” \
tegasnya.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "sidang_bripka_ys_lanau.md": HEARING,
        "rilis_aduan_netralitas_lanau.md": RELEASE,
        "keluarga_personel_lanau.md": FAMILY,
        "patroli_siber_lanau.md": CYBER,
        "wawancara_kabid_propam_lanau.md": INTERVIEW,
    }
    return with_articles(tmp_path_factory.mktemp("across_articles"), articles)


def test_the_hearings_sanction_of_the_named_officer_beats_a_releases_counts(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Apa sanksi yang akhirnya diputuskan majelis sidang disiplin untuk Bripka YS?")
    first = answer.text.splitlines()[0]
    assert not answer.abstained and "teguran tertulis" in first and "tujuh hari" in first, answer.text


def test_a_summary_of_sanctions_not_decided_yet_is_refused(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Rangkum sanksi yang sudah dijatuhkan kepada Bripka HN karena terlambat melapor.")
    assert answer.abstained and "belum diputuskan" in answer.text, answer.text


def test_a_second_ask_sharing_the_first_asks_noun_is_answered(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Berapa uang yang diterima Bripka YS dari ketua relawan, dan apakah uang itu sudah dikembalikan?"
    )
    assert "Rp850.000" in answer.text and "dua hari sebelum sidang" in answer.text, answer.text


def test_a_second_ask_with_its_question_word_last_is_answered(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Kapan Aipda Marthen menyerahkan surat pernyataannya, dan sejak itu ia bertugas di bagian apa?"
    )
    assert "24/10/2024" in answer.text and "Bagian Operasional" in answer.text, answer.text


def test_an_english_count_ask_is_answered_from_the_article_that_gives_it(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "How many personnel accounts did the cyber patrol monitor, and how many were flagged?"
    )
    assert "3.608" in answer.text and "14 akun" in answer.text, answer.text


def test_a_quotes_speaker_named_by_post_in_the_next_paragraph(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "At the evaluation press conference, who said the unit of each proven complaint is announced but not the "
        "member's full name?",
    )
    assert not answer.abstained and "Leonardus Manik" in answer.text.splitlines()[0], answer.text


def test_the_quote_that_holds_the_claim_names_its_speaker(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Who said residents would never forget the police car that drove the volunteers?")
    assert "Rosdiana" in answer.text.splitlines()[0] and "tidak akan lupa" in answer.text, answer.text


def test_an_open_clause_ends_with_its_sentence_inside_a_quotation() -> None:
    said = (
        "“Daftar pertanyaannya sedang disusun, tetapi tanggal pelaksanaannya belum ditentukan. Responden tidak perlu "
        "mencantumkan nama supaya jawabannya jujur,” tegasnya."
    )
    assert (open_clause(said) or "").strip() == "tanggal pelaksanaannya belum ditentukan."
