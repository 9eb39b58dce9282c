"""Who holds a post outside the police, and the second ask of a two-part question (real pipeline over fictional
articles): "Siapa nama presiden Indonesia sekarang?" is answered by "Presiden <name>", never by another country's
president; a name the text writes as its acronym is the same name; a second ask for a destination ("where was he
reassigned?"), a telephone number ("Berapa nomor WhatsApp …") or a count "terkait" something gets the sentence that
gives it; of two dates in one sentence the short answer is the asked act's; a count given beside another district
and never the asked one is not the asked district's; a case summary gives the panel's decision however long the
deed's telling, and a summary per kind the sentence that breaks its total down; "Does the booklet apply to me?"
is answered by the booklet's sentence on whom it binds that names the asker's kind ("Tenaga honorer …"); a briefing
on the sanction given to one officer needs a sentence that states one."""

import pytest

from assistant.answer import Answer
from assistant.engine import Assistant
from assistant.extractive.asked_type import asked_form
from assistant.extractive.title_holder import _holder
from assistant.question import Kind
from tests.assistant.conftest import asked_checked, with_articles

FAMILY = """---
title: "Polres Kali Temu Terima Sembilan Surat Pernyataan Keluarga Personel"
source: "Kabar Watu Sela"
date: "2024-10-28"
kind: news
---

KALI TEMU, Kabar Watu Sela – Polres Kali Temu menerima sembilan surat pernyataan dari personel yang anggota \
keluarga intinya masuk tim kampanye pasangan calon Pilkada 2024. Data itu disampaikan Kasi Propam Polres Kali Temu \
Iptu Marlina Sitanggang, Senin (28/10/2024).

Dari sembilan surat itu, lima menyangkut istri atau suami, tiga menyangkut orang tua, dan satu menyangkut mertua.

Salah satu yang melapor adalah Aipda Benediktus Laoli, Kanit Samapta Polsek Sungai Ara. Istrinya terdaftar sebagai \
anggota tim kampanye calon bupati.

Benediktus mendengar kabar itu pada Selasa (15/10/2024) dan menyerahkan surat pernyataan tiga hari kemudian, \
Jumat (18/10/2024). Sejak itu ia tidak dilibatkan dalam pengamanan kampanye. Untuk sementara ia dipindahkan ke \
piket penjagaan Mako Polres.

Kasus berbeda dialami Brigpol Yosua Hutapea. Ibu mertuanya menjadi saksi pasangan calon gubernur di sebuah TPS. \
Yosua semula mengira cukup melapor lisan karena menganggap mertua bukan keluarga inti. Marlina mengatakan \
keterlambatan Yosua masih dikaji.

Adapun Bripda Yoel Sinaga cukup melapor lisan karena adik kandungnya menjadi relawan pasangan calon bupati.

Ketua Cabang Bhayangkari Polres Kali Temu mengingatkan anggota agar tidak memasang atribut pasangan calon di asrama.
"""

HEARING = """---
title: "Ajak Warga Pilih Calon Saat Sambang, Bhabinkamtibmas Polsek Sungai Ara Dihukum"
source: "Warta Sela Hilir"
date: "2024-11-08"
kind: news
---

KALI TEMU, Warta Sela Hilir – Bhabinkamtibmas Polsek Sungai Ara, Bripka TS, dijatuhi hukuman disiplin karena \
mengajak warga memilih salah satu pasangan calon bupati. Putusan dibacakan dalam sidang disiplin di Aula Mapolres \
Kali Temu, Kamis (7/11/2024), yang juga dihadiri perwakilan Bawaslu setempat.

Kejadiannya berlangsung saat sambang warga di balai Desa Ulu Ara, Jumat (11/10/2024). Dalam rekaman berdurasi \
tiga menit yang beredar di grup warga, TS terdengar meminta warga memilih calon yang sudah membangun jembatan desa. \
Nama paslon yang dimaksud tidak disebut dalam sidang. Warga yang hadir saat itu sekitar 40 orang, sebagian besar \
petani dan nelayan dari dua dusun di Ulu Ara. Rekaman itu kemudian diunggah ulang akun anonim dan ditonton lebih \
dari dua ribu kali dalam sehari.

Rekaman itu dilaporkan seorang warga ke Bawaslu Kabupaten Kali Temu, yang kemudian meneruskannya ke Si Propam \
Polres Kali Temu pada Senin (14/10/2024).

Dalam tuntutannya, penuntut Iptu Rahmat Silalahi meminta majelis menjatuhkan teguran tertulis, penundaan kenaikan \
pangkat selama satu periode, dan penempatan dalam tempat khusus selama 21 hari.

Majelis yang dipimpin Wakapolres Kali Temu Kompol Andreas Manurung memutus lebih ringan. TS dijatuhi teguran \
tertulis, penempatan dalam tempat khusus selama sepuluh hari, dan mutasi yang bersifat demosi ke Sat Samapta. \
Penundaan kenaikan pangkat tidak dikabulkan.

Sidang juga memeriksa Brigpol HN, rekan TS yang ikut dalam sambang tersebut. HN tidak menegur TS dan tidak \
melaporkan kejadian itu. Ia dijatuhi teguran lisan.
"""

