import pytest

from assistant.cite import citation_problems
from assistant.engine import Assistant
from tests.assistant.conftest import with_articles

# A training's report: each question in one paragraph, the speaker's reply in the next.
QA_SESSION = """---
title: "Kapolsek Lembah Jati Tanya Soal Arisan Warga dan Kunjungan Calon"
source: "Warta Lembah Jati"
date: "2024-09-12"
kind: news
---

LEMBAH JATI, Warta Lembah Jati – Polres Lembah Jati menggelar pembekalan netralitas bagi 48 Kapolsek dan \
Kanit Binmas di aula Mapolres, Kamis (12/9/2024).

Materi disampaikan Kasi Propam Polres Lembah Jati AKP Yosef Manurung. Ia mengingatkan bahwa aturan netralitas \
berlaku sejak pendaftaran pasangan calon hingga pelantikan.

Kapolsek Batu Ampar Iptu Gilang Ramadhan bertanya apakah anggotanya boleh datang ke arisan warga yang juga \
dihadiri calon bupati.

Yosef menjawab anggota boleh datang sebagai warga, asalkan tidak ikut berfoto dengan calon. Bila acara berubah \
menjadi penyampaian visi dan misi, anggota diminta segera pamit.

Seorang Kanit Binmas, Aipda KN, mengaku kakaknya menjadi bendahara tim kampanye. Ia bertanya apakah harus \
mengajukan pindah tugas.

Yosef menegaskan bahwa KN tidak perlu pindah tugas. Namun, ia wajib melaporkan hubungan keluarga itu secara \
tertulis kepada Kapolres.
"""


@pytest.fixture(scope="module")
def qa_session(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("qa_session"), {"pembekalan_lembah_jati.md": QA_SESSION})


def test_a_reported_question_is_quoted_with_the_reply_in_the_next_paragraph(qa_session: Assistant) -> None:
    answer = qa_session.ask("Apa jawaban Kasi Propam kepada Aipda KN yang kakaknya jadi bendahara tim kampanye?")
    assert "tidak perlu pindah tugas" in answer.text, answer.text
    assert answer.text.index("bertanya apakah harus") < answer.text.index("tidak perlu pindah tugas")
    # each quoted sentence verbatim in its cited paragraph
    assert all(part in c.chunk.text for c in answer.citations for part in c.quote.split(" … "))


def test_who_asked_and_what_the_condition_was_are_both_answered(qa_session: Assistant) -> None:
    answer = qa_session.ask("Siapa yang bertanya soal arisan warga di pembekalan Lembah Jati, dan apa syaratnya?")
    assert "Gilang Ramadhan" in answer.text and "tidak ikut berfoto" in answer.text, answer.text


# An interview, and a report of a transfer: the interview's questions read like a user's question to the embedder.
INTERVIEW = """---
title: "Wawancara Kabid Propam Polda Danau Tinggi soal Pertanyaan Anggota"
source: "Kabar Danau"
date: "2024-09-20"
kind: news
---

DANAU TINGGI, Kabar Danau – Kabid Propam Polda Danau Tinggi Kombes Pol Yusuf Hamdani menerima ratusan pertanyaan \
dari anggota sejak buku saku netralitas dibagikan. Berikut petikan wawancaranya.

Tanya: Berapa banyak pertanyaan yang masuk ke Propam sejak buku saku dibagikan?

Jawab: Sampai pekan ini ada 276 pertanyaan lewat layanan pesan Propam.

Tanya: Apa pesan Anda untuk anggota yang ragu?

Jawab: Kalau ragu, jangan dilakukan, lalu tanyakan dulu kepada kami.

Tanya: Bagaimana jika istri anggota ikut kampanye?

Jawab: Istri anggota punya hak politik sendiri. Ia boleh datang ke kampanye dan boleh bersorak. Yang tidak boleh \
adalah datang diantar mobil dinas atau memakai seragam Bhayangkari.
"""

