"""Writing results: Markdown tables, the machine a run was made on, and `benchmarks/results/latest.json`.

`latest.json` holds one section per script ("eval", "bench"); each run replaces its own section and keeps the
others, so the two scripts can run in either order. Each script also writes its tables as `<section>.md`.
"""

import json
import os
import platform
import subprocess
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"
LATEST = RESULTS_DIR / "latest.json"


def fmt(value: Any, digits: int = 3) -> str:
    """A table cell: '–' for missing values, fixed decimals for floats."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], digits: int = 3) -> str:
    """A GitHub-flavoured Markdown table; numeric columns are right-aligned."""
    numeric = [all(isinstance(row[i], int | float) or row[i] is None for row in rows) for i in range(len(headers))]
    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---:" if is_number else "---" for is_number in numeric) + "|",
    ]
    lines.extend("| " + " | ".join(fmt(cell, digits) for cell in row) + " |" for row in rows)
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "gpu": "none (CPU only)",
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": _git("rev-parse", "--short", "HEAD"),
        "dirty": bool(_git("status", "--porcelain")),
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def machine_line(info: dict[str, Any]) -> str:
    return (
        f"Machine: {info['cores']} cores ({info['cpu']}), {info['memory_gib']} GiB RAM, no GPU; "
        f"Python {info['python']}; commit {info['commit']}{' + local changes' if info['dirty'] else ''}; "
        f"{info['when']}."
    )


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def save(section: str, data: dict[str, Any], markdown: str) -> Path:
    """Replace `section` in latest.json and write `<section>.md`; returns the Markdown path."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    latest: dict[str, Any] = {}
    if LATEST.exists():
        try:
            latest = json.loads(LATEST.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            latest = {}
    latest[section] = data
    LATEST.write_text(json.dumps(latest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    path = RESULTS_DIR / f"{section}.md"
    path.write_text(markdown.rstrip() + "\n", encoding="utf-8")
    return path


def publish(section: str, data: dict[str, Any], markdown: str, started: float, also: str = "") -> Path:
    """Record the run's duration in `data`, save the section (`save`), print the Markdown and where it went."""
    data["seconds"] = round(time.perf_counter() - started, 1)
    path = save(section, data, markdown)
    print(markdown)
    print(f"\n({data['seconds']} s; written to {path}, {path.parent / 'latest.json'}{also})")
    return path
