"""A permission and its conditions (real pipeline over a fictional rule book rendered as a real PDF and a news
interview): what a condition forbids does not turn the permission it conditions into a prohibition; "tidak
masalah, asal …" permits on a condition; "di sana" and "selama" name no act of their own; a contrast's
prohibition is no condition."""

import json
from pathlib import Path

import pytest

from assistant.engine import Assistant
from assistant.extractive.verdict import _conditioned
from benchmarks.trust import write_guideline
from index.settings import Settings
from lang.rules import clauses
from tests.assistant.conftest import asked_checked

RULES = {
    "title": "Pedoman Singkat Netralitas Personel Polres Lembah Wangi",
    "kind": "guideline",
    "pages": [
        [
            {"type": "heading", "text": "Bagian A. Larangan"},
            {
                "type": "list",
                "lead_in": "Personel dilarang:",
                "items": [
                    "menghadiri kampanye paslon tanpa surat perintah;",
                    "memasang atribut paslon di rumah dinas maupun kendaraan dinas.",
                ],
            },
        ],
        [
            {"type": "heading", "text": "Bagian B. Boleh dengan Syarat"},
            {
                "type": "list",
                "lead_in": "Personel boleh:",
                "items": [
                    "mengikuti ibadah rutin di rumah ibadah yang juga didatangi paslon, asalkan ibadah itu bukan "
                    "acara paslon, personel tidak duduk di samping paslon, dan tidak ikut berfoto bersama;",
                    "menyumbang untuk kegiatan sosial, duka, atau bencana, kecuali sumbangan itu dihimpun atau "
                    "dibagikan oleh paslon maupun tim pemenangan;",
                    "menghadiri kegiatan desa yang didatangi paslon sebagai tamu, asalkan personel tidak naik ke "
                    "panggung selama paslon berada di sana.",
                ],
            },
        ],
    ],
}

INTERVIEW = """---
title: "Kasi Propam Polres Lembah Wangi: Ibadah Tetap Jalan, Jaga Jarak dari Paslon"
source: "Warta Lembah"
date: "2024-10-30"
kind: news
---

Tanya: Bagaimana jika paslon datang ke masjid tempat personel biasa beribadah?

Jawab: Salat berjamaah di masjid yang kebetulan didatangi paslon tidak masalah, asal tidak duduk bersebelahan \
dan tidak berfoto.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("conditions")
    spec = root / "rules.json"
    spec.write_text(json.dumps(RULES), encoding="utf-8")
    write_guideline(spec, root / "corpus" / "pocketbook" / "pedoman_lembah_wangi.pdf")
    (root / "corpus" / "articles").mkdir(parents=True)
    (root / "corpus" / "articles" / "wawancara.md").write_text(INTERVIEW, encoding="utf-8")
    built = Assistant.open(Settings(corpus_dir=root / "corpus", store_dir=Path(root / "store")), create=True)
    assert not built.index(progress=False).failed
    return built


def test_what_a_condition_forbids_does_not_forbid_the_act_it_conditions(assistant: Assistant) -> None:
    answer = asked_checked(
        assistant, "Paslon kadang ikut salat di masjid dekat rumah saya. Saya masih boleh jamaah di sana?"
    )
    assert answer.verdict is not None and answer.verdict.value == "conditional", answer.text
    assert "tidak duduk di samping paslon" in answer.text


def test_joining_in_a_donation_is_ruled_by_the_donation_item(assistant: Assistant) -> None:
    answer = asked_checked(assistant, "Bolehkah saya ikut menyumbang untuk korban bencana di desa saya?")
    assert answer.verdict is not None and answer.verdict.value == "conditional", answer.text
    assert "kecuali sumbangan itu dihimpun" in answer.text and "naik ke panggung" not in answer.text
    # … while a donation the exception names is forbidden
    answer = asked_checked(assistant, "Bolehkah saya menyumbang untuk bencana lewat tim pemenangan paslon?")
    assert answer.verdict is not None and answer.verdict.value == "forbidden", answer.text


def test_no_problem_on_a_condition_is_a_conditional_permission() -> None:
    parts = clauses("Salat di masjid yang didatangi paslon tidak masalah, asal tidak duduk bersebelahan.")
    assert [(c.kind, bool(c.condition)) for c in parts] == [("permission", True), ("prohibition", False)]


def test_a_contrasts_prohibition_is_no_condition_of_the_permission_before_it() -> None:
    parts = clauses(
        "Personel boleh hadir di acara keagamaan apabila diundang, tetapi tidak boleh hadir di acara kampanye."
    )
    assert parts[-1].kind == "prohibition" and _conditioned(parts, parts[-1]) is None
    parts = clauses("Personel boleh melayat, asalkan tidak duduk di samping paslon, dan tidak ikut berfoto.")
    assert all(_conditioned(parts, c) is parts[0] for c in parts[1:] if c.kind == "prohibition")
