"""What a case's article says a sentence or two after the one that shares the question's words (real pipeline over
fictional articles and a rule book): the sanction a panel decided, when the lead only says "hukuman disiplin"; what
an officer named by initials alone did next; whom a rule book's other family definition covers; how often
something is done, as the second ask of two; who did an act, when the result of the case is still open; a count
of the act an English ask names ("were flagged"). And what
is refused: a count of another thing than the asked one, and the doer of an act still traced."""

import pytest

from assistant.engine import Assistant
from tests.assistant.conftest import asked_checked, with_articles

GUIDELINE = """---
title: "Buku Saku Netralitas Personel Polda Teluk Sembilang"
source: "Polda Teluk Sembilang"
date: "2024-09-05"
kind: guideline
---

# BUKU SAKU NETRALITAS PERSONEL POLDA TELUK SEMBILANG

## Pengertian

Dalam buku saku ini yang dimaksud dengan:

1. Keluarga inti: suami atau istri, anak kandung, orang tua kandung, dan mertua;
2. Kerabat lain: saudara kandung, ipar, paman, bibi, dan sepupu, di mana pun mereka tinggal.

## Kewajiban

Jika anggota keluarga inti masuk tim pemenangan, personel wajib menyerahkan surat pernyataan kepada Kapolres \
paling lambat 3 hari kerja.
"""

HEARING = """---
title: "Brigpol TD Dijatuhi Hukuman karena Menjadi Wasit Turnamen Relawan"
source: "Kabar Sembilang"
date: "2024-10-21"
kind: news
---

MUARA SEMBILANG, Kabar Sembilang – Seorang anggota Satlantas Polres Muara Sembilang berinisial Brigpol TD dijatuhi \
hukuman disiplin karena memimpin pertandingan bola voli dalam turnamen relawan calon bupati. Putusan dibacakan \
dalam sidang disiplin di Mapolres, Senin (21/10/2024).

Majelis yang dipimpin Wakapolres Muara Sembilang Kompol Herman Lumban Tobing menjatuhkan teguran tertulis dan \
penempatan dalam tempat khusus selama tujuh hari. Honor wasit yang diterima TD disita sebagai barang bukti.

Kasus lain tidak berujung sanksi. Ipar Bripda QR menjadi saksi pasangan calon di kecamatan tetangga. Karena ipar \
tidak termasuk keluarga inti, QR cukup memberi tahu Kasi Propam secara lisan.
"""

ESCORTS = """---
title: "Pengawal Pasangan Calon di Teluk Sembilang Dilatih"
source: "Warta Sembilang"
date: "2024-09-25"
kind: news
---

TELUK SEMBILANG, Warta Sembilang – Polda Teluk Sembilang melatih 52 personel pengawal pribadi pasangan calon \
gubernur dan bupati, Rabu (25/9/2024).

Setiap pasangan calon mendapat empat pengawal. Pengawal dirotasi setiap tiga pekan agar tidak dianggap bagian dari \
tim, kata Dirpamobvit Kombes Pol Bonifasius Laoli.

Uang makan pengawal sebesar Rp95.000 per hari ditanggung dinas.
"""

CHAIN = """---
title: "Pesan Berantai Palsu soal Anggota Cuti Boleh Berkampanye"
source: "Sembilang Pos"
date: "2024-11-12"
kind: news
---

TELUK SEMBILANG, Sembilang Pos – Polda Teluk Sembilang membantah pesan berantai yang menyebut anggota yang sedang \
cuti boleh hadir di kampanye.

Kasubdit Siber AKBP Rosalina Hutagalung mengatakan pengirim pertama pesan itu masih ditelusuri.

Dari penelusuran itu, anggota Polres Muara Sembilang berinisial Bripda KW diketahui ikut meneruskan pesan tersebut \
ke grup keluarganya. Hasil pemeriksaannya belum ada, dan Polda belum menentukan sanksi apa pun. \
KW dipindahkan sementara ke Bagian Operasional.

Polres Muara Sembilang mengerahkan 140 personel untuk 410 TPS. Secara keseluruhan, Bid Propam menerima 33 pengaduan \
netralitas selama tahapan pilkada.
"""

