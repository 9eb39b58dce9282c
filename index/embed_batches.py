"""Embed paragraphs and their sentences in evenly filled model calls, and store them as they come.

Each new paragraph is embedded with each of its sentences (the answerer compares a question with each), one
model call per batch of texts; one writer thread stores a batch in Chroma while the model embeds the next.
`model_calls` says what a build sends the model, so `make bench` can time the bare model on the same work.
"""

import math
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import TypeVar

from llama_index.core.base.embeddings.base import BaseEmbedding
from tqdm import tqdm

from index.document import EMBED_MAX_CHARS, Chunk
from index.store import ParagraphSentences, Store
from lang.sentences import Sentence, quote_units

T = TypeVar("T")


@dataclass(frozen=True)
class ParagraphToEmbed:
    """A paragraph to embed, its sentences (quote units: the answerer compares a question with each) and the texts
    the model reads for it: the paragraph with its title and section, unless only its sentences are missing,
    then each sentence."""

    chunk: Chunk
    sentences: list[Sentence]
    texts: list[str]

    @classmethod
    def of(cls, chunk: Chunk, sentences_only: bool = False) -> "ParagraphToEmbed":
        sentences = quote_units(chunk.text)
        own = [] if sentences_only else [chunk.embed_text]
        return cls(chunk, sentences, own + [s.text[:EMBED_MAX_CHARS] for s in sentences])


def batches(paragraphs: list[ParagraphToEmbed], size: int) -> list[list[ParagraphToEmbed]]:
    """Consecutive paragraphs grouped so that each group's texts make one model call of at most `size` texts,
    the calls evenly filled: a small last call uses the cores less well. A paragraph with more than `size`
    texts is a group of its own."""
    total = sum(len(p.texts) for p in paragraphs)
    target = max(1, math.ceil(total / max(1, math.ceil(total / size))))
    groups: list[list[ParagraphToEmbed]] = []
    count = 0
    for paragraph in paragraphs:
        if not groups or count >= target or count + len(paragraph.texts) > size:
            groups.append([])
            count = 0
        groups[-1].append(paragraph)
        count += len(paragraph.texts)
    return groups


def call_texts(batch: list[ParagraphToEmbed]) -> list[str]:
    """The texts one model call reads for a batch: each distinct text once, in order (a sentence repeated across
    documents, a paragraph with neither title nor section that is its own only sentence)."""
    return list(dict.fromkeys(text for paragraph in batch for text in paragraph.texts))


def model_calls(chunks: list[Chunk], batch_size: int) -> list[list[str]]:
    """What a build of the new paragraphs `chunks` sends to the embedding model, call by call: `make bench` times
    the bare model on exactly these, to compare a build with the same work."""
    return [call_texts(batch) for batch in batches([ParagraphToEmbed.of(c) for c in chunks], batch_size)]


def embed_batch(embedding: BaseEmbedding, batch: list[ParagraphToEmbed]) -> list[list[float]]:
    """The vector of every text of every paragraph in `batch`, in order, from one `get_text_embedding_batch`
    call over `call_texts(batch)`."""
    unique = call_texts(batch)
    vectors = dict(zip(unique, embedding.get_text_embedding_batch(unique), strict=True))
    return [vectors[text] for paragraph in batch for text in paragraph.texts]


def _split(flat: list[T], sizes: list[int]) -> list[list[T]]:
    bounds = list(accumulate(sizes, initial=0))
    return [flat[start:end] for start, end in pairwise(bounds)]


def embed_and_store(
    chunks: list[Chunk],
    embedding: BaseEmbedding,
    store: Store,
    batch_size: int,
    progress: bool,
    sentences_only: bool = False,
) -> None:
    """Embed each paragraph and each of its sentences, one model call per batch of `batch_size` texts (the
    engine's embedding model reads that many per call), and store both. One writer thread stores a batch while
    the model embeds the next (the model's C code runs outside Python's lock), so Chroma's writes, ~5 % of a
    build, no longer add to its time; they stay in order, one batch in flight, and a write error stops the
    build (also when the next batch's embedding fails meanwhile: the write's error is raised, not lost).
    Paragraphs are written before their sentences, so a kill in between leaves a paragraph without sentences,
    which the next build completes."""
    todo = [ParagraphToEmbed.of(c, sentences_only) for c in chunks]
    with (
        tqdm(total=len(chunks), desc="embedding", unit="para", disable=not progress or not chunks) as bar,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-writer") as writer,
    ):
        written: Future[int] | None = None
        for batch in batches(todo, batch_size):
            try:
                vectors = embed_batch(embedding, batch)
            except Exception:
                _count_written(written, bar)  # a failed write in flight is the first error; this one its context
                raise
            _count_written(written, bar)
            written = writer.submit(_store_batch, store, batch, vectors, sentences_only)
        _count_written(written, bar)


def _count_written(written: Future[int] | None, bar: tqdm) -> None:
    """Wait for the write in flight (its error is raised here) and count its paragraphs on the progress bar, so
    that the bar counts paragraphs stored, not only embedded."""
    if written is not None:
        bar.update(written.result())


def _store_batch(store: Store, batch: list[ParagraphToEmbed], vectors: list[list[float]], sentences_only: bool) -> int:
    """Write a batch's paragraphs (unless only their sentences were missing), then their sentences; returns how
    many paragraphs."""
    per_paragraph = _split(vectors, [len(p.texts) for p in batch])
    if not sentences_only:
        store.upsert([p.chunk for p in batch], [own for own, *_ in per_paragraph])
        per_paragraph = [sentences for _, *sentences in per_paragraph]
    store.upsert_sentences(
        [ParagraphSentences(p.chunk, p.sentences, v) for p, v in zip(batch, per_paragraph, strict=True)]
    )
    return len(batch)
