"""What an answer reads beyond the one sentence that shares most of the question's words (real pipeline over
fictional articles): the hearing's decided sanction of an officer named by initials when a year-end release's
sanction counts share more of the question; the second ask of two that shares its noun with the first ("berapa
uang …, dan apakah uang itu sudah dikembalikan?") or puts its question word last; a count asked in English that
another article gives; the speaker a quote's next paragraph names by post, rank and name, and a civilian named
again by "Menurut Rosdiana, …" before the quote's "tuturnya". And what is refused: a summary of sanctions the
source says are not decided yet. What is not taken: a count from an article that never names the source the
question gives ("Menurut Kabid Propam, …"), unless the source's article does not hold the asked topic; a
witness's sentence for the sanction of the accused; another officer's article for the second ask. A name a
quotation's other sentence mentions is not an open name."""

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

LANAU HULU, LanauNews.id – Bhabinkamtibmas Desa Sirih, Aipda Marthen Lumbantoruan, ditarik ke Satuan Binmas \
Polres Lanau Hulu sejak Senin (28/10/2024), setelah putrinya terdaftar sebagai juru kampanye pasangan calon bupati.

Marthen mengetahui penunjukan putrinya pada Selasa (22/10/2024). Dua hari kerja kemudian, Kamis (24/10/2024), ia \
menyerahkan surat pernyataan kepada Kapolres Lanau Hulu.

Sejauh ini, sembilan personel Polres Lanau Hulu menyerahkan surat pernyataan keluarga. Tiga di antaranya \
dipindahkan ke fungsi lain, termasuk Marthen.

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

CONCERT = """---
title: "Polda Bukit Lanau Bantah Pesan Berantai soal Konser Kampanye"
source: "Suara Sirih"
date: "2024-11-04"
kind: news
---

LANAU HULU, Suara Sirih – Polda Bukit Lanau membantah pesan berantai yang menyebut personel boleh menonton konser \
kampanye pasangan calon asalkan tidak berseragam.

Sejak Sabtu, Pojok Konsultasi Netralitas menerima 9 pertanyaan dari personel tentang konser tersebut. Semuanya \
dijawab dengan isi yang sama: tidak boleh datang kecuali ditugaskan.
"""

WITNESS = """---
title: "Pasang Stiker Paslon di Mobil Dinas, Brigpol Andi Saputra Disidang"
source: "Warta Sirih"
date: "2024-10-26"
kind: news
---

LANAU HULU, Warta Sirih – Polres Lanau Hulu menggelar sidang disiplin terhadap Brigpol Andi Saputra, Jumat \
(25/10/2024), karena memasang stiker pasangan calon di mobil dinas.

Bripka WS hadir sebagai saksi dalam sidang Brigpol Andi Saputra. Majelis kemudian menjatuhkan penundaan kenaikan \
pangkat selama satu periode kepada Brigpol Andi.
"""

UNRETURNED = """---
title: "Bripka GR Disidang karena Mengantar Relawan"
source: "Kabar Sirih"
date: "2024-10-28"
kind: news
---

LANAU HULU, Kabar Sirih – Bripka GR menjalani sidang disiplin di Mapolres Lanau Hulu karena mengantar relawan \
pasangan calon ke lokasi kampanye.

Dalam sidang terungkap bahwa Bripka GR menerima uang Rp600.000 dari ketua relawan.
"""

RETURNED = """---
title: "Bripka TN Kembalikan Uang Relawan"
source: "Suara Batang Lanau"
date: "2024-10-29"
kind: news
---

LANAU HULU, Suara Batang Lanau – Dalam perkara terpisah, Bripka TN juga diperiksa Si Propam Polres Lanau Hulu. \
Uang dari ketua relawan itu sudah dikembalikan sebelum sidang.
"""

INTERVIEW = """---
title: "Kabid Propam: Survei Kepatuhan Disiapkan"
source: "Suara Lanau"
date: "2024-10-24"
kind: news
---

BUKIT LANAU, Suara Lanau – Sebulan setelah buku saku dibagikan, Pojok Konsultasi Netralitas di setiap Si Propam \
menjadi tempat personel bertanya. Suara Lanau mewawancarai Kabid Propam Polda Bukit Lanau Kombes Pol Leonardus \
Manik, Rabu (23/10/2024).

**Sejauh ini, berapa pertanyaan yang masuk ke Pojok Konsultasi?**

“Sampai Senin kemarin tercatat 180 pertanyaan. Terbanyak soal usaha sampingan,” kata Manik.

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
        "bantahan_konser_lanau.md": CONCERT,
        "sidang_brigpol_andi_lanau.md": WITNESS,
        "sidang_bripka_gr_lanau.md": UNRETURNED,
        "perkara_bripka_tn_lanau.md": RETURNED,
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
        assistant, "Kapan Aipda Marthen menyerahkan surat pernyataannya, dan ia dipindahkan ke satuan apa?"
    )
    assert "24/10/2024" in answer.text and "Satuan Binmas" in answer.text, answer.text


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


def test_a_civilian_named_again_by_menurut_is_still_the_speaker_of_tuturnya(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Siapa yang bilang warga tidak akan lupa mobil polisi yang mengantar relawan?")
    assert "Rosdiana Purba" in answer.text.splitlines()[0] and "tidak akan lupa" in answer.text, answer.text


def test_a_count_from_an_article_that_never_names_the_asked_source_is_not_given(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Menurut Kabid Propam, sudah berapa banyak pertanyaan personel di Pojok Konsultasi Netralitas?"
    )
    assert "9 pertanyaan" not in answer.text and "180 pertanyaan" in answer.text, answer.text


def test_the_named_source_gives_way_when_its_article_does_not_hold_the_asked_topic(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Menurut Kabid Propam, berapa pertanyaan tentang konser yang masuk ke Pojok Konsultasi?"
    )
    assert answer.text.startswith("9 pertanyaan"), answer.text


def test_a_witness_is_not_given_the_sanction_of_the_accused(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Apa sanksi yang akhirnya diputuskan majelis sidang disiplin untuk Bripka WS?")
    assert "penundaan kenaikan pangkat" not in answer.text, answer.text


def test_a_second_ask_is_not_answered_by_another_officers_article(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Berapa uang yang diterima Bripka GR dari ketua relawan, dan apakah uang itu sudah dikembalikan?"
    )
    assert "Rp600.000" in answer.text and "sudah dikembalikan" not in answer.text, answer.text


def test_an_open_clause_ends_with_its_sentence_inside_a_quotation() -> None:
    said = (
        "“Daftar pertanyaannya sedang disusun, tetapi tanggal pelaksanaannya belum ditentukan. Responden tidak perlu "
        "mencantumkan nama supaya jawabannya jujur,” tegasnya."
    )
    assert (open_clause(said) or "").strip() == "tanggal pelaksanaannya belum ditentukan."
