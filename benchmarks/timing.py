"""Measuring helpers for `bench`: wall-clock latency summaries and peak resident memory of a process.

Time is `time.perf_counter`; memory is psutil's RSS, sampled by a background thread (psutil has no portable
peak counter), so a spike shorter than the sampling interval can be missed. Leaves out CPU time and I/O.
"""

import os
import statistics
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import psutil

from benchmarks.metrics import mean, percentile

MIB = 2**20


class PeakRss:
    """Context manager sampling a process's RSS every `interval` seconds; `.peak_mib` after exit."""

    def __init__(self, pid: int | None = None, interval: float = 0.02) -> None:
        self.process = psutil.Process(pid or os.getpid())
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        try:
            rss = self.process.memory_info().rss
            rss += sum(child.memory_info().rss for child in self.process.children(recursive=True))
        except psutil.Error:  # the process ended between two samples
            return
        self.peak = max(self.peak, rss)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakRss":
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    @property
    def peak_mib(self) -> float:
        return self.peak / MIB


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    """(result, seconds) of one call."""
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


def latencies_ms(call: Callable[[str], Any], questions: Iterable[str], repeat: int = 3) -> list[float]:
    """Milliseconds per question, in order: the median of `repeat` calls, so that a moment when another process
    holds the CPU does not pass for this question's latency (the machine is shared; one pass is noisy)."""
    return [
        statistics.median(timed(lambda q=question: call(q))[1] * 1000 for _ in range(repeat)) for question in questions
    ]


def summarize_ms(values: list[float]) -> dict[str, float | None]:
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "mean": mean(values), "n": len(values)}
