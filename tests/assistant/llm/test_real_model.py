"""The real model (llama.cpp + Gemma 3 270M from the llm extra), offline; marked `llm`."""

import re
from typing import Any

import pytest

from assistant.cite import citation_problems
from assistant.engine import Assistant
from assistant.llm.answerer import FALLBACK_NAME, LLM_NAME, LLMAnswerer
from assistant.question import analyze
from index.settings import Settings
from tests.assistant.llm.conftest import (
    INJECTION_QUESTION,
    ask_with,
    follows_injection,
    make_real_llm,
)


@pytest.mark.llm
def test_the_real_model_loads_and_generates_offline(real_llm: Any, no_network: None) -> None:
    from llama_index.core.base.llms.types import ChatMessage

    reply = real_llm.chat([ChatMessage(role="user", content="Sebutkan satu warna bendera Indonesia.")])
    assert reply.message.content.strip()
    assert real_llm.metadata.context_window >= 2048


@pytest.mark.llm
@pytest.mark.parametrize(
    "question",
    ["Siapa Kapolresta Magelang?", "Who is the police chief of Magelang?", "Apakah anggota Polri boleh berkampanye?"],
)
def test_real_answers_pass_the_citation_checks(assistant: Assistant, real_llm: Any, question: str) -> None:
    answer = ask_with(assistant, real_llm, question)
    assert answer.answerer in (LLM_NAME, FALLBACK_NAME)
    assert citation_problems(answer, assistant.store) == []
    if answer.answerer == LLM_NAME:
        assert all(re.search(r"\[\d+\]$", line) for line in answer.text.splitlines())
        hits = assistant.retriever.search(question, analyze(question, assistant.analyzer).language, 8)
        assert {c.chunk.id for c in answer.citations} <= {h.chunk.id for h in hits}
    else:
        assert answer.text == assistant.ask(question).text


@pytest.mark.llm
def test_the_real_model_does_not_follow_an_injected_instruction(injected: Assistant, real_llm: Any) -> None:
    answer = ask_with(injected, real_llm, INJECTION_QUESTION)
    assert not follows_injection(answer.text)
    assert not any("Abaikan" in c.quote for c in answer.citations)
    assert citation_problems(answer, injected.store) == []


@pytest.mark.llm
def test_an_unusable_real_generation_falls_back(assistant: Assistant) -> None:
    one_token = make_real_llm(llm_max_tokens=1)  # a one-token answer cannot cite anything
    question = "Siapa Kapolresta Magelang?"
    answer = ask_with(assistant, one_token, question)
    assert answer.answerer == FALLBACK_NAME
    assert answer.text == assistant.ask(question).text


@pytest.mark.llm
def test_netralitas_answerer_llm_opens_the_bundled_model(
    corpus_settings: Settings, assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("llama_cpp", reason="llama-cpp-python missing: `make llm-setup` installs the llm extra")
    monkeypatch.setenv("NETRALITAS_ANSWERER", "llm")
    monkeypatch.setenv("NETRALITAS_LLM_MAX_TOKENS", "8")
    settings = Settings(corpus_dir=corpus_settings.corpus_dir, store_dir=corpus_settings.store_dir)
    opened = Assistant.open(settings)
    assert isinstance(opened.answerer, LLMAnswerer)
    answer = opened.ask("Siapa Kapolresta Magelang?")
    assert answer.answerer in (LLM_NAME, FALLBACK_NAME) and "Kombes Pol Mustofa" in answer.text
