"""Synthetic corpora for the scaling benchmark, made from the real articles' sentences recombined.

Each synthetic paragraph is 2-4 distinct sentences of the real corpus in random order, so every word is real
Indonesian news prose (no gibberish) while the paragraphs are new combinations; no paragraph text repeats.
Paragraphs are written as Markdown files of 10 paragraphs with the same front matter fields as the real
articles (a real title and outlet with "(sintetis N)" appended), so the whole indexing pipeline runs on them:
load → clean → chunk → embed → store. Deterministic for a given seed. Ids are the file stems
(`syn_000042`), so chunk ids `syn_000042#p3` are unique. The text is not meant to make sense as an article.
"""

import json
import random
from pathlib import Path

from benchmarks.qa_check import CORPUS_DIR
from index.build import discover, read_chunks
from index.settings import Settings
from lang.sentences import split_sentences

PARAGRAPHS_PER_FILE = 10
MIN_SENTENCE_CHARS = 30


def real_material(corpus_dir: Path = CORPUS_DIR) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The corpus's distinct sentences (at least MIN_SENTENCE_CHARS long) and its (title, source, date) triples."""
    settings = Settings(corpus_dir=corpus_dir)
    sentences: dict[str, None] = {}
    headers: dict[tuple[str, str, str], None] = {}
    for path in discover(corpus_dir):
        for chunk in read_chunks(path, settings)[0]:
            headers[(chunk.title, chunk.source, chunk.date)] = None
            for sentence in split_sentences(chunk.text):
                if len(sentence.text) >= MIN_SENTENCE_CHARS:
                    sentences[sentence.text] = None
    return list(sentences), list(headers)


def paragraphs(count: int, sentences: list[str], rng: random.Random) -> list[str]:
    """`count` distinct paragraphs of 2-4 distinct sentences each."""
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        text = " ".join(rng.sample(sentences, rng.randint(2, 4)))
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def write_corpus(out_dir: Path, count: int, seed: int = 13, corpus_dir: Path = CORPUS_DIR) -> int:
    """Write `count` synthetic paragraphs as Markdown files under `out_dir`; returns the number of files."""
    rng = random.Random(seed)
    sentences, headers = real_material(corpus_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    body = paragraphs(count, sentences, rng)
    files = 0
    for start in range(0, count, PARAGRAPHS_PER_FILE):
        title, source, date = rng.choice(headers)
        files += 1
        front = "\n".join(
            [
                "---",
                f"title: {json.dumps(f'{title} (sintetis {files})', ensure_ascii=False)}",
                f"source: {json.dumps(source, ensure_ascii=False)}",
                f"date: {json.dumps(date)}",
                "kind: article",
                'note: "synthetic benchmark document: real corpus sentences recombined"',
                "---",
            ]
        )
        text = "\n\n".join(body[start : start + PARAGRAPHS_PER_FILE])
        (out_dir / f"syn_{files:06d}.md").write_text(f"{front}\n\n{text}\n", encoding="utf-8")
    return files
