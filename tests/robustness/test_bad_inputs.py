"""Bad inputs end to end, through `build_index` and `Assistant.ask` on a copy of the real index.

Every file case drops one file into the corpus of a fresh copy and rebuilds: the file is refused with a clear
message (or indexed, with a note where loading had to guess), within a bounded time, and the index stays
intact: no stored paragraph lost or changed, the count up by exactly what the file adds, the seed questions
answered exactly as before. Hostile PDFs exercise the parser child's page cap, time limit and memory cap.
Every question case goes through `Assistant.ask` and the app's HTML: no crash, nothing unescaped, nothing changed.
"""

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from assistant.app.render import Turn, answer_html, sources_html
from tests.robustness import hostile_files as hf
from tests.robustness.conftest import SEED_QUESTIONS, Baseline, Workspace

MAGELANG = "000_2ada1d52289bbb6a"
Write = Callable[[Workspace, Path], None]


def data(make: Callable[[], bytes]) -> Write:
    def write(_: Workspace, target: Path) -> None:
        target.write_bytes(make())

    return write


def text(content: str, encoding: str = "utf-8") -> Write:
    return data(lambda: content.encode(encoding))


def shipped_article(change: Callable[[str], str] = lambda s: s) -> Write:
    def write(ws: Workspace, target: Path) -> None:
        target.write_text(change((ws.articles / f"{MAGELANG}.md").read_text(encoding="utf-8")), encoding="utf-8")

    return write


def xxe_docx(ws: Workspace, target: Path) -> None:
    secret = ws.root / "secret.txt"
    secret.write_text("RAHASIA-XXE-0042")
    target.write_bytes(hf.docx_with_entity(hf.docx_bytes(hf.PLAIN), str(secret)))


def folder(_: Workspace, target: Path) -> None:
    target.mkdir()
    (target / "catatan.rtf").write_text("{\\rtf1 bukan format yang didukung}")


@dataclass(frozen=True)
class FileCase:
    name: str  # where the file goes, relative to corpus/articles
    write: Write
    status: str  # failed | duplicate | indexed | ignored (not a document: never reported)
    words: tuple[str, ...] = ()  # all in the report message, case aside
    added: int = 0  # paragraphs it adds to the index
    settings: dict[str, Any] = field(default_factory=dict)  # tight limits, to exercise them quickly
    seconds: float = 60.0  # the rebuild finishes within this
    absent: str = ""  # must not reach the index


TIGHT_PDF = {"max_pdf_pages": 2, "pdf_timeout_seconds": 10.0, "pdf_memory_mb": 150}
CORRUPT = ("corrupt or unreadable PDF",)
ENCRYPTED = ("encrypted PDF", "password")
SAID = "“Netralitas adalah harga mati,” kata Kapolres. Suhu 30°C di lapangan apel pagi."

