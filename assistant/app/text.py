"""The chat app's words: UI labels in Indonesian (default) and English, and the example questions per role.

Only fixed interface text lives here. Answers are written by the answerer in the question's language and
document text is shown verbatim; neither is translated.
"""

from typing import Literal

Lang = Literal["id", "en"]
LANGUAGES: list[tuple[str, str]] = [("Bahasa Indonesia", "id"), ("English", "en")]

_UI: dict[str, dict[str, str]] = {
    "id": {
        "title": "Asisten Netralitas",
        "subtitle": "Tanya jawab bersumber atas berita dan buku saku netralitas Polri. Setiap jawaban dikutip "
        "apa adanya dari dokumen, dengan nomor sumber [1], [2] yang dapat diklik.",
        "tab_chat": "Tanya",
        "tab_corpus": "Korpus",
        "chat_label": "Percakapan",
        "chat_placeholder": "Tanyakan tentang netralitas Polri dalam pemilu dan pilkada.",
        "question": "Pertanyaan",
        "question_placeholder": "Contoh: Siapa Kapolresta Magelang?",
        "send": "Kirim",
        "clear": "Hapus percakapan",
        "filters": "Saring sumber",
        "documents": "Dokumen",
        "outlets": "Media / penerbit",
        "date_from": "Dari tanggal (YYYY-MM-DD)",
        "date_to": "Sampai tanggal (YYYY-MM-DD)",
        "starters": "Contoh pertanyaan",
        "role_officer": "Untuk anggota Polri: boleh atau dilarang?",
        "role_journalist": "Untuk jurnalis: siapa mengatakan apa, kapan, di mana",
        "role_trainer": "Untuk pelatih: bahan pembekalan",
        "sources": "Sumber",
        "sources_empty": "Sumber jawaban tampil di sini: judul, media, tanggal, halaman dan paragraf, dengan "
        "kalimat pendukung disorot.",
        "searching": "Mencari di korpus…",
        "sources_for": "Sumber untuk",
        "earlier": "Pertanyaan sebelumnya",
        "abstained": "Tidak terjawab dari korpus",
        "related": "Terkait, bukan jawaban",
        "related_note": "Paragraf terdekat yang ditemukan. Paragraf ini tidak menjawab pertanyaan.",
        "related_see": "Paragraf terkait (bukan jawaban) ada di panel sumber.",
        "no_related": "Tidak ada paragraf terkait.",
        "page": "hlm.",
        "paragraph": "paragraf",
        "undated": "tanpa tanggal",
        "unknown_outlet": "media tidak diketahui",
        "empty_question": "Tulis pertanyaan terlebih dahulu.",
        "error": "Maaf, terjadi kesalahan saat menjawab. Coba lagi.",
        "corpus_status": "Status indeks",
        "corpus_docs": "{docs} dokumen, {paragraphs} paragraf di indeks",
        "corpus_empty": "Indeks masih kosong: unggah dokumen atau jalankan `netralitas index`.",
        "col_title": "Judul",
        "col_outlet": "Media",
        "col_kind": "Jenis",
        "upload_kind": "Jenis dokumen yang diunggah (hanya peraturan dan pedoman yang memutuskan boleh/tidaknya)",
        "kind_regulation": "peraturan",
        "kind_guideline": "pedoman",
        "kind_official_statement": "pernyataan resmi",
        "kind_news": "berita",
        "kind_other": "lainnya",
        "kind_auto": "otomatis (dari berkasnya)",
        "col_date": "Tanggal",
        "col_paragraphs": "Paragraf",
        "col_pages": "Halaman",
        "col_id": "ID",
        "refresh": "Muat ulang daftar",
        "upload": "Unggah dokumen (PDF, MD, TXT, DOCX)",
        "upload_help": "Paling banyak {count} berkas sekali unggah, masing-masing paling besar {mb} MB. Berkas "
        "disimpan di folder unggahan indeks ini lalu diindeks; berkas yang rusak dilaporkan dan tidak "
        "merusak indeks.",
        "upload_button": "Unggah dan indeks",
        "upload_report": "Hasil unggah",
        "upload_none": "Pilih berkas terlebih dahulu.",
        "col_file": "Berkas",
        "col_status": "Status",
        "col_message": "Keterangan",
        "status_indexed": "terindeks",
        "status_unchanged": "tidak berubah",
        "status_duplicate": "duplikat",
        "status_failed": "gagal",
        "status_rejected": "ditolak",
        "too_many": "terlalu banyak berkas: paling banyak {count} sekali unggah",
        "too_big": "berkas terlalu besar ({size:.1f} MB; paling besar {mb} MB)",
        "bad_type": "jenis berkas tidak didukung (gunakan PDF, MD, TXT atau DOCX)",
        "taken": "ID dokumen “{doc_id}” sudah dipakai dokumen korpus; ganti nama berkas",
        "index_error": "pengindeksan gagal; indeks tidak berubah",
        "same_name": "nama berkas sama dengan berkas lain dalam unggahan ini",
        "tab_quotes": "Siapa bilang apa",
        "speaker": "Pembicara (nama atau jabatan)",
        "quote_topic": "Topik",
        "find_quotes": "Cari kutipan",
        "quotes_none": "Tidak ada kutipan yang cocok di korpus.",
        "reported": "disampaikan (bukan kutipan langsung)",
        "tab_brief": "Pembekalan",
        "brief_topic": "Topik pembekalan",
        "make_brief": "Susun pembekalan",
        "downloads": "Unduh (Markdown, DOCX)",
    },
    "en": {
        "title": "Neutrality Assistant",
        "subtitle": "Cited question answering over news and the Polri neutrality pocket book. Every answer "
        "quotes the documents verbatim, with clickable source numbers [1], [2].",
        "tab_chat": "Ask",
        "tab_corpus": "Corpus",
        "chat_label": "Conversation",
        "chat_placeholder": "Ask about Polri neutrality in elections (questions in Indonesian or English).",
        "question": "Question",
        "question_placeholder": "E.g.: Who is the police chief of Magelang?",
        "send": "Send",
        "clear": "Clear conversation",
        "filters": "Filter sources",
        "documents": "Documents",
        "outlets": "Outlet / issuer",
        "date_from": "From date (YYYY-MM-DD)",
        "date_to": "To date (YYYY-MM-DD)",
        "starters": "Example questions",
        "role_officer": "For officers: allowed or forbidden?",
        "role_journalist": "For journalists: who said what, when, where",
        "role_trainer": "For trainers: briefing material",
        "sources": "Sources",
        "sources_empty": "The answer's sources appear here: title, outlet, date, page and paragraph, with the "
        "supporting sentence highlighted.",
        "searching": "Searching the corpus…",
        "sources_for": "Sources for",
        "earlier": "Earlier questions",
        "abstained": "Not answered by the corpus",
        "related": "Related, but not an answer",
        "related_note": "The closest paragraphs found. They do not answer the question.",
        "related_see": "Related paragraphs (not an answer) are listed in the sources panel.",
        "no_related": "No related paragraphs.",
        "page": "p.",
        "paragraph": "paragraph",
        "undated": "undated",
        "unknown_outlet": "unknown outlet",
        "empty_question": "Please type a question first.",
        "error": "Sorry, something went wrong while answering. Please try again.",
        "corpus_status": "Index status",
        "corpus_docs": "{docs} documents, {paragraphs} paragraphs in the index",
        "corpus_empty": "The index is empty: upload documents or run `netralitas index`.",
        "col_title": "Title",
        "col_outlet": "Outlet",
        "col_kind": "Kind",
        "upload_kind": "Kind of the uploaded documents (only regulations and guidelines decide what is allowed)",
        "kind_regulation": "regulation",
        "kind_guideline": "guideline",
        "kind_official_statement": "official statement",
        "kind_news": "news",
        "kind_other": "other",
        "kind_auto": "automatic (from the file)",
        "col_date": "Date",
        "col_paragraphs": "Paragraphs",
        "col_pages": "Pages",
        "col_id": "ID",
        "refresh": "Reload list",
        "tab_quotes": "Who said what",
        "speaker": "Speaker (name or post)",
        "quote_topic": "Topic",
        "find_quotes": "Find quotes",
        "quotes_none": "No matching quotes in the corpus.",
        "reported": "reported (not a direct quote)",
        "tab_brief": "Briefing",
        "brief_topic": "Briefing topic",
        "make_brief": "Prepare briefing",
        "downloads": "Download (Markdown, DOCX)",
        "upload": "Upload documents (PDF, MD, TXT, DOCX)",
        "upload_help": "At most {count} files per upload, each at most {mb} MB. Files are kept in this index's "
        "uploads folder and indexed; a broken file is reported and never damages the index.",
        "upload_button": "Upload and index",
        "upload_report": "Upload results",
        "upload_none": "Choose files first.",
        "col_file": "File",
        "col_status": "Status",
        "col_message": "Details",
        "status_indexed": "indexed",
        "status_unchanged": "unchanged",
        "status_duplicate": "duplicate",
        "status_failed": "failed",
        "status_rejected": "rejected",
        "too_many": "too many files: at most {count} per upload",
        "too_big": "file too large ({size:.1f} MB; at most {mb} MB)",
        "bad_type": "unsupported file type (use PDF, MD, TXT or DOCX)",
        "taken": "document id “{doc_id}” is already used by a corpus document; rename the file",
        "index_error": "indexing failed; the index is unchanged",
        "same_name": "same file name as another file in this upload",
    },
}

