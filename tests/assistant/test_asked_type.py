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


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # the only digits are the day of the event's date: no one is counted
        (
            "How many people attended the socialization at Gedung Serbaguna Tri Brata?",
            ["Polres Lubuk Sendang menggelar sosialisasi di Gedung Serbaguna Tri Brata, Rabu (18/9/2024)."],
            "what_how_many",
        ),
        ("Berapa orang yang hadir pada apel itu?", ["Apel digelar pada 18 September 2024."], "what_how_many"),
        # a count beside a date still counts
        ("Berapa orang yang hadir pada apel itu?", ["Apel pada 18 September 2024 diikuti 250 personel."], None),
        # "tahun berapa" and "tanggal berapa" ask for a year, a date: a date holds it
        ("Tahun berapa apel itu digelar?", ["Apel digelar pada 18 September 2024."], None),
        ("Tanggal berapakah apel itu digelar?", ["Apel digelar pada 18 September 2024."], None),
    ],
)
def test_a_count_question_is_not_answered_by_the_digits_of_a_date(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing
