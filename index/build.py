"""Build or update the index: discover files, load → clean → chunk, embed what changed, store, prune.

Incremental by content hash: an unchanged paragraph is never re-embedded; paragraphs of deleted files are
removed. A file that cannot be read is reported and skipped, and its previously indexed paragraphs are kept,
so one bad file never damages the index. Writes go in batches: a build killed half-way leaves whole
paragraphs behind and the next run finishes the job. Two builds on one store never run at once (`index.lock`).
"""

import hashlib
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from llama_index.core.base.embeddings.base import BaseEmbedding

from index.annotate import annotate
from index.chunk import chunk_document
from index.clean import clean_document
from index.document import Chunk
from index.embed_batches import embed_and_store
from index.errors import LoadError
from index.load import SUPPORTED_SUFFIXES, load_document
from index.lock import index_lock
from index.pdf import PdfLimits
from index.settings import Settings
from index.store import Store
from lang.instructions import instructions


@dataclass
class FileResult:
    path: Path
    doc_id: str
    status: str  # indexed | unchanged | duplicate | failed
    message: str = ""
    paragraphs: int = 0
    embedded: int = 0


@dataclass
class IndexReport:
    files: list[FileResult] = field(default_factory=list)
    embedded: int = 0
    relabelled: int = 0  # unchanged text, changed metadata (date, quotes, rules …): rewritten, not re-embedded
    unchanged: int = 0
    removed: int = 0
    total: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def lines(self) -> list[str]:
        """Human-readable report: one line per file that needs attention, then a summary line."""
        out = []
        for result in self.files:
            if result.status in ("failed", "duplicate"):
                out.append(f"{result.status.upper():9} {result.path}: {result.message}")
            elif result.message:
                out.append(f"NOTE      {result.path}: {result.message}")
        ok = sum(1 for f in self.files if f.status in ("indexed", "unchanged"))
        relabelled = f" ({self.relabelled} with new metadata)" if self.relabelled else ""
        out.append(
            f"{ok} files indexed ({len(self.failed)} failed): {self.embedded} paragraphs embedded, "
            f"{self.unchanged} unchanged{relabelled}, {self.removed} removed; {self.total} in the index "
            f"({self.seconds:.1f} s)"
        )
        return out


def suspicious_note(chunks: list[Chunk]) -> list[str]:
    """A report note for sentences that address a reader or a model (`lang/instructions.py`): indexed as data,
    never quoted as evidence, listed so a maintainer can look at the document."""
    found = [(c.id, sentence) for c in chunks for sentence in instructions(c.text)]
    if not found:
        return []
    chunk_id, first = found[0]
    return [f"{len(found)} sentence(s) addressed to a reader or model, never quoted: {chunk_id} “{first[:80]}”"]


