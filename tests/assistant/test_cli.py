"""The `netralitas` command as a user runs it: real subprocesses, real index, JSON Lines contract."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_index_then_ask_json_lines(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    (tmp_path / "corpus" / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    built = run("index", "--corpus", "corpus", "--store", "store", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "FAILED" in built.stdout and "broken.pdf" in built.stdout
    assert "5 files indexed (1 failed)" in built.stdout

    again = run("index", "--corpus", "corpus", "--store", "store", cwd=tmp_path)
    assert "0 paragraphs embedded" in again.stdout

    questions = tmp_path / "q.txt"
    questions.write_text("Siapa Kapolresta Magelang?\n\nSiapa Kapolda Jawa Timur?\n", encoding="utf-8")
    asked = run("ask", "--store", "store", "--json", "--file", str(questions), cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    lines = [json.loads(line) for line in asked.stdout.splitlines()]
    assert [line["abstained"] for line in lines] == [False, True]
    first = lines[0]
    assert set(first) == {"question", "answer", "abstained", "citations", "verdict"}
    assert set(first["citations"][0]) == {
        "n",
        "id",
        "doc_id",
        "title",
        "source",
        "date",
        "page",
        "paragraph",
        "text",
        "quote",
    }
    assert first["citations"][0]["id"] == "000_2ada1d52289bbb6a#p1"


def test_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = run("ask", "--store", "nowhere", "Siapa?", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.startswith("error: no index at nowhere")
    assert "Traceback" not in missing.stderr
    no_corpus = run("index", "--corpus", "nothing-here", "--store", "s", cwd=tmp_path)
    assert no_corpus.returncode == 2 and "corpus folder not found" in no_corpus.stderr
