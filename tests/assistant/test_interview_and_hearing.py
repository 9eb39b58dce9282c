"""An interview's questions are answered by their replies, what a source says is still open is refused with its
words, and a hearing's sanctions and cases are read from the paragraphs about the accused (real pipeline over
two fictional articles)."""

import pytest

from assistant.answer import Answer
from assistant.cite import citation_problems
from assistant.engine import Assistant
from tests.assistant.conftest import with_articles

INTERVIEW = """---
title: "Kabid Propam Polda Sekar Arum: Aduan Netralitas Didominasi Media Sosial"
source: "Kabar Sekar"
date: "2024-10-25"
kind: news
---

SEKAR ARUM, Kabar Sekar – Bidang Propam Polda Sekar Arum menerima 150 aduan dugaan pelanggaran netralitas \
melalui layanan pengaduan hingga Kamis (24/10/2024). Kabar Sekar mewawancarai Kabid Propam Polda Sekar Arum \
Kombes Pol Ratih Wulandari di kantornya, Jumat (25/10/2024).

Tanya: Dari 150 aduan itu, berapa yang terbukti?

Jawab: Sebanyak 48 aduan kami nilai cukup bukti dan sudah diteruskan ke satuan masing-masing. Sebanyak 87 aduan \
ternyata tidak terbukti, kebanyakan karena foto lama atau hasil suntingan. Sisanya masih kami klarifikasi.

Tanya: Bagaimana dengan anggota yang berswafoto dengan calon?

Jawab: Ada tujuh kasus seperti itu. Sebagian besar terjadi di acara syukuran warga. Kami tetap memprosesnya, \
karena yang dilihat masyarakat adalah fotonya, bukan alasannya.

Tanya: Bagaimana dengan foto profil WhatsApp anggota yang memakai twibbon calon?

Jawab: Kami menemukan lima kasus. Semuanya sudah kami panggil dan foto profilnya diganti hari itu juga.

Tanya: Apakah ada pembinaan untuk keluarga anggota?

Jawab: Ada. Kami sudah mengumpulkan pengurus Bhayangkari di enam Polres. Pembinaan tahap kedua untuk istri \
anggota akan kami lanjutkan setelah masa kampanye. Tanggal dan lokasinya belum kami putuskan.
"""

HEARING = """---
title: "Dua Anggota Polres Tanjung Wangi Disidang karena Tidak Netral"
source: "Warta Wangi"
date: "2024-10-16"
kind: news
---

TANJUNG WANGI, Warta Wangi – Polres Tanjung Wangi menggelar sidang disiplin terhadap dua anggotanya yang diduga \
melanggar netralitas dalam Pilkada Serentak 2024, Selasa (15/10/2024).

Terperiksa pertama, Bripka DW, terbukti menjadi pembawa acara dalam senam pagi yang digelar relawan salah satu \
pasangan calon bupati pada 8 September lalu. Saat itu ia sedang lepas dinas dan tidak berseragam. Majelis \
menjatuhkan teguran tertulis serta penempatan dalam tempat khusus selama 10 hari.

Atas putusan tersebut, Bripka DW menyatakan pikir-pikir.

Untuk terperiksa kedua, Brigpol SN, Seksi Propam merekomendasikan mutasi yang bersifat demosi. “Rekomendasi \
sudah kami kirim ke Polda. Ke mana dan kapan Brigpol SN dimutasi, itu kewenangan Polda,” kata Kasi Propam \
Iptu Hendra Saputra.

Hendra menjelaskan, sejak September Propam Polres Tanjung Wangi menerima sembilan laporan soal netralitas \
anggota. Rincian laporan per Polsek belum bisa dibuka karena masih diverifikasi.

Di asrama polisi Jalan Melati, tim Provos menemukan 12 stiker dan tiga spanduk pasangan calon yang ditempel \
di pintu rumah anggota.

Pemeriksaan serupa juga dilakukan di Asrama Polisi Kampung Baru pada hari yang sama. Namun, hasilnya masih \
direkap dan belum dapat disampaikan kepada media.

Kabag Ops Polres Tanjung Wangi Kompol Agus Salim menjelaskan, setiap personel pengamanan kampanye wajib memakai \
papan nama. Personel di ring satu tidak diizinkan membawa ponsel pribadi; komunikasi hanya lewat radio HT.

Dalam kesempatan itu, Propam juga mengungkap seorang anggota Satlantas berinisial Briptu RA telah melapor secara \
tertulis bahwa ayahnya ditunjuk menjadi anggota tim kampanye salah satu pasangan calon. Laporan itu disampaikan \
tiga hari setelah penunjukan sang ayah.

Selain kedua terperiksa, Propam juga memeriksa Kasat Samapta Polres Tanjung Wangi AKP Yosef Lumban atas dasar \
tanggung jawab komando. Hasil pemeriksaan terhadap Yosef belum diumumkan.

Sementara itu, pengirim pertama pesan berantai yang mencatut nama Propam dan menyebut anggota boleh ikut kampanye \
asal tidak berseragam masih ditelusuri tim siber Polres.

Dari sembilan laporan itu, empat dinyatakan terbukti, tiga tidak terbukti, dan dua masih dalam pemeriksaan.

“Briptu RA melakukan hal yang benar,” tegas Hendra. Briptu RA kini dipindahkan sementara dari tugas pengaturan \
lalu lintas ke Unit Regident Satlantas.
"""


