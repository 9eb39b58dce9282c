"""index.load: Markdown, text, PDF and DOCX into Documents; anything unreadable is a LoadError that says why."""

import io
import random
import zipfile
from pathlib import Path

import pytest

from index.errors import LoadError
from index.load import decode_text, load_document, split_paragraphs
from index.pdf import page_paragraphs, strip_running_lines


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


# --- Markdown --------------------------------------------------------------------------------------------------


def test_markdown_front_matter_gives_the_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path / "berita_jombang.md",
        "---\n"
        'title: "Polres Jombang Gelar Apel Kesiapan"\n'
        "source: Radar Jombang\n"
        "date: 2023-11-28\n"  # unquoted: YAML reads a date object
        "author: Redaksi\n"
        "url: https://example.org/apel\n"
        "kind: article\n"
        "---\n"
        "\n"
        "## Apel Kesiapan\n"
        "\n"
        "Kepolisian Resor Jombang menggelar apel kesiapan pengamanan kampanye\n"
        "di lapangan Mapolres Jombang.\n"
        "\n"
        "1. Personel wajib netral.\n"
        "2. Personel dilarang berfoto dengan pasangan calon.\n",
    )
    document = load_document(path)
    assert document.doc_id == "berita_jombang"
    assert document.path == path
    assert document.title == "Polres Jombang Gelar Apel Kesiapan"
    assert document.source == "Radar Jombang"
    assert document.date == "2023-11-28"
    assert document.author == "Redaksi"
    assert document.url == "https://example.org/apel"
    assert document.kind == "news"  # "kind: article" in the front matter: the old name for news
    assert document.notes == []
    assert [(p.kind, p.text) for p in document.paragraphs] == [
        ("heading", "Apel Kesiapan"),
        ("text", "Kepolisian Resor Jombang menggelar apel kesiapan pengamanan kampanye di lapangan Mapolres Jombang."),
        ("list", "1. Personel wajib netral."),
        ("list", "2. Personel dilarang berfoto dengan pasangan calon."),
    ]
    assert all(p.page is None for p in document.paragraphs)


def test_shipped_markdown_article(corpus_articles: Path) -> None:
    document = load_document(corpus_articles / "000_2ada1d52289bbb6a.md")
    assert document.title.startswith("Polresta Magelang Serahkan Buku Saku Pedoman Netralitas")
    assert document.source == "Magelang Post (magelang.post.web.id)"
    assert document.date == "2024-10-31"  # quoted ISO string in the front matter
    assert document.author == "Agung widodo"
    assert document.url == "http://magelang.post.web.id"
    assert document.kind == "news"
    assert document.notes == []
    assert len(document.paragraphs) == 8
    assert document.paragraphs[0].text.startswith("Magelang - Kapolresta Magelang, Kombes Pol Mustofa, S.I.K., M.H.,")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-08-13", "2024-08-13"), ('"2024-08-13T10:00:00"', "2024-08-13"), ('"13 Agustus 2024"', ""), ('""', "")],
)
def test_markdown_dates_are_iso_or_empty(tmp_path: Path, value: str, expected: str) -> None:
    path = write(tmp_path / "a.md", f"---\ntitle: Judul\ndate: {value}\n---\nIsi berita netralitas.\n")
    assert load_document(path).date == expected


def test_markdown_without_front_matter_uses_first_line_as_title_and_says_so(tmp_path: Path) -> None:
    document = load_document(write(tmp_path / "a.md", "Polres Malang Jaga Netralitas\n\nIsi berita.\n"))
    assert document.title == "Polres Malang Jaga Netralitas"
    assert document.kind == "other"  # no kind, not under articles/ or pocketbook/
    assert document.date == ""
    assert any("no title" in note for note in document.notes)


@pytest.mark.parametrize(
    ("front", "words"),
    [('title: "tidak ditutup\n', ["invalid", "front matter"]), ("- satu\n- dua\n", ["front matter", "mapping"])],
)
def test_broken_front_matter_is_a_load_error(tmp_path: Path, front: str, words: list[str]) -> None:
    path = write(tmp_path / "a.md", f"---\n{front}---\nIsi berita.\n")
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert all(word in str(error.value) for word in words)


