import pytest

from assistant.engine import Assistant
from assistant.extractive.breakdown import _parts
from tests.assistant.conftest import with_articles

# A cyber patrol report: a long lead and two sentences on the patrol that share more of a briefing question's
# words than the sentence breaking the findings down by kind, which names only the counted noun.
PATROL = """---
title: "Patroli Siber Polda Danau Biru Temukan 19 Akun Anggota Diduga Tak Netral"
source: "Danau Biru Pos"
date: "2024-10-09"
kind: news
---

DANAU BIRU, Danau Biru Pos – Direktorat Reserse Siber Polda Danau Biru menemukan 19 akun media sosial milik \
anggota Polri yang diduga melanggar netralitas selama September 2024, dalam patroli siber yang digelar bersama \
Bidang Propam di seluruh wilayah hukum Polda Danau Biru.

Temuan September itu berasal dari pemantauan terhadap 2.870 akun personel di Facebook, Instagram, TikTok, dan X.

Jumlah temuan September naik dibanding Agustus, ketika patroli siber hanya menemukan tujuh akun.

Dari 19 akun tersebut, sembilan akun menyukai unggahan pasangan calon, enam akun membagikan ulang materi \
kampanye, dan empat akun memasang bingkai foto bergambar calon.

Seluruh pemilik akun sudah dipanggil untuk klarifikasi oleh Bidang Propam.
"""


@pytest.fixture(scope="module")
def patrol(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("breakdown"), {"patroli_danau_biru.md": PATROL})


@pytest.mark.parametrize(
    "question",
    [
        "Summarize the September cyber patrol findings: what kinds of violations were found and how many accounts "
        "fell under each?",
        "Rangkum temuan patroli siber September di Polda Danau Biru per jenis pelanggarannya.",
    ],
)
def test_a_summary_asking_counts_per_kind_quotes_the_sentence_that_breaks_the_total_down(
    patrol: Assistant, question: str
) -> None:
    answer = patrol.ask(question)
    assert "sembilan akun menyukai" in answer.text and "empat akun memasang" in answer.text, answer.text
    assert all(part in c.chunk.text for c in answer.citations for part in c.quote.split(" … "))


def test_a_breakdown_counts_one_noun_three_times_in_figures_or_words() -> None:
    assert _parts("Dari 19 akun tersebut, sembilan akun menyukai …, enam akun membagikan …") == 3
    assert _parts("Dua belas orang hadir, lima orang pulang.") == 2
    assert _parts("Ia ditahan 14 hari, lalu 2 bulan, lalu 1 tahun.") == 0
    # a schedule, hours, money or a law's parts count no kind of thing
    for text in (
        "Masa tahanan 14 hari, 21 hari, dan 21 hari.",
        "Sidang digelar 5 November, 12 November dan 19 November.",
        "Denda Rp 5 juta, 10 juta, hingga 20 juta.",
        "Pasal 4 huruf a, Pasal 5 huruf b, dan Pasal 6 huruf c.",
    ):
        assert _parts(text) == 0, text
