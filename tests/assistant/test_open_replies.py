"""A question the source itself leaves open is refused with the sentence that says so, even when that sentence is
far from the words the user asks with (real pipeline over fictional articles): an interview's reply that opens
"Itu belum diputuskan" answers the user's "… kan?" whatever its kind; a who-ask whose best sentences name nobody
finds, further on in the same article, that the doer is not known yet. Where the reply does answer, it is
quoted."""

import pytest

from assistant.engine import Assistant
from tests.assistant.conftest import asked_checked, with_articles

INTERVIEW = """---
title: "Wawancara Karo SDM Polda Teluk Sendang: Personel yang Keluarganya Maju Pilkada Dipindah ke Polda"
source: "Harian Sendang"
date: "2024-10-15"
kind: news
---

TELUK SENDANG, Harian Sendang – Karo SDM Polda Teluk Sendang Kombes Pol Yosef Lamabelawa menjawab pertanyaan \
Harian Sendang soal 31 personel yang dipindahkan karena anggota keluarganya maju dalam Pilkada Serentak 2024.

**Berapa personel yang dipindahkan ke Polda?**

Sebanyak 31 personel kami tarik ke Polda, sedangkan sebelas lainnya digeser ke fungsi staf di Polres masing-masing.

**Apakah personel yang dipindahkan tetap menerima tunjangan kinerja yang sama?**

Ya, tunjangan kinerja mereka tetap sama dengan jabatan lama sampai ada keputusan penempatan baru.

**Setelah kepala daerah terpilih dilantik, apakah personel yang dipindahkan kembali ke posisi semula?**

Itu belum diputuskan. Pimpinan akan menilai kasusnya satu per satu, jadi saya belum bisa menjanjikan apa-apa \
kepada rekan-rekan yang dipindahkan.
"""

LEAFLET = """---
title: "Gambar Ralat Buku Saku Palsu Beredar, Polda Teluk Sendang Minta Anggota Tidak Terpancing"
source: "Kabar Sendang"
date: "2024-11-08"
kind: news
---

TELUK SENDANG, Kabar Sendang – Sebuah gambar berjudul "Ralat Buku Saku Netralitas Edisi III" beredar di grup \
WhatsApp dan Facebook di Teluk Sendang sejak Senin (4/11/2024). Gambar itu mengklaim anggota Polri kini boleh \
menjadi juru bicara relawan asalkan tidak berseragam.

Gambar ralat buku saku itu memuat logo Polda Teluk Sendang dan tanda tangan Kapolda yang dipalsukan. Menurut \
gambar tersebut, ralat buku saku edisi ketiga berlaku sejak 1 November 2024.

Tim Cek Fakta Kabar Sendang menelusuri klaim tersebut dan menyimpulkan klaim itu salah. Polda Teluk Sendang \
tidak pernah menerbitkan edisi ketiga buku saku, dan gambar ralat itu tidak pernah dibuat oleh Bid Propam.

Menurut Kabid Humas Polda Teluk Sendang, Kombes Pol Maria Goreti Bunga, anggota yang ragu dapat bertanya \
langsung ke Bid Propam melalui grup resmi satuan.

Gambar itu pertama kali diunggah akun Facebook bernama "Sendang Bersuara" yang kini sudah dinonaktifkan. Siapa \
pembuat gambar tersebut belum diketahui dan masih diselidiki Ditressiber.

Ditressiber mencatat gambar tersebut sudah dibagikan ulang di 41 grup WhatsApp hingga Kamis (7/11/2024).
"""

POSTER = """---
title: "Poster Kampanye di Pagar Asrama Polres Sendang Hulu Dicopot"
source: "Warta Sendang"
date: "2024-10-21"
kind: news
---

SENDANG HULU, Warta Sendang – Poster kampanye seorang calon bupati yang terpasang di pagar Asrama Polres Sendang \
Hulu dicopot petugas, Minggu (20/10/2024).

Kasi Propam Polres Sendang Hulu AKP Theresia Kolo menyebutkan poster itu dipasang pada Sabtu malam oleh seorang \
relawan yang tinggal di sebelah asrama.

Pemasang poster tersebut adalah Yohanes Wuwur, kerabat salah satu penghuni asrama, yang mengaku tidak tahu \
aturan soal fasilitas Polri.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "wawancara_karo_sdm_sendang.md": INTERVIEW,
        "ralat_buku_saku_palsu_sendang.md": LEAFLET,
        "poster_asrama_sendang_hulu.md": POSTER,
    }
    return with_articles(tmp_path_factory.mktemp("open_replies"), articles)


def test_an_interview_reply_that_opens_undecided_refuses_the_users_yes_no_ask(assistant: Assistant) -> None:
    """Before, the answer quoted the interview's question and its reply as if they settled it."""
    answer = asked_checked(
        assistant,
        "Saya dipindah ke Polda karena bapak saya maju jadi calon bupati. Nanti setelah pelantikan saya pasti "
        "balik ke posisi semula, kan?",
    )
    assert answer.abstained, answer.text
    assert "Itu belum diputuskan" in answer.text and "apakah personel yang dipindahkan kembali" in answer.text


def test_an_interview_reply_that_answers_is_quoted_as_the_answer(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Apakah personel yang dipindahkan ke Polda tetap menerima tunjangan kinerja yang sama?"
    )
    assert not answer.abstained and "tetap sama dengan jabatan lama" in answer.text, answer.text


def test_a_who_ask_finds_further_in_the_article_that_the_doer_is_not_known(assistant: Assistant) -> None:
    """Before, the answer quoted the sentence on the leaflet that names nobody, as if it answered who made it."""
    answer = asked_checked(assistant, "Siapa sebenarnya pembuat gambar ralat buku saku edisi ketiga itu?")
    assert answer.abstained, answer.text
    assert "belum diketahui" in answer.text, answer.text
