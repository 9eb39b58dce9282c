"""What a source withholds is refused, what a refuted file says rules nothing, and the sentences that finish an
answer are quoted with it (real pipeline over fictional articles and a rule book): "tidak merinci", "masih
menelusuri", "tidak menyebutkan rincian" and "Hasilnya belum ada" say the asked fact is not given; a file the
article calls fake allows nothing and its refutation is quoted; a who-ask of a two-part question is answered by
the sentence naming the doer of its act; "menyebut" reports speech; "menurut Polda" names a source, not a topic;
what the asked person did is told in the sentences after the scene; a case is told by the person's name after
rank; a definition answers which of several family terms a relative falls under; "Tolong rangkum …" summarises a
list; English "how long does … take" asks a length of time, and "rent out a house" reaches "menyewakan rumah"."""

import pytest

from assistant.engine import Assistant
from tests.assistant.conftest import asked_checked, with_articles

GUIDELINE = """---
title: "Buku Saku Netralitas Personel Polda Bukit Kemarau"
source: "Polda Bukit Kemarau"
date: "2024-09-05"
kind: guideline
---

# BUKU SAKU NETRALITAS PERSONEL POLDA BUKIT KEMARAU

Diterbitkan oleh Bid Propam Polda Bukit Kemarau, edisi pertama September 2024.

Keluarga inti berarti suami atau istri personel serta anaknya yang belum menikah.

Keluarga dekat berarti orang tua, mertua, saudara kandung, dan anak yang sudah menikah.

Setiap personel dilarang:

1. memasang stiker, bendera, atau atribut paslon pada kendaraan pribadi maupun kendaraan dinas;
2. menjadi saksi paslon di TPS, termasuk menggantikan saksi yang berhalangan.

Personel boleh:

1. menyewakan rumah atau kamar kos pribadi dengan harga pasaran kepada siapa saja, kecuali kepada paslon atau \
tim kampanye;
2. menghadiri pernikahan kerabat yang juga didatangi paslon, asalkan tidak duduk semeja dengan paslon.

Masyarakat dapat mengadu melalui Hotline Netralitas Bid Propam Polda Bukit Kemarau 0812-7714-3090. Aduan tanpa \
nama tetap diterima bila disertai bukti.

Personel yang mengetahui pelanggaran wajib melaporkannya paling lambat 12 jam. Bid Propam memberikan tanda terima \
dalam 2 hari kerja dan menyampaikan hasil pemeriksaan pendahuluan kepada pelapor paling lambat 14 hari kerja.

Pelanggaran ditangani menurut beratnya:

1. pelanggaran disiplin dapat dijatuhi teguran tertulis, penundaan kenaikan pangkat, atau patsus;
2. pelanggaran kode etik diperiksa Komisi Kode Etik Polri dengan sanksi terberat PTDH;
3. personel yang mengulangi pelanggaran langsung diajukan ke sidang Komisi Kode Etik Polri.
"""

WITHHELD = """---
title: "Propam Polres Kemarau Hulu Periksa Lima Anggota, Video Unggahan Ditelusuri"
source: "Kemarau Pos"
date: "2024-11-12"
kind: news
---

KEMARAU HULU, Kemarau Pos – Propam Polres Kemarau Hulu memeriksa lima anggota yang diduga hadir dalam rapat \
relawan salah satu paslon bupati, Senin (11/11/2024).

Kapolres Kemarau Hulu AKBP Yohanes Tukan membenarkan pemeriksaan itu. Kapolres tidak merinci dari Polsek mana \
saja kelima anggota itu berasal.

Video rapat tersebut pertama kali beredar di media sosial pada Sabtu (9/11/2024). Tim siber Polres Kemarau Hulu \
masih menelusuri siapa pengunggah pertama video itu.

Sejak awal Oktober, Propam Polres Kemarau Hulu menerima 63 pengaduan masyarakat. Sebagian besar pengaduan \
menyangkut media sosial. Ia tidak menyebutkan rincian jumlahnya per jenis pelanggaran.
"""

