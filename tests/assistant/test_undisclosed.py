"""What an article says is not known yet, or gives only by initials, is not answered with a sentence beside it;
who acts for a post holder is asked through the post, not about its holder."""

import pytest

from assistant.engine import Assistant
from assistant.extractive.undisclosed import open_clause
from lang.people import find_people
from tests.assistant.conftest import with_articles

ARTICLE = """---
title: "Polres Kuala Tenang Tarik Kapolsek Sungai Bening, Belasan Anggota Diperiksa Propam"
source: "Warta Kuala"
date: "2024-10-05"
kind: news
---

KUALA TENANG, Warta Kuala – Polres Kuala Tenang menarik Kapolsek Sungai Bening AKP Dimas Prakoso ke Bagian \
Operasi Polres setelah adiknya ditetapkan sebagai calon wakil bupati, Jumat (4/10/2024).

Selama AKP Dimas bertugas di Mapolres, tugas Kapolsek Sungai Bening dijalankan oleh Plh Kapolsek Iptu Wahyu \
Lubis, yang sebelumnya menjabat Kanit Intelkam.

Kasi Propam Polres Kuala Tenang AKP Lina Marpaung mengatakan, pihaknya memeriksa 12 anggota yang diduga \
membagikan unggahan pasangan calon di media sosial. Berapa yang akan dibawa ke sidang disiplin belum dapat \
dipastikan karena pemeriksaan masih berjalan.

Spanduk calon bupati juga ditemukan terpasang di pagar asrama polisi Jalan Cendana. Spanduk itu dipasang istri \
seorang anggota berpangkat Bripda berinisial TW dan diturunkan pada hari yang sama.

Lina menambahkan, sosialisasi netralitas lanjutan akan digelar di seluruh Polsek jajaran Polres Kuala Tenang. \
Jadwal sosialisasi lanjutan itu belum ditentukan.
"""


@pytest.fixture(scope="module")
def kuala(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("kuala"), {"kuala_tenang.md": ARTICLE})


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Dari 12 anggota yang diperiksa Propam Kuala Tenang, berapa yang dibawa ke sidang disiplin?", "belum dapat"),
        ("Kapan sosialisasi netralitas lanjutan di Polsek jajaran Polres Kuala Tenang digelar?", "belum ditentukan"),
    ],
)
def test_a_fact_the_article_says_is_not_known_yet_is_refused_with_that_sentence(
    kuala: Assistant, question: str, said: str
) -> None:
    answer = kuala.ask(question)
    assert answer.abstained and said in answer.text, answer.text
    # the sentence that says so is quoted verbatim and cited
    assert [c.chunk.doc_id for c in answer.citations] == ["kuala_tenang"], answer.citations
    assert all(part in c.chunk.text for c in answer.citations for part in c.quote.split(" … "))


def test_a_count_the_article_gives_is_still_answered(kuala: Assistant) -> None:
    answer = kuala.ask("Berapa anggota Polres Kuala Tenang yang diperiksa karena membagikan unggahan pasangan calon?")
    assert not answer.abstained and "12" in answer.text, answer.text


def test_a_full_name_given_only_as_initials_is_not_given(kuala: Assistant) -> None:
    answer = kuala.ask("Siapa nama lengkap Bripda yang istrinya memasang spanduk di asrama polisi Jalan Cendana?")
    assert answer.abstained and "inisial" in answer.text, answer.text


def test_who_acts_for_a_post_holder_is_the_acting_one(kuala: Assistant) -> None:
    acting = kuala.ask("Siapa yang menjalankan tugas Kapolsek Sungai Bening selama AKP Dimas ditarik ke Polres?")
    assert not acting.abstained and "Wahyu Lubis" in acting.text.splitlines()[0], acting.text
    holder = kuala.ask("Siapa Kapolsek Sungai Bening yang ditarik ke Bagian Operasi?")
    assert not holder.abstained and "Dimas Prakoso" in holder.text.splitlines()[0], holder.text


@pytest.mark.parametrize(
    "question",
    [
        "Who was appointed acting head of Polsek Sungai Bening after Dimas Prakoso was withdrawn?",
        "Who replaced AKP Dimas Prakoso at the Sungai Bening police sector?",
    ],
)
def test_a_who_question_is_not_answered_with_the_person_it_names(kuala: Assistant, question: str) -> None:
    answer = kuala.ask(question)
    assert "Dimas Prakoso" not in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a reporting clause between commas stays in the clause that says what is open
        ("Berapa yang dibawa ke sidang, kata Lina, belum dapat dipastikan.", "Berapa yang dibawa ke sidang"),
        # "namun" starts another clause: the day is given, the verdict is open
        ("Sidang digelar Senin (12/2/2024), namun putusannya belum dapat dipastikan.", "putusannya belum"),
        # a purpose, not something unknown
        ("Ia memakai akun anonim agar tidak diketahui atasannya.", None),
        # "menyebut" as "menyebutkan"
        ("Namun, ia belum bisa menyebut kapan pemeriksaan selesai maupun sanksi apa yang dijatuhkan.", "sanksi apa"),
    ],
)
def test_the_clause_that_says_something_is_not_known_yet(sentence: str, clause: str | None) -> None:
    found = open_clause(sentence)
    assert (found is None) if clause is None else (found is not None and clause in found and "Senin" not in found)


def test_a_person_is_named_by_whole_words_only() -> None:
    (adi,) = find_people("Kapolsek Iptu Adi Nugroho hadir.")
    assert not adi.named_in("Siapa yang menjadi Kapolsek Tebing Sari?")  # "menjadi" holds "adi"
    assert adi.named_in("Siapa yang menggantikan Iptu Adi?")