def test_a_title_holding_a_colon_is_read_whole(tmp_path: Path) -> None:
    # strict YAML reads "a: b: c" as a nested mapping; the writer meant one title
    front = "title: Wawancara Kabid Propam: Kami Tidak Menunggu Kasus Viral\nsource: Warta\ndate: 2024-10-14\n"
    document = load_document(write(tmp_path / "a.md", f"---\n{front}---\nIsi berita.\n"))
    assert document.title == "Wawancara Kabid Propam: Kami Tidak Menunggu Kasus Viral"
    assert (document.source, document.date) == ("Warta", "2024-10-14")
    assert any("field by field" in note for note in document.notes)


# --- plain text ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("stem", ["002_0f38eb17c91ba404", "004_44e010238306bcf5"])
def test_text_with_single_newlines_gives_one_paragraph_per_line(seeds_dir: Path, stem: str) -> None:
    path = seeds_dir / f"{stem}.txt"
    raw = path.read_text(encoding="utf-8")
    assert "\n\n" not in raw  # these seeds separate paragraphs by a single newline
    lines = [line.strip() for line in raw.split("\n") if line.strip()]
    document = load_document(path)
    assert texts(document) == lines
    assert len(document.paragraphs) >= 10
    assert document.doc_id == stem
    assert document.date == "" and document.source == ""


def test_text_with_blank_lines_joins_wrapped_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.txt",
        "Polres Malang menggelar sosialisasi\nnetralitas di Desa Wandanpuro.\n\n\n"
        "Kegiatan dipimpin Kapolsek Bululawang.\n  \nSelesai.\n",
    )
    assert texts(load_document(path)) == [
        "Polres Malang menggelar sosialisasi netralitas di Desa Wandanpuro.",
        "Kegiatan dipimpin Kapolsek Bululawang.",
        "Selesai.",
    ]


def test_windows_line_endings_are_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Baris pertama berita.\r\n\r\nBaris kedua\r\nlanjutan.\r\n")
    assert texts(load_document(path)) == ["Baris pertama berita.", "Baris kedua lanjutan."]


def test_split_paragraphs_keeps_list_items_and_headings_apart() -> None:
    body = "## Larangan\nAnggota Polri dilarang:\n1. Dilarang ikut kampanye.\n2. Dilarang memakai atribut.\n"
    assert [(p.kind, p.text) for p in split_paragraphs(body)] == [
        ("heading", "Larangan"),
        ("text", "Anggota Polri dilarang:"),
        ("list", "1. Dilarang ikut kampanye."),
        ("list", "2. Dilarang memakai atribut."),
    ]


def test_latin1_text_is_decoded_with_a_note(tmp_path: Path) -> None:
    text = "“Netralitas adalah harga mati,” kata Kapolrés. Suhu 30°C di lapangan."
    path = write(tmp_path / "latin.txt", text.encode("cp1252"))
    document = load_document(path)
    assert texts(document) == [text]
    assert any("Windows-1252" in note and "not valid UTF-8" in note for note in document.notes)


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    text = "Polres Jombang menjaga netralitas.\n\nApel digelar hari Selasa."
    document = load_document(write(tmp_path / "wide.txt", text.encode("utf-16")))
    assert texts(document) == ["Polres Jombang menjaga netralitas.", "Apel digelar hari Selasa."]
    assert any("UTF-16" in note for note in document.notes)


def test_utf8_bom_is_dropped_silently(tmp_path: Path) -> None:
    document = load_document(write(tmp_path / "bom.md", b"\xef\xbb\xbf---\ntitle: Judul\n---\nIsi berita.\n"))
    assert document.title == "Judul"
    assert texts(document) == ["Isi berita."]
    assert document.notes == []


def test_decode_text_reports_which_fallback_it_used() -> None:
    assert decode_text(b"netralitas") == ("netralitas", None)
    text, note = decode_text("café".encode("latin-1"))
    assert text == "café" and note and "Latin-1" in note


