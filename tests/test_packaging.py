"""`pip install .` (not editable) must give a `netralitas` that answers: everything it reads at run time (the
prompts, the selector's weights, the language data) ships inside the wheel, and the installed package indexes a
corpus and answers with citations from another folder, the repository out of sight."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


def _wheel(repo_root: Path, out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            ".",
        ],
        cwd=repo_root,
        check=True,
        timeout=300,
    )
    shutil.rmtree(repo_root / "build", ignore_errors=True)  # setuptools' scratch folder, not ours to leave
    (wheel,) = out.glob("netralitas_assistant-*.whl")
    return wheel


@pytest.mark.slow
def test_the_wheel_carries_every_file_read_at_run_time(repo_root: Path, tmp_path: Path) -> None:
    names = set(zipfile.ZipFile(_wheel(repo_root, tmp_path)).namelist())
    needed = [
        *(f"prompts/{p.name}" for p in (repo_root / "prompts").glob("*.toml")),
        "assistant/extractive/model/selector.joblib",
        *(f"lang/data/{p.name}" for p in (repo_root / "lang" / "data").iterdir() if p.is_file()),
    ]
    assert len(needed) > 8
    assert [n for n in needed if n not in names] == []


@pytest.mark.slow
def test_the_installed_package_indexes_and_answers_from_another_folder(repo_root: Path, tmp_path: Path) -> None:
    """The wheel installed on its own (`--target`, first on the path, so the editable checkout is not what runs),
    then `netralitas index` and `netralitas ask --json` run from an unrelated folder."""
    site = tmp_path / "site"
    wheel = _wheel(repo_root, tmp_path / "wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        timeout=300,
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(repo_root / "corpus" / "articles" / "000_2ada1d52289bbb6a.md", corpus)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "HF_HUB_OFFLINE": "1"}
    run = "import sys, assistant; print(assistant.__file__, file=sys.stderr); from assistant.cli import main; "
    run += "sys.exit(main())"

    def netralitas(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", run, *args], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600
        )

    built = netralitas("index", "--corpus", str(corpus), "--store", str(tmp_path / "store"), "--quiet")
    assert built.returncode == 0, built.stderr
    assert built.stderr.splitlines()[0].startswith(str(site))  # the installed copy ran, not the checkout
    asked = netralitas("ask", "--json", "--store", str(tmp_path / "store"), "Siapa Kapolresta Magelang?")
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert not answer["abstained"] and "Mustofa" in answer["answer"] and answer["citations"]
