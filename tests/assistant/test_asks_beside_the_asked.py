"""What a question names beside what it asks (real pipeline over fictional articles and a guideline): a second ask
whose words are all the first's ("… and what happened to that money?") needs its own sentence; a comparison
("perbedaan antara tuntutan penuntut dan putusan Ketua Komisi") quotes both sides, and the decision of a person
("putusan Ketua Komisi") is no process another official says is still under study; the official a who-question
names by post as the one who denied a rumour is not the rumour's first sender, nor is the officer it names by name
the one who came after him; a rule that names none of the asked act ("When am I allowed to go inside?", its
"termasuk" no "masuk") gives no verdict; "What does the pocket book say …?" is answered from the pocket book; a
criticism is summarised with the reply to it ("… dan tanggapan Kabid Humas atas kritik itu")."""

import pytest

from assistant.engine import Assistant
from assistant.evidence import answer_spans
from assistant.extractive.compound import asks
from assistant.question import Kind
from lang.people import find_people
from lang.terms import Analyzer
from tests.assistant.conftest import asked_checked, with_articles

HEARING = """---
title: "Angkut Kursi Kampanye dengan Mobil Patroli, Aipda RG Didemosi Dua Tahun"
source: "Warta Teluk Seram"
date: "2024-11-20"
kind: news
---

TELUK SERAM, Warta Teluk Seram – Komisi Kode Etik Polri Polda Teluk Seram menjatuhkan sanksi demosi selama dua \
tahun kepada Aipda RG, anggota Satsamapta Polres Waeputih, dalam sidang di Mapolda, Selasa (19/11/2024).

Aipda RG terbukti memakai mobil patroli untuk mengangkut kursi kampanye seorang calon bupati. Ia mengaku menerima \
uang bensin Rp650.000 dari koordinator relawan. Uang itu sudah diserahkan ke Bid Propam sebagai barang bukti \
sebelum sidang.

Menurut Kasi Humas Polres Waeputih Iptu Naomi Wattimena, perkara RG merupakan sidang etik netralitas pertama di \
Polres Waeputih.

Penuntut, Kompol Hendrikus Lesbassa, menuntut demosi empat tahun ditambah penempatan khusus selama 21 hari. \
Sidang yang dipimpin Ketua Komisi AKBP Yosias Matulessy memutuskan lebih ringan karena RG mengakui perbuatannya.

Di luar sidang etik, dugaan pidana pemilihan dalam perkara ini masih dikaji Sentra Gakkumdu. “Kajiannya belum \
selesai, jadi kami belum bisa menyebut ada atau tidak unsur pidananya,” ujar Ketua Bawaslu Kabupaten Waeputih, \
Margaretha Pattinasarany.
"""

RUMOUR = """---
title: "Polda Teluk Seram Bantah Pesan Berantai soal Cuti Personel"
source: "Kabar Waeputih"
date: "2024-11-06"
kind: news
---

TELUK SERAM, Kabar Waeputih – Sebuah pesan berantai yang menyebut personel Polda Teluk Seram boleh mengambil cuti \
untuk menjadi saksi pasangan calon beredar di grup WhatsApp sejak Senin (4/11/2024).

Kabid Humas Polda Teluk Seram Kombes Pol Abraham Sahetapy membantah isi pesan itu. Menurut dia, tidak ada cuti \
yang diberikan untuk kegiatan pasangan calon.

Pada pekan yang sama, Polda Teluk Seram memindahkan Kasat Reskrim Polres Waeputih AKP Daniel Latuconsina ke \
Bagian Pelayanan Markas Polda setelah adiknya ditetapkan sebagai calon wakil bupati Waeputih.
"""

GUIDELINE = """---
title: "Buku Saku Netralitas Personel Polda Teluk Seram"
source: "Polda Teluk Seram"
date: "2024-09-05"
kind: guideline
---

# BUKU SAKU NETRALITAS PERSONEL POLDA TELUK SERAM

1. Personel adalah anggota Polri dan PNS Polri di lingkungan Polda Teluk Seram, termasuk yang sedang cuti.
2. Anggota keluarga adalah suami atau istri, anak, menantu, dan orang tua personel.

Personel tidak boleh:

1. datang ke kegiatan kampanye sebagai penonton atau peserta, termasuk kampanye yang dikemas sebagai pasar murah, \
kecuali hadir berdasarkan surat perintah tugas pengamanan;
2. memasang stiker pasangan calon pada kendaraan pribadi.

Personel pengamanan TPS berjaga di luar area TPS dan tidak mendekati bilik suara. Personel baru boleh masuk bila \
diminta ketua kelompok penyelenggara untuk menangani gangguan keamanan, dan segera keluar setelah gangguan teratasi.

PNS Polri boleh memberikan suara di TPS sesuai DPT, asalkan datang tanpa seragam dinas.

Usaha milik personel atau keluarganya, seperti katering dan percetakan, boleh melayani masyarakat umum. Pesanan dari \
tim kampanye wajib ditolak sejak awal. Jika telanjur dibayar, uangnya dikembalikan paling lambat 2 hari dan hal itu \
dilaporkan kepada Si Propam.

Personel boleh:

1. bagi PNS Polri, menjadi anggota PPS hanya jika memperoleh izin tertulis dari kepala satuan kerjanya dan tidak \
bertugas di TPS yang diamankan satuannya.
"""