# --- files that cannot be used ---------------------------------------------------------------------------------


def random_bytes(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def zip_bytes(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


BAD_FILES = {
    "empty.txt": (b"", ["empty", "0 bytes"]),
    "empty.md": (b"", ["empty", "0 bytes"]),
    "blank.txt": (b"  \n\n\t \n", ["no text"]),
    "front_matter_only.md": (b"---\ntitle: Judul\n---\n\n", ["no text"]),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random_bytes(2000), ["binary", "extension"]),
    "archive.md": (zip_bytes({"a.txt": "isi"}) + random_bytes(500), ["binary", "extension"]),
    "random.pdf": (random_bytes(4000), ["corrupt", "PDF"]),
    "not_a_zip.docx": (b"Ini sebenarnya teks biasa, bukan dokumen Word.", ["not a DOCX", "zip"]),
    "other_zip.docx": (zip_bytes({"notes/readme.txt": "bukan dokumen Word"}), ["not a readable DOCX"]),
    "spreadsheet.xlsx": (zip_bytes({"xl/workbook.xml": "<workbook/>"}), ["unsupported", ".xlsx", ".docx"]),
    "notes.rtf": (b"{\\rtf1 Netralitas}", ["unsupported", ".rtf"]),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_unusable_files_raise_load_error_saying_why(tmp_path: Path, name: str) -> None:
    data, words = BAD_FILES[name]
    path = write(tmp_path / name, data)
    with pytest.raises(LoadError) as error:
        load_document(path)
    message = str(error.value)
    assert all(word.lower() in message.lower() for word in words), message


def test_missing_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read file"):
        load_document(tmp_path / "hilang.txt")


def test_truncated_utf16_text_is_a_load_error(tmp_path: Path) -> None:
    # A UTF-16 file cut at an odd byte (an interrupted copy) must be reported, not crash the build.
    data = "Polres Jombang menjaga netralitas.".encode("utf-16")[:-1]
    with pytest.raises(LoadError, match="UTF-16"):
        load_document(write(tmp_path / "cut.txt", data))


def test_utf8_bom_followed_by_latin1_bytes_falls_back_with_a_note(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + "Kapolrés menjaga “netralitas”.".encode("cp1252")
    document = load_document(write(tmp_path / "mixed.txt", data))
    assert texts(document) == ["Kapolrés menjaga “netralitas”."]
    assert any("not valid UTF-8" in note for note in document.notes)


def test_docx_with_corrupt_xml_is_a_load_error(tmp_path: Path, make_docx) -> None:
    good = make_docx(tmp_path / "good.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    path = write(tmp_path / "broken.docx", buffer.getvalue())
    with pytest.raises(LoadError, match="DOCX"):
        load_document(path)


def test_corrupt_and_truncated_pdfs_are_load_errors(tmp_path: Path, pocketbook) -> None:
    data = pocketbook.path.read_bytes()
    truncated = write(tmp_path / "truncated.pdf", data[: len(data) // 3])
    header_only = write(tmp_path / "header_only.pdf", b"%PDF-1.7\n" + random_bytes(3000))
    for path in (truncated, header_only):
        with pytest.raises(LoadError) as error:
            load_document(path)
        assert "corrupt or unreadable PDF" in str(error.value)


def test_pdf_with_a_user_password_is_a_load_error(tmp_path: Path, make_pdf) -> None:
    path = make_pdf(
        tmp_path / "rahasia.pdf",
        [[("text", "Dokumen rahasia tentang pengamanan pemilu.")]],
        owner_password="pemilik",
        user_password="rahasia",
    )
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert "encrypted PDF" in str(error.value)
    assert "password" in str(error.value)


def test_pdf_with_only_an_owner_password_opens(tmp_path: Path, make_pdf) -> None:
    # Permissions-only protection (empty user password) is how many official PDFs ship; it must still index.
    path = make_pdf(
        tmp_path / "terlindungi.pdf", [[("text", "Dokumen terbuka tentang pengamanan pemilu.")]], owner_password="x"
    )
    assert texts(load_document(path)) == ["Dokumen terbuka tentang pengamanan pemilu."]


def test_pdf_without_text_is_a_load_error(tmp_path: Path, make_pdf) -> None:
    with pytest.raises(LoadError, match="no text"):
        load_document(make_pdf(tmp_path / "scan.pdf", [[], []]))


# --- PDF -------------------------------------------------------------------------------------------------------


def test_multi_page_pdf_keeps_pages_headings_and_list_items(pocketbook) -> None:
    document = load_document(pocketbook.path)
    assert document.doc_id == "buku_saku_netralitas"
    assert document.title == "Buku Saku Netralitas"  # from the PDF metadata
    assert document.kind == "guideline"  # "saku" in a PDF's file name
    assert document.is_paged
    expected = [
        (page, {"heading": "heading", "text": "text", "item": "list"}[style], text)
        for page, blocks in enumerate(pocketbook.pages, start=1)
        for style, text in blocks
    ]
    assert [(p.page, p.kind, p.text) for p in document.paragraphs] == expected
    # The running header and the bare page numbers are gone.
    assert not any(pocketbook.header in p.text for p in document.paragraphs)
    assert not any(p.text.isdigit() for p in document.paragraphs)


def test_pdf_page_paragraphs_rebuilds_paragraphs_from_lines() -> None:
    page = (
        "KETENTUAN UMUM\n"
        "Setiap anggota Polri wajib menjaga netralitas dalam setiap tahapan pemilihan umum, baik\n"
        "pemilihan presiden maupun pemilihan kepala daerah, dan menolak setiap bentuk ajakan untuk mendu-\n"
        "kung pasangan calon tertentu.\n"
        "a. Dilarang menghadiri kampanye.\n"
        "b. Dilarang memakai atribut partai.\n"
        "- 12 -\n"
    )
    paragraphs = page_paragraphs(page, 4)
    assert [(p.page, p.kind, p.text) for p in paragraphs] == [
        (4, "heading", "KETENTUAN UMUM"),
        (
            4,
            "text",
            "Setiap anggota Polri wajib menjaga netralitas dalam setiap tahapan pemilihan umum, baik pemilihan "
            "presiden maupun pemilihan kepala daerah, dan menolak setiap bentuk ajakan untuk mendukung pasangan "
            "calon tertentu.",
        ),
        (4, "list", "a. Dilarang menghadiri kampanye."),
        (4, "list", "b. Dilarang memakai atribut partai."),
    ]


@pytest.mark.parametrize(
    ("page", "last"),
    [
        # pypdf put the footer's page number on the last line of the lembah_tirta rules' page 4
        (
            "Isi halaman.\nkeluarganya dapat dipindahkan sampai pelantikan.4",
            "keluarganya dapat dipindahkan sampai pelantikan.",
        ),
        ("Isi halaman.\nIa berkata, “Selesai.”12", "Ia berkata, “Selesai.”"),
        # a number that is the sentence's own is kept
        ("Isi halaman.\nHarga naik menjadi Rp1.4", "Harga naik menjadi Rp1.4"),
        ("Isi halaman.\nDiatur dalam Pasal 28 ayat (1)", "Diatur dalam Pasal 28 ayat (1)"),
    ],
)
def test_a_page_number_glued_to_the_last_sentence_is_dropped(page: str, last: str) -> None:
    assert page_paragraphs(page, 4)[-1].text == last


def test_running_lines_are_stripped_only_when_they_repeat() -> None:
    pages = [f"Buku Saku\nIsi halaman {n}.\nHalaman khusus {n}" for n in range(1, 5)]
    assert strip_running_lines(pages) == [f"Isi halaman {n}.\nHalaman khusus {n}" for n in range(1, 5)]
    two_pages = ["Judul\nSatu.", "Judul\nDua."]
    assert strip_running_lines(two_pages) == two_pages  # too few pages to tell a header from content


# --- DOCX ------------------------------------------------------------------------------------------------------


def test_docx_headings_paragraphs_lists_and_tables(tmp_path: Path, make_docx) -> None:
    document = load_document(make_docx(tmp_path / "pedoman.docx"))
    assert document.doc_id == "pedoman"
    assert document.title == "Pedoman Netralitas Anggota Polri"
    assert document.author == "Bid Propam Polda Jawa Tengah"
    assert document.kind == "other"
    assert document.notes == []
    assert [(p.kind, p.text) for p in document.paragraphs] == [
        ("heading", "Pedoman Netralitas"),
        (
            "text",
            "Setiap anggota Polri wajib bersikap netral dalam pemilihan umum dan tidak memihak pasangan calon.",
        ),
        ("list", "Dilarang menjadi anggota tim kampanye."),
        ("list", "Dilarang memakai atribut partai politik."),
        ("heading", "Sanksi"),
        ("text", "Pelanggaran diproses melalui sidang kode etik profesi Polri sesuai peraturan yang berlaku."),
        ("text", "Pelanggaran | Sanksi"),
        ("text", "Ringan | Teguran tertulis"),
    ]
    assert not document.is_paged


# --- source kinds ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relative", "front", "expected"),
    [
        ("articles/a.md", "", "news"),
        ("pocketbook/b.md", "", "guideline"),
        ("regulations/perpol.md", "", "regulation"),
        ("uploads/c.md", "", "other"),
        ("uploads/c.md", "kind: guideline\n", "guideline"),
        ("articles/d.md", "kind: official_statement\n", "official_statement"),
        ("articles/e.md", "kind: Official Statement\n", "official_statement"),
        ("f.md", "kind: pocketbook\n", "guideline"),
    ],
)
def test_document_kind_from_front_matter_or_folder(tmp_path: Path, relative: str, front: str, expected: str) -> None:
    path = tmp_path / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    write(path, f"---\ntitle: Judul\n{front}---\nIsi berita netralitas.\n")
    document = load_document(path)
    assert document.kind == expected and document.notes == []


def test_unknown_kind_is_read_as_the_default_and_noted(tmp_path: Path) -> None:
    """A typo must not make a blog post a regulation, nor lose the document."""
    (tmp_path / "articles").mkdir()
    path = write(tmp_path / "articles" / "a.md", "---\ntitle: Judul\nkind: peraturann\n---\nIsi.\n")
    document = load_document(path)
    assert document.kind == "news"
    assert document.notes == [
        "unknown document kind 'peraturann': use one of regulation, guideline, "
        "official_statement, news, other; read as 'news'"
    ]


def test_lettered_section_headings_in_a_pdf_are_headings_not_list_items(tmp_path: Path, make_pdf) -> None:
    # Pocket books number their sections "A. Maksud dan Tujuan", "C. Dasar Hukum": read as list items, the heading
    # ran into the paragraph under it ("C. Dasar Hukum Pedoman ini disusun berdasarkan:"), and that paragraph was
    # no longer the lead-in of the list below it.
    body = (
        "Buku saku ini disusun sebagai pedoman praktis bagi setiap anggota Polri agar mampu menjaga netralitas "
        "selama seluruh tahapan pemilihan kepala daerah serentak tahun 2024 di seluruh wilayah hukum Polda."
    )
    page = [
        ("heading", "A. Maksud dan Tujuan"),
        ("text", body),
        ("heading", "C. Dasar Hukum"),
        ("text", "Pedoman ini disusun berdasarkan:"),
        ("item", "A. menjadi anggota KPPS atau panitia pemilihan di wilayah mana pun selama tahapan pemilihan;"),
        ("item", "1. Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia."),
    ]
    document = load_document(make_pdf(tmp_path / "buku_saku.pdf", [page]))
    kinds = [(p.kind, p.text[:24]) for p in document.paragraphs]
    assert kinds == [
        ("heading", "A. Maksud dan Tujuan"),
        ("text", "Buku saku ini disusun se"),
        ("heading", "C. Dasar Hukum"),
        ("text", "Pedoman ini disusun berd"),
        ("list", "A. menjadi anggota KPPS "),
        ("list", "1. Undang-Undang Nomor 2"),
    ]
