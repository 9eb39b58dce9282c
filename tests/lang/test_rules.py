"""Rule clauses: which part of a rule sentence says what of its act (`lang.rules.clauses`)."""

import pytest

from lang.rules import clauses, legal_references, rule_kind, scope_setting


def kinds(sentence: str, inherited: str | None = None) -> list[tuple[str | None, str]]:
    return [(c.kind, c.condition) for c in clauses(sentence, inherited)]


def test_boleh_tetapi_tidak_permits_the_first_act_and_forbids_the_second() -> None:
    parts = clauses(
        "Kegiatan pengamanan boleh didokumentasikan, tetapi foto dan videonya hanya untuk laporan kepada pimpinan, "
        "tidak untuk diunggah di media sosial pribadi."
    )
    assert [c.kind for c in parts] == ["permission", "prohibition"]
    assert "diunggah di media sosial pribadi" in parts[1].text


def test_an_exception_grants_what_the_rule_forbids_under_its_own_words() -> None:
    parts = clauses(
        "Anggota Polri dilarang menghadiri kampanye, kecuali dalam rangka pengamanan dengan surat perintah."
    )
    assert [c.kind for c in parts] == ["prohibition", "permission"]
    assert parts[1].condition.startswith("kecuali dalam rangka pengamanan")
    assert "menghadiri kampanye" in parts[1].scope  # the exception is about the main act


def test_a_condition_makes_a_permission_conditional() -> None:
    assert kinds("Anggota Polri boleh memberi keterangan kepada media asalkan melalui Humas.") == [
        ("permission", "asalkan melalui Humas."),
        ("permission", "asalkan melalui Humas."),
    ]


def test_a_condition_that_forbids_something_still_makes_the_permission_conditional() -> None:
    # "asalkan … tidak berfoto …": the permission holds on that condition; taking a photo stays forbidden
    assert kinds(
        "Personel boleh menghadiri pernikahan yang juga didatangi pasangan calon, asalkan acara itu bukan kampanye "
        "dan personel tidak berfoto bersama pasangan calon."
    ) == [
        ("permission", "asalkan acara itu bukan kampanye dan personel tidak berfoto bersama pasangan calon."),
        ("prohibition", ""),
    ]


def test_a_time_span_does_not_make_a_prohibition_conditional() -> None:
    assert kinds("Anggota Polri dilarang memakai atribut partai selama masa kampanye.") == [
        ("prohibition", ""),
        ("prohibition", ""),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Anggota Polri dilarang menjadi tim sukses, tetapi boleh menjaga keamanan kampanye.",
            ["prohibition", "permission"],
        ),
        ("Anggota Polri tidak boleh menjadi tim sukses pasangan calon.", ["prohibition"]),
        ("Anggota Polri wajib netral; anggota dilarang memakai atribut partai.", ["obligation", "prohibition"]),
        (  # two rules joined by "dan": each keeps its own polarity
            "Anggota tersebut wajib melaporkannya kepada atasan dan tidak boleh terlibat dalam kampanye.",
            ["obligation", "prohibition"],
        ),
        ("Anggota boleh membaca berita serta wajib menjaga rahasia.", ["permission", "obligation"]),
        ("Anggota dilarang memasang dan membagikan atribut partai.", ["prohibition"]),
    ],
)
def test_each_clause_keeps_its_own_modal_word(sentence: str, expected: list[str]) -> None:
    assert [c.kind for c in clauses(sentence)] == expected


def test_a_list_item_takes_its_lead_ins_polarity() -> None:
    assert kinds("memberitahukan hasil penghitungan suara kepada tim sukses;", "prohibition") == [("prohibition", "")]
    assert kinds("hadir dalam pengamanan kampanye dengan surat perintah.", "permission") == [("permission", "")]


def test_an_obligations_condition_is_marked_as_such() -> None:
    """ "Report it when you receive a gift" obliges reporting; it rules nothing on receiving."""
    parts = clauses("3. melaporkan kepada atasan apabila menerima pemberian dari pasangan calon", "obligation")
    assert [(c.kind, c.is_condition) for c in parts] == [("obligation", False), ("obligation", True)]


def test_a_rule_books_tidak_dapat_forbids_and_its_exception_is_marked() -> None:
    parts = clauses(
        "Anggota Polri aktif tidak dapat mencalonkan diri sebagai kepala daerah, kecuali telah mengundurkan diri."
    )
    assert [(c.kind, c.is_exception) for c in parts] == [("prohibition", False), ("permission", True)]


def test_a_negated_alternative_after_a_comma_forbids() -> None:
    parts = clauses(
        "Kendaraan dinas boleh digunakan di sekitar lokasi kampanye sepanjang dipakai untuk patroli, "
        "bukan untuk mengangkut logistik kampanye."
    )
    assert [c.kind for c in parts] == ["permission", "permission", "prohibition"]
    assert parts[0].condition == "sepanjang dipakai untuk patroli"


