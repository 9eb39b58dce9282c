"""`netralitas serve` as a child process on a free loopback port: started, waited for, and stopped by its pid.

Used by the load test and by the robustness tests that need a real server process (to kill it, to watch its
connections, to log in). Offline environment variables are set for the child. Leaves out building the
index: give it a store that exists.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.offline import OFFLINE_ENV


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def offline_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment, offline, plus `extra`."""
    return {**os.environ, **OFFLINE_ENV, **(extra or {})}


@dataclass
class ServeProcess:
    process: subprocess.Popen[bytes]
    url: str
    port: int

    @property
    def pid(self) -> int:
        return self.process.pid

    def client(self, auth: tuple[str, str] | None = None) -> Any:
        from gradio_client import Client

        return Client(self.url, verbose=False, analytics_enabled=False, auth=auth)


def start_serve(
    store: Path,
    env: Mapping[str, str] | None = None,
    args: Sequence[str] = (),
    port: int | None = None,
    log: Path | None = None,
    host: str | None = "127.0.0.1",
) -> ServeProcess:
    """Start `python -m assistant serve --store STORE` on a free port; returns at once (see `wait_ready`).
    `host=None` leaves the address to the app's default (which is 127.0.0.1)."""
    port = port or free_port()
    command = [sys.executable, "-m", "assistant", "serve", "--store", str(store), "--port", str(port)]
    command += [*(["--host", host] if host else []), *args]
    output = log.open("ab") if log else subprocess.DEVNULL
    try:
        process = subprocess.Popen(command, env=offline_env(env), stdout=output, stderr=subprocess.STDOUT)
    finally:
        if log:
            output.close()  # the child holds its own copy
    return ServeProcess(process, f"http://127.0.0.1:{port}/", port)


def wait_ready(server: ServeProcess, timeout: float = 180.0) -> None:
    """Wait until the server answers HTTP (any status: a login wall counts); raise if it exits or times out."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"netralitas serve exited with status {server.process.returncode}")
        try:
            httpx.get(f"{server.url}config", timeout=2.0)
            return
        except httpx.TransportError:  # not listening yet
            time.sleep(0.2)
    raise RuntimeError(f"no server at {server.url} after {timeout:.0f} s")


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM, grace: float = 15.0) -> None:
    """Stop a child by its pid (SIGTERM, then SIGKILL after `grace` seconds); a no-op if it already ended."""
    if process.poll() is None:
        os.kill(process.pid, sig)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=grace)


@contextmanager
def serving(
    store: Path,
    env: Mapping[str, str] | None = None,
    args: Sequence[str] = (),
    log: Path | None = None,
    timeout: float = 180.0,
    host: str | None = "127.0.0.1",
) -> Iterator[ServeProcess]:
    """A ready `netralitas serve` for the block; stopped by pid afterwards, whatever happens."""
    server = start_serve(store, env, args, log=log, host=host)
    try:
        wait_ready(server, timeout)
        yield server
    finally:
        stop(server.process)
