"""Real text PDFs for tests and benchmarks (fpdf2): pages of headings, paragraphs and numbered items, an optional
running header, a bare page number at the foot, optional encryption. The core Helvetica font holds Latin-1 only,
so typographic quotes and dashes are written as their ASCII forms."""

from pathlib import Path

# One block of a generated PDF page: ("heading" | "text" | "item", text).
Block = tuple[str, str]
_ASCII = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


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
                pdf.cell(0, 10, text.translate(_ASCII), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", size=11)
                pdf.multi_cell(0, 6, text.translate(_ASCII), new_x="LMARGIN", new_y="NEXT")
                if style == "text":
                    pdf.ln(4)
        pdf.set_y(-15)
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 6, str(number), align="C")
    if owner_password:
        pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    pdf.output(str(path))
    return path
