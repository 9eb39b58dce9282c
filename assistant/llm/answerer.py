"""`LLMAnswerer`: a language model writes the answer from numbered context paragraphs; only what the citation check
accepts is shown, and when too little survives the extractive answer is shown instead, marked as such.

Per question: the extractive answer is computed first (milliseconds; it is the fallback). When it refuses (the
learned selector's calibrated refusal, or a kind's missing verdict or post holder), the model is not called and
the refusal stands. The context is the first `context_paragraphs` retrieved paragraphs. The model's output goes
through `enforce`: unsupported sentences are removed; if nothing survives, fewer than half of the claims
survive, the sentences the survivors cite cover too little of the question (a true sentence about something
else), the model said "not found", the model failed (a server down, a timeout) or there was no admissible
context, the answer is the extractive one with `answerer = "llm→extractive (fallback)"`. Otherwise the answer is
the surviving sentences, renumbered [1], [2] … in order of first citation, each citation quoting the paragraph
sentences that support it.
"""

import logging
import threading
from dataclasses import replace
from pathlib import Path

from llama_index.core.base.llms.types import ChatMessage
from llama_index.core.llms import LLM

from assistant.answer import Answer
from assistant.coverage import MIN_COVERAGE
from assistant.draft import Draft
from assistant.extractive.answerer import ExtractiveAnswerer
from assistant.llm.context import ContextParagraph, asks_about_instructions, build_context
from assistant.llm.enforce import Enforcement, Enforcer
from assistant.llm.prompt import load_llm_templates, messages
from assistant.prompts import PROMPTS_DIR, Templates
from assistant.question import Question
from assistant.rerank import Ranking
from index.settings import Settings
from lang.terms import Analyzer, Language

log = logging.getLogger(__name__)

LLM_NAME = "llm"
FALLBACK_NAME = "llm→extractive (fallback)"


class LLMAnswerer:
    name = LLM_NAME

    def __init__(
        self,
        llm: LLM,
        extractive: ExtractiveAnswerer,
        analyzer: Analyzer,
        templates: dict[Language, Templates],
        context_paragraphs: int,
    ) -> None:
        self.llm = llm
        self.extractive = extractive
        self.templates = templates
        self.context_paragraphs = context_paragraphs
        self.enforcer = Enforcer(analyzer, tuple(t.fill("not_found") for t in templates.values()))
        self._lock = threading.Lock()  # one generation at a time: a llama.cpp model is not thread-safe

    def answer(self, question: Question, ranking: Ranking) -> Answer:
        extractive = self.extractive.answer(question, ranking)
        if extractive.abstained:  # the calibrated refusal holds for both answerers: no model call
            return _fallback(extractive, "the answer selector refused")
        paragraphs = build_context(ranking.hits, self.context_paragraphs)
        if not paragraphs:
            return _fallback(extractive, "no context paragraph names what the question asks about")
        try:
            output = self.generate(question, paragraphs)
        except Exception as exc:  # a server down, a timeout, a model error: the extractive answer still stands
            log.warning("LLM generation failed for %r: %s", question.text, exc)
            return _fallback(extractive, f"the LLM failed: {exc}")
        result = self.enforcer.check(
            output, paragraphs, question.language, allow_instructions=asks_about_instructions(question.text)
        )
        log.info("LLM answer to %r: %s", question.text, result.summary())
        if not result.usable:
            return _fallback(extractive, result.summary())
        if not self.addresses(question, result, ranking):
            return _fallback(extractive, "the supported sentences do not address the question")
        return self.compose(question, result)

    def addresses(self, question: Question, result: Enforcement, ranking: Ranking) -> bool:
        """The sentences the answer would quote cover enough of the question (as the extractive answerer asks of
        its evidence): a true sentence about something else is no answer."""
        quoted = " ".join(s.quote for sentence in result.kept for s in sentence.support)
        return ranking.coverage.of_text(question.groups, quoted) >= MIN_COVERAGE

    def generate(self, question: Question, paragraphs: list[ContextParagraph]) -> str:
        chat = [
            ChatMessage(role=role, content=content)
            for role, content in messages(question.text, paragraphs, self.templates[question.language])
        ]
        with self._lock:
            return self.llm.chat(chat).message.content or ""

    def compose(self, question: Question, result: Enforcement) -> Answer:
        """The surviving sentences, their markers renumbered to the answer's citations."""
        draft = Draft(question, self.extractive.templates[question.language], self.name)
        for sentence in result.kept:
            numbers = [draft.cite(s.paragraph.chunk, s.quote, s.spans) for s in sentence.support]
            draft.lines.append(f"{sentence.text} " + " ".join(f"[{n}]" for n in dict.fromkeys(numbers)))
        return draft.answer()


def _fallback(extractive: Answer, reason: str) -> Answer:
    log.info("LLM answer replaced by the extractive one: %s", reason)
    return replace(extractive, answerer=FALLBACK_NAME)


def open_llm_answerer(
    settings: Settings, extractive: ExtractiveAnswerer, analyzer: Analyzer, prompts_dir: Path = PROMPTS_DIR
) -> LLMAnswerer:
    """The configured LLM (loaded now: a GGUF takes seconds) behind the enforced-citation answerer."""
    from assistant.llm.backend import make_llm

    templates = load_llm_templates(prompts_dir)
    return LLMAnswerer(make_llm(settings), extractive, analyzer, templates, settings.llm_context_paragraphs)