TRANSFER = """---
title: "Kapolsek Air Jernih Ditarik ke Polda karena Kakaknya Maju Pilkada"
source: "Warta Danau"
date: "2024-10-02"
kind: news
---

DANAU TINGGI, Warta Danau – Kapolsek Air Jernih AKP Rudi Hasibuan ditarik sementara ke Bagian Operasi Polda \
Danau Tinggi. Langkah itu diambil setelah kakaknya ditetapkan sebagai calon bupati.

Kapolres Danau Tinggi AKBP Jonatan Lubis mengatakan pemindahan itu bukan hukuman.
"""


@pytest.fixture(scope="module")
def interview(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(
        tmp_path_factory.mktemp("interview"), {"wawancara_propam.md": INTERVIEW, "kapolsek_air_jernih.md": TRANSFER}
    )


def test_an_interviewers_question_on_something_else_does_not_answer(interview: Assistant) -> None:
    answer = interview.ask(
        "Jelaskan singkat kasus pemindahan Kapolsek Air Jernih: apa alasannya dan ke mana ia ditarik?"
    )
    assert not answer.abstained and "Tanya:" not in answer.text, answer.text
    assert "Bagian Operasi" in answer.text, answer.text


# The reported reply ends its paragraph; its point is in the replier's own words, quoted in the next one.
REPLY_IN_OWN_WORDS = """---
title: "Sosialisasi Netralitas Polres Ulu Damar"
source: "Kabar Damar"
date: "2024-09-19"
kind: news
---

ULU DAMAR, Kabar Damar – Polres Ulu Damar menggelar sosialisasi netralitas bagi Bhabinkamtibmas, Kamis \
(19/9/2024). Materi disampaikan Kasi Propam Iptu Hasan Lubis.

Dalam sesi tanya jawab, seorang Bhabinkamtibmas menanyakan sikap yang harus diambil bila ada kenduri warga yang \
juga dihadiri calon bupati. Hasan menjawab anggota tetap boleh hadir sebagai undangan.

“Silakan duduk dan makan. Tapi begitu calon mulai berpidato soal pilihan, segera pamit pulang,” kata Hasan.

Kapolres Ulu Damar AKBP Yudi Pratama menutup kegiatan dengan mengingatkan larangan berfoto bersama calon.

Peserta lain, Bripka Joko Susilo, bertanya apakah anggota boleh menjadi panitia lomba yang disponsori calon. \
Iptu Hasan menjawab hal itu dilarang.

“Kami di Polsek justru sering diminta jadi juri lomba warga,” kata Iptu Rudi Hartono, Kapolsek Air Hitam.
"""


@pytest.fixture(scope="module")
def reply_in_own_words(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("own_words"), {"sosialisasi_ulu_damar.md": REPLY_IN_OWN_WORDS})


def test_a_reply_that_ends_its_paragraph_is_quoted_with_the_replier_s_own_words(reply_in_own_words: Assistant) -> None:
    answer = reply_in_own_words.ask(
        "Apa jawaban Kasi Propam Ulu Damar waktu ada Bhabinkamtibmas yang bertanya soal kenduri warga yang didatangi "
        "calon bupati?"
    )
    assert "boleh hadir sebagai undangan" in answer.text and "segera pamit pulang" in answer.text, answer.text
    assert citation_problems(answer, reply_in_own_words.store) == []


def test_the_next_paragraph_s_quote_of_another_person_is_not_the_reply(reply_in_own_words: Assistant) -> None:
    answer = reply_in_own_words.ask(
        "Apa jawaban Iptu Hasan soal anggota yang jadi panitia lomba yang disponsori calon?"
    )
    assert "dilarang" in answer.text, answer.text
    assert "juri lomba warga" not in answer.text  # Iptu Rudi's words, though both are "Iptu"


def test_a_reply_that_allows_is_quoted_with_the_limit_it_goes_on_to(interview: Assistant) -> None:
    # "Ia boleh datang …" then "Yang tidak boleh adalah …": the limit is the officer's part of the answer
    answer = interview.ask("Apa kata Kabid Propam soal istri anggota yang ikut datang ke kampanye?")
    assert "boleh datang ke kampanye" in answer.text and "mobil dinas" in answer.text, answer.text
    assert citation_problems(answer, interview.store) == [], answer.text
