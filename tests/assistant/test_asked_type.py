"""What a typed question's quoted sentences must hold (`assistant.extractive.asked_type`)."""

import pytest

from assistant.extractive.asked_type import missing_type
from assistant.question import analyze
from lang.terms import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # the person with those initials is named: nothing is missing
        ("Siapa nama lengkap Bripka RH?", ["Bripka Rudi Hartono dijatuhi hukuman."], None),
        # a place whose words happen to start with the letters is no person
        ("Siapa nama lengkap Bripka AM?", ["Sidang dipimpin Kompol Rinto Sitorus di Aula Mapolres."], "what_full_name"),
        # "police" and "suspect" between the ask and the initials
        (
            "What is the full name of the police officer with the initials AM?",
            ["Sidang dipimpin Kompol Rinto Sitorus."],
            "what_full_name",
        ),
        # "Pak RT" is a neighbourhood head, not initials
        ("Siapa Pak RT yang melapor ke Propam?", ["Ketua RT 05 melapor ke Propam."], None),
    ],
)
def test_a_person_named_by_initials_needs_a_person_with_exactly_those_initials(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing
