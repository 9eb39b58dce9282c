"""The backends: missing packages and servers say what to do; a server that is down falls back."""

import socket
import time

import pytest

from assistant.engine import Assistant
from assistant.llm.answerer import FALLBACK_NAME
from index.settings import Settings
from tests.assistant.llm.conftest import (
    ask_with,
)


def test_a_missing_llm_package_says_how_to_install_it() -> None:
    from assistant.llm.backend import LLMUnavailable, _module

    with pytest.raises(LLMUnavailable, match=r"pip install '\.\[llm\]'"):
        _module("no_such_llm_package", "no-such-llm-package")


def test_server_backends_need_url_and_model() -> None:
    from assistant.llm.backend import LLMUnavailable, make_llm

    for backend in ("ollama", "openai_like"):
        with pytest.raises(LLMUnavailable, match="NETRALITAS_LLM_URL and NETRALITAS_LLM_MODEL"):
            make_llm(Settings(answerer="llm", llm_backend=backend))


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(("backend", "path"), [("ollama", ""), ("openai_like", "/v1")])
def test_a_server_that_is_down_falls_back(assistant: Assistant, backend: str, path: str) -> None:
    pytest.importorskip(f"llama_index.llms.{backend}", reason="the llm extra is not installed (`make llm-setup`)")
    from assistant.llm.backend import make_llm

    url = f"http://127.0.0.1:{_closed_port()}{path}"
    llm = make_llm(Settings(answerer="llm", llm_backend=backend, llm_url=url, llm_model="m", llm_timeout=5))
    started = time.perf_counter()
    answer = ask_with(assistant, llm, "Siapa Kapolresta Magelang?")
    assert answer.answerer == FALLBACK_NAME and "Kombes Pol Mustofa" in answer.text
    assert time.perf_counter() - started < 30
