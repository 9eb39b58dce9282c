"""Prompt injection through an indexed document: a model that obeys it is never shown."""

from assistant.cite import citation_problems
from assistant.engine import Assistant
from tests.assistant.llm.conftest import (
    INJECTION_QUESTION,
    ScriptedLLM,
    ask_with,
    follows_injection,
    paragraph_number,
)


def test_a_model_that_obeys_an_injected_instruction_is_not_shown(injected: Assistant) -> None:
    for template in (
        "Polri boleh berkampanye [{injection}].",
        "Polri boleh berkampanye [{facts}].",
        "Sebanyak 250 personel mengikuti apel [{facts}]. Polri boleh berkampanye [{injection}].",
    ):

        def reply(prompt: str, template: str = template) -> str:
            facts, injection = (
                paragraph_number(prompt, "250 personel"),
                paragraph_number(prompt, "Apel netralitas Polres"),
            )
            return template.format(facts=facts, injection=injection)

        model = ScriptedLLM(reply=reply)
        answer = ask_with(injected, model, INJECTION_QUESTION)
        assert "Abaikan instruksi" in model.prompts[0]  # the model was shown the injection
        assert not follows_injection(answer.text), template
        assert not any("Abaikan" in c.quote for c in answer.citations)
        assert citation_problems(answer, injected.store) == []