FAKE_FILE = """---
title: "Selebaran Palsu soal Stiker Paslon Beredar di Grup Anggota"
source: "Kemarau Pos"
date: "2024-10-30"
kind: news
---

KEMARAU HULU, Kemarau Pos – Seorang pembaca, Rahmat Loban, mengirim surat kepada redaksi tentang selebaran \
yang beredar di grup WhatsApp anggota Polres Kemarau Hulu.

Menurut Rahmat, selebaran itu menyebut anggota Polri boleh memasang stiker paslon pada kendaraan pribadi \
asalkan ukurannya kecil dan tidak mencolok, dan boleh menyewakan rumah kepada tim kampanye bila dibayar dengan \
harga sewa wajar.

Kabid Humas Polda Bukit Kemarau, Kombes Pol Agnes Lamury, menjawab bahwa selebaran tersebut palsu. Bid Propam \
tidak pernah menerbitkan aturan semacam itu.
"""

COLUMN = """---
title: "Rubrik Konsultasi Netralitas: Saudara Ipar dan Status WhatsApp"
source: "Harian Kemarau"
date: "2024-10-07"
kind: news
---

BUKIT KEMARAU, Harian Kemarau – Rubrik Konsultasi Netralitas edisi Sabtu (5/10/2024) kembali menjawab \
pertanyaan pembaca seputar netralitas Polri.

Pekan ini pertanyaan dijawab oleh Kasubbid Paminal Bid Propam Polda Bukit Kemarau, AKBP Hendrikus Wolo.

Sejak rubrik dibuka pada Sabtu (21/9/2024), redaksi menerima 41 pertanyaan dari pembaca.
"""

PROFILE = """---
title: "Aiptu Hendra Baso Purnatugas setelah 32 Tahun"
source: "Kemarau Pos"
date: "2024-12-01"
kind: news
---

KEMARAU HULU, Kemarau Pos – Aiptu Hendra Baso, Bhabinkamtibmas Desa Lewo Tanah, memasuki masa purnatugas \
pada 1 Desember 2024 setelah 32 tahun berdinas.

Ujian terberat datang pada Pilkada 2019, ketika adik kandungnya mencalonkan diri sebagai kepala daerah. Hendra \
meminta secara tertulis agar tidak ditugaskan di kecamatan tempat adiknya berkampanye. Permintaan itu \
dikabulkan, dan ia bertugas di Polsek Wai Rana selama tiga bulan.

Warga Lewo Tanah mengenalnya sebagai polisi yang rajin datang ke pos ronda.
"""

CASE = """---
title: "Aipda Markus Lobo Diperiksa setelah Duduk Semeja dengan Paslon"
source: "Warta Kemarau"
date: "2024-11-08"
kind: news
---

KEMARAU HULU, Warta Kemarau – Aipda Markus Lobo, Kanit Reskrim Polsek Wai Rana, menghadiri pernikahan \
sepupunya yang juga dihadiri calon bupati nomor urut 2, Minggu (3/11/2024).

Dalam foto yang kemudian beredar, Markus tampak duduk semeja dengan sang calon sambil mengangkat dua jari.

Kasi Propam Polres Kemarau Hulu, AKP Dewi Lamahala, menyebutkan Propam telah memeriksa Markus dan tiga saksi. \
Sanksi untuk Markus belum diputuskan dan masih menunggu gelar perkara.
"""

RETRACTION = """---
title: "Polda Bukit Kemarau Luruskan Pernyataan soal Dua Anggota Polres Kemarau Hulu"
source: "Humas Polda Bukit Kemarau"
date: "2024-11-19"
kind: official_statement
---

BUKIT KEMARAU, Humas Polda Bukit Kemarau – Bidang Humas Polda Bukit Kemarau meluruskan pernyataan Kasi Humas \
Polres Kemarau Hulu, AKP Darius Nenobais, yang pada Senin (18/11/2024) menyebut dua anggota "terbukti" \
berkampanye dan "dipastikan dipecat".

Kabid Humas Polda Bukit Kemarau, Kombes Pol Agnes Lamury, menegaskan bahwa keduanya belum pernah disidang. \
"Pernyataan itu kami ralat. Status keduanya masih terperiksa, belum terbukti," tegas Agnes di Mapolda.
"""

