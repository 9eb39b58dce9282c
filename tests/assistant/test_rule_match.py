"""Whom a rule binds (`assistant.extractive.rule_match.binds_members`): its subject, not the words it names."""

import pytest

from assistant.extractive.rule_match import binds_members


@pytest.mark.parametrize(
    ("sentence", "lead_in"),
    [
        ("Anggota dilarang mengarahkan pilihan politik suami, istri, anak, maupun anggota keluarga lainnya.", ""),
        ("Anggota boleh mengawal pasangan calon sesuai surat perintah, namun tidak ikut meneriakkan yel-yel.", ""),
        ("Apabila istri anggota menjadi pasangan calon, anggota tersebut wajib melaporkannya kepada atasan.", ""),
        ("2. menjadi anggota tim sukses, tim kampanye, atau relawan pasangan calon", "Anggota Polri dilarang:"),
        ("1. menjaga sikap netral dan tidak memihak pada setiap tahapan pemilihan", "Anggota Polri wajib:"),
        ("Kalau istri masuk tim sukses, segera laporkan ke atasan. Jangan sampai pimpinan tahu dari orang lain.", ""),
    ],
)
def test_a_rule_whose_subject_is_the_member_binds_members(sentence: str, lead_in: str) -> None:
    assert binds_members(sentence, lead_in)


def test_a_rule_on_a_thing_binds_anyone() -> None:
    rule = "Rumah dinas dan asrama tidak boleh dipakai untuk pertemuan tim kampanye keluarga anggota."
    assert not binds_members(rule, "")
    # a paragraph's last sentence before the rule is no lead-in: only a "…:" one is
    assert not binds_members(rule, "Keluarga anggota Polri tetap memiliki hak pilih.")