MONITOR = """---
title: "Pemantau Catat 27 Dugaan Ketidaknetralan Polisi di Kali Temu"
source: "Kabar Watu Sela"
date: "2024-11-18"
kind: news
---

KALI TEMU, Kabar Watu Sela – Lembaga pemantau Jaring Pemilu Sela mencatat 27 dugaan ketidaknetralan anggota Polri \
selama masa kampanye Pilkada 2024. Temuan itu dipaparkan dalam diskusi publik di Kampus Universitas Kali Temu, \
Senin (18/11/2024).

Koordinator Jaring Pemilu Sela Dewi Sembiring menyebut pemantauan dilakukan oleh 40 relawan. Dari 27 temuan, 12 \
berupa aktivitas di media sosial, delapan kehadiran di acara paslon, empat pengawalan iring-iringan, dan tiga \
pemakaian kendaraan dinas.
"""

RALLY = """---
title: "Aipda RG Hadiri Jalan Sehat Relawan Paslon, Kapolres Bantah Ada Pelanggaran"
source: "Warta Sela Hilir"
date: "2024-11-12"
kind: news
---

KALI TEMU, Warta Sela Hilir – Kehadiran Aipda RG, anggota Polsek Sungai Ara, dalam jalan sehat yang digelar \
relawan pasangan calon bupati Kali Temu dikritik lembaga pemantau. Foto Aipda RG di barisan depan peserta beredar \
di media sosial.

Kapolres Kali Temu AKBP Hendra Sipayung membantah penilaian tersebut. Ia menyebut Aipda RG hadir atas perintah \
lisan Kapolsek untuk memantau rute yang melintasi jalan provinsi.
"""

GUIDELINE = """---
title: "Buku Saku Netralitas Personel Polda Watu Sela"
source: "Polda Watu Sela"
date: "2024-09-02"
kind: guideline
---

# BUKU SAKU NETRALITAS PERSONEL POLDA WATU SELA

Ketentuan buku saku ini mengikat seluruh anggota Polri dan PNS Polri di lingkungan Polda Watu Sela beserta Polres \
jajarannya. Tenaga honorer dan pekerja harian lepas tidak termasuk personel, tetapi dilarang memakai seragam atau \
fasilitas satuan untuk kegiatan pasangan calon.

Warga dan personel dapat mengadukan dugaan pelanggaran netralitas melalui layanan Lapor Netral di WhatsApp \
0812-7744-3190, SPKT Polda, atau Si Propam Polres.

Bid Propam mengirim tanda terima aduan paling lambat 2x24 jam, menuntaskan klarifikasi dalam 7 hari kerja, dan \
menyampaikan hasilnya kepada pengadu paling lambat 14 hari kerja. Personel yang menyaksikan pelanggaran wajib \
melapor paling lambat 6 jam. Pengadu boleh tidak menyebutkan nama, asalkan mengirimkan bukti berupa foto atau \
video.

Anggota yang namanya masih tercantum dalam DPT melaporkannya kepada Si Propam paling lambat 3 hari kerja setelah \
mengetahuinya. Personel yang ditandai pada unggahan kampanye wajib menghapus tanda itu paling lambat 8 jam.
"""

VOTING_DAY = """---
title: "Polres Kali Temu Amankan 640 TPS"
source: "Warta Sela Hilir"
date: "2024-11-26"
kind: news
---

KALI TEMU, Warta Sela Hilir – Polres Kali Temu mengerahkan 820 personel untuk mengamankan 640 TPS pada pemungutan \
suara Rabu (27/11/2024). Sebanyak 31 TPS di antaranya tergolong sangat rawan, terbanyak di Kabupaten Teluk Gading \
dengan 12 TPS.

Personel dari Kabupaten Sela Hilir ikut membantu pengamanan logistik di gudang KPU.
"""

NATIONAL = """---
title: "Presiden Hadiri Sidang Umum, Bertemu Sejumlah Kepala Negara"
source: "Kabar Watu Sela"
date: "2024-09-24"
kind: news
---

NEW YORK, Kabar Watu Sela – Presiden juga bertemu Presiden Mesir Karim Sabri dan Perdana Menteri Fiji Josaia Ratu \
di sela sidang umum.

Di Jakarta, Presiden Gunawan Sasmita, Wakil Presiden Rudi Tamara, dan Ketua DPR Salim Hutauruk menyaksikan \
siaran langsung pidato itu.

Warga pesisir yang diwakili Forum Nelayan Pantai Utara (FNPU) menolak rencana relokasi kampung mereka.

Sekretaris Jenderal FNPU, Markus Tanamal, mengatakan warga menyambut baik penundaan rencana itu.
"""