CYBER = """---
title: "Patroli Siber Polda Teluk Sembilang Pantau Siaran Langsung Paslon"
source: "Harian Sembilang"
date: "2024-10-18"
kind: news
---

TELUK SEMBILANG, Harian Sembilang – Ditressiber Polda Teluk Sembilang memaparkan hasil patroli siber atas siaran \
langsung pasangan calon di media sosial, Jumat (18/10/2024).

Ditanya soal rinciannya, Dirressiber Kombes Pol Adrianus Simatupang menyebut 15 akun personel menulis komentar \
dukungan, 9 akun mengirim hadiah virtual, dan 12 akun membagikan potongan video siaran.

Tim memantau 3.912 akun milik personel sejak September dan mencocokkannya dengan data Bag SDM. Sebanyak 36 akun \
ditandai karena berinteraksi dengan siaran langsung paslon. Pemiliknya diminta menghapus jejak interaksi.

Kabid Propam Kombes Pol Yulius Tarigan menambahkan, hadiah virtual diperiksa seperti pemberian lainnya.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "buku_saku_teluk_sembilang.md": GUIDELINE,
        "sidang_brigpol_td.md": HEARING,
        "pengawal_paslon_sembilang.md": ESCORTS,
        "pesan_berantai_cuti_sembilang.md": CHAIN,
        "patroli_siber_sembilang.md": CYBER,
    }
    return with_articles(tmp_path_factory.mktemp("second_reads"), articles)


def test_the_panels_sanction_is_quoted_when_the_lead_says_only_hukuman_disiplin(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Hukuman apa yang akhirnya dijatuhkan majelis kepada Brigpol TD?")
    first = answer.text.splitlines()[0]
    assert not answer.abstained and "teguran tertulis" in first and "tujuh hari" in first, answer.text


def test_what_an_officer_named_by_initials_alone_did_next_is_quoted(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Ipar saya jadi saksi paslon. Apa saya wajib bikin surat pernyataan seperti kasus Bripda QR?"
    )
    quoted = answer.text.splitlines()
    assert "Ipar Bripda QR" in quoted[0] and "secara lisan" in quoted[1], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Apakah sepupu saya termasuk keluarga inti?",
        "My brother joined a campaign team. Does he count as keluarga inti?",
    ],
)
def test_a_relative_outside_a_definition_gets_the_definition_that_names_him(
    assistant: Assistant, question: str
) -> None:
    answer = asked_checked(assistant, question)
    assert "Keluarga inti:" in answer.text and "Kerabat lain:" in answer.text, answer.text


def test_how_often_as_a_second_ask_is_answered_by_a_frequency(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "How much is the bodyguards' daily meal allowance, and how often are the bodyguards rotated?"
    )
    assert "Rp95.000" in answer.text and "setiap tiga pekan" in answer.text, answer.text


def test_who_did_it_is_answered_when_only_the_result_of_the_case_is_open(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Siapa anggota yang ikut meneruskan pesan palsu soal cuti itu, dan bagaimana hasil pemeriksaannya?"
    )
    assert not answer.abstained and "Bripda KW" in answer.text and "belum ada" in answer.text, answer.text


def test_a_count_of_other_things_in_the_asked_unit_is_refused(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Berapa pengaduan netralitas yang tercatat di Polres Muara Sembilang?")
    assert answer.abstained and "140" not in answer.text, answer.text


def test_an_english_question_for_the_doer_of_an_act_still_traced_is_refused(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Who created and first sent the fake chain message about members on leave?")
    assert answer.abstained and "masih ditelusuri" in answer.text, answer.text


def test_an_english_count_ask_is_answered_by_the_count_of_its_act(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "How many personnel accounts were flagged in the cyber patrol over candidates' livestreams, and how many of "
        "them sent virtual gifts?",
    )
    assert "36 akun ditandai" in answer.text and "9 akun mengirim" in answer.text, answer.text
