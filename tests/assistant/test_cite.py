"""The citation check: a fabricated quote or an unknown id is caught and the answer is not shown as supported."""

from dataclasses import replace

from assistant.answer import Citation
from assistant.cite import citation_problems, enforce_citations
from assistant.engine import Assistant


def test_real_answers_pass_the_check(assistant: Assistant) -> None:
    answer = assistant.ask("Berapa personel Polres OKU Timur yang menandatangani fakta integritas?")
    assert citation_problems(answer, assistant.store) == []


def test_fabricated_quote_is_caught(assistant: Assistant) -> None:
    answer = assistant.ask("Siapa Kapolresta Magelang?")
    forged = replace(answer, citations=[Citation(1, answer.citations[0].chunk, "Polri boleh berkampanye.")])
    problems = citation_problems(forged, assistant.store)
    assert problems and "does not contain" in problems[0]
    shown = enforce_citations(forged, assistant.store, "unsupported")
    assert shown.abstained and shown.citations == [] and shown.text.startswith("unsupported")


def test_unknown_paragraph_id_is_caught(assistant: Assistant) -> None:
    answer = assistant.ask("Siapa Kapolresta Magelang?")
    ghost = replace(answer.citations[0].chunk, id="000_2ada1d52289bbb6a#p999")
    forged = replace(answer, citations=[Citation(1, ghost, answer.citations[0].quote)])
    assert "not in the index" in citation_problems(forged, assistant.store)[0]


def test_stated_span_must_be_in_the_cited_paragraph(assistant: Assistant) -> None:
    answer = assistant.ask("Siapa Kapolresta Magelang?")
    first = answer.citations[0]
    forged = replace(answer, citations=[Citation(1, first.chunk, first.quote, ("Kombes Pol Budi",))])
    assert citation_problems(forged, assistant.store)
