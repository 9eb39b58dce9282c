"""`pip install .` (not editable) must give a `netralitas` that answers: everything it reads at run time (the
prompts, the selector's weights, the language data) ships inside the wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.mark.slow
def test_the_wheel_carries_every_file_read_at_run_time(repo_root: Path, tmp_path: Path) -> None:
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
            str(tmp_path),
            ".",
        ],
        cwd=repo_root,
        check=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("netralitas_assistant-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    needed = [
        *(f"prompts/{p.name}" for p in (repo_root / "prompts").glob("*.toml")),
        "assistant/extractive/model/selector.joblib",
        *(f"lang/data/{p.name}" for p in (repo_root / "lang" / "data").iterdir() if p.is_file()),
    ]
    assert len(needed) > 8
    assert [n for n in needed if n not in names] == []