def test_a_list_items_negated_conjunct_forbids_and_its_act_keeps_the_lead_ins_kind() -> None:
    # "Anggota Polri wajib: 1. menjaga sikap netral dan tidak memihak …": staying neutral is required, taking
    # sides is forbidden; the item is not one prohibition.
    found = clauses("1. menjaga sikap netral dan tidak memihak pada setiap tahapan pemilihan", "obligation")
    assert [(c.text, c.kind) for c in found] == [
        ("1. menjaga sikap netral", "obligation"),
        ("dan tidak memihak pada setiap tahapan pemilihan", "prohibition"),
    ]


def test_tak_negates_like_tidak() -> None:
    # "Atlet pelatnas tak diperbolehkan mengikuti kejurnas" (FacQA) was read as a permission.
    assert rule_kind("Atlet pelatnas tak diperbolehkan mengikuti kejurnas.") == ("prohibition", "tak diperbolehkan")
    assert rule_kind("Anggota tak boleh memasang spanduk.") == ("prohibition", "tak boleh")
    assert rule_kind("Anggota boleh hadir.") == ("permission", "boleh")


def test_a_scope_statement_gives_the_setting_its_prohibitions_apply_in() -> None:
    sentence = "Larangan netralitas berlaku di luar jam dinas, termasuk ketika anggota sedang cuti."
    assert scope_setting(sentence) == " di luar jam dinas, termasuk ketika anggota sedang cuti."
    # Only a statement about the rules, not a rule that happens to say "berlaku" or a law "yang berlaku".
    assert scope_setting("Anggota dilarang menjadi tim sukses sesuai peraturan yang berlaku.") == ""
    assert scope_setting("Patuh pada peraturan perundang-undangan yang berlaku.") == ""


def test_tidak_wajib_lifts_a_duty_and_states_none() -> None:
    # "Personel tidak wajib keluar dari grup …" is no obligation: read as one, it answered "Diwajibkan."
    assert rule_kind("Personel tidak wajib keluar dari grup percakapan keluarga atau alumni.") is None
    assert rule_kind("Anggota tidak harus hadir dalam apel.") is None
    assert rule_kind("Personel wajib melapor kepada atasan langsung.") == ("obligation", "wajib")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        # the short form of Perpol 7/2022 was missed, so "Dasar hukum" and briefings left it out
        (
            "diatur dalam Peraturan Kepolisian Nomor 7 Tahun 2022 tentang Kode Etik",
            "Peraturan Kepolisian Nomor 7 Tahun 2022",
        ),
        (
            "Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2022",
            "Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2022",
        ),
        (
            "Peraturan Pemerintah Republik Indonesia Nomor 2 Tahun 2003",
            "Peraturan Pemerintah Republik Indonesia Nomor 2 Tahun 2003",
        ),
        ("sesuai Peraturan Bawaslu Nomor 6 Tahun 2024", "Peraturan Bawaslu Nomor 6 Tahun 2024"),
        ("Keputusan KPU Nomor 1050 Tahun 2024 menetapkan", "Keputusan KPU Nomor 1050 Tahun 2024"),
        ("PKPU Nomor 8 Tahun 2024", "PKPU Nomor 8 Tahun 2024"),
        ("Perpol Nomor 7 Tahun 2022", "Perpol Nomor 7 Tahun 2022"),
        ("UU Nomor 10 Tahun 2016", "UU Nomor 10 Tahun 2016"),
    ],
)
def test_a_regulation_is_named_by_its_issuer_in_full_or_short(text: str, reference: str) -> None:
    assert legal_references(text) == (reference,)


def test_a_number_and_year_without_a_regulation_name_no_law() -> None:
    assert legal_references("Sebanyak 7 orang hadir pada Tahun 2022, nomor urut 2.") == ()


def test_a_negated_conjunct_of_a_permissions_condition_forbids_its_act_and_grants_nothing() -> None:
    """ "Personel boleh: melayat …, asalkan tidak ikut berfoto dan tidak menerima amplop atau bingkisan": receiving
    a gift was read as a permission of its own (the answer said "allowed" to "may I accept a gift?")."""
    item = (
        "melayat ke rumah duka yang juga didatangi paslon, asalkan tidak ikut berfoto bersama dan tidak menerima "
        "amplop atau bingkisan apa pun;"
    )
    receiving = next(c for c in clauses(item, "permission") if "bingkisan" in c.scope)
    assert receiving.kind == "prohibition" and not receiving.condition


def test_not_forbidden_and_no_problem_permit() -> None:
    assert rule_kind("Kegiatan berikut tidak dilarang selama setiap syaratnya terpenuhi.") == (
        "permission",
        "tidak dilarang",
    )
    assert rule_kind("Salat di masjid yang didatangi paslon tidak masalah.") == ("permission", "tidak masalah")
    assert rule_kind("Anggapan bahwa berfoto dengan paslon itu tidak masalah adalah keliru.") is None
    assert rule_kind("Personel dilarang berfoto dengan paslon.") == ("prohibition", "dilarang")