GUIDELINE = """---
title: "Buku Saku Netralitas Personel Polres Tanjung Wangi"
source: "Polres Tanjung Wangi"
date: "2024-09-01"
kind: guideline
---

Setiap personel dilarang memasang bingkai foto (twibbon) pasangan calon pada foto profil media sosial, termasuk \
WhatsApp.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {
        "wawancara_kabid_propam.md": INTERVIEW,
        "sidang_tanjung_wangi.md": HEARING,
        "buku_saku_tanjung_wangi.md": GUIDELINE,
    }
    return with_articles(tmp_path_factory.mktemp("interview_hearing"), articles)


def _answered(assistant: Assistant, question: str, *held: str) -> Answer:
    answer = assistant.ask(question)
    assert not answer.abstained and all(h in answer.text for h in held), answer.text
    assert not citation_problems(answer, assistant.store), answer.text
    return answer


def _open(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and said in answer.text, answer.text
    assert not citation_problems(answer, assistant.store), answer.text


def test_every_interview_question_a_summary_quotes_is_followed_by_its_reply(assistant: Assistant) -> None:
    question = "Ringkas penjelasan Propam tentang swafoto anggota dengan calon dan keluarga anggota."
    answer = _answered(assistant, question)
    lines = answer.text.splitlines()
    asked = [i for i, line in enumerate(lines) if "Tanya:" in line]
    assert len(asked) >= 2 and all("Jawab:" in lines[i + 1] for i in asked), answer.text
    assert "tujuh kasus" in answer.text and "Bhayangkari" in answer.text, answer.text


def test_a_second_ask_is_answered_from_an_interviews_reply(assistant: Assistant) -> None:
    _answered(
        assistant,
        "Berapa aduan netralitas yang diterima Propam Polda Sekar Arum, dan berapa yang ternyata tidak terbukti?",
        "150",
        "87",
    )


def test_a_date_and_place_the_reply_says_are_not_decided_are_refused(assistant: Assistant) -> None:
    _open(assistant, "Kapan dan di mana pembinaan tahap kedua untuk istri anggota digelar?", "belum kami putuskan")
    # … after the sentence that says what "Tanggal dan lokasinya" are of
    assert "tahap kedua" in assistant.ask("Kapan pembinaan tahap kedua untuk istri anggota digelar?").text


@pytest.mark.parametrize(
    "question",
    [
        "Berapa stiker yang ditemukan di Asrama Polisi Kampung Baru?",
        "How many stickers were found at the Kampung Baru police dormitory?",
    ],
)
def test_a_count_whose_results_are_not_out_is_refused_not_taken_from_another_place(
    assistant: Assistant, question: str
) -> None:
    _open(assistant, question, "belum dapat disampaikan")


def test_a_verdict_quotes_no_interview_question_beside_its_rule(assistant: Assistant) -> None:
    answer = _answered(assistant, "Bolehkah saya memasang twibbon calon di foto profil WhatsApp saya?", "twibbon")
    assert answer.text.startswith("Dilarang.") and "Tanya:" not in answer.text, answer.text


def test_an_appeal_of_an_accused_still_considering_it_is_refused(assistant: Assistant) -> None:
    _open(assistant, "Apakah banding Bripka DW atas putusan sidang disiplin akhirnya dikabulkan?", "pikir-pikir")


def test_a_breakdown_the_source_says_is_not_released_is_refused(assistant: Assistant) -> None:
    _open(assistant, "Rangkum sebaran laporan netralitas per Polsek di Polres Tanjung Wangi.", "belum bisa dibuka")


def test_a_transfer_left_to_another_body_is_refused(assistant: Assistant) -> None:
    _open(assistant, "Ke satuan mana Brigpol SN dimutasi sebagai hukuman demosi?", "kewenangan Polda")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Siapa pengirim pertama pesan berantai yang mencatut nama Propam itu?", "masih ditelusuri"),
        ("Rangkum hasil pemeriksaan terhadap Kasat Samapta Polres Tanjung Wangi.", "belum diumumkan"),
    ],
)
def test_what_the_source_says_is_still_traced_or_not_announced_is_refused_in_the_questions_own_words(
    assistant: Assistant, question: str, said: str
) -> None:
    _open(assistant, question, said)


def test_a_second_ask_is_answered_from_a_paragraph_the_retrieval_did_not_reach(assistant: Assistant) -> None:
    question = (
        "Berapa laporan netralitas yang diterima Propam Polres Tanjung Wangi sejak September, dan berapa yang terbukti?"
    )
    _answered(assistant, question, "sembilan", "empat dinyatakan terbukti")


def test_a_sanction_stated_later_in_the_accuseds_paragraph_answers_the_second_ask(assistant: Assistant) -> None:
    _answered(
        assistant,
        "What role did Bripka DW play at the volunteers' morning exercise, and what penalty did the panel give him?",
        "pembawa acara",
        "10 hari",
    )


def test_a_case_is_told_with_the_sentences_of_a_paragraph_about_the_accused_alone(assistant: Assistant) -> None:
    answer = _answered(assistant, "Jelaskan kasus Briptu RA sebagai contoh pelaporan keluarga yang benar.")
    assert "tiga hari" in answer.text and "Unit Regident" in answer.text, answer.text


def test_who_explained_a_rule_is_shown_by_the_reported_speech_before_it_without_naming_a_speaker(
    assistant: Assistant,
) -> None:
    answer = _answered(assistant, "Which officer explained why personnel in ring one cannot bring personal phones?")
    lines = answer.text.splitlines()
    # the closest sentences only: the reported speech that names him comes first, and no line names a speaker
    assert "Agus Salim" in answer.text and "Agus Salim" not in lines[0], answer.text
    assert answer.text.index("Agus Salim") < answer.text.index("ring satu"), answer.text