def _lead(answer: Answer) -> str:
    """The answer's first line: its short answer, when it leads with one."""
    return answer.text.splitlines()[0]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "family_kali_temu.md": FAMILY,
        "voting_kali_temu.md": VOTING_DAY,
        "national.md": NATIONAL,
        "guideline_watu_sela.md": GUIDELINE,
        "hearing_kali_temu.md": HEARING,
        "monitor_kali_temu.md": MONITOR,
        "rally_kali_temu.md": RALLY,
    }
    return with_articles(tmp_path_factory.mktemp("holders"), articles)


def test_the_home_countrys_president_is_the_one_named_without_a_country(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Siapa nama presiden Indonesia sekarang?")
    assert _lead(answer) == "Gunawan Sasmita [1]", answer.text


def test_a_name_written_as_its_acronym_is_the_same_name(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Siapakah nama Sekretaris Jenderal Forum Nelayan Pantai Utara")
    assert _lead(answer) == "Markus Tanamal [1]", answer.text


def test_a_holder_is_not_a_deputy_a_foreigner_a_past_holder_or_a_law() -> None:
    sentence = "Presiden juga bertemu Presiden Mesir Karim Sabri, lalu Wakil Presiden Rudi Tamara."

    def is_place(word: str) -> bool:
        return word == "Mesir"

    assert _holder("presiden", sentence, is_place) == ""  # Mesir's president is no answer to "Siapa presiden?"
    assert _holder("Presiden Mesir", sentence, is_place) == "Karim Sabri"
    assert _holder("Wakil Presiden", sentence, is_place) == "Rudi Tamara"
    assert _holder("Menteri Keuangan", sentence, is_place) == ""
    assert _holder("presiden", "Pada era almarhum Presiden Harjono Sastro, jalan itu dibangun.", is_place) == ""
    assert _holder("presiden", "Menurut Peraturan Presiden Nomor 12 Tahun 2024, …", is_place) == ""
    assert _holder("presiden", "Presiden Gunawan Sasmita Senin (12/3) meresmikan jalan.", is_place) == "Gunawan Sasmita"


def test_a_second_ask_for_a_destination_gets_the_move(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "When did Aipda Benediktus Laoli hand in his statement letter, and where was he temporarily reassigned?",
    )
    assert "piket penjagaan" in answer.text, answer.text


def test_of_two_dates_the_short_answer_is_the_asked_acts(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Kapan Aipda Benediktus Laoli menyerahkan surat pernyataan?")
    assert _lead(answer) == "Jumat (18/10/2024) [1]", answer.text


def test_a_count_terkait_something_is_the_count_of_it(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Berapa surat pernyataan yang diterima Polres Kali Temu, dan berapa yang terkait mertua?"
    )
    assert "sembilan" in answer.text and "satu menyangkut mertua" in answer.text, answer.text


def test_a_telephone_number_asked_beside_a_deadline_is_given(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Berapa nomor WhatsApp layanan aduan Propam, dan paling lambat berapa hari kerja pengadu diberi tahu hasilnya?",
    )
    assert "0812-7744-3190" in answer.text and "14 hari kerja" in answer.text, answer.text


def test_a_count_given_beside_another_district_is_not_the_asked_ones(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Berapa TPS sangat rawan yang ada di Kabupaten Sela Hilir?")
    assert answer.abstained and "Teluk Gading" in answer.text, answer.text


def test_a_case_summary_gives_the_panels_decision_below_the_deeds_details(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Rangkum perkara Bripka TS: apa yang dia lakukan, apa tuntutan penuntut, dan apa putusan \
majelisnya.",
    )
    assert "sepuluh hari" in answer.text, answer.text


def test_a_summary_per_kind_gives_the_total_broken_down(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Rangkum temuan lembaga pemantau yang dipaparkan di Universitas Kali Temu, termasuk rinciannya per jenis "
        "pelanggaran.",
    )
    assert "berupa aktivitas di media sosial" in answer.text, answer.text


def test_whom_the_booklet_binds_is_read_from_its_statement_on_the_asked_person(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "My younger brother works as a contract (honorer) staff member at our Polres and volunteers for a candidate. "
        "Is he bound by the pocket book?",
    )
    assert "tidak termasuk personel" in answer.text, answer.text


def test_a_briefing_on_an_officers_sanction_needs_a_sanction(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Jelaskan sanksi yang dijatuhkan kepada Aipda RG atas kehadirannya di jalan sehat relawan paslon."
    )
    assert answer.abstained, answer.text


def test_asks_with_a_form_of_their_own() -> None:
    assert asked_form(Kind.HOW_MANY, "Berapa nomor WhatsApp layanan aduan") is not None
    assert asked_form(Kind.WHERE, "where was he temporarily reassigned?") is not None
    assert asked_form(Kind.HOW_MANY, "berapa yang terkait mertua?") is None
