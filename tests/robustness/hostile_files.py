"""Hostile and broken input files, written byte by byte: PDFs assembled object by object (bombs, deep nesting,
cyclic page trees, thousands of pages, endless content streams), zips that pretend to be DOCX files, text in
odd encodings, YAML alias bombs. Pure functions returning bytes, so each test writes them where it needs them.
"""

import io
import random
import zipfile
import zlib

PLAIN = "Setiap anggota Polri wajib menjaga netralitas selama tahapan pemilihan umum berlangsung di wilayahnya."


def random_bytes(size: int, seed: int = 11) -> bytes:
    return random.Random(seed).randbytes(size)


def zip_bytes(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def zip_with_zeros(name: str, megabytes: int) -> bytes:
    """A zip holding `name`: `megabytes` MB of zeros (compressed to a few hundred kB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(name, "w", force_zip64=True) as part:
            block = b"\0" * 2**20
            for _ in range(megabytes):
                part.write(block)
    return buffer.getvalue()


# --- PDF, object by object ------------------------------------------------------------------------------------


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of these object bodies (object 1 is the catalog) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _page_pdf(stream: bytes, page_extra: bytes = b"", catalog_extra: bytes = b"") -> bytes:
    """One page whose content stream is `stream` (FlateDecode), with Helvetica as /F1."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
            b"/Contents 4 0 R " + page_extra + b" >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def text_ops(text: str) -> bytes:
    return b"BT /F1 12 Tf 72 700 Td (%s) Tj ET" % text.encode("latin-1")


def text_pdf(text: str = PLAIN, page_extra: bytes = b"", catalog_extra: bytes = b"") -> bytes:
    return _page_pdf(zlib.compress(text_ops(text)), page_extra, catalog_extra)


def decompression_bomb_pdf(megabytes: int = 100) -> bytes:
    """A content stream that inflates from ~200 kB to `megabytes` MB of text operators."""
    compressor = zlib.compressobj(9)
    block = b"(Netralitas) Tj " * 65536  # 1 MiB
    parts = [compressor.compress(b"BT /F1 12 Tf 72 700 Td ")]
    parts += [compressor.compress(block) for _ in range(megabytes)]
    parts += [compressor.compress(b"ET"), compressor.flush()]
    return _page_pdf(b"".join(parts))


def endless_content_pdf(operators: int) -> bytes:
    """Millions of tiny text operators: slow and memory-hungry to parse, small on disk."""
    return _page_pdf(zlib.compress(b"BT /F1 12 Tf 72 700 Td " + b"(a) Tj " * operators + b"ET", 9))


def nested_arrays_pdf(depth: int = 100_000) -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Nest " + b"[" * depth + b"]" * depth + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
    )


def nested_dicts_pdf(depth: int = 20_000) -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /X "
            + b"<< /A " * depth
            + b"1"
            + b" >>" * depth
            + b" >>",
        ]
    )


def cyclic_pages_pdf() -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
    )


def many_pages_pdf(pages: int) -> bytes:
    """`pages` empty pages (tiny on disk)."""
    kids = b" ".join(b"%d 0 R" % (number + 3) for number in range(pages))
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
            *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * pages,
        ]
    )


# --- text -----------------------------------------------------------------------------------------------------


def yaml_alias_bomb(levels: int = 9) -> bytes:
    """Front matter whose title is 9**levels strings by reference: tiny to parse, explosive to print."""
    lines = ['a0: &a0 ["netralitas","netralitas","netralitas","netralitas","netralitas","x","x","x","x"]']
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    lines.append(f"title: [{','.join([f'*a{levels - 1}'] * 9)}]")
    return ("---\n" + "\n".join(lines) + "\n---\n" + PLAIN + "\n").encode()


def docx_with_entity(base_docx: bytes, secret_path: str) -> bytes:
    """A DOCX whose document.xml declares an external entity pointing at `secret_path` and uses it (XXE)."""
    source = zipfile.ZipFile(io.BytesIO(base_docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                declaration = f'?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'.encode()
                data = data.replace(b"?>", declaration, 1).replace(b"Setiap anggota", b"Setiap &xxe; anggota", 1)
            target.writestr(item, data)
    return buffer.getvalue()


def docx_bytes(*paragraphs: str, title: str = "") -> bytes:
    import docx

    word = docx.Document()
    word.core_properties.title = title
    for text in paragraphs:
        word.add_paragraph(text)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def truncated_docx(base_docx: bytes) -> bytes:
    """The same DOCX with its document.xml cut in half (corrupt XML inside a valid zip)."""
    source = zipfile.ZipFile(io.BytesIO(base_docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    return buffer.getvalue()


def fpdf_pdf(*pages: str, owner: str = "", user: str = "", aes: bool = False) -> bytes:
    """A real text PDF made by fpdf2, one string per page, optionally encrypted (RC4, or AES-256 with `aes`)."""
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    if owner:
        method = EncryptionMethod.AES_256 if aes else EncryptionMethod.RC4
        pdf.set_encryption(owner_password=owner, user_password=user or None, encryption_method=method)
    return bytes(pdf.output())
