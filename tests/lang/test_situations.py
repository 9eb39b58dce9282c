"""What a question concedes and the purposes it gives (`lang.situations`)."""

from lang.situations import purposes, without_concession


def test_a_concession_is_dropped() -> None:
    text = "Apakah saya boleh menolong warga walaupun ia memakai kaus salah satu calon?"
    assert without_concession(text) == "Apakah saya boleh menolong warga?"
    assert without_concession("May I help him, even though he wears a party shirt?") == "May I help him?"


def test_purposes_and_reasons_but_not_the_to_of_allowed_to() -> None:
    assert purposes("Can I go inside to watch the vote count?") == "watch the vote count"
    assert purposes("Am I allowed to go? Is it okay for me to accept it?") == ""
    assert purposes("Boleh saya masuk TPS karena ada keributan?") == "ada keributan"
