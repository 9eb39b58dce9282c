"""Uploads from the chat app: checked, copied into the uploads folder, and indexed incrementally.

The uploads folder (`Settings.uploads_folder`) is indexed together with the corpus folder, so a full
`netralitas index` keeps uploaded documents.

File names are reduced to a safe base name (no folders, no path traversal, only letters, digits, `._-`).
Too many or too large files (`Settings.max_upload_files`, `.max_upload_mb`), and unsupported types, are
refused with a message. Indexing is serialized by a lock per `Uploader` and by the store's index lock
(`index.lock`, shared with `netralitas index` processes); a file that fails to index is removed from the
folder again (an earlier good copy under the same name is restored) and never damages the index. Leaves out
the HTML (`assistant.app.ui`).
"""

import logging
import re
import shutil
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from assistant.app.text import ui
from assistant.engine import Assistant
from index.authority import kind_file, normalize_kind
from index.errors import StoreError
from index.load import SUPPORTED_SUFFIXES
from index.lock import index_lock

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UploadRow:
    name: str
    status: str  # indexed | unchanged | duplicate | failed | rejected
    message: str = ""
    paragraphs: int = 0


@dataclass(frozen=True)
class UploadResult:
    rows: list[UploadRow]
    lines: list[str]  # the IndexReport lines (empty when nothing was indexed)


def safe_name(name: str) -> str:
    """A base name safe to create in the uploads folder: `../../a b!.PDF` → `a_b_.pdf`; "" if nothing is left."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = _UNSAFE.sub("_", stem).strip("._-")[:100]
    suffix = _UNSAFE.sub("", suffix).lower()[:10]
    if not stem:
        return ""
    return f"{stem}.{suffix}" if suffix else stem


AUTO = "auto"  # the upload form's "decide from the file" choice


class Uploader:
    """Adds files to one assistant's index; one at a time per process."""

    def __init__(self, assistant: Assistant, folder: Path) -> None:
        self.assistant = assistant
        self.folder = folder
        self._lock = threading.Lock()

    def add(self, paths: list[Path], lang: str, kind: str = AUTO) -> UploadResult:
        """Check, copy and index `paths`; `kind` (index.authority.KINDS) is what the user says they are, for the
        files that do not declare one themselves; AUTO leaves it to the file (front matter, name, else other)."""
        kind = kind if kind == AUTO else normalize_kind(kind)
        rows: list[UploadRow] = []
        accepted: dict[str, Path] = {}  # safe name → uploaded temp file
        for i, path in enumerate(paths):
            name = safe_name(path.name) or safe_name(f"upload-{i + 1}{path.suffix}")
            refusal = ui(lang, "same_name") if name in accepted else self._refusal(path, name, i, lang)
            if refusal:
                rows.append(UploadRow(name, "rejected", refusal))
            else:
                accepted[name] = path
        if not accepted:
            return UploadResult(rows, [])
        try:
            with self._lock, index_lock(self.assistant.settings):  # the files are copied under the lock too
                indexed, lines = self._index(accepted, lang, kind)
        except StoreError as exc:  # another build kept the store longer than NETRALITAS_INDEX_LOCK_TIMEOUT
            return UploadResult(rows + [UploadRow(name, "failed", str(exc)) for name in accepted], [])
        return UploadResult(rows + indexed, lines)

    def _refusal(self, path: Path, name: str, position: int, lang: str) -> str:
        settings = self.assistant.settings
        if position >= settings.max_upload_files:
            return ui(lang, "too_many", count=settings.max_upload_files)
        if Path(name).suffix not in SUPPORTED_SUFFIXES:
            return ui(lang, "bad_type")
        try:
            size = path.stat().st_size
        except OSError as exc:
            return str(exc.strerror)
        if size > settings.max_upload_mb * 2**20:
            return ui(lang, "too_big", size=size / 2**20, mb=settings.max_upload_mb)
        doc_id = Path(name).stem
        if self.assistant.retriever.corpus().document(doc_id) and not any(f.stem == doc_id for f in self._files()):
            return ui(lang, "taken", doc_id=doc_id)
        return ""

    def _index(self, accepted: dict[str, Path], lang: str, kind: str) -> tuple[list[UploadRow], list[str]]:
        self.folder.mkdir(parents=True, exist_ok=True)
        targets: dict[Path, Path | None] = {}  # copied file → backup of the file it replaced
        for name, source in accepted.items():
            target = self.folder / name
            backup = None
            if target.exists():
                backup = target.with_name(f".{name}.previous")
                target.replace(backup)
            shutil.copyfile(source, target)
            if kind == AUTO:
                kind_file(target).unlink(missing_ok=True)
            else:
                kind_file(target).write_text(kind, encoding="utf-8")
            targets[target] = backup
        try:
            report = self.assistant.index(paths=list(targets), prune=False, progress=False)
        except Exception:  # a loader bug must not take the app down; batches already written stay consistent
            log.exception("indexing uploads failed")
            for target, backup in targets.items():
                _undo(target, backup)
            return [UploadRow(t.name, "failed", ui(lang, "index_error")) for t in targets], []
        rows = []
        for result in report.files:
            backup = targets.get(result.path)
            if result.status in ("failed", "duplicate"):
                _undo(result.path, backup)
            elif backup is not None:
                backup.unlink(missing_ok=True)
            rows.append(UploadRow(result.path.name, result.status, result.message, result.paragraphs))
        return rows, report.lines()

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(
            p
            for p in self.folder.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES
        )


def _undo(target: Path, backup: Path | None) -> None:
    target.unlink(missing_ok=True)
    if backup is not None:
        backup.replace(target)
    else:
        kind_file(target).unlink(missing_ok=True)