DIALOGUE = """---
title: "Dialog Radio Netralitas: Aduan Tanpa Nama Tetap Dicatat"
source: "Harian Kemarau"
date: "2024-10-18"
kind: news
---

BUKIT KEMARAU, Harian Kemarau – Dialog interaktif tentang netralitas Polri di Radio Swara Kemarau, Rabu \
(16/10/2024) malam, dibanjiri 58 pesan dari pendengar. Program itu menghadirkan Kabid Propam Polda Bukit Kemarau \
Kombes Pol Rudolf Manafe dan Ketua Bawaslu Provinsi Yusran Batubara.

Seorang pendengar bertanya apakah ia bisa melaporkan polisi yang memasang stiker paslon tanpa menyebut nama. \
Manafe memastikan Propam tetap menindaklanjuti aduan anonim asalkan disertai foto atau video.

Yusran memberi penjelasan dari sisi pengawas pemilu. "Untuk laporan resmi ke Bawaslu, identitas pelapor wajib \
ada. Tetapi pesan tanpa nama tetap kami catat sebagai informasi awal," katanya.

Sebagian besar pesan menanyakan grup WhatsApp yang dipenuhi materi kampanye. Namun, rincian jumlah pesan per topik \
belum direkap oleh tim produksi.
"""

HEARING = """---
title: "Aiptu RT Disidang karena Menyewakan Minibus untuk Kampanye"
source: "Warta Kemarau"
date: "2024-10-29"
kind: news
---

KEMARAU HULU, Warta Kemarau – Sidang disiplin Polres Kemarau Hulu menjatuhkan teguran tertulis kepada Aiptu RT, \
anggota Polsek Wai Rana, Selasa (29/10/2024). Kasus Aiptu RT tercatat sebagai sidang disiplin pertama selama \
masa kampanye Pilkada Serentak 2024.

Sidang di aula Mapolres itu dipimpin Wakapolres Kemarau Hulu, Kompol Marlina Ompusunggu. Bertindak sebagai \
penuntut adalah Kasi Propam AKP Dewi Lamahala.

Aiptu RT menerima Rp1.800.000 dari tim kampanye sebagai uang sewa minibus. "Soal uang sewa itu, apakah disita \
atau tidak, belum ada keputusan," tutur Dewi.

"Sanksi tertulis saja tidak cukup. Publik perlu tahu satuan dan jenis sanksinya." Pernyataan itu disampaikan \
Dr. Wahyuni Taslim, pengajar hukum Universitas Kemarau, yang hadir sebagai pengamat.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "buku_saku_bukit_kemarau.md": GUIDELINE,
        "lima_anggota_kemarau_hulu.md": WITHHELD,
        "selebaran_palsu_stiker.md": FAKE_FILE,
        "rubrik_konsultasi_kemarau.md": COLUMN,
        "purnatugas_hendra_baso.md": PROFILE,
        "kasus_markus_lobo.md": CASE,
        "ralat_dua_anggota_kemarau.md": RETRACTION,
        "dialog_radio_kemarau.md": DIALOGUE,
        "sidang_aiptu_rt.md": HEARING,
    }
    return with_articles(tmp_path_factory.mktemp("withheld"), articles)


@pytest.mark.parametrize(
    "question",
    [
        "Dari Polsek mana saja lima anggota Polres Kemarau Hulu yang diperiksa itu?",
        "Siapa pengunggah pertama video rapat relawan di Kemarau Hulu?",
        "Dari 63 pengaduan masyarakat ke Propam Polres Kemarau Hulu, berapa yang menyangkut media sosial?",
        "Dari 58 pesan di dialog Radio Swara Kemarau, berapa yang menanyakan soal grup WhatsApp?",
        "Uang sewa Rp1,8 juta yang diterima Aiptu RT dari tim kampanye akhirnya disita atau tidak?",
    ],
)
def test_a_fact_the_source_withholds_or_still_traces_is_refused_with_the_sentence_saying_so(
    assistant: Assistant, question: str
) -> None:
    answer = asked_checked(assistant, question)
    assert answer.abstained and answer.citations, answer.text


def test_a_refuted_file_allows_nothing_and_its_refutation_is_quoted(assistant: Assistant) -> None:
    """Read as a rule, "selebaran itu menyebut anggota Polri boleh … asalkan …" gave "allowed on a condition"."""
    answer = asked_checked(
        assistant, "Bolehkah saya memasang stiker paslon yang kecil di mobil pribadi, seperti kata selebaran itu?"
    )
    assert answer.verdict is not None and answer.verdict.value == "forbidden", answer.text
    assert "palsu" in answer.text and "Sumber lain berbeda" not in answer.text, answer.text


def test_a_who_ask_is_answered_by_the_sentence_naming_the_doer_of_its_act(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Siapa pejabat Propam yang menjawab rubrik konsultasi edisi awal Oktober, dan sudah berapa pertanyaan "
        "pembaca yang masuk?",
    )
    assert "Hendrikus Wolo" in answer.text and "41" in answer.text, answer.text


def test_menyebut_reports_speech_and_menurut_polda_names_a_source(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Siapa yang pertama kali menyebut dua anggota Polres Kemarau Hulu bakal dipecat, dan bagaimana status "
        "mereka menurut Polda?",
    )
    assert "Darius Nenobais" in answer.text.splitlines()[0], answer.text
    assert "masih terperiksa" in answer.text, answer.text


def test_what_the_asked_person_did_is_told_after_the_scene(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Apa yang dilakukan Aiptu Hendra waktu adik kandungnya mencalonkan diri?")
    assert "meminta secara tertulis" in answer.text and "tiga bulan" in answer.text, answer.text


def test_a_case_named_by_rank_and_name_is_told_with_its_deed_and_its_state(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Untuk studi kasus: jelaskan kasus Aipda Markus di pernikahan sepupunya, apa yang ia lakukan dan sampai "
        "mana penanganannya.",
    )
    assert "duduk semeja" in answer.text and "belum diputuskan" in answer.text, answer.text


def test_which_family_term_a_relative_falls_under_is_answered_by_its_definition(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Abang kandung saya jadi relawan paslon. Menurut buku saku, dia masuk golongan keluarga yang mana?"
    )
    assert "Keluarga dekat berarti" in answer.text, answer.text


def test_a_polite_summary_of_the_tiers_of_sanctions_quotes_the_whole_list(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Tolong rangkum jenjang sanksi dalam buku saku, termasuk kalau anggota mengulangi pelanggaran."
    )
    assert all(item in answer.text for item in ("teguran tertulis", "PTDH", "langsung diajukan")), answer.text


def test_how_long_does_it_take_asks_a_length_of_time(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "What number can the public use to report an officer in Bukit Kemarau, and how long does Propam take to "
        "share its preliminary findings with the complainant?",
    )
    assert "0812-7714-3090" in answer.text and "14 hari kerja" in answer.text, answer.text


def test_renting_a_house_to_a_campaign_team_is_forbidden_in_english_and_the_fake_claim_never_stands_alone(
    assistant: Assistant,
) -> None:
    answer = asked_checked(
        assistant,
        "I rent out a small house I own. A campaign team wants to rent it at the normal market price. Can I accept?",
    )
    assert answer.verdict is not None and answer.verdict.value == "forbidden", answer.text
    assert "selebaran itu menyebut" not in answer.text or "palsu" in answer.text, answer.text


def test_a_bare_first_name_opening_the_sentence_before_a_quote_is_its_speaker(assistant: Assistant) -> None:
    """ "Yusran memberi penjelasan …. “…,” katanya." gave the quote to the Kabid Propam named before him."""
    answer = asked_checked(
        assistant, "Di dialog radio itu, siapa yang bilang pesan tanpa nama tetap dicatat sebagai informasi awal?"
    )
    assert "Yusran Batubara" in answer.text.splitlines()[0] and "Manafe" not in answer.text, answer.text


def test_a_quote_attributed_by_the_next_sentence_of_its_paragraph_names_that_speaker(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Who said that a written sanction alone is not enough and the public needs to know the unit?"
    )
    assert "Wahyuni Taslim" in answer.text.splitlines()[0], answer.text


def test_each_who_ask_names_someone_other_than_the_person_it_names(assistant: Assistant) -> None:
    """ "Pilkada Serentak" led the answer as a name, and "Aiptu RT", whom the ask names, answered "who chaired"."""
    answer = asked_checked(
        assistant, "Who chaired Aiptu RT's disciplinary hearing in Kemarau Hulu, and who acted as the prosecutor?"
    )
    assert "Marlina Ompusunggu" in answer.text and "Dewi Lamahala" in answer.text, answer.text
    assert not answer.text.startswith("Pilkada"), answer.text
