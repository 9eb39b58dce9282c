"""The LLM answerer over the real index with a scripted model: checked answers, fallbacks, no call when refusing."""

import pytest

from assistant.cite import citation_problems
from assistant.engine import Assistant
from assistant.llm.answerer import FALLBACK_NAME, LLM_NAME
from tests.assistant.llm.conftest import (
    ScriptedLLM,
    ask_with,
    paragraph_number,
    scripted,
)


def test_a_supported_generation_is_the_answer_with_checked_citations(assistant: Assistant) -> None:
    def reply(prompt: str) -> str:
        n = paragraph_number(prompt, "Kapolresta Magelang, Kombes Pol Mustofa")
        return f"Kapolresta Magelang adalah Kombes Pol Mustofa [{n}]. Polri boleh berkampanye [{n}]."

    answer = ask_with(assistant, ScriptedLLM(reply=reply), "Siapa Kapolresta Magelang?")
    assert answer.answerer == LLM_NAME and not answer.abstained
    assert answer.text == "Kapolresta Magelang adalah Kombes Pol Mustofa. [1]"  # renumbered, the claim removed
    assert citation_problems(answer, assistant.store) == []
    assert "Kombes Pol Mustofa" in answer.citations[0].quote and "Kombes Pol Mustofa" in answer.citations[0].spans


def test_a_supported_sentence_that_does_not_answer_the_question_falls_back(assistant: Assistant) -> None:
    # Gemma 3 270M's answer in `make eval` to an unanswerable question: true of paragraph 1, but not an answer.
    def reply(prompt: str) -> str:
        return f"The police chief led the parade [{paragraph_number(prompt, 'Kapolresta Magelang, Kombes Pol')}]."

    answer = ask_with(assistant, ScriptedLLM(reply=reply), "Who heads Bid Propam Polda Jawa Tengah?")
    assert answer.answerer == FALLBACK_NAME and answer.abstained


@pytest.mark.parametrize(
    "reply",
    [
        "Polri boleh berkampanye.",  # no citation
        "Ya [1]. Tentu [2]. Benar [3].",  # nothing checkable
        "Tidak ditemukan dalam korpus.",  # the model gave up
        RuntimeError("connection refused"),  # the server is down
    ],
)
def test_unusable_generation_falls_back_to_the_extractive_answer(assistant: Assistant, reply: str | Exception) -> None:
    question = "Siapa Kapolresta Magelang?"
    extractive = assistant.ask(question)
    answer = ask_with(assistant, scripted(reply), question)
    assert answer.answerer == FALLBACK_NAME
    assert answer.text == extractive.text and answer.citations == extractive.citations


def test_no_model_call_when_no_document_names_the_question(assistant: Assistant) -> None:
    model = scripted("Kapolres Atlantis adalah Kombes Pol Mustofa [1].")
    answer = ask_with(assistant, model, "Siapa Kapolres Atlantis?")
    assert answer.abstained and answer.answerer == FALLBACK_NAME and model.prompts == []


def test_the_prompt_carries_question_and_numbered_paragraphs(assistant: Assistant) -> None:
    model = scripted("Tidak ditemukan dalam korpus.")
    ask_with(assistant, model, "Who is the police chief of Magelang?")
    (prompt,) = model.prompts
    assert "Question: Who is the police chief of Magelang?" in prompt
    assert "<<<DOKUMEN 1>>>" in prompt and "<<<AKHIR DOKUMEN 5>>>" in prompt and "<<<DOKUMEN 6>>>" not in prompt


def test_the_chat_shows_which_answerer_wrote_the_answer(assistant: Assistant) -> None:
    from assistant.app.render import Turn, answer_html

    answer = ask_with(assistant, scripted("Polri boleh berkampanye."), "Siapa Kapolresta Magelang?")
    assert '<span class="na-answerer">llm→extractive (fallback)</span>' in answer_html(Turn(1, "q", answer), "id")
    assert '<span class="na-answerer">extractive</span>' in answer_html(Turn(1, "q", assistant.ask("q?")), "en")