INTERVIEW = """---
title: "Kabid Propam: Lebih Baik Bertanya daripada Menyesal"
source: "Suara Waeputih"
date: "2024-10-25"
kind: news
---

TELUK SERAM, Suara Waeputih – Suara Waeputih mewawancarai Kabid Propam Polda Teluk Seram Kombes Pol Markus \
Tuhumury di ruang kerjanya, Kamis (24/10/2024).

Tanya: Ada contoh pertanyaan yang menarik?

Jawab: Ada istri seorang Bripka yang menjalankan usaha katering. Ia menerima pesanan nasi kotak dari tim kampanye \
dan sudah dibayar di muka. Setelah suaminya bertanya kepada kami, pesanan itu dibatalkan keesokan harinya.
"""


RELEASE = """---
title: "Polda Teluk Seram Tangani 41 Aduan Netralitas Sepanjang 2024"
source: "Seram Ekspres"
date: "2024-12-30"
kind: news
---

TELUK SERAM, Seram Ekspres – Bid Propam Polda Teluk Seram menangani 41 aduan dugaan pelanggaran netralitas \
personel sepanjang tahapan Pilkada Serentak 2024. Angka itu dipaparkan Kabid Humas Polda Teluk Seram Kombes Pol \
Abraham Sahetapy dalam rilis akhir tahun di Mapolda, Senin (30/12/2024).

Pengamat kepolisian dari Universitas Waeputih, Dr. Yohanis Pelupessy, menilai sanksi bagi pelanggaran di media \
sosial terlalu ringan. “Sebagian besar hanya berakhir dengan teguran lisan. Efek jeranya kecil,” ujarnya.

Perkara Aiptu JW dari Polres Waeputih termasuk dalam dua perkara yang diajukan ke KKEP. Hingga kini jadwal \
sidangnya belum ditetapkan.

Sahetapy menjawab bahwa sanksi mengikuti bobot pelanggaran sebagaimana diatur buku saku. “Yang mengulang langsung \
kami bawa ke sidang etik,” tegasnya.
"""


TRAINING = """---
title: "Polresta Amahusu Gelar Bimtek Netralitas untuk 180 Personel"
source: "Amahusu Pos"
date: "2024-09-18"
kind: news
---

AMAHUSU, Amahusu Pos – Polresta Amahusu menggelar bimbingan teknis netralitas untuk 180 personel di aula \
Mapolresta, Selasa (17/9/2024).

Di akhir kegiatan, peserta mengerjakan kuis tertulis. Personel yang nilai kuisnya di bawah 75 wajib mengulang materi \
dalam kelompok kecil.
"""


