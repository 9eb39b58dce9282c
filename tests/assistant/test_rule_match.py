"""Whom a rule binds (`assistant.extractive.rule_match.binds_relatives`): its subject, not the words it names."""

import pytest

from assistant.extractive.rule_match import binds_relatives


@pytest.mark.parametrize(
    ("sentence", "lead_in"),
    [
        ("Anggota dilarang mengarahkan pilihan politik suami, istri, anak, maupun anggota keluarga lainnya.", ""),
        ("Apabila istri anggota menjadi pasangan calon, anggota tersebut wajib melaporkannya kepada atasan.", ""),
        ("3. mengarahkan pilihan politik keluarga", "Anggota Polri dilarang:"),
        ("Kalau istri masuk tim sukses, segera laporkan ke atasan. Jangan sampai pimpinan tahu dari orang lain.", ""),
        ("Kendaraan dinas boleh digunakan untuk patroli, bukan untuk mengangkut peserta kampanye.", ""),
        ("Keluarga tetap punya hak pilih. Yang tidak boleh adalah anggota memakai pangkat untuk mengarahkannya.", ""),
    ],
)
def test_a_rule_on_the_members_or_naming_no_relative_binds_no_relative(sentence: str, lead_in: str) -> None:
    assert not binds_relatives(sentence, lead_in)


def test_a_rule_on_a_thing_that_names_relatives_binds_them() -> None:
    rule = "Rumah dinas dan asrama tidak boleh dipakai untuk pertemuan tim kampanye keluarga anggota."
    assert binds_relatives(rule, "")
    # a paragraph's last sentence before the rule is no lead-in: only a "…:" one is
    assert binds_relatives(rule, "Anggota Polri tetap netral.")
