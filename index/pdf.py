"""Extract PDF text page by page with pypdf, in a child process with a time limit and a memory cap.

pypdf has had denial-of-service bugs on crafted files, so the parse runs in `python -m index.pdf`, which
prints JSON and exits; the parent kills it when it overruns. Lines repeated on most pages (running headers
and footers) are removed here, page numbers are kept as page indices.
"""

import json
import resource
import subprocess
import sys
from collections import Counter
from pathlib import Path

from index.errors import LoadError

PDF_TIMEOUT_SECONDS = 60  # a 200-page pocket book parses in a few seconds; a minute means a hostile file
PDF_MEMORY_MB = 1536  # far above what a text PDF needs, far below what takes the machine down


def read_pdf_pages(path: Path) -> tuple[list[str], dict]:
    """Return (page texts, metadata). Raises LoadError with the reason the file cannot be used."""
    command = [sys.executable, "-m", "index.pdf", str(path)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=PDF_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise LoadError(f"PDF took longer than {PDF_TIMEOUT_SECONDS} s to parse (malformed or hostile?)") from exc
    if done.returncode != 0:
        raise LoadError("PDF parser ran out of memory or crashed (malformed or hostile PDF?)")
    result = json.loads(done.stdout)
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


def _extract(path: str) -> dict:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            return {"error": "encrypted PDF: it needs a password, remove the protection and add it again"}
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
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


def _pdf_date(raw: str) -> str:
    digits = raw.removeprefix("D:")[:8]
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 and digits.isdigit() else ""


def main() -> None:
    cap = PDF_MEMORY_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        result = _extract(sys.argv[1])
    except MemoryError:
        result = {"error": f"PDF needs more than {PDF_MEMORY_MB} MB to parse (hostile or broken file?)"}
    except RecursionError:
        result = {"error": "PDF structure is nested too deeply to parse (hostile or broken file?)"}
    except Exception as exc:  # pypdf raises many types on broken files; each becomes a load error line
        result = {"error": f"corrupt or unreadable PDF: {type(exc).__name__}: {str(exc)[:200]}"}
    sys.stdout.write(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
