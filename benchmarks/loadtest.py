"""`make loadtest`: concurrent gradio_client users asking `/ask` for a fixed time against one `netralitas serve`.

Copies corpus/ to a temporary folder, builds its index there (`netralitas index`, a child process), starts
`netralitas serve` on a free 127.0.0.1 port and takes one reference answer per question. Then `--users`
threads (20), each with its own gradio_client `Client`, ask the questions of benchmarks/qa.jsonl in turn for
`--seconds` (60). Counted as an error: an exception, a reply without the `ask --json` keys, or an answer that
differs from the reference (concurrency must not change answers). The server's RSS is sampled every second
(psutil); the slope of a least-squares line over the second half of the run tells whether memory keeps growing.
Writes benchmarks/results/loadtest.json, prints a summary, stops the server by its pid and exits 1 on any error.
Loopback only; bounded in time and request count (users × seconds / latency).
"""

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from benchmarks.metrics import mean, percentile
from benchmarks.serve_process import offline_env, start_serve, stop, wait_ready

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONTRACT_KEYS = {"question", "answer", "abstained", "citations", "verdict"}
GROWTH_LIMIT_MIB_PER_MIN = 10.0  # a leak of one request's worth of objects per second would show far above this


@dataclass
class Tally:
    """What the users saw; appended to from many threads under one lock."""

    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, latency_ms: float, error: str = "") -> None:
        with self.lock:
            if error:
                self.errors.append(error)
            else:
                self.latencies_ms.append(latency_ms)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20, help="concurrent gradio_client users")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the users keep asking")
    parser.add_argument("--questions", type=Path, default=HERE / "qa.jsonl", help="JSON Lines with a 'question'")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "loadtest.json")
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in args.questions.read_text().splitlines() if line.strip()]

    with tempfile.TemporaryDirectory(prefix="netralitas-load-") as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "corpus", work / "corpus")
        command = [sys.executable, "-m", "assistant", "index", "--corpus", str(work / "corpus")]
        subprocess.run([*command, "--store", str(work / "store"), "--quiet"], env=offline_env(), check=True)
        server = start_serve(work / "store", log=work / "serve.log")
        try:
            wait_ready(server)
            result = _run(server.url, server.pid, questions, args.users, args.seconds)
        finally:
            stop(server.process)
        result["server_log_tail"] = (work / "serve.log").read_text(errors="replace").splitlines()[-5:]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _print(result, args.out)
    return 0 if result["errors"] == 0 and result["rss_mib"]["flat"] else 1


def _run(url: str, pid: int, questions: list[str], users: int, seconds: float) -> dict[str, Any]:
    from gradio_client import Client

    def client() -> Any:
        return Client(url, verbose=False, analytics_enabled=False)

    reference = {q: client().predict(q, api_name="/ask") for q in dict.fromkeys(questions)}
    tally = Tally()
    samples: list[tuple[float, float]] = []
    started = time.monotonic()
    deadline = started + seconds
    stop_sampling = threading.Event()
    sampler = threading.Thread(target=_sample_rss, args=(pid, started, samples, stop_sampling), daemon=True)
    sampler.start()
    threads = [
        threading.Thread(target=_user, args=(client, questions, i, deadline, reference, tally), daemon=True)
        for i in range(users)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)  # a request in flight at the deadline may finish late
    elapsed = time.monotonic() - started
    stop_sampling.set()
    sampler.join()
    values = tally.latencies_ms
    return {
        "users": users,
        "seconds": seconds,
        "elapsed_seconds": round(elapsed, 1),
        "requests": len(values) + len(tally.errors),
        "served": len(values),
        "errors": len(tally.errors),
        "error_samples": sorted(set(tally.errors))[:10],
        "throughput_per_second": round(len(values) / elapsed, 2),
        "latency_ms": {
            name: round(value, 1) if value is not None else None
            for name, value in {
                "p50": percentile(values, 50),
                "p95": percentile(values, 95),
                "p99": percentile(values, 99),
                "max": max(values, default=None),
                "mean": mean(values),
            }.items()
        },
        "rss_mib": _rss_summary(samples),
        "machine": {"cpus": psutil.cpu_count(), "load_average": [round(x, 2) for x in psutil.getloadavg()]},
        "python": platform.python_version(),
        "questions": len(reference),
    }


def _user(
    make_client: Any, questions: list[str], offset: int, deadline: float, reference: dict[str, dict], tally: Tally
) -> None:
    try:
        client = make_client()
    except Exception as exc:  # counted, not raised: the summary must still be written
        tally.add(0.0, f"connect: {type(exc).__name__}: {exc}")
        return
    n = offset
    while time.monotonic() < deadline:
        question = questions[n % len(questions)]
        n += 1
        t0 = time.perf_counter()
        try:
            reply = client.predict(question, api_name="/ask")
        except Exception as exc:
            tally.add(0.0, f"{type(exc).__name__}: {str(exc)[:200]}")
            continue
        latency = (time.perf_counter() - t0) * 1000
        if not isinstance(reply, dict) or set(reply) != CONTRACT_KEYS:
            tally.add(latency, f"reply without the ask --json keys: {str(reply)[:200]}")
        elif reply != reference[question]:
            tally.add(latency, f"answer differs from the single-user one for {question!r}")
        else:
            tally.add(latency)


def _sample_rss(pid: int, started: float, samples: list[tuple[float, float]], done: threading.Event) -> None:
    process = psutil.Process(pid)
    while not done.is_set():
        try:
            samples.append((round(time.monotonic() - started, 1), round(process.memory_info().rss / 2**20, 1)))
        except psutil.Error:  # the server is gone: the users will report it
            return
        done.wait(1.0)


def _rss_summary(samples: list[tuple[float, float]]) -> dict[str, Any]:
    values = [mib for _, mib in samples]
    half = samples[len(samples) // 2 :]
    slope = _slope(half) * 60 if len(half) >= 3 else None  # MiB per minute
    return {
        "start": values[0] if values else None,
        "end": values[-1] if values else None,
        "max": max(values, default=None),
        "slope_second_half_mib_per_min": round(slope, 2) if slope is not None else None,
        "flat": slope is not None and slope < GROWTH_LIMIT_MIB_PER_MIN,
        "growth_limit_mib_per_min": GROWTH_LIMIT_MIB_PER_MIN,
        "samples": samples,
    }


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y over x."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in points) / var if var else 0.0


def _print(result: dict[str, Any], out: Path) -> None:
    lat, rss = result["latency_ms"], result["rss_mib"]
    print(f"{result['users']} users × {result['seconds']:.0f} s against netralitas serve on 127.0.0.1")
    print(
        f"requests {result['requests']}  served {result['served']}  errors {result['errors']}  "
        f"throughput {result['throughput_per_second']}/s"
    )
    print(f"latency ms: p50 {lat['p50']}  p95 {lat['p95']}  p99 {lat['p99']}  max {lat['max']}")
    print(
        f"server RSS MiB: start {rss['start']}  end {rss['end']}  max {rss['max']}  slope (2nd half) "
        f"{rss['slope_second_half_mib_per_min']} MiB/min → {'flat' if rss['flat'] else 'GROWING'}"
    )
    for error in result["error_samples"]:
        print(f"  error: {error}")
    print(f"written to {out}")


if __name__ == "__main__":
    sys.exit(main())
