"""One index build per store at a time, across processes: an `fcntl.flock` on a lock file beside the store.

A local store's lock file is `<store_dir>.lock` next to its folder; a Chroma server's is in the temp folder,
named by a hash of the server URL and collection (every build that talks to that server from this machine
shares it). The holder writes its pid into the file, so a second build can say whom it waits for. The kernel
drops the lock when its holder exits or is killed, so a crashed build never leaves a stale lock behind.

The lock is re-entrant within a thread (the app's upload holds it around copying files and indexing them) and
exclusive between threads and processes. Asking questions never takes it. Leaves out Windows (no `fcntl`).
"""

import fcntl
import hashlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import StoreError
from index.settings import Settings

POLL_SECONDS = 0.2
_held = threading.local()  # .depth: lock file path → how many times this thread holds it


def lock_path(settings: Settings) -> Path:
    """The lock file guarding the store `settings` names."""
    if settings.chroma_url:
        key = hashlib.sha256(f"{settings.chroma_url.rstrip('/')}|{settings.collection}".encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"netralitas-index-{key}.lock"
    store = settings.store_dir.absolute()
    return store.with_name(f"{store.name}.lock")


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def index_lock(
    settings: Settings, timeout: float | None = None, notify: Callable[[str], None] = _to_stderr
) -> Iterator[None]:
    """Hold the store's index lock. When another build holds it, say so through `notify` once and wait up to
    `timeout` seconds (default `settings.index_lock_timeout`), then raise StoreError."""
    path = lock_path(settings)
    depth: dict[Path, int] = _held.__dict__.setdefault("depth", {})
    if depth.get(path):
        depth[path] += 1
        try:
            yield
        finally:
            depth[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, settings.index_lock_timeout if timeout is None else timeout, notify)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        depth[path] = 1
        try:
            yield
        finally:
            del depth[path]
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, timeout: float, notify: Callable[[str], None]) -> None:
    if _try_lock(fd):
        return
    holder = _holder(fd)
    notify(f"another index build is running on this store (pid {holder}); waiting…")
    deadline = time.monotonic() + timeout
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            raise StoreError(
                f"another index build is still running on this store (pid {_holder(fd)}) after {timeout:g} s: "
                "try again when it has finished"
            )
        time.sleep(POLL_SECONDS)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(fd: int) -> str:
    """The pid the holder wrote, or "unknown" in the instant between its taking the lock and writing it."""
    text = os.pread(fd, 32, 0).decode(errors="replace").strip()
    return text if text.isdigit() else "unknown"
