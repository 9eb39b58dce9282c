from assistant.extractive.other_entity import same_kind


def test_units_of_one_kind_share_the_start_of_their_kind_word() -> None:
    assert same_kind("Polres", "Polresta")
    assert same_kind("Kapolresta", "Kapolres")
    assert same_kind("Polda", "polda")
    assert same_kind("KPU", "KPU")  # a short kind word is still its own kind
    assert not same_kind("Polres", "Polda")


def test_a_form_of_address_is_no_kind_of_unit() -> None:
    # "Bu Ratna" is not a unit of the kind "Bupati Sleman", nor "Pak Harun" of "Pakar Hukum Tata Negara".
    assert not same_kind("Bu", "Bupati")
    assert not same_kind("Pak", "Pakar")
