"""PDF pages: text extracted page by page with pypdf, in a child process with a time limit, a memory cap and a page
cap, then each page's lines rebuilt into paragraphs, headings and list items (`page_paragraphs`).

pypdf has had denial-of-service bugs on crafted files, so the parse runs in `python -m index.pdf`, which
prints JSON and exits; the parent kills it when it overruns. A PDF with more pages than `PdfLimits.max_pages`
is refused before any text is extracted. Lines repeated on most pages (running headers and footers) are
removed here, page numbers are kept as page indices.
"""

import json
import re
import resource
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from index.document import LIST_ITEM, Paragraph
from index.errors import LoadError

if TYPE_CHECKING:  # not at run time: the parser's child process stays free of pydantic (0.1 s and 20 MB a PDF)
    from index.settings import Settings


@dataclass(frozen=True)
class PdfLimits:
    """What parsing one PDF may cost: the values (and why) are `Settings.max_pdf_pages`, `.pdf_timeout_seconds`
    and `.pdf_memory_mb`."""

    max_pages: int
    timeout_seconds: float
    memory_mb: int

    @classmethod
    def of(cls, settings: "Settings") -> "PdfLimits":
        return cls(settings.max_pdf_pages, settings.pdf_timeout_seconds, settings.pdf_memory_mb)


def read_pdf_pages(path: Path, limits: PdfLimits) -> tuple[list[str], dict]:
    """Return (page texts, metadata). Raises LoadError with the reason the file cannot be used."""
    command = [sys.executable, "-m", "index.pdf", str(path), str(limits.max_pages), str(limits.memory_mb)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=limits.timeout_seconds, check=False)
    except subprocess.TimeoutExpired as exc:  # subprocess.run kills the child before raising
        raise LoadError(f"PDF took longer than {limits.timeout_seconds:g} s to parse (malformed or hostile?)") from exc
    try:
        result = json.loads(done.stdout) if done.returncode == 0 else None
    except json.JSONDecodeError:
        result = None
    if not isinstance(result, dict):
        raise LoadError(
            f"PDF parser ran out of memory (limit {limits.memory_mb} MB) or crashed (malformed or hostile PDF?)"
        )
    if "error" in result:
        raise LoadError(result["error"])
    return strip_running_lines(result["pages"]), result["meta"]


def strip_running_lines(pages: list[str]) -> list[str]:
    """Drop lines that repeat on at least half the pages (3 pages or more): headers, footers, watermarks."""
    if len(pages) < 3:
        return pages
    counts = Counter(line.strip() for page in pages for line in set(page.split("\n")) if line.strip())
    running = {line for line, n in counts.items() if n >= max(3, len(pages) / 2)}
    return ["\n".join(ln for ln in page.split("\n") if ln.strip() not in running) for page in pages]


def _extract(path: str, max_pages: int) -> dict:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            return {"error": "encrypted PDF: it needs a password, remove the protection and add it again"}
        count = len(reader.pages)
        if count > max_pages:
            return {
                "error": f"PDF has {count} pages, more than the limit of {max_pages} "
                "(NETRALITAS_MAX_PDF_PAGES): split it, or raise the limit if it is a genuine document"
            }
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except LimitReachedError as exc:  # pypdf's own guards: decompression bombs, endless token streams
        return {"error": f"PDF exceeds a safety limit of the parser (hostile or broken file?): {exc}"}
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "decrypt" in message.lower() or "password" in message.lower() or "crypt" in message.lower():
            return {"error": f"encrypted PDF that cannot be opened: {message}"}
        return {"error": f"corrupt or unreadable PDF: {message}"}
    meta = {
        "title": str(info.get("/Title") or "").strip(),
        "author": str(info.get("/Author") or "").strip(),
        "date": _pdf_date(str(info.get("/CreationDate") or "")),
    }
    return {"pages": pages, "meta": meta}


