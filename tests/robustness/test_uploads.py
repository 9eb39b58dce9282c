"""Uploads through the app's `Uploader` on a copy of the real index: the caps (count, size, PDF pages), hostile
names, and an upload that meets another build holding the store. Each refusal comes with a message, leaves no
file behind in the uploads folder, and leaves the index as it was.
"""

import threading
from collections.abc import Callable
from pathlib import Path

from assistant.app.uploads import Uploader
from index.lock import index_lock
from tests.robustness import hostile_files as hf
from tests.robustness.conftest import Workspace

MAGELANG = "000_2ada1d52289bbb6a"


def uploader(ws: Workspace) -> Uploader:
    return Uploader(ws.assistant, ws.settings.uploads_folder)


def uploaded(ws: Workspace) -> list[str]:
    folder = ws.settings.uploads_folder
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_one_file_too_many_and_one_too_big_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    article = (workspace.articles / f"{MAGELANG}.md").read_bytes()
    max_files, max_bytes = workspace.settings.max_upload_files, workspace.settings.max_upload_mb * 2**20
    files = []
    for n in range(max_files + 1):  # copies of an indexed article: duplicates, so nothing is embedded
        files.append(tmp_path / f"salinan_{n:02d}.md")
        files[-1].write_bytes(article)
    rows = uploader(workspace).add(files, "en").rows
    assert [r.status for r in rows] == ["rejected"] + ["duplicate"] * max_files
    assert "too many" in rows[0].message and rows[0].name == f"salinan_{max_files:02d}.md"

    big = tmp_path / "besar.txt"
    with big.open("wb") as handle:
        handle.truncate(max_bytes + 1)
    [row] = uploader(workspace).add([big], "en").rows
    assert row.status == "rejected" and "too large" in row.message
    assert uploaded(workspace) == []
    workspace.assert_intact()


def test_a_pdf_over_the_page_cap_is_refused_with_the_reason(
    make_workspace: Callable[..., Workspace], tmp_path: Path
) -> None:
    ws = make_workspace(max_pdf_pages=2)
    pdf = tmp_path / "buku_tebal.pdf"
    pdf.write_bytes(hf.fpdf_pdf(hf.PLAIN, hf.PLAIN, hf.PLAIN))
    [row] = uploader(ws).add([pdf], "id").rows
    assert row.status == "failed" and "3 pages, more than the limit of 2" in row.message
    assert uploaded(ws) == []
    ws.assert_intact()


def test_hostile_names_land_inside_the_uploads_folder(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "..\\..\\evil name!.md"  # a legal file name on Linux: backslashes are ordinary characters
    source.write_text(f"# Uji Nama\n\n{hf.PLAIN}\n", encoding="utf-8")
    [row] = uploader(workspace).add([source], "en").rows
    assert (row.name, row.status) == ("evil_name.md", "indexed")
    assert uploaded(workspace) == ["evil_name.md"]
    assert [p.relative_to(workspace.root) for p in workspace.root.rglob("evil*")] == [Path("uploads/evil_name.md")]
    workspace.assert_intact(added=row.paragraphs)


def test_an_upload_waits_for_another_build_then_gives_up_cleanly(
    make_workspace: Callable[..., Workspace], tmp_path: Path
) -> None:
    ws = make_workspace(index_lock_timeout=0.5)
    note = tmp_path / "catatan_rapat.md"
    note.write_text(f"# Catatan Rapat\n\n{hf.PLAIN}\n", encoding="utf-8")
    holding, release = threading.Event(), threading.Event()

    def other_build() -> None:  # another build of the same store (its own lock file handle, its own thread)
        with index_lock(ws.settings, notify=lambda _: None):
            holding.set()
            release.wait(30)

    other = threading.Thread(target=other_build)
    other.start()
    try:
        assert holding.wait(10)
        [row] = uploader(ws).add([note], "en").rows
        assert row.status == "failed" and "another index build is still running on this store" in row.message
        assert uploaded(ws) == []
        ws.assert_intact()
    finally:
        release.set()
        other.join(10)
    [row] = uploader(ws).add([note], "en").rows  # once it is done, the same upload goes through
    assert row.status == "indexed" and uploaded(ws) == ["catatan_rapat.md"]
