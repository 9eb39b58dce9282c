"""Read files into `Document`s: Markdown with YAML front matter, plain text, PDF (per page) and DOCX.

Each loader returns raw paragraphs; cleaning happens in `index.clean`. A file that cannot be read raises
`LoadError` with a reason a user understands; the build reports it and goes on. Loaders never guess
silently: an encoding fallback or a missing title is recorded in `Document.notes`.
"""

import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import yaml

from index.authority import UnknownKind, default_kind, normalize_kind
from index.document import LIST_ITEM, Document, Paragraph
from index.errors import LoadError
from index.pdf import PdfLimits, page_paragraphs, read_pdf_pages
from index.settings import Settings

SUPPORTED_SUFFIXES = (".md", ".txt", ".pdf", ".docx")
DOCX_MAX_UNPACKED_MB = 200  # all parts of a DOCX once unzipped: far above a text document with photos
DOCX_MAX_XML_MB = 50  # its XML parts, which are parsed in this process
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # password-protected Office files and old .doc
_FRONT_MATTER_FIELDS = ("title", "source", "date", "author", "url", "kind")
# Formats that a text loader should never see (a file with the wrong extension): refused by name, not decoded.
_MAGIC = {
    b"%PDF-": "a PDF",
    b"PK\x03\x04": "a zip archive (DOCX?)",
    _OLE_SIGNATURE: "an Office document (.doc?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
}

# A PDF loaded without limits (tests, scripts) gets the settings' defaults; model_construct reads no variables.
_DEFAULT_PDF_LIMITS = PdfLimits.of(Settings.model_construct())
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*)$")


def load_document(path: Path, pdf_limits: PdfLimits | None = None) -> Document:
    """Load one file by its suffix. Raises LoadError for anything unreadable (or a PDF over `pdf_limits`, by
    default the settings' defaults)."""
    suffix = path.suffix.lower()
    loader = _LOADERS.get(suffix)
    if loader is None:
        raise LoadError(f"unsupported file type '{suffix}' (supported: {', '.join(SUPPORTED_SUFFIXES)})")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror}") from exc
    if size == 0:
        raise LoadError("empty file (0 bytes)")
    document = load_pdf(path, pdf_limits) if suffix == ".pdf" else loader(path)
    if not any(p.text.strip() for p in document.paragraphs):
        raise LoadError("no text found in the file")
    return document


