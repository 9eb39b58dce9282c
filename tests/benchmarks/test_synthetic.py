"""Synthetic scaling corpora: deterministic, unique paragraphs made only of real corpus sentences."""

import random
from pathlib import Path

from benchmarks.synthetic import PARAGRAPHS_PER_FILE, paragraphs, real_material, write_corpus
from index.build import discover, read_chunks
from index.settings import Settings


def test_paragraphs_are_unique_deterministic_and_real() -> None:
    sentences, headers = real_material()
    assert len(sentences) > 50 and len(headers) == 5
    first = paragraphs(300, sentences, random.Random(3))
    assert first == paragraphs(300, sentences, random.Random(3))
    assert len(set(first)) == 300
    known = set(sentences)
    for text in first[:20]:
        assert any(text.startswith(s) for s in known)


def test_written_corpus_indexes_to_the_asked_size(tmp_path: Path) -> None:
    files = write_corpus(tmp_path, 35, seed=5)
    assert files == 4  # ceil(35 / PARAGRAPHS_PER_FILE)
    settings = Settings(corpus_dir=tmp_path)
    chunks = [c for path in discover(tmp_path) for c in read_chunks(path, settings)[0]]
    assert len(chunks) == 35 and len({c.id for c in chunks}) == 35
    assert max(c.paragraph for c in chunks) == PARAGRAPHS_PER_FILE
    assert all("(sintetis" in c.title for c in chunks)