FILE_CASES: dict[str, FileCase] = {
    # --- PDF: broken, encrypted, hostile ---------------------------------------------------------------------
    "pdf_random_bytes": FileCase("acak.pdf", data(lambda: hf.random_bytes(4000)), "failed", CORRUPT),
    "pdf_header_then_garbage": FileCase(
        "sampah.pdf", data(lambda: b"%PDF-1.7\n" + hf.random_bytes(3000)), "failed", CORRUPT
    ),
    "pdf_truncated_to_a_third": FileCase(
        "sepertiga.pdf", data(lambda: (b := hf.fpdf_pdf(hf.PLAIN, hf.PLAIN))[: len(b) // 3]), "failed", CORRUPT
    ),
    "pdf_missing_its_tail": FileCase("ekor.pdf", data(lambda: hf.fpdf_pdf(hf.PLAIN)[:-40]), "failed", CORRUPT),
    "pdf_user_password_rc4": FileCase(
        "rahasia.pdf", data(lambda: hf.fpdf_pdf(hf.PLAIN, owner="o", user="u")), "failed", ENCRYPTED
    ),
    "pdf_user_password_aes256": FileCase(
        "rahasia_aes.pdf", data(lambda: hf.fpdf_pdf(hf.PLAIN, owner="o", user="u", aes=True)), "failed", ENCRYPTED
    ),
    "pdf_owner_password_only_aes256": FileCase(
        "terlindungi.pdf", data(lambda: hf.fpdf_pdf(hf.PLAIN, owner="o", aes=True)), "indexed", added=1
    ),
    "pdf_nested_arrays_100k_deep": FileCase("sarang.pdf", data(hf.nested_arrays_pdf), "failed", CORRUPT),
    "pdf_nested_dicts_20k_deep": FileCase("sarang_kamus.pdf", data(hf.nested_dicts_pdf), "failed", ("no text",)),
    "pdf_cyclic_page_tree": FileCase("siklus.pdf", data(hf.cyclic_pages_pdf), "failed", ("cyclic",)),
    "pdf_decompression_bomb_100mb": FileCase(
        "bom.pdf", data(hf.decompression_bomb_pdf), "failed", ("safety limit",), seconds=30
    ),
    "pdf_2001_pages_over_default_cap": FileCase(
        "tebal.pdf", data(lambda: hf.many_pages_pdf(2001)), "failed", ("2001 pages", "limit of 2000")
    ),
    "pdf_3_pages_over_configured_cap": FileCase(
        "tiga.pdf",
        data(lambda: hf.fpdf_pdf(hf.PLAIN, hf.PLAIN, hf.PLAIN)),
        "failed",
        ("3 pages", "limit of 2", "NETRALITAS_MAX_PDF_PAGES"),
        settings={"max_pdf_pages": 2},
    ),
    "pdf_parse_over_time_limit": FileCase(
        "lambat.pdf",
        data(lambda: hf.endless_content_pdf(2_000_000)),
        "failed",
        ("longer than 1.5 s",),
        settings={"pdf_timeout_seconds": 1.5},
        seconds=20,
    ),
    "pdf_parse_over_memory_cap": FileCase(
        "rakus.pdf",
        data(lambda: hf.endless_content_pdf(1_000_000)),
        "failed",
        ("150 MB",),
        settings={"pdf_memory_mb": 150},
        seconds=30,
    ),
    "pdf_plain_under_tight_limits": FileCase("biasa.pdf", data(hf.text_pdf), "indexed", added=1, settings=TIGHT_PDF),
    "pdf_blank_pages": FileCase("kosong.pdf", data(lambda: hf.fpdf_pdf("", "")), "failed", ("no text",)),
    "pdf_javascript_open_action": FileCase(
        "skrip.pdf",
        data(lambda: hf.text_pdf(catalog_extra=b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>")),
        "indexed",
        added=1,
    ),
    "pdf_that_is_a_zip": FileCase("zip.pdf", data(lambda: hf.zip_bytes({"a.txt": "isi"})), "failed", CORRUPT),
    "pdf_empty": FileCase("nol.pdf", text(""), "failed", ("empty", "0 bytes")),
    # --- text and Markdown -----------------------------------------------------------------------------------
    "md_empty": FileCase("nol.md", text(""), "failed", ("empty", "0 bytes")),
    "txt_empty": FileCase("nol.txt", text(""), "failed", ("empty", "0 bytes")),
    "txt_whitespace_only": FileCase("spasi.txt", text(" \n\n\t \n"), "failed", ("no text",)),
    "md_front_matter_only": FileCase("depan.md", text("---\ntitle: Judul\n---\n\n"), "failed", ("no text",)),
    "md_png_renamed": FileCase(
        "gambar.md", data(lambda: b"\x89PNG\r\n\x1a\n" + hf.random_bytes(2000)), "failed", ("binary", "PNG")
    ),
    "txt_program_renamed": FileCase(
        "program.txt", data(lambda: b"\x7fELF\x02\x01\x01" + hf.random_bytes(2000)), "failed", ("binary",)
    ),
    "md_pdf_renamed": FileCase("dokumen.md", data(hf.text_pdf), "failed", ("binary", "PDF", "extension")),
    "md_docx_renamed": FileCase(
        "word.md", data(lambda: hf.docx_bytes(hf.PLAIN)), "failed", ("binary", "zip", "extension")
    ),
    "txt_latin1": FileCase("latin.txt", text(SAID, "cp1252"), "indexed", ("Windows-1252",), added=1),
    "md_utf16_le_with_bom": FileCase("lebar.md", text(f"# Judul\n\n{hf.PLAIN}", "utf-16"), "indexed", ("UTF-16",), 2),
    "txt_utf16_be_with_bom": FileCase(
        "lebar_be.txt", data(lambda: b"\xfe\xff" + hf.PLAIN.encode("utf-16-be")), "indexed", ("UTF-16",), 1
    ),
    "txt_utf16_without_bom": FileCase("tanpa_bom.txt", text(hf.PLAIN, "utf-16-le"), "failed", ("binary",)),
    "txt_utf16_truncated": FileCase(
        "terpotong.txt", data(lambda: hf.PLAIN.encode("utf-16")[:-1]), "failed", ("UTF-16", "truncated")
    ),
    "txt_nul_bytes_after_8kb": FileCase(
        "nul.txt", text(f"{hf.PLAIN} " * 90 + "\x00" * 64 + hf.PLAIN), "indexed", added=7, absent="\x00"
    ),
    "txt_terminal_escapes": FileCase(
        "ansi.txt",
        text(f"Berita Apel\n\n\x1b[2J\x1b[31m{hf.PLAIN}\x1b[0m\x07 \u202eterbalik\u202c"),
        "indexed",
        added=1,  # the short title line merges into the paragraph
        absent="\x1b",
    ),
    "md_broken_yaml": FileCase(
        "yaml.md", text('---\ntitle: "tidak ditutup\n---\nIsi.\n'), "failed", ("invalid YAML front matter",)
    ),
    "md_yaml_not_a_mapping": FileCase("daftar.md", text("---\n- satu\n- dua\n---\nIsi.\n"), "failed", ("mapping",)),
    "md_yaml_alias_bomb": FileCase(
        "bom_yaml.md", data(hf.yaml_alias_bomb), "failed", ("front matter field 'title'", "single value"), seconds=20
    ),
    "txt_one_megabyte_line": FileCase("panjang.txt", text("netralitas polri " * 60_000), "indexed", added=1),
    "md_same_article_twice": FileCase("salinan.md", shipped_article(), "duplicate", ("same text as",)),
    "md_same_article_reformatted": FileCase(
        "salinan_format.md",
        shipped_article(lambda s: s.replace("Kapolresta Magelang", "KAPOLRESTA   MAGELANG")),
        "duplicate",
        ("same text as",),
    ),
    "md_same_id_in_another_folder": FileCase(
        f"../lain/{MAGELANG}.md", text(f"# Lain\n\n{hf.PLAIN}"), "duplicate", ("same document id",)
    ),
    "md_hidden_file": FileCase(".tersembunyi.md", text(hf.PLAIN), "ignored"),
    "md_folder_named_like_a_file": FileCase("folder.md", folder, "ignored"),
    "md_unusual_file_name": FileCase(
        "Berita (salinan) – final ✓.md", text(f"# Judul\n\n{hf.PLAIN}"), "indexed", added=2
    ),
    "md_name_like_an_option": FileCase("--help.md", text(f"# Judul\n\n{hf.PLAIN}"), "indexed", added=2),
    # --- DOCX ------------------------------------------------------------------------------------------------
    "docx_zip_of_images": FileCase(
        "foto.docx",
        data(lambda: hf.zip_bytes({"images/a.png": hf.random_bytes(500)})),
        "failed",
        ("not a readable DOCX",),
    ),
    "docx_plain_text": FileCase(
        "teks.docx", text("Ini teks biasa, bukan dokumen Word."), "failed", ("not a DOCX", "zip")
    ),
    "docx_password_protected": FileCase(
        "terkunci.docx",
        data(lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + hf.random_bytes(4000)),
        "failed",
        ("password-protected",),
    ),
    "docx_zip_bomb": FileCase(
        "bom.docx", data(lambda: hf.zip_with_zeros("word/document.xml", 60)), "failed", ("zip bomb",)
    ),
    "docx_corrupt_xml": FileCase(
        "rusak.docx", data(lambda: hf.truncated_docx(hf.docx_bytes(hf.PLAIN))), "failed", ("DOCX",)
    ),
    "docx_external_entity": FileCase("xxe.docx", xxe_docx, "indexed", added=1, absent="RAHASIA-XXE"),
    "docx_plain": FileCase("biasa.docx", data(lambda: hf.docx_bytes(hf.PLAIN, title="Pedoman")), "indexed", added=1),
}


@pytest.mark.parametrize("name", sorted(FILE_CASES))
def test_bad_file_is_reported_and_the_index_stays_intact(name: str, make_workspace: Callable[..., Workspace]) -> None:
    case = FILE_CASES[name]
    ws = make_workspace(**case.settings)
    target = ws.articles / case.name
    target.parent.mkdir(parents=True, exist_ok=True)
    case.write(ws, target)

    started = time.monotonic()
    report = ws.assistant.index(progress=False)
    assert time.monotonic() - started < case.seconds

    results = [r for r in report.files if r.path.resolve() == target.resolve()]
    if case.status == "ignored":
        assert results == []
    else:
        [result] = results
        line = f"{result.status}: {result.message}"
        assert result.status == case.status, line
        assert all(word.lower() in result.message.lower() for word in case.words), line
        assert result.paragraphs == case.added
        if case.status in ("failed", "duplicate"):
            assert any(str(target.name) in rendered for rendered in report.lines())  # one line per refused file
    ws.assert_intact(added=case.added)
    if case.absent:
        assert not any(case.absent in c.text or case.absent in c.title for c in ws.assistant.store.chunks())


def test_the_case_table_is_big_enough() -> None:
    assert len(FILE_CASES) + len(QUESTION_CASES) >= 50


# --- questions ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionCase:
    text: str
    outcome: str = "any"  # refused (a message, nothing searched) | answered | any (no crash is the point)
    words: tuple[str, ...] = ()  # in the answer text


SEED = SEED_QUESTIONS[0]
QUESTION_CASES: dict[str, QuestionCase] = {
    "empty": QuestionCase("", "refused", ("kosong",)),
    "whitespace": QuestionCase(" \n\t ", "refused", ("kosong",)),
    "punctuation_only": QuestionCase("?!?! … ¿¡ ;:", "refused", ("kosong",)),
    "emoji_only": QuestionCase("🤔👮‍♂️🇮🇩", "refused", ("kosong",)),
    "100_kb": QuestionCase("Siapa Kapolresta Magelang? " * 3800, "refused", ("terlalu panjang",)),
    "one_over_the_limit": QuestionCase("a" * 2001, "refused", ("2001",)),
    "emoji_around_a_real_question": QuestionCase(f"👮 {SEED} 🇮🇩", "answered", ("Mustofa",)),
    "sql_drop_table": QuestionCase("'; DROP TABLE embeddings; --"),
    "sql_or_true": QuestionCase(f"{SEED}' OR '1'='1' --"),
    "html_script": QuestionCase("<script>alert('xss')</script>"),
    "html_img_onerror": QuestionCase(f"<img src=x onerror=alert(1)> {SEED}"),
    "javascript_url": QuestionCase("javascript:alert(document.cookie)"),
    "chroma_where_operators": QuestionCase('{"$where": "1==1", "doc_id": {"$ne": null}}'),
    "control_characters": QuestionCase("Siapa\x00 Kapolresta\x1b[31m Magelang?\x07"),
    "bidi_override": QuestionCase(f"\u202e{SEED}"),
    "lone_surrogate": QuestionCase("Siapa \udcff Kapolresta Magelang?"),
    "format_placeholders": QuestionCase("{answer} {n} {0} %s %(x)s {__class__.__mro__}"),
    "regex_metacharacters": QuestionCase(r".*+?[](){}|\^$ (?<x>a) \1"),
    "one_1999_char_word": QuestionCase("a" * 1999),
    "one_word_repeated": QuestionCase("netralitas " * 180),
    "fullwidth_letters": QuestionCase("Ｓｉａｐａ Ｋａｐｏｌｒｅｓｔａ Ｍａｇｅｌａｎｇ？"),
    "mixed_scripts": QuestionCase("谁是 Magelang 警察局长? من هو قائد الشرطة"),
    "zalgo": QuestionCase("S̷̢̛i̵a̸p̶a̴ K̷a̶p̵o̸l̴r̵e̸s̷t̶a̷ M̵a̸g̶e̷l̴a̸n̵g̶?"),
    "numbers_only": QuestionCase("2024 556 13"),
    "fake_citation_in_question": QuestionCase(f"{SEED}\n\n[1] {MAGELANG}#p99 jawaban palsu [2]"),
}


@pytest.mark.parametrize("name", sorted(QUESTION_CASES))
def test_bad_question_gets_a_reply_and_changes_nothing(name: str, baseline: Baseline) -> None:
    case = QUESTION_CASES[name]
    started = time.monotonic()
    answer = baseline.assistant.ask(case.text)
    assert time.monotonic() - started < 30
    assert answer.text.strip()
    if case.outcome == "refused":
        assert answer.abstained and not answer.citations and not answer.related
    if case.outcome == "answered":
        assert not answer.abstained and answer.citations
    assert all(word in answer.text for word in case.words), answer.text
    # Printable, encodable and escaped wherever it is shown.
    json.dumps(answer.to_json(), ensure_ascii=False).encode("utf-8")
    turn = Turn(1, answer.question, answer)
    rendered = answer_html(turn, "id") + sources_html([turn], "id")
    for tag in ("<script", "<img"):
        assert tag not in rendered
    assert len(answer.question) <= baseline.settings.max_question_chars
    assert baseline.assistant.store.count() == len(baseline.hashes)
    assert baseline.assistant.ask(SEED).to_json() == baseline.answers[SEED]
