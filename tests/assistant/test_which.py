"""English "Which …?" questions are answered with the name of the asked kind of thing, not the article's lead."""

import pytest

from assistant.engine import Assistant
from tests.assistant.conftest import with_articles

ARTICLE = """---
title: "Video Hoaks Kapolres Lembah Sunyi Beredar Jelang Pemungutan Suara"
source: "Kabar Sunyi"
date: "2024-11-21"
kind: news
---

LEMBAH SUNYI, Kabar Sunyi – Polres Lembah Sunyi memastikan video yang memperlihatkan Kapolres Lembah Sunyi \
mengajak warga memilih salah satu pasangan calon adalah hasil suntingan, Rabu (20/11/2024).

Kasat Reskrim Polres Lembah Sunyi AKP Bonar Situmeang mengatakan, video itu pertama kali diunggah akun TikTok \
bernama Lembah Bersatu pada Senin malam. Hingga Rabu, video tersebut telah ditonton sekitar 41.000 kali.

Polres Lembah Sunyi menyiagakan 640 personel pada hari pemungutan suara. Berdasarkan pemetaan, 893 TPS masuk \
kategori aman dan 12 TPS kategori sangat rawan.

Pengawalan logistik dari gudang KPU ke setiap kecamatan dimulai tiga hari sebelum pemungutan suara.

Warga dapat melapor ke Posko Pengamanan Pilkada yang dibuka 24 jam.

TPS sangat rawan berada di Kecamatan Batu Hampar dan Kecamatan Sei Lintang, terutama karena jaraknya yang jauh \
dari Mapolsek.
"""


@pytest.fixture(scope="module")
def sunyi(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("sunyi"), {"lembah_sunyi.md": ARTICLE})


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Which account first uploaded the edited video of the Lembah Sunyi police chief?", "Lembah Bersatu"),
        ("Which districts in Lembah Sunyi have the polling stations rated very vulnerable?", "Batu Hampar"),
    ],
)
def test_which_thing_is_led_with_its_name(sunyi: Assistant, question: str, name: str) -> None:
    answer = sunyi.ask(question)
    assert not answer.abstained and name in answer.text.splitlines()[0], answer.text
    # the name is stated in the sentence its citation quotes
    assert all(span in c.chunk.text for c in answer.citations for span in c.spans)


def test_a_person_asked_by_a_kind_is_not_anyone_the_sentence_names(sunyi: Assistant) -> None:
    # the Kasat Reskrim is named, but nothing calls him an academic: he is not led with
    answer = sunyi.ask("Which academic said the video of the Lembah Sunyi police chief was edited?")
    assert "Bonar Situmeang" not in answer.text.splitlines()[0], answer.text


def test_a_second_which_ask_is_answered_by_a_sentence_naming_the_thing(sunyi: Assistant) -> None:
    # "and in which districts …" is an ask of its own; "Kecamatan …" answers it, not a sentence with the word
    answer = sunyi.ask(
        "How many polling stations in Lembah Sunyi are rated very vulnerable, and in which districts are they?"
    )
    assert not answer.abstained and "12 TPS" in answer.text and "Batu Hampar" in answer.text, answer.text


def test_of_several_counts_in_a_sentence_the_asked_one_leads(sunyi: Assistant) -> None:
    # "893 TPS masuk kategori aman dan 12 TPS kategori sangat rawan": the first count is not the asked one
    answer = sunyi.ask("Berapa TPS kategori sangat rawan di Lembah Sunyi?")
    assert not answer.abstained and answer.text.splitlines()[0].startswith("12 TPS"), answer.text
