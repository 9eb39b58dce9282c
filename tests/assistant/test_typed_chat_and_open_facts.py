"""Questions typed as officers chat, and facts a source names only to say they are open (real pipeline over
fictional articles and a rule book): chat shorthand ("sy wajib lapor dlm brp lama?") reads as the written words;
a money question asked last, a remainder the source will not give
yet, a sender still traced, a speaker who declines to break a figure down and a ballot number the article never
gives are refused with the reason; a hearing's decided sanction is quoted, not the generic "hukuman disiplin"."""

import pytest

from assistant.engine import Assistant
from tests.assistant.conftest import asked_checked, with_articles

GUIDELINE = """---
title: "Buku Saku Netralitas Personel Polda Danau Lindur"
source: "Polda Danau Lindur"
date: "2024-09-02"
kind: guideline
---

# BUKU SAKU NETRALITAS PERSONEL POLDA DANAU LINDUR

Diterbitkan oleh Bid Propam Polda Danau Lindur, edisi pertama September 2024.

Semua larangan interaksi dengan konten kampanye berlaku untuk setiap akun yang dapat dioperasikan personel: akun \
pribadi, akun tanpa nama asli, akun cadangan, dan akun bersama.

Anggota yang masih tercatat dalam daftar pemilih tetap wajib memberi tahu Kasi Propam secara tertulis dan tidak \
datang ke TPS kecuali sedang bertugas.

Personel yang mengetahui dugaan pelanggaran wajib melaporkannya paling lambat 3x24 jam sejak mengetahui. Bid \
Propam mengirimkan tanda terima paling lambat 2 hari kerja.
"""

PRESS = """---
title: "Propam Polda Danau Lindur Terima 41 Aduan, Sisa Dana Hibah Belum Diumumkan"
source: "Lindur Pos"
date: "2024-11-20"
kind: news
---

DANAU LINDUR, Lindur Pos – Bid Propam Polda Danau Lindur menerima 41 aduan dugaan pelanggaran netralitas selama \
masa kampanye Pilkada Serentak 2024.

Ketika wartawan menanyakan Polres mana yang paling banyak menyumbang aduan terbukti, Kabid Propam Kombes Pol \
Hendrik Ratulangi enggan merinci.

Wakapolda Brigjen Pol Yosua Manek menjelaskan dana hibah pengamanan pilkada sebesar Rp48 miliar terserap untuk \
operasi hingga hari pemungutan suara, tetapi sisa anggaran belum bisa disampaikan karena audit belum selesai.

Polda juga membantah "Nota Dinas Karo SDM" palsu yang membolehkan anggota menyewakan mobil kepada tim kampanye. \
Dirressiber Kombes Pol Arnold Sitanggang mengatakan pengirim pertama nota palsu itu masih ditelusuri.

Kapolsek Lindur Hilir Iptu Daniel Wenas mengerahkan 28 personel untuk 30 TPS di Desa Tanjung Lindur.
"""

HEARING = """---
title: "Aipda Yohanes Tamboto Disidang karena Percetakannya Cetak Kalender Paslon"
source: "Warta Lindur"
date: "2024-11-05"
kind: news
---

LINDUR HILIR, Warta Lindur – Anggota Sat Samapta Polres Lindur Hilir, Aipda Yohanes Tamboto, dijatuhi hukuman \
disiplin karena percetakan miliknya mengerjakan 900 kalender salah satu paslon bupati.

Perwira penuntut, Iptu Ruben Lasut, menuntut hukuman penempatan di tempat khusus selama 14 hari.

Majelis yang dipimpin Wakapolres Lindur Hilir, Kompol Sefnat Rumengan, memutuskan hukuman yang lebih ringan, \
yakni teguran tertulis dan penundaan kenaikan gaji berkala selama enam bulan.

Yohanes menyatakan menerima putusan dan tidak mengajukan keberatan.
"""

HEARING_DPRD = """---
title: "RDP Komisi I DPRD Danau Lindur: Aduan Netralitas dan Usulan Penarikan Bhabinkamtibmas"
source: "Harian Lindur"
date: "2024-12-12"
kind: news
---

DANAU LINDUR, Harian Lindur – Komisi I DPRD Provinsi Danau Lindur menggelar rapat dengar pendapat dengan Polda \
Danau Lindur, Kamis (12/12/2024).

Anggota Komisi I, Regina Mamahit, mengusulkan agar Bhabinkamtibmas yang kerabatnya masuk tim kampanye otomatis \
ditarik dari desa binaannya. Menurut dia, warga sulit percaya pada polisi desa yang saudaranya ikut berkampanye.

Wakapolda menolak usulan pemindahan otomatis tersebut. "Pemindahan dilakukan kasus per kasus berdasarkan surat \
pernyataan, bukan pukul rata," jelas Yosua.

Ketua Bawaslu Provinsi, Maria Lumingkewas, menyampaikan pandangan dari sisi pengawas. "Tamu yang duduk di barisan \
belakang pesta adat tidak otomatis melanggar," ujarnya.

Kabid Propam Kombes Pol Hendrik Ratulangi menambahkan, "Anggota tidak takut aturan. Mereka takut salah paham \
terhadap aturan."
"""

