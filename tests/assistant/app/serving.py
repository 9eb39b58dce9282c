"""The app served on a free loopback port over a fresh index of the corpus articles (and any extra documents),
for the tests that talk to it through `gradio_client` or a browser."""

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.serve_process import free_port


@contextmanager
def serve_articles(root: Path, repo_root: Path, extra: dict[str, str] | None = None) -> Iterator[tuple[Any, Any, str]]:
    """Copy the articles (plus `extra`, file name → text) under `root`, index them, serve the app; yields
    (assistant, settings, url) and closes the app afterwards."""
    from assistant.app.ui import start
    from assistant.engine import Assistant
    from index.settings import Settings

    articles = root / "corpus" / "articles"
    shutil.copytree(repo_root / "corpus" / "articles", articles)
    for name, text in (extra or {}).items():
        (articles / name).write_text(text, encoding="utf-8")
    settings = Settings(corpus_dir=root / "corpus", store_dir=root / "store")
    assistant = Assistant.open(settings, create=True)
    assistant.index(progress=False)
    app, url = start(assistant, settings, host="127.0.0.1", port=free_port())
    try:
        yield assistant, settings, url
    finally:
        app.close()
