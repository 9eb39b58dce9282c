"""One index size, measured in a process of its own (so its peak memory is its own): `bench` runs it per size.

    python -m benchmarks.scale --corpus DIR --store DIR --out result.json [--incremental] [--reference]

Builds the index of `--corpus` into an empty `--store` (embedding model loaded and warmed first, so the build
time is load + clean + chunk + embed + store). With `--reference` it also times the bare embedding model on
exactly the texts the build sends it, in the same calls (`index.embed_batches.model_calls`): the same work without
loading, chunking or storing, once right before the build and once right after in the same process (their
mean brackets the build in time), so build / bare compares like with like on a shared machine. It then
rebuilds the BM25 snapshot and times every gold-set question twice: `Retriever.search` alone and the full
`Assistant.ask` (after one warm-up question); each question's latency is the median of 3 calls
(`timing.latencies_ms`), p50/p95 are over questions. With `--incremental` it also re-indexes after touching
one file (mtime only) and after editing one paragraph, then restores the file. Writes one JSON object. Leaves
out the CLI start-up (see `bench.py`, cold start).
"""

import argparse
import json
import os
import shutil
import statistics
import sys
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding

from assistant.engine import Assistant
from benchmarks.qa_check import load_items
from benchmarks.timing import PeakRss, latencies_ms, summarize_ms, timed
from index.build import build_index, discover, read_chunks
from index.embed_batches import model_calls
from index.offline import configure_offline
from index.settings import Settings

EDIT = " Kalimat ini ditambahkan untuk mengukur pengindeksan ulang."


def measure(corpus: Path, store: Path, incremental: bool, reference: bool) -> dict[str, Any]:
    settings = Settings(corpus_dir=corpus, store_dir=store)
    questions = [item.question for item in load_items()]
    with PeakRss() as rss:
        (assistant, open_s) = timed(lambda: Assistant.open(settings, create=True))
        embedding = assistant.retriever.embedding
        _, load_s = timed(lambda: embedding.get_text_embedding("pemanasan model"))
        chunks = [c for path in discover(corpus) for c in read_chunks(path, settings)[0]] if reference else []
        calls = model_calls(chunks, settings.embed_batch_size)
        before = time_calls(embedding, calls)
        report, build_s = timed(lambda: build_index(settings, embedding, assistant.store, progress=False))
        bare_runs = [before, time_calls(embedding, calls)]
        if report.embedded != len(chunks) and reference:  # a file failed or was a duplicate: not the same work
            raise RuntimeError(f"the build embedded {report.embedded} paragraphs, the reference {len(chunks)}")
        _, refresh_s = timed(assistant.retriever.refresh)
        language = assistant.analyzer.language
        assistant.ask(questions[0])  # warm-up: first BM25 and Chroma query paths, prompt templates
        search_ms = latencies_ms(lambda q: assistant.retriever.search(q, language(q), settings.retrieve_k), questions)
        ask_ms = latencies_ms(assistant.ask, questions)
        result: dict[str, Any] = {
            "files": len(discover(corpus)),
            "paragraphs": assistant.store.count(),
            "open_s": open_s,
            "model_load_s": load_s,
            "build_s": build_s,
            "paragraphs_per_s": report.embedded / build_s if build_s else None,
            "bm25_refresh_s": refresh_s,
            "search_ms": summarize_ms(search_ms),
            "ask_ms": summarize_ms(ask_ms),
            "store_mib": _folder_mib(store),
        }
        if reference:
            result.update(bare_reference(calls, report.embedded, build_s, settings.embed_batch_size, bare_runs))
        if incremental:
            result["incremental"] = reindex_after_changes(settings, assistant)
    result["peak_rss_mib"] = rss.peak_mib
    return result


def time_calls(embedding: BaseEmbedding, calls: list[list[str]]) -> float:
    """Seconds the bare model takes for these calls (one `get_text_embedding_batch` each, as a build makes)."""
    return timed(lambda: [embedding.get_text_embedding_batch(texts) for texts in calls])[1]


def bare_reference(
    calls: list[list[str]], paragraphs: int, build_s: float, batch_size: int, runs: list[float]
) -> dict[str, Any]:
    """The bare model's throughput on a build's texts (from its timed runs, seconds) and the build's over it."""
    texts = sum(len(texts) for texts in calls)
    seconds = statistics.mean(runs)
    bare = {
        "paragraphs": paragraphs,
        "texts": texts,
        "calls": len(calls),
        "batch_size": batch_size,
        "runs_s": runs,
        "seconds": seconds,
        "texts_per_s": texts / seconds,
        "paragraphs_per_s_equivalent": paragraphs / seconds,
    }
    return {"bare_on_build_texts": bare, "build_vs_bare_same_texts": seconds / build_s}


def reindex_after_changes(settings: Settings, assistant: Assistant) -> dict[str, Any]:
    """Re-index after an mtime-only touch, then after one edited paragraph; the file is restored afterwards."""
    path = discover(settings.corpus_dir)[0]
    original = path.read_text(encoding="utf-8")
    out: dict[str, Any] = {"file": path.name}
    os.utime(path)
    report, seconds = timed(lambda: assistant.index(progress=False))
    out["touch"] = {"seconds": seconds, "embedded": report.embedded}
    path.write_text(original.rstrip("\n") + EDIT + "\n", encoding="utf-8")
    report, seconds = timed(lambda: assistant.index(progress=False))
    out["edit"] = {"seconds": seconds, "embedded": report.embedded}
    path.write_text(original, encoding="utf-8")
    assistant.index(progress=False)
    return out


def _folder_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--store", type=Path, required=True, help="an empty or missing folder")
    parser.add_argument("--out", type=Path, required=True, help="where to write the JSON result")
    parser.add_argument("--incremental", action="store_true", help="also time re-indexing after small changes")
    parser.add_argument("--reference", action="store_true", help="also time the bare model on the build's texts")
    args = parser.parse_args(argv)
    configure_offline()
    shutil.rmtree(args.store, ignore_errors=True)
    result = measure(args.corpus, args.store, args.incremental, args.reference)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