def discover(*folders: Path) -> list[Path]:
    """Supported files under the folders, in a stable order; hidden files and folders are ignored.
    The first folder (the corpus) must exist; later ones (uploads) may not exist yet."""
    if not folders[0].is_dir():
        raise LoadError(f"corpus folder not found: {folders[0]}")
    return sorted(
        p
        for folder in folders
        if folder.is_dir()
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def read_chunks(path: Path, settings: Settings) -> tuple[list[Chunk], list[str]]:
    """Load, clean, chunk and annotate one file. Returns (chunks, loader notes). Raises LoadError."""
    document = clean_document(load_document(path, PdfLimits.of(settings)))
    if not document.paragraphs:
        raise LoadError("nothing left after removing boilerplate")
    chunks = chunk_document(document, settings.chunk_min_chars, settings.chunk_max_chars)
    return annotate(chunks), document.notes


def fingerprint(chunks: Iterable[Chunk]) -> str:
    """The text of a document, case and spacing aside: the same article under two names has the same one."""
    joined = "\n".join(" ".join(c.text.lower().split()) for c in chunks)
    return hashlib.sha256(joined.encode()).hexdigest()


def build_index(
    settings: Settings,
    embedding: BaseEmbedding,
    store: Store,
    paths: Iterable[Path] | None = None,
    prune: bool = True,
    progress: bool = True,
) -> IndexReport:
    """Index `paths` (default: the corpus and uploads folders). With `prune`, documents no longer present are
    removed. A document whose text is already indexed under another id is reported as a duplicate.
    Holds the store's index lock throughout (`index.lock`): a second build on the same store waits for this one."""
    with index_lock(settings):
        return _build_index(settings, embedding, store, paths, prune, progress)


def _build_index(
    settings: Settings,
    embedding: BaseEmbedding,
    store: Store,
    paths: Iterable[Path] | None,
    prune: bool,
    progress: bool,
) -> IndexReport:
    started = time.perf_counter()
    report = IndexReport()
    stored = store.hashes()
    wanted: dict[str, Chunk] = {}
    kept_docs: set[str] = set()  # documents whose old paragraphs must survive (unreadable this time)
    seen_ids: dict[str, Path] = {}
    files = list(paths) if paths is not None else discover(settings.corpus_dir, settings.uploads_folder)
    stored_docs = {chunk_id.split("#", 1)[0] for chunk_id in stored}
    new_docs = {path.stem for path in files} - stored_docs
    # Texts already indexed that this run keeps: a new file repeating one of them is a duplicate.
    # fingerprint → (doc id, how to name it in a report line)
    seen_texts: dict[str, tuple[str, str]] = _stored_fingerprints(store, files, prune) if new_docs else {}
    for path in files:
        doc_id = path.stem
        if doc_id in seen_ids:
            report.files.append(FileResult(path, doc_id, "duplicate", f"same document id as {seen_ids[doc_id]}"))
            continue
        seen_ids[doc_id] = path
        try:
            chunks, notes = read_chunks(path, settings)
        except LoadError as exc:
            kept_docs.add(doc_id)
            report.files.append(FileResult(path, doc_id, "failed", str(exc)))
            continue
        text = fingerprint(chunks)
        if seen_texts.get(text, (doc_id, ""))[0] != doc_id:
            report.files.append(
                FileResult(path, doc_id, "duplicate", f"same text as {seen_texts[text][1]}: not indexed twice")
            )
            continue
        seen_texts[text] = (doc_id, str(path))
        wanted.update((c.id, c) for c in chunks)
        notes = [*notes, *suspicious_note(chunks)]
        report.files.append(FileResult(path, doc_id, "indexed", "; ".join(notes), paragraphs=len(chunks)))

    todo = [c for c in wanted.values() if stored.get(c.id, ("", ""))[0] != c.content_hash]
    # Paragraphs stored before sentences were (or by a build killed between the two writes): sentences only.
    with_sentences = store.chunks_with_sentences()
    todo_ids = {c.id for c in todo}
    unsplit = [c for c in wanted.values() if c.id not in todo_ids and c.id not in with_sentences]
    relabel = [
        c
        for c in wanted.values()
        if stored.get(c.id, ("", ""))[0] == c.content_hash and stored[c.id][1] != c.metadata_hash
    ]
    report.unchanged = len(wanted) - len(todo)
    embed_and_store(todo, embedding, store, settings.embed_batch_size, progress)
    embed_and_store(unsplit, embedding, store, settings.embed_batch_size, progress, sentences_only=True)
    store.update_metadata(relabel)
    report.embedded = len(todo)
    report.relabelled = len(relabel)
    embedded_per_doc = Counter(c.doc_id for c in todo)
    relabelled_docs = {c.doc_id for c in relabel}
    for result in report.files:
        if result.status == "indexed":
            result.embedded = embedded_per_doc[result.doc_id]
            changed = result.embedded or result.doc_id in relabelled_docs
            result.status = "indexed" if changed else "unchanged"

    indexed_docs = {f.doc_id for f in report.files if f.status in ("indexed", "unchanged")}
    stale = [
        chunk_id
        for chunk_id in stored
        if chunk_id not in wanted
        and chunk_id.split("#", 1)[0] not in kept_docs
        and (prune or chunk_id.split("#", 1)[0] in indexed_docs)
    ]
    store.delete(stale)
    report.removed = len(stale)
    report.total = store.count()
    report.seconds = time.perf_counter() - started
    return report


def _stored_fingerprints(store: Store, files: list[Path], prune: bool) -> dict[str, tuple[str, str]]:
    """fingerprint → (doc id, label) of the stored documents that stay after this run (all, without pruning)."""
    staying = None if not prune else {path.stem for path in files}
    by_doc: dict[str, list[Chunk]] = {}
    for chunk in store.chunks():
        if staying is None or chunk.doc_id in staying:
            by_doc.setdefault(chunk.doc_id, []).append(chunk)
    return {fingerprint(chunks): (doc_id, f"{doc_id} (already indexed)") for doc_id, chunks in by_doc.items()}