_STARTERS: dict[str, dict[str, list[str]]] = {
    "id": {
        "officer": [
            "Bolehkah anggota Polri menggunakan fasilitas dinas untuk kampanye?",
            "Apa sanksi bagi anggota Polri yang tidak netral?",
        ],
        "journalist": [
            "Siapa yang mengatakan netralitas TNI-Polri adalah harga mati?",
            "Berapa personel Polres OKU Timur yang menandatangani fakta integritas?",
            "Siapa Kapolresta Magelang?",
        ],
        "trainer": [
            "Ringkas isi fakta integritas dan ikrar netralitas Polres OKU Timur",
            "Ringkas pesan Kapolresta Magelang tentang buku saku netralitas",
        ],
    },
    "en": {
        "officer": [
            "May Polri members use official facilities for campaigning?",
            "What sanctions apply to officers who are not neutral?",
        ],
        "journalist": [
            'Who said that TNI-Polri neutrality is "harga mati"?',
            "How many Polres OKU Timur personnel signed the integrity pact?",
            "Who is the police chief of Magelang?",
        ],
        "trainer": [
            "Summarize the integrity pact and neutrality pledge of Polres OKU Timur",
            "Summarize the Magelang police chief's message about the neutrality pocket book",
        ],
    },
}

ROLES = ("officer", "journalist", "trainer")
STARTERS_PER_ROLE = max(len(questions) for lang in _STARTERS.values() for questions in lang.values())


def lang_of(value: str | None) -> Lang:
    return "en" if value == "en" else "id"


def ui(lang: str | None, key: str, **values: object) -> str:
    text = _UI[lang_of(lang)][key]
    return text.format(**values) if values else text


def starters(lang: str | None, role: str) -> list[str]:
    return _STARTERS[lang_of(lang)][role]
