"""A chain message its supposed issuer says it never issued (real pipeline over a fictional fact-check): the claim
the message makes is quoted with that denial, never alone."""

import pytest

from assistant.engine import Assistant
from tests.assistant.conftest import asked_checked, with_articles

FACT_CHECK = """---
title: "Pesan Berantai Soal Foto di TPS Beredar di Grup Warga Sungai Pinang"
source: "Lensa Pinang"
date: "2024-11-20"
kind: news
---

SUNGAI PINANG, Lensa Pinang – Sebuah pesan berantai berjudul "Arahan Khusus Kapolres" beredar di grup WhatsApp \
warga sejak Senin (18/11/2024). Pesan itu mengklaim bahwa anggota Polri boleh berfoto bersama calon bupati di TPS \
asalkan tidak berseragam.

Pesan tersebut juga mencantumkan nomor telepon yang tidak dapat dihubungi.

Kasi Humas Polres Sungai Pinang, AKP Theresia Manoppo, memastikan Kapolres tidak pernah mengeluarkan arahan \
tersebut. “Aturannya tetap sama: personel dilarang berfoto dengan calon dalam bentuk apa pun,” tegasnya.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("issuer"), {"cek_fakta_pinang.md": FACT_CHECK})


def test_a_message_its_issuer_never_issued_is_quoted_with_that_denial(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant,
        "Katanya ada arahan khusus Kapolres yang ngebolehin polisi foto bareng calon bupati di TPS asal nggak "
        "pakai seragam. Bener nggak?",
    )
    assert not answer.abstained, answer.text
    assert "tidak pernah mengeluarkan arahan" in answer.text, answer.text