# A page number the extractor glued to the page's last sentence ("… sampai pelantikan.4"): after a word's closing
# punctuation, never the decimals of "Rp1.4".
_GLUED_PAGE_NUMBER = re.compile(r"(?:(?<=[^\W\d][.!?;:])|(?<=[.!?;:][”\"’)]))\s*(?:-\s*)?\d{1,4}(?:\s*-)?$")


def page_paragraphs(text: str, page: int) -> list[Paragraph]:
    """Rebuild paragraphs from one page of extracted PDF lines.

    A new paragraph starts at a heading (short line without final punctuation, or all capitals), at a
    numbered or bulleted item, or after a line that ends a sentence and is clearly shorter than the page's
    typical line. Hyphenated line breaks are joined. Bare page numbers are dropped, and one glued to the page's
    last sentence.
    """
    lines = [line.strip() for line in _GLUED_PAGE_NUMBER.sub("", text.rstrip()).split("\n")]
    lines = [line for line in lines if line and not re.fullmatch(r"(?:-\s*)?\d{1,4}(?:\s*-)?", line)]
    if not lines:
        return []
    widths = sorted(len(line) for line in lines)
    typical = widths[int(len(widths) * 0.75)] if widths else 0
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    current_kind = "text"

    def flush() -> None:
        nonlocal current_kind
        if current:
            joined = current[0]
            for line in current[1:]:
                joined = joined[:-1] + line if re.search(r"[a-z]-$", joined) else f"{joined} {line}"
            paragraphs.append(Paragraph(joined, kind=current_kind, page=page))  # type: ignore[arg-type]
        current.clear()
        current_kind = "text"

    for index, line in enumerate(lines):
        is_item = bool(LIST_ITEM.match(line))
        is_heading = _is_pdf_heading(line, typical, lines[index + 1] if index + 1 < len(lines) else "")
        if is_heading:
            flush()
            current.append(line)
            current_kind = "heading"
            flush()
            continue
        if is_item:
            flush()
            current_kind = "list"
        current.append(line)
        ends_sentence = bool(re.search(r"[.!?:;”\"]$", line))
        if ends_sentence and len(line) < typical * 0.8:
            flush()
    flush()
    return paragraphs


# "A. Maksud dan Tujuan", "II. Larangan": a section's letter or Roman numeral, which LIST_ITEM also matches; it is
# a heading when the rest of the line reads as one (short, title case, no closing punctuation).
_ENUMERATED_SECTION = re.compile(r"^(?:[A-Z]|[IVX]{1,4})\.\s+\S")


def _is_pdf_heading(line: str, typical: int, next_line: str) -> bool:
    if (LIST_ITEM.match(line) and not _ENUMERATED_SECTION.match(line)) or len(line) > 90:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return True
    words = line.split()
    title_case = sum(1 for w in words if w[:1].isupper()) >= max(1, len(words) * 0.6)
    short = len(line) < max(typical * 0.6, 20)
    return short and title_case and not re.search(r"[.,;:!?]$", line) and bool(next_line)


def _pdf_date(raw: str) -> str:
    digits = raw.removeprefix("D:")[:8]
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 and digits.isdigit() else ""


def main() -> None:
    """`python -m index.pdf FILE MAX_PAGES MEMORY_MB`: print {"pages", "meta"} or {"error"} as JSON."""
    max_pages, memory_mb = int(sys.argv[2]), int(sys.argv[3])
    cap = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        result = _extract(sys.argv[1], max_pages)
    except MemoryError:
        result = {"error": f"PDF needs more than {memory_mb} MB to parse (hostile or broken file?)"}
    except RecursionError:
        result = {"error": "PDF structure is nested too deeply to parse (hostile or broken file?)"}
    except Exception as exc:  # pypdf raises many types on broken files; each becomes a load error line
        result = {"error": f"corrupt or unreadable PDF: {type(exc).__name__}: {str(exc)[:200]}"}
    sys.stdout.write(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