MINIBUS = """---
title: "Brigpol KS Disidang karena Menyewakan Minibus untuk Kampanye"
source: "Kabar Lindur"
date: "2024-10-29"
kind: news
---

LINDUR HULU, Kabar Lindur – Sidang disiplin Polres Lindur Hulu menjatuhkan hukuman teguran tertulis dan \
penempatan dalam tempat khusus selama 12 hari kepada Brigpol KS, anggota Polsek Lindur Tengah, Selasa \
(29/10/2024). Ia terbukti menyewakan dua minibus miliknya untuk mengangkut massa ke kampanye terbuka.

Brigpol KS menyatakan menerima putusan tersebut. Ia juga dipindahkan sementara ke Bagian Operasional Polres.
"""

NAMED = """---
title: "Polres Lindur Hulu Tetapkan Pengirim Pesan Berantai soal Hak Pilih"
source: "Suara Lindur"
date: "2024-11-25"
kind: news
---

LINDUR HULU, Suara Lindur – Polres Lindur Hulu menetapkan Bripka Andi Saputra sebagai pengirim pertama pesan \
berantai soal hak pilih anggota Polri.

Menurut Kapolres, motif pengirim pesan tersebut belum diketahui.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "buku_saku_danau_lindur.md": GUIDELINE,
        "aduan_dan_dana_hibah_lindur.md": PRESS,
        "sidang_aipda_yohanes_tamboto.md": HEARING,
        "rdp_komisi_i_lindur.md": HEARING_DPRD,
        "sidang_brigpol_ks.md": MINIBUS,
        "pengirim_pesan_lindur_hulu.md": NAMED,
    }
    return with_articles(tmp_path_factory.mktemp("typed_chat"), articles)


def test_chat_shorthand_asks_the_deadline_of_the_asked_act(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Kalo sy liat temen nge-like postingan paslon, udah sy tegur tp dia cuek, sy wajib lapor dlm brp lama?",
    )
    assert not answer.abstained and "3x24 jam" in answer.text, answer.text


def test_an_acronym_the_rules_write_out_reaches_the_rule(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Nama sy ternyata masih ada di DPT pdhl sy anggota aktif. Hrs gimana?")
    assert "Kasi Propam secara tertulis" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Polres mana yang paling banyak aduan terbuktinya?", "enggan merinci"),
        ("Sisa dana hibah pengamanan pilkada yg dikembalikan Polda berapa?", "sisa anggaran belum bisa"),
        ("Who was the original sender of the fake Karo SDM memo?", "masih ditelusuri"),
    ],
)
def test_a_fact_the_source_withholds_is_refused_with_the_sentence_saying_so(
    assistant: Assistant, question: str, said: str
) -> None:
    answer = asked_checked(assistant, question)
    assert answer.abstained and said in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Uang makan per hari buat anggota yang jaga TPS di Tanjung Lindur kemarin berapa ya?",
        "Kalender di percetakan Aipda Yohanes Tamboto itu pesanan paslon nomor urut berapa?",
    ],
)
def test_a_value_of_a_kind_no_sentence_holds_is_refused(assistant: Assistant, question: str) -> None:
    answer = asked_checked(assistant, question)
    assert answer.abstained and not answer.citations, answer.text


def test_the_decided_sanction_is_quoted_not_the_generic_one(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Jadi hukuman final buat Aipda Yohanes Tamboto apa? bukan tuntutan ya, yg diputus majelis"
    )
    assert "teguran tertulis" in answer.text and "gaji berkala" in answer.text, answer.text


def test_how_a_proposal_was_received_is_answered_by_the_reply_after_it(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Did the Wakapolda agree to Regina Mamahit's idea of automatically pulling Bhabinkamtibmas out of their "
        "villages when relatives join a campaign team?",
    )
    assert "menolak usulan" in answer.text and "kasus per kasus" in answer.text, answer.text


def test_an_english_who_said_names_the_speaker_of_the_quote_that_says_it(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Who said that guests sitting at the back of a traditional party are not automatically breaking the rules?",
    )
    assert "Maria" in answer.text and "Hendrik" not in answer.text, answer.text


def test_the_sanction_of_a_person_named_by_initials_is_quoted_before_what_they_said_of_it(
    assistant: Assistant,
) -> None:
    """Before, "Brigpol KS menyatakan menerima putusan tersebut" (KS is its subject) was quoted for the sanction and
    the answer refused: no sanction in it."""
    answer = asked_checked(
        assistant, "Sidang disiplin Brigpol KS yang nyewain minibus buat kampanye itu akhirnya mutusin hukuman apa?"
    )
    assert "12 hari" in answer.text, answer.text


def test_a_doer_the_best_sentence_names_is_not_refused_for_what_is_open_about_them_or_another_doer(
    assistant: Assistant,
) -> None:
    """ "motif pengirim … belum diketahui" and another article's "pengirim pertama nota palsu itu masih ditelusuri"
    leave open other things than who sent this message."""
    answer = asked_checked(assistant, "Siapa pengirim pertama pesan berantai soal hak pilih anggota Polri itu?")
    assert not answer.abstained and "Andi Saputra" in answer.text, answer.text
