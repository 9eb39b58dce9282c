"""Who a pronoun attribution ("ujarnya", "kata dia", "tambahnya") means (`lang.quotes.speaker`)."""

from lang.quotes import speaker

RANKED = (
    "Kapolres Tanjung Asri, AKBP Sari Wulandari, membuka kegiatan itu.\n\n"
    "“Kami tidak akan ragu menindak anggota yang tidak netral,” ujar AKBP Sari."
)


def test_a_pronoun_means_the_last_person_introduced_with_rank_even_after_an_appositive() -> None:
    before = RANKED + "\n\nSementara itu, Kasi Humas Polres Tanjung Asri, Iptu Gilang Permana, menjelaskan hal lain."
    person, named_here = speaker("“Laporan bisa dikirim lewat pesan singkat,” kata dia.", before)
    assert person is not None and person.name == "Gilang Permana" and not named_here


def test_a_pronoun_after_a_civilian_speaks_is_not_given_to_the_officer_before_him() -> None:
    """The civilian has no rank, so the person index does not know him; naming the officer would be a wrong
    speaker, the worst answer a journalist can get."""
    before = (
        RANKED + "\n\nKetua Bawaslu Tanjung Asri, Rudi Hartono, mengajak warga ikut mengawasi.\n\n"
        "“Silakan lapor bila melihat aparat berpihak,” kata Rudi."
    )
    person, _ = speaker("“Pengawas kami hanya sedikit,” tambahnya.", before)
    assert person is None


def test_a_pronoun_after_the_same_officer_speaks_again_stays_with_her() -> None:
    before = RANKED + "\n\nSari mengatakan bahwa apel digelar setiap pekan."
    person, _ = speaker("“Semua wajib hadir,” tambahnya.", before)
    assert person is not None and person.name == "Sari Wulandari"
