"""The chat app served for real: `/ask` and `/upload` over HTTP with gradio_client, on a store built in tmp.

The server runs in this process (a uvicorn thread started by `assistant.app.ui.start`) on a free loopback port,
over the shipped articles copied to a temporary corpus. Also the pure pieces: safe upload names and escaping.
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.answer import Answer, Citation
from assistant.app.render import Turn, answer_html, highlight, sources_html
from assistant.app.uploads import safe_name
from index.document import Chunk
from tests.assistant.app.serving import serve_articles

MAGELANG = "000_2ada1d52289bbb6a"
PLANTED = "Anggota Polri dilarang memakai rompi oranye zebraflamingo saat kampanye."
CONTRACT_KEYS = {"question", "answer", "abstained", "citations", "verdict"}
CITATION_KEYS = {"n", "id", "doc_id", "title", "source", "date", "page", "paragraph", "text", "quote"}


@dataclass
class Served:
    assistant: object
    settings: object
    url: str
    client: object


@pytest.fixture(scope="module")
def served(tmp_path_factory, repo_root):
    from gradio_client import Client

    with serve_articles(tmp_path_factory.mktemp("app"), repo_root) as (assistant, settings, url):
        yield Served(assistant, settings, url, Client(url, verbose=False, analytics_enabled=False))


def ask(served: Served, question: str, **filters) -> dict:
    return served.client.predict(question, api_name="/ask", **filters)


def upload(served: Served, *paths: Path, kind: str | None = None) -> list[dict]:
    """Upload through the app's `/upload` endpoint (the form's kind left as it is, or set); the report rows."""
    from gradio_client import handle_file

    files = [handle_file(str(p)) for p in paths]
    chosen = {} if kind is None else {"kind": kind}
    table, *_ = served.client.predict(files, "en", **chosen, api_name="/upload")
    return [dict(zip(("file", "status", "paragraphs", "message"), row, strict=True)) for row in table["data"]]


def make_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pages = [
        "Pedoman Uji Halaman Satu. Bagian ini menjelaskan tujuan buku saku bagi seluruh personel kepolisian "
        "dalam menghadapi tahapan pemilihan umum di wilayah hukum masing-masing.",
        f"Larangan Selama Kampanye. {PLANTED} Ketentuan ini berlaku sejak masa kampanye dimulai hingga "
        "pemungutan suara selesai dilaksanakan.",
        "Penutup Halaman Tiga. Setiap pelanggaran dilaporkan kepada atasan langsung dan diproses oleh "
        "fungsi pengawasan internal sesuai aturan yang berlaku.",
    ]
    pdf = FPDF()
    pdf.set_title("Buku Saku Uji Zebraflamingo")
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


# --- over HTTP -----------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_ask_returns_the_cli_json_contract_with_a_magelang_citation(served):
    result = ask(served, "Siapa Kapolresta Magelang?")
    assert set(result) == CONTRACT_KEYS
    assert not result["abstained"]
    assert any(c["doc_id"] == MAGELANG for c in result["citations"])
    assert all(set(c) == CITATION_KEYS for c in result["citations"])
    assert "[1]" in result["answer"]
    assert result == served.assistant.ask("Siapa Kapolresta Magelang?").to_json()  # exactly `ask --json`


@pytest.mark.slow
def test_filters_narrow_the_sources(served):
    only = ask(served, "Siapa Kapolresta Magelang?", doc_ids=[MAGELANG])
    assert only["citations"] and {c["doc_id"] for c in only["citations"]} == {MAGELANG}

    later = ask(served, "Siapa Kapolresta Magelang?", date_from="2024-11-01")  # the article is of 2024-10-31
    assert later["abstained"] or all(c["doc_id"] != MAGELANG for c in later["citations"])

    outlet = "Koran Palpres (koranpalpres.com)"
    counted = ask(served, "Berapa personel Polres OKU Timur yang menandatangani fakta integritas?", sources=[outlet])
    assert counted["citations"] and {c["source"] for c in counted["citations"]} == {outlet}


@pytest.mark.slow
def test_a_bad_date_filter_is_a_clear_error_not_a_traceback(served):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="YYYY-MM-DD"):
        ask(served, "Siapa Kapolresta Magelang?", date_to="31-10-2024")


@pytest.mark.slow
def test_two_questions_at_once_are_both_answered(served):
    questions = ["Siapa Kapolresta Magelang?", "Siapa yang mengatakan netralitas TNI-Polri adalah harga mati?"]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda q: ask(served, q), questions))
    assert [r["question"] for r in results] == questions
    assert all(not r["abstained"] and r["citations"] for r in results)


@pytest.mark.slow
def test_uploaded_pdf_is_indexed_and_cited_by_page(served, tmp_path):
    rows = upload(served, make_pdf(tmp_path / "buku saku uji.pdf"))
    assert [(r["file"], r["status"]) for r in rows] == [("buku_saku_uji.pdf", "indexed")]
    assert rows[0]["paragraphs"] >= 3
    assert (served.settings.uploads_folder / "buku_saku_uji.pdf").is_file()

    result = ask(served, "Bolehkah anggota Polri memakai rompi oranye zebraflamingo saat kampanye?")
    assert not result["abstained"], result["answer"]
    cited = [c for c in result["citations"] if c["doc_id"] == "buku_saku_uji"]
    assert cited and cited[0]["page"] == 2 and "zebraflamingo" in cited[0]["quote"]


@pytest.mark.slow
def test_corrupt_pdf_upload_reports_failure_and_the_index_still_answers(served, tmp_path):
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n" + bytes(range(256)) * 20)
    rows = upload(served, broken)
    assert [(r["file"], r["status"]) for r in rows] == [("rusak.pdf", "failed")]
    assert rows[0]["message"]
    assert not (served.settings.uploads_folder / "rusak.pdf").exists()

    result = ask(served, "Siapa Kapolresta Magelang?")
    assert not result["abstained"] and any(c["doc_id"] == MAGELANG for c in result["citations"])


def test_the_upload_form_says_what_kind_of_source_a_file_is(served, tmp_path):
    """A guideline uploaded as such decides a verdict; the same rule uploaded as a blog post only reports one."""
    rule = "Anggota Polri dilarang memelihara burung kakaktua jambul kuning di pos pengamanan kampanye."
    question = "Bolehkah anggota Polri memelihara burung kakaktua jambul kuning di pos pengamanan kampanye?"
    (tmp_path / "blog_kakaktua.md").write_text(f"# Catatan warga\n\n{rule}\n")
    assert [r["status"] for r in upload(served, tmp_path / "blog_kakaktua.md")] == ["indexed"]
    blog = ask(served, question)
    assert blog["verdict"]["value"] == "forbidden" and not blog["verdict"]["authoritative"], blog
    assert blog["answer"].startswith("Menurut Catatan warga: dilarang.")

    (tmp_path / "pedoman_kakaktua.md").write_text(f"# Pedoman pos pengamanan\n\n{rule}\n")
    assert [r["status"] for r in upload(served, tmp_path / "pedoman_kakaktua.md", kind="guideline")] == ["indexed"]
    guided = ask(served, question)
    assert guided["verdict"] == {
        "value": "forbidden",
        "condition": None,
        "authoritative": True,
        "source_kind": "guideline",
        "conflict": False,
    }
    assert guided["answer"].startswith("Dilarang.")
    assert any(c["doc_id"] == "pedoman_kakaktua" for c in guided["citations"])
    listing = served.assistant.store.documents()
    assert {d.doc_id: d.kind for d in listing if "kakaktua" in d.doc_id} == {
        "blog_kakaktua": "other",
        "pedoman_kakaktua": "guideline",
    }


@pytest.mark.slow
def test_upload_caps_refuse_with_a_message(served, tmp_path):
    from assistant.app.uploads import Uploader

    uploader = Uploader(served.assistant, tmp_path / "uploads")
    big = tmp_path / "besar.txt"
    with big.open("wb") as handle:
        handle.truncate(served.settings.max_upload_mb * 2**20 + 1)
    (result,) = uploader.add([big], "en").rows
    assert result.status == "rejected" and "too large" in result.message

    many = []
    for i in range(served.settings.max_upload_files + 2):
        many.append(tmp_path / f"bad{i}.exe")
        many[-1].write_text("x")
    rows = uploader.add(many, "id").rows
    assert [r.status for r in rows] == ["rejected"] * len(many)
    assert "terlalu banyak" in rows[-1].message and "tidak didukung" in rows[0].message

    taken = tmp_path / f"{MAGELANG}.md"
    taken.write_text("# Judul\n\nParagraf pengganti yang tidak boleh menimpa artikel korpus.\n")
    (result,) = uploader.add([taken], "en").rows
    assert result.status == "rejected" and MAGELANG in result.message


@pytest.mark.slow
def test_uploads_survive_a_full_reindex_of_the_corpus_folder(served, tmp_path):
    note = tmp_path / "pedoman_regu_kilat.md"
    note.write_text("# Pedoman Regu Kilat\n\nRegu kilat wajib melapor kepada piket kuaskumbang setiap pagi.\n")
    assert [r["status"] for r in upload(served, note)] == ["indexed"]
    question = "Apa kewajiban regu kilat setiap pagi?"
    assert any(c["doc_id"] == "pedoman_regu_kilat" for c in ask(served, question)["citations"])

    report = served.assistant.index(progress=False)  # `netralitas index`: the uploads folder is indexed too
    assert report.removed == 0
    assert any(c["doc_id"] == "pedoman_regu_kilat" for c in ask(served, question)["citations"])


# --- pure pieces ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\evil name!.PDF", "evil_name.pdf"),
        ("/abs/path/Buku Saku (final).docx", "Buku_Saku_final.docx"),
        ("Berita_Pemilu-2024.md", "Berita_Pemilu-2024.md"),
        ("...", ""),
        ("ñandú.txt", "nandu.txt"),
        (".hidden.md", "hidden.md"),
    ],
)
def test_safe_name_keeps_only_a_safe_base_name(given, expected):
    assert safe_name(given) == expected


def test_document_text_is_escaped_everywhere():
    evil = "Awal <script>alert(1)</script><b>bold</b> akhir."
    chunk = Chunk(id="x#p1", doc_id="x", text=evil, paragraph=1, char_start=0, char_end=len(evil), title="<i>T</i>")
    answer = Answer(question="<q>", text=f"“{evil}” [1]", abstained=False, citations=[Citation(1, chunk, evil)])
    turn = Turn(1, "<img src=x onerror=alert(1)>", answer)
    rendered = answer_html(turn, "id") + sources_html([turn], "id")
    for tag in ("<script", "<b>", "<i>", "<img"):
        assert tag not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert '<a class="na-cite" href="#src-1-1"' in rendered
    assert highlight("a <b> c. Next.", "a <b> c.") == "<mark>a &lt;b&gt; c.</mark> Next."


@pytest.mark.slow
def test_quotes_tab_finds_who_said_what(served):
    shown = served.client.predict("Wakapolres Malang", "harga mati", "id", api_name="/quotes")
    assert "“Netralitas TNI-Polri adalah harga mati”" in shown
    assert "Komisaris Polisi Imam Mustolih" in shown and "001_9520b6738aa40797#p2" in shown
    assert "Tidak ada kutipan" in served.client.predict("Bupati", "", "id", api_name="/quotes")


@pytest.mark.slow
def test_brief_tab_shows_a_cited_briefing_and_exports_md_and_docx(served):
    shown, files = served.client.predict("larangan politik praktis", "id", api_name="/brief")
    assert "Bahan pembekalan: larangan politik praktis" in shown and "Aturan terkait" in shown
    assert "tidak melibatkan diri dalam politik praktis" in shown
    names = sorted(Path(f).name for f in files)
    assert names == ["pembekalan.docx", "pembekalan.md"]
    markdown = next(Path(f) for f in files if f.endswith(".md")).read_text(encoding="utf-8")
    assert "## Sumber" in markdown and "[1]" in markdown