FAREWELL = """---
title: "Purnabakti Tanpa Aduan, Aiptu Hehanussa Dilepas Warga Desa Hila"
source: "Hila Pos"
date: "2024-12-02"
kind: news
---

HILA, Hila Pos – Selama 14 tahun bertugas sebagai Bhabinkamtibmas Desa Hila, Aiptu Frans Hehanussa tidak pernah \
sekali pun diadukan soal netralitas. “Catatan nol aduan itu bukan kebetulan, melainkan kebiasaan yang dijaga setiap \
hari.”

Kalimat itu disampaikan Kapolres Waeputih, AKBP Markus Tuhumury, dalam amanatnya saat melepas Hehanussa.

“Pak Hehanussa tidak pernah menolak undangan warga, tetapi juga tidak pernah mau difoto bersama calon. Warga di \
sini hafal kebiasaannya,” kata Kepala Desa Hila, Yusuf Tuasikal.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "hearing_waeputih.md": HEARING,
        "rumour_waeputih.md": RUMOUR,
        "interview_waeputih.md": INTERVIEW,
        "release_teluk_seram.md": RELEASE,
        "training_amahusu.md": TRAINING,
        "farewell_hila.md": FAREWELL,
        "guideline_teluk_seram.md": GUIDELINE,
    }
    return with_articles(tmp_path_factory.mktemp("beside_the_asked"), articles)


def test_a_second_ask_made_only_of_the_firsts_words_gets_its_own_sentence(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "How much fuel money did Aipda RG accept from the volunteer coordinator, and what happened to that money?",
    )
    assert "Rp650.000" in answer.text and "barang bukti" in answer.text, answer.text


def test_a_comparison_quotes_both_sides(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Rangkum perbedaan antara tuntutan penuntut dan putusan Ketua Komisi dalam sidang etik perkara mobil patroli "
        "Polres Waeputih.",
    )
    assert not answer.abstained, answer.text  # the Bawaslu's open study is not the chair's decision
    assert "empat tahun" in answer.text and "dua tahun" in answer.text, answer.text


def test_a_criticism_is_summarised_with_the_reply_to_it(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Ringkas kritik pengamat dari Universitas Waeputih tentang sanksi pelanggaran media sosial dan tanggapan Kabid "
        "Humas atas kritik itu.",
    )
    assert "terlalu ringan" in answer.text and "bobot pelanggaran" in answer.text, answer.text


def test_the_official_named_by_post_as_the_denier_is_not_the_rumours_sender(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Siapa orang pertama yang menyebarkan pesan berantai soal cuti yang dibantah Kabid Humas?"
    )
    assert answer.abstained, answer.text
    assert "Sahetapy" not in answer.text


def test_an_officer_the_question_names_is_not_who_came_after_him(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Who was appointed acting head of Satreskrim Polres Waeputih after Daniel Latuconsina was moved?"
    )
    assert answer.abstained, answer.text


def test_when_an_act_is_allowed_is_ruled_by_a_rule_that_names_it(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "I'm assigned to guard a polling station on voting day. When am I allowed to go inside?"
    )
    verdict = answer.text.splitlines()[0]  # the rule on entering; no other rule is set against it
    assert "ketua kelompok penyelenggara" in verdict and "forbidden" not in answer.text.lower(), answer.text


def test_comparisons_are_split_into_their_two_sides() -> None:
    assert asks("Rangkum perbedaan antara tuntutan penuntut dan putusan majelis.") == [
        "tuntutan penuntut",
        "putusan majelis.",
    ]
    assert asks("Compare the prosecutor's demand with the panel's ruling") == [
        "the prosecutor's demand",
        "the panel's ruling",
    ]


def test_a_person_is_named_by_their_post_only_with_its_next_word() -> None:
    (humas,) = find_people("Kabid Humas Polda Teluk Seram Kombes Pol Abraham Sahetapy membantah isi pesan itu.")
    assert humas.posted_in("pesan yang dibantah Kabid Humas?")
    assert humas.posted_in("the rumour the Kabid denied")
    assert not humas.posted_in("pesan yang dibantah Kabid Propam?")
    assert not humas.posted_in("pesan yang dibantah Kapolres?")


def test_termasuk_is_not_masuk() -> None:
    assert Analyzer().terms("termasuk") != Analyzer().terms("masuk")


def test_what_the_pocket_book_says_comes_from_the_pocket_book(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "My wife runs a catering business and a campaign team has already paid her for an order. What does the "
        "pocket book say we must do?",
    )
    assert answer.citations and answer.citations[0].chunk.doc_id == "guideline_teluk_seram", answer.text


def test_a_sum_of_money_ends_with_its_number_or_scale() -> None:
    sentence = "Ia menerima uang bensin Rp650.000 dari koordinator relawan, lalu Rp1,2 juta untuk 40 kursi."
    spans = answer_spans(Kind.HOW_MANY, sentence, "Berapa uang yang diterima?")
    assert spans == ["Rp650.000", "Rp1,2 juta", "40 kursi"]


def test_a_who_answer_quotes_no_one_elses_words_beside_it(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Siapa yang memimpin majelis sidang etik Aipda RG?")
    assert "Matulessy" in answer.text and "Wattimena" not in answer.text, answer.text


def test_a_rule_is_read_with_its_paragraph(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Saya jaga TPS. Kalau ada ribut-ribut di dalam TPS, saya boleh masuk?")
    verdict = answer.text.splitlines()[0]  # the condition is the one for entering, not the one for voting
    assert "ketua kelompok penyelenggara" in verdict and "seragam" not in verdict, answer.text


def test_a_permission_for_one_act_is_not_one_for_another_body(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Can a PNS Polri staff member sit on the KPPS at their own polling station?")
    assert "Allowed" not in answer.text, answer.text


def test_a_hearing_not_yet_scheduled_has_no_ruling_to_summarise(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Buat ringkasan putusan sidang KKEP terhadap Aiptu JW untuk bahan studi kasus.")
    assert answer.abstained and "belum ditetapkan" in answer.text, answer.text


def test_a_figure_of_another_units_training_is_not_the_asked_units(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Di Polres Liang Hitu, nilai minimal kuis bimtek netralitas berapa?")
    assert answer.abstained and "75" not in answer.text, answer.text


def test_no_other_quote_stands_beside_a_speaker_the_quote_leaves_unclear(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "At Hehanussa's farewell, who said that his record of zero neutrality complaints came from habit rather "
        "than luck?",
    )
    assert "Tuhumury" in answer.text and "Tuasikal" not in answer.text, answer.text
