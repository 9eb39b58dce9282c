from assistant.extractive.compound import asks


def test_a_question_with_a_second_question_word_after_and_asks_two_things() -> None:
    assert asks("Siapa komisioner yang datang, dan apa permintaannya ke Propam?") == [
        "Siapa komisioner yang datang",
        "apa permintaannya ke Propam?",
    ]
    assert asks("How many reports were received, and how many involved police officers?")[1] == (
        "how many involved police officers?"
    )
    assert len(asks("Berapa lama operasi berjalan dan berapakah personel yang dilibatkan?")) == 2


def test_words_that_only_start_like_a_question_word_ask_nothing_more() -> None:
    for text in (
        "Bolehkah saya hadir di rapat paslon dan apabila diundang resmi, apa yang harus saya lakukan?",
        "Mengapa polisi dan siapa pun yang bertugas harus netral?",
        "Apakah anggota dan siapapun keluarganya boleh berkampanye?",
        "Apa hukuman yang dijatuhkan kepada tiga anggota Polres Muara Jernih?",
    ):
        assert asks(text) == [], text
