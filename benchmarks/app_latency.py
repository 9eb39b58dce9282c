"""Latency of the chat app's `/ask` API: time from `netralitas serve` start to the first answer, then per request.

Starts `netralitas serve` on a free loopback port over an index that is already built, waits for the first
answer through gradio_client, then asks questions from benchmarks/qa.jsonl one after another and prints the
median and 95th percentile. Leaves out building the index (run `netralitas index --store DIR` first).

    .venv/bin/python benchmarks/app_latency.py --store .netralitas/store
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path(".netralitas/store"), help="an index already built")
    parser.add_argument("--questions", type=Path, default=HERE / "qa.jsonl", help="JSON Lines with a 'question'")
    parser.add_argument("-n", type=int, default=20, help="how many questions to time")
    parser.add_argument("--timeout", type=float, default=180, help="seconds to wait for the server")
    args = parser.parse_args()

    questions = [json.loads(line)["question"] for line in args.questions.read_text().splitlines() if line.strip()]
    questions = (questions * (args.n // max(len(questions), 1) + 1))[: args.n]
    from gradio_client import Client  # imported before the clock starts: it is the client's cost, not the server's

    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    command = [sys.executable, "-m", "assistant", "serve", "--store", str(args.store), "--port", str(port)]
    started = time.perf_counter()
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        client = _connect(Client, url, server, started + args.timeout)
        client.predict(questions[0], api_name="/ask")
        first = time.perf_counter() - started
        latencies = []
        for question in questions:
            t0 = time.perf_counter()
            client.predict(question, api_name="/ask")
            latencies.append(time.perf_counter() - t0)
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
    print(f"serve start → first answer: {first:.2f} s")
    print(f"/ask over {len(latencies)} questions: median {statistics.median(latencies) * 1000:.0f} ms, ", end="")
    print(f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
    return 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _connect(client_class: type, url: str, server: subprocess.Popen, deadline: float):
    while time.perf_counter() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"netralitas serve exited: {server.stderr.read() if server.stderr else ''}")
        try:
            return client_class(url, verbose=False, analytics_enabled=False)
        except Exception:  # not listening yet
            time.sleep(0.1)
    raise SystemExit(f"no server at {url} after the timeout")


if __name__ == "__main__":
    sys.exit(main())