# --- text decoding -------------------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as text. Returns (text, note) where note names a non-UTF-8 fallback, if one was used."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "decoded as UTF-16"
        except UnicodeDecodeError as exc:
            raise LoadError(f"starts like UTF-16 text but is not valid UTF-16 (truncated?): {exc.reason}") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    kind = next((kind for magic, kind in _MAGIC.items() if data.startswith(magic)), None)
    if kind:
        raise LoadError(f"binary data, not text: this is {kind} (is the file extension wrong?)")
    if _looks_binary(data):
        raise LoadError("binary data, not text (is the file extension wrong?)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return text, "not valid UTF-8: decoded as Windows-1252/Latin-1"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def _read_text(path: Path) -> tuple[str, list[str]]:
    text, note = decode_text(path.read_bytes())
    return text.replace("\r\n", "\n").replace("\r", "\n"), [note] if note else []


# --- plain text and Markdown ---------------------------------------------------------------------------------


def split_paragraphs(body: str) -> list[Paragraph]:
    """Blank-line separated blocks; when a text has no blank lines at all, every line is a paragraph.

    Markdown headings and list items always stand alone, so a rule in a numbered list stays citable.
    """
    lines = body.split("\n")
    has_blank_separators = bool(re.search(r"\S\n[ \t]*\n\s*\S", body))
    paragraphs: list[Paragraph] = []
    block: list[str] = []

    def flush() -> None:
        if block:
            paragraphs.append(Paragraph(" ".join(s.strip() for s in block)))
            block.clear()

    for line in lines:
        stripped = line.strip()
        heading = _MD_HEADING.match(stripped)
        if not stripped:
            flush()
        elif heading:
            flush()
            paragraphs.append(Paragraph(heading.group(1).strip(), kind="heading"))
        elif LIST_ITEM.match(stripped):
            flush()
            block.append(stripped)
            if not has_blank_separators:
                flush()
        elif not has_blank_separators:
            flush()
            block.append(stripped)
            flush()
        else:
            block.append(stripped)
    flush()
    return [_mark_list(p) for p in paragraphs]


def _mark_list(paragraph: Paragraph) -> Paragraph:
    if paragraph.kind == "text" and LIST_ITEM.match(paragraph.text):
        return Paragraph(paragraph.text, kind="list", page=paragraph.page)
    return paragraph


def _iso_date(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else ""


def load_markdown(path: Path) -> Document:
    text, notes = _read_text(path)
    meta: dict = {}
    body = text
    front = re.match(r"\A---\n(.*?)\n---\n", text, flags=re.S)
    if front:
        try:
            meta = yaml.safe_load(front.group(1)) or {}
        except yaml.YAMLError as exc:
            # "title: Wawancara Kabid Propam: Kami Tidak Menunggu …": a plain field whose value holds ": " is
            # what its writer meant, not a nested mapping; anything else stays an error
            plain = _plain_fields(front.group(1)) if "mapping values are not allowed" in str(exc) else None
            if plain is None:
                raise LoadError(f"invalid YAML front matter: {str(exc).splitlines()[0]}") from exc
            meta, notes = plain, [*notes, "front matter read field by field: a value holds ': '"]
        if not isinstance(meta, dict):
            raise LoadError("front matter is not a mapping of fields")
        _check_scalar_fields(meta)
        body = text[front.end() :]
    return _document(path, split_paragraphs(body), meta, notes)


_PLAIN_FIELD = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+([^\s\"'\[{&*!|>%@`].*?)\s*$")


def _plain_fields(front: str) -> dict[str, str] | None:
    """The front matter as one `key: value` per line, each value taken whole, or None unless every line is one."""
    fields = [_PLAIN_FIELD.match(line) for line in front.splitlines() if line.strip()]
    if not fields or not all(fields):
        return None
    return {m.group(1): m.group(2) for m in fields if m is not None}


def _check_scalar_fields(meta: dict) -> None:
    """The fields we read must be plain values: a nested list (or a YAML alias bomb) would explode in `str()`."""
    for key in _FRONT_MATTER_FIELDS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str | int | float | date):
            raise LoadError(f"front matter field '{key}' must be a single value, not a {type(value).__name__}")


def load_text(path: Path) -> Document:
    text, notes = _read_text(path)
    return _document(path, split_paragraphs(text), {}, notes)


def _document(path: Path, paragraphs: list[Paragraph], meta: dict, notes: list[str]) -> Document:
    kind = default_kind(path)
    if meta.get("kind"):
        try:
            kind = normalize_kind(str(meta["kind"]))
        except UnknownKind as exc:
            notes = [*notes, f"{exc}; read as '{kind}'"]
    title = str(meta.get("title") or "").strip()
    if not title:
        first = next((p.text for p in paragraphs if p.text.strip()), "")
        title = first[:120]
        notes = [*notes, "no title given: first line used"]
    return Document(
        doc_id=path.stem,
        path=path,
        paragraphs=paragraphs,
        title=title,
        source=str(meta.get("source") or ""),
        date=_iso_date(meta.get("date")),
        author=str(meta.get("author") or ""),
        url=str(meta.get("url") or ""),
        kind=kind,
        notes=notes,
    )


# --- DOCX ----------------------------------------------------------------------------------------------------


def load_docx(path: Path) -> Document:
    import docx  # python-docx; imported here so text-only builds do not pay for it
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    with path.open("rb") as handle:
        if handle.read(len(_OLE_SIGNATURE)) == _OLE_SIGNATURE:
            raise LoadError(
                "password-protected Word file or old .doc format: save it as .docx without a password and add it again"
            )
    if not zipfile.is_zipfile(path):
        raise LoadError("not a DOCX file (not a zip container)")
    _check_unpacked_size(path)
    try:
        word = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise LoadError(f"not a readable DOCX file: {exc}") from exc
    paragraphs: list[Paragraph] = []
    for para in word.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "").lower()
        kind = "heading" if style.startswith(("heading", "title")) else "list" if "list" in style else "text"
        paragraphs.append(_mark_list(Paragraph(text, kind=kind)))
    for table in word.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                paragraphs.append(Paragraph(" | ".join(dict.fromkeys(cells))))
    props = word.core_properties
    meta = {"title": props.title, "author": props.author, "date": props.created}
    return _document(path, paragraphs, meta, [])


def _check_unpacked_size(path: Path) -> None:
    """Refuse a zip bomb before python-docx unpacks it, by the sizes the zip directory declares (zipfile never
    unpacks a part beyond its declared size: one that lies fails its CRC check and is reported as unreadable)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise LoadError(f"not a readable DOCX file: {exc}") from exc
    total = sum(part.file_size for part in parts) / 2**20
    xml = sum(part.file_size for part in parts if part.filename.endswith((".xml", ".rels"))) / 2**20
    for size, limit, what in ((xml, DOCX_MAX_XML_MB, " of XML"), (total, DOCX_MAX_UNPACKED_MB, "")):
        if size > limit:
            raise LoadError(
                f"DOCX unpacks to {size:.0f} MB{what}, more than the limit of {limit} MB: a zip bomb or not a "
                "text document"
            )


# --- PDF -----------------------------------------------------------------------------------------------------


def load_pdf(path: Path, limits: PdfLimits | None = None) -> Document:
    pages, meta = read_pdf_pages(path, limits or _DEFAULT_PDF_LIMITS)
    paragraphs = [p for number, text in enumerate(pages, start=1) for p in page_paragraphs(text, number)]
    notes = [] if paragraphs else ["no extractable text (scanned PDF?)"]
    return _document(path, paragraphs, meta, notes)


_LOADERS: dict[str, Callable[[Path], Document]] = {
    ".md": load_markdown,
    ".txt": load_text,
    ".pdf": load_pdf,
    ".docx": load_docx,
}
