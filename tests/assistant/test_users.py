"""The three users' jobs on a pocket-book-like PDF (rules with numbered prohibitions and legal bases over
several pages) added to the seed articles: an officer's verdict, a journalist's quote search, a trainer's
briefing exported to Markdown and DOCX (opened by LibreOffice)."""

import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.coverage import Coverage
from assistant.engine import Assistant
from assistant.extractive.lists import find_list
from assistant.question import analyze
from assistant.tools.briefing import brief
from assistant.tools.briefing_export import briefing_templates, export, to_markdown
from assistant.tools.quote_search import search_quotes
from index.settings import Settings

POCKETBOOK = [
    [
        ("heading", "BAB I LARANGAN BAGI ANGGOTA POLRI"),
        (
            "text",
            "Sesuai Pasal 28 ayat (1) UU No. 2 Tahun 2002, anggota Polri bersikap netral dalam kehidupan politik.",
        ),
        (
            "item",
            "1. Anggota Polri dilarang berfoto bersama pasangan calon sambil mengacungkan jari sebagai simbol "
            "dukungan.",
        ),
        (
            "item",
            "2. Anggota Polri dilarang memberikan tanda suka atau komentar pada unggahan media sosial pasangan calon.",
        ),
        ("item", "3. Anggota Polri dilarang ikut berkampanye, baik pada jam dinas maupun di luar jam dinas."),
        ("text", "Anggota Polri juga dilarang:"),
        ("item", "4. menghadiri deklarasi pasangan calon tanpa surat perintah dari pimpinan."),
        ("item", "5. menerima uang atau barang dari pasangan calon atau tim sukses."),
        ("item", "6. menjadi panitia pemilihan atau anggota KPPS."),
    ],
    [
        ("heading", "BAB II KEWAJIBAN"),
        ("text", "Larangan netralitas berlaku di dalam maupun di luar jam dinas, termasuk ketika anggota sedang cuti."),
        (
            "text",
            "Berdasarkan Perpol No. 7 Tahun 2022 tentang Kode Etik Profesi, setiap anggota wajib melaporkan "
            "pelanggaran netralitas kepada Propam.",
        ),
        ("item", "1. Anggota Polri wajib menjaga jarak yang sama dengan semua peserta pemilihan."),
        ("text", "Anggota Polri juga wajib:"),
        ("item", "2. menjaga sikap netral dan tidak memihak pada setiap tahapan pemilihan."),
        ("item", "3. menjaga kerahasiaan rencana pengamanan pemilihan."),
        ("item", "4. melaporkan kepada atasan apabila menerima tawaran atau pemberian dari tim sukses."),
    ],
    [
        ("heading", "BAB III YANG DIPERBOLEHKAN"),
        ("item", "1. Anggota Polri diperbolehkan mengamankan kegiatan kampanye sesuai surat perintah tugas."),
        ("item", "2. Anggota Polri diperbolehkan mengawal pasangan calon sesuai surat perintah pimpinan."),
        (
            "text",
            "Anggota Polri diperbolehkan menghadiri deklarasi pasangan calon asalkan memiliki surat perintah tugas "
            "dan kehadirannya semata-mata untuk pengamanan.",
        ),
        (
            "text",
            "Kendaraan dinas boleh digunakan di sekitar lokasi kampanye sepanjang dipakai untuk patroli, bukan untuk "
            "mengangkut peserta kampanye.",
        ),
        (
            "text",
            "Anggota boleh menghadiri pengajian, ibadah, atau acara adat yang juga dihadiri pasangan calon, namun "
            "tidak memberikan sambutan dalam acara tersebut.",
        ),
    ],
    [
        ("heading", "BAB IV KELUARGA ANGGOTA"),
        (
            "text",
            "Apabila istri atau suami anggota menjadi pasangan calon, anggota tersebut wajib melaporkannya kepada "
            "atasan dan tidak boleh terlibat dalam kegiatan kampanye. Anggota tersebut boleh menghadiri acara "
            "keluarga, tetapi tidak hadir di panggung kampanye.",
        ),
        ("text", "Anggota dilarang mengarahkan pilihan politik istri, suami, atau anak dalam pemilihan."),
        (
            "text",
            "Anggota yang bertugas mengamankan TPS berada di luar TPS dan tidak masuk ke dalamnya, kecuali diminta "
            "oleh Ketua KPPS untuk menangani gangguan keamanan.",
        ),
        (
            "text",
            "Anggota Polri aktif tidak dapat mencalonkan diri sebagai kepala daerah, kecuali telah mengundurkan diri "
            "atau pensiun dari dinas Polri sebelum pendaftaran calon.",
        ),
    ],
    [
        ("heading", "BAB V PELAPORAN"),
        (
            "text",
            "Dugaan pelanggaran netralitas dapat dilaporkan oleh masyarakat maupun sesama anggota melalui layanan "
            "Propam Presisi atau Seksi Propam Polres setempat.",
        ),
    ],
]
LEGAL_BASES = [
    [
        ("heading", "BAB I PENDAHULUAN"),
        ("text", "Buku saku ini menjadi bahan pelatihan netralitas bagi setiap anggota yang mengamankan Pilkada."),
        *POCKETBOOK[0][1:],
    ],
    [
        ("heading", "BAB V DASAR HUKUM"),
        ("text", "Pedoman ini disusun berdasarkan:"),
        ("item", "1. Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia;"),
        ("item", "2. Peraturan Kepolisian Nomor 7 Tahun 2022 tentang Kode Etik Profesi dan Komisi Kode Etik Polri."),
    ],
]


@pytest.fixture(scope="module")
def with_pocketbook(tmp_path_factory, repo_root: Path, make_pdf) -> Assistant:
    root = tmp_path_factory.mktemp("pocketbook")
    shutil.copytree(repo_root / "corpus" / "articles", root / "corpus" / "articles")
    title = "Buku Saku Pedoman Netralitas Anggota Polri"
    make_pdf(root / "corpus" / "buku_saku_netralitas_polri.pdf", POCKETBOOK, header="Buku Saku", title=title)
    assistant = Assistant.open(Settings(corpus_dir=root / "corpus", store_dir=root / "store"), create=True)
    report = assistant.index(progress=False)
    assert not report.failed, report.lines()
    return assistant


def test_where_to_report_a_colleague_is_the_channel_the_pocket_book_names(with_pocketbook: Assistant) -> None:
    # The question shares few words with the channel's sentence ("file a complaint about a fellow officer" /
    # "dilaporkan … sesama anggota melalui …"): the selector rated it low, and the answer was refused.
    for question in (
        "Where can I file a complaint about a fellow officer who is campaigning for a candidate?",
        "Ke mana saya bisa melaporkan rekan yang ikut berkampanye untuk paslon?",
    ):
        answer = with_pocketbook.ask(question)
        assert not answer.abstained, answer.text
        first = answer.citations[0]
        assert first.chunk.page == 5 and "melalui layanan Propam Presisi" in first.quote, answer.text
    # Not a breach of the guideline, or not where the asker can report: no channel question.
    for question in (
        "Where can I report a traffic accident?",
        "Di mana wartawan melaporkan kericuhan itu?",
        "Where did the Kapolres go after the report on the campaign was published?",
    ):
        assert not analyze(question, with_pocketbook.analyzer).asks_channel, question


def test_officer_gets_dilarang_with_the_numbered_rule_its_page_and_legal_basis(with_pocketbook: Assistant) -> None:
    answer = with_pocketbook.ask("Bolehkah anggota Polri berfoto dengan paslon sambil mengacungkan jari?")
    assert answer.text.splitlines()[0] == "Dilarang."
    rule = answer.citations[0]
    assert rule.chunk.page == 1 and rule.chunk.id.startswith("buku_saku_netralitas_polri#page1-")
    assert "1. Anggota Polri dilarang berfoto bersama pasangan calon" in rule.quote
    assert "Pasal 28 ayat (1)" in answer.text and "UU No. 2 Tahun 2002" in answer.text


def test_officer_may_like_posts_is_forbidden_in_english(with_pocketbook: Assistant) -> None:
    answer = with_pocketbook.ask("May an officer like a candidate's social media post?")
    assert answer.text.startswith("Forbidden.")
    assert any("tanda suka" in c.quote for c in answer.citations)


def test_an_indonesian_question_with_english_words_reaches_the_rule(with_pocketbook: Assistant) -> None:
    answer = with_pocketbook.ask("Boleh nggak saya kasih like ke postingan paslon di Instagram?")
    assert answer.text.startswith("Dilarang."), answer.text
    assert any("tanda suka" in c.quote for c in answer.citations)


def test_officer_gets_diperbolehkan_and_diwajibkan(with_pocketbook: Assistant) -> None:
    allowed = with_pocketbook.ask("Apakah anggota Polri boleh mengamankan kegiatan kampanye?")
    assert allowed.text.startswith("Diperbolehkan.") and allowed.citations[0].chunk.page == 3
    required = with_pocketbook.ask("Apakah anggota wajib melaporkan pelanggaran netralitas kepada Propam?")
    assert required.text.startswith("Diwajibkan.") and "Perpol No. 7 Tahun 2022" in required.text


def test_the_date_an_officer_means_to_act_on_does_not_hide_the_rule(with_pocketbook: Assistant) -> None:
    # No rule names a date; its words counted as the part of the question no rule covers.
    answer = with_pocketbook.ask("Bolehkah saya menjadi anggota KPPS pada 27 November 2024?")
    assert answer.text.startswith("Dilarang."), answer.text
    assert any("menjadi panitia pemilihan atau anggota KPPS" in c.quote for c in answer.citations), answer.text


def test_a_rule_for_that_member_binds_only_those_the_sentence_before_describes(with_pocketbook: Assistant) -> None:
    # "Anggota tersebut … tidak hadir di panggung kampanye" binds members whose wife or husband is a candidate; an
    # officer off duty is answered by the rule for every member (page 1), the candidate's husband by page 4.
    anyone = with_pocketbook.ask("Kalau sudah lepas dinas, bolehkah saya hadir di panggung kampanye calon bupati?")
    assert anyone.text.startswith("Dilarang.") and anyone.citations[0].chunk.page == 1
    assert "di luar jam dinas" in anyone.citations[0].quote
    family = with_pocketbook.ask("Istri saya maju sebagai pasangan calon. Bolehkah saya hadir di panggung kampanye?")
    assert family.text.startswith("Dilarang.") and family.citations[0].chunk.page == 4


def test_a_permission_whose_requirement_the_officer_lacks_is_only_conditional(with_pocketbook: Assistant) -> None:
    answer = with_pocketbook.ask("Apakah saya boleh mengawal calon gubernur tanpa surat perintah?")
    assert answer.text.startswith("Diperbolehkan dengan syarat: “sesuai surat perintah")
    assert answer.verdict is not None and answer.verdict.value == "conditional"


def test_the_clause_on_the_act_decides_not_the_one_on_its_setting(with_pocketbook: Assistant) -> None:
    # "boleh menghadiri pengajian …, namun tidak memberikan sambutan": giving a speech there is what is asked.
    answer = with_pocketbook.ask("Bolehkah saya memberikan sambutan di acara pengajian yang dihadiri paslon?")
    assert answer.text.startswith("Dilarang.") and "tidak memberikan sambutan" in answer.citations[0].quote


def test_a_duty_asked_for_is_answered_by_the_obligation_not_its_negated_conjunct(with_pocketbook: Assistant) -> None:
    required = with_pocketbook.ask("Am I required to stay neutral at every stage of the election?")
    assert required.text.startswith("Required.") and "menjaga sikap netral" in required.citations[0].quote


def test_a_excluded_alternative_of_a_permitted_act_is_forbidden(with_pocketbook: Assistant) -> None:
    # "boleh digunakan … sepanjang dipakai untuk patroli, bukan untuk mengangkut peserta kampanye": carrying
    # campaign participants is what "bukan untuk" excludes, read with the main clause's "kendaraan dinas digunakan".
    carry = with_pocketbook.ask("Bolehkah saya menggunakan kendaraan dinas untuk mengangkut peserta kampanye?")
    assert carry.text.startswith("Dilarang."), carry.text
    assert "bukan untuk mengangkut peserta kampanye" in carry.citations[0].quote
    patrol = with_pocketbook.ask("Bolehkah saya menggunakan kendaraan dinas untuk patroli di sekitar lokasi kampanye?")
    assert patrol.verdict is not None and patrol.verdict.value == "conditional", patrol.text


def test_a_rule_on_what_members_may_do_decides_nothing_about_their_relatives(with_pocketbook: Assistant) -> None:
    # "Anggota dilarang mengarahkan pilihan politik istri …" forbids the officer steering his wife's vote; it says
    # nothing of whether she may vote or campaign (answering "Forbidden." there is a wrong verdict).
    for question in ("Can my wife vote in the election?", "Bolehkah istri saya ikut berkampanye?"):
        answer = with_pocketbook.ask(question)
        assert answer.verdict is None or answer.verdict.value == "not_covered", answer.text
    steer = with_pocketbook.ask("Apakah saya boleh mengarahkan pilihan politik istri saya?")
    assert steer.text.startswith("Dilarang.") and "mengarahkan pilihan politik" in steer.citations[0].quote


def test_a_permission_whose_requirement_is_lacking_yields_to_the_prohibition(with_pocketbook: Assistant) -> None:
    # "diperbolehkan menghadiri deklarasi … asalkan memiliki surat perintah" is not in force without one; "dilarang
    # menghadiri deklarasi … tanpa surat perintah" covers the question as closely and decides.
    without = with_pocketbook.ask("Bolehkah saya hadir di deklarasi paslon tanpa surat perintah?")
    assert without.text.startswith("Dilarang."), without.text
    assert any("tanpa surat perintah dari pimpinan" in c.quote for c in without.citations)
    ordered = with_pocketbook.ask("Bolehkah saya hadir di deklarasi paslon dengan surat perintah?")
    assert ordered.verdict is not None and ordered.verdict.value in ("allowed", "conditional"), ordered.text


def test_a_duty_to_do_something_else_with_the_same_thing_is_no_answer(with_pocketbook: Assistant) -> None:
    # "wajib: menjaga kerahasiaan rencana pengamanan" says nothing of leaking the plan ("Diwajibkan." would be an
    # opposite verdict); asked as a duty, it answers.
    leak = with_pocketbook.ask("Bolehkah saya membocorkan rencana pengamanan pemilihan kepada tim sukses?")
    assert leak.verdict is None or leak.verdict.value != "required", leak.text
    duty = with_pocketbook.ask("Apakah saya wajib menjaga kerahasiaan rencana pengamanan pemilihan?")
    assert duty.text.startswith("Diwajibkan."), duty.text


def test_english_questions_reach_the_rule_on_their_own_act(with_pocketbook: Assistant) -> None:
    # "speech" is the rule's "sambutan": unknown to the glossary, "give a speech at a religious event" was answered
    # Allowed, from "boleh menghadiri pengajian, ibadah …", the clause on the event the speech is given at.
    speech = with_pocketbook.ask("Is it a violation if I give a speech at a religious event attended by a candidate?")
    assert speech.text.startswith("Forbidden."), speech.text
    assert "tidak memberikan sambutan" in speech.citations[0].quote


def test_what_must_i_do_is_answered_by_the_duty_not_by_the_prohibition_beside_it(with_pocketbook: Assistant) -> None:
    # "dilarang: menerima uang … dari tim sukses" covers the offer as well as "wajib: melaporkan kepada atasan
    # apabila menerima tawaran …", but the question asks what to do: the duty.
    for question, lead in (
        ("Apa yang harus saya lakukan jika ditawari uang oleh tim sukses?", "Diwajibkan."),
        ("What must I do if a candidate's team offers me money?", "Required."),
    ):
        answer = with_pocketbook.ask(question)
        assert answer.text.startswith(lead), answer.text
        assert any("melaporkan kepada atasan" in c.quote for c in answer.citations)


def test_a_question_in_one_case_of_an_exceptions_choice_is_allowed(with_pocketbook: Assistant) -> None:
    # "kecuali telah mengundurkan diri atau pensiun …": a retired officer is one of its cases; an active one is
    # allowed only on that condition ("pendaftaran" is a detail of the case, not the case).
    retired = with_pocketbook.ask("Bolehkah saya mencalonkan diri jadi kepala daerah setelah pensiun?")
    assert retired.text.startswith("Diperbolehkan."), retired.text
    active = with_pocketbook.ask("Apakah polisi aktif bisa mendaftar sebagai calon kepala daerah?")
    assert active.verdict is not None and active.verdict.value == "conditional", active.text


def test_a_prohibition_holds_in_the_setting_its_documents_scope_statement_names(with_pocketbook: Assistant) -> None:
    # "menjadi … anggota KPPS" names the act, not the leave the officer asks about; the pocket book's "Larangan
    # netralitas berlaku … termasuk ketika anggota sedang cuti" does: the two sentences are one rule.
    for question in (
        "Bolehkah anggota yang sedang cuti menjadi anggota KPPS?",
        "Can an officer on leave serve as a KPPS member?",
    ):
        answer = with_pocketbook.ask(question)
        assert answer.verdict is not None and answer.verdict.value == "forbidden", answer.text
        quotes = " ".join(c.quote for c in answer.citations)
        assert "anggota KPPS" in quotes and "termasuk ketika anggota sedang cuti" in quotes, answer.text
    # The scope names the setting, never the act: a leave activity no rule forbids stays not covered.
    leisure = with_pocketbook.ask("Bolehkah saya memancing di sungai saat sedang cuti?")
    assert leisure.verdict is None or leisure.verdict.value != "forbidden", leisure.text


def test_a_kpps_official_is_not_an_officer_on_duty_at_a_tps(with_pocketbook: Assistant) -> None:
    # "petugas KPPS" shared "tugas" with "Anggota yang bertugas mengamankan TPS …, kecuali diminta oleh Ketua
    # KPPS": the answer was "allowed on condition: kecuali diminta oleh Ketua KPPS", a wrong verdict.
    answer = with_pocketbook.ask("Bolehkah saya jadi petugas KPPS?")
    assert answer.verdict is None or answer.verdict.value not in ("allowed", "conditional"), answer.text


def test_a_duty_the_officer_mentions_does_not_answer_whether_the_act_is_allowed(with_pocketbook: Assistant) -> None:
    # "wajib melaporkannya … dan tidak boleh terlibat dalam kegiatan kampanye": the question asks about campaigning;
    # the report it mentions having to make is its setting, so "Diwajibkan." would answer the wrong act.
    for question in (
        "Istri saya menjadi pasangan calon dan saya harus melapor ke atasan. Bolehkah saya ikut kegiatan kampanye?",
        "Bolehkah saya ikut kegiatan kampanye istri saya yang menjadi pasangan calon, walaupun saya harus melapor?",
    ):
        answer = with_pocketbook.ask(question)
        assert answer.text.startswith("Dilarang."), answer.text
        assert "tidak boleh terlibat dalam kegiatan kampanye" in answer.citations[0].quote
    duty = with_pocketbook.ask("Istri saya menjadi pasangan calon. Apakah saya harus melaporkannya?")
    assert duty.text.startswith("Diwajibkan."), duty.text


def test_a_narrow_permission_does_not_allow_what_it_does_not_name(with_pocketbook: Assistant) -> None:
    # "diperbolehkan mengamankan kegiatan kampanye sesuai surat perintah tugas" allows securing a campaign, not
    # attending one as a guest: a wrong "allowed" is the worst answer.
    answer = with_pocketbook.ask("Can I attend my friend's campaign event?")
    assert answer.verdict is None or answer.verdict.value != "allowed", answer.text


def test_when_an_officer_may_act_is_answered_by_the_rules_condition(with_pocketbook: Assistant) -> None:
    # Not a date: the rule's exception says when ("kecuali diminta oleh Ketua KPPS …").
    answer = with_pocketbook.ask("Kapan saya diizinkan masuk ke dalam TPS saat bertugas mengamankan TPS?")
    assert not answer.abstained and "kecuali diminta oleh Ketua KPPS" in answer.text, answer.text


def test_officer_question_the_rules_do_not_cover(with_pocketbook: Assistant) -> None:
    answer = with_pocketbook.ask("Bolehkah anggota Polri menjadi juri lomba memasak?")
    assert answer.abstained and "Tidak diatur dalam korpus" in answer.text


def test_trainer_asking_for_a_list_gets_the_list_each_item_cited(with_pocketbook: Assistant) -> None:
    for question in (
        "Apa saja yang juga wajib dilakukan anggota Polri menurut buku saku?",
        "What are officers also required to do according to the pocket book?",
    ):
        answer = with_pocketbook.ask(question)
        assert not answer.abstained and answer.verdict is None, answer.text
        assert "Anggota Polri juga wajib:" in answer.citations[0].quote
        for item in ("2. menjaga sikap netral", "3. menjaga kerahasiaan", "4. melaporkan kepada atasan"):
            assert any(c.quote.startswith(item) and c.chunk.page == 2 for c in answer.citations), answer.text
            assert item in answer.text
        assert "menerima uang atau barang" not in answer.text  # the prohibitions' list is not the duties'
        assert answer.question == question  # the source phrase is dropped only for reading the question


LONG_LIST = [
    [
        ("heading", "BAB VI LARANGAN DI MEDIA SOSIAL"),
        ("text", "Di media sosial, anggota Polri dilarang:"),
        *(
            (
                "item",
                f"{n}. mengunggah konten kampanye jenis ke-{n} milik pasangan calon, baik di akun pribadi maupun "
                "di akun keluarga, grup percakapan, atau komunitas daring lainnya.",
            )
            for n in range(1, 26)
        ),
    ]
]


def guideline_only(root: Path, make_pdf, pages: list, title: str) -> Assistant:
    """An assistant over one generated guideline PDF and nothing else."""
    (root / "corpus" / "pocketbook").mkdir(parents=True)
    make_pdf(root / "corpus" / "pocketbook" / f"{title.lower()}.pdf", pages, header="Buku Saku", title=title)
    assistant = Assistant.open(Settings(corpus_dir=root / "corpus", store_dir=root / "store"), create=True)
    assert not assistant.index(progress=False).failed
    return assistant


def test_a_long_list_is_cut_and_the_answer_says_how_many_items_it_left_out(tmp_path: Path, make_pdf) -> None:
    answer = guideline_only(tmp_path, make_pdf, LONG_LIST, "Medsos").ask(
        "Apa saja larangan bagi anggota Polri di media sosial?"
    )
    items = [c for c in answer.citations if "mengunggah konten kampanye jenis" in c.quote]
    assert 5 <= len(items) < 25 and items[0].quote.startswith("1. "), answer.text
    assert f"dan {25 - len(items)} butir lainnya" in answer.text
    assert len(answer.text) < 2600


def test_a_list_whose_lead_in_leaves_its_topic_to_the_section_heading(tmp_path: Path, make_pdf) -> None:
    # "BAB V DASAR HUKUM" / "Pedoman ini disusun berdasarkan:" / 1. … 2. …: the heading says what the list is.
    answer = guideline_only(tmp_path, make_pdf, LEGAL_BASES, "Pedoman").ask(
        "Untuk bahan pelatihan, apa saja dasar hukum netralitas Polri?"
    )
    assert answer.citations and "Pedoman ini disusun berdasarkan:" in answer.citations[0].quote, answer.text
    assert "Undang-Undang Nomor 2 Tahun 2002" in answer.text and "Peraturan Kepolisian Nomor 7" in answer.text


SCOPE_AND_SANCTIONS = [
    [
        ("heading", "BAB I KETENTUAN UMUM"),
        ("text", "Netralitas adalah keadaan personel yang tidak berpihak kepada pasangan calon mana pun."),
        (
            "text",
            "Ketentuan dalam buku saku ini berlaku 24 jam sehari sejak pendaftaran pasangan calon hingga pelantikan "
            "kepala daerah terpilih, termasuk pada saat personel sedang cuti, izin, atau tidak berdinas.",
        ),
        ("heading", "BAB II SANKSI"),
        (
            "text",
            "Pelanggaran aturan netralitas diproses melalui sidang disiplin berdasarkan Peraturan Pemerintah Nomor 2 "
            "Tahun 2003 dengan hukuman teguran tertulis, penundaan mengikuti pendidikan paling lama 1 (satu) tahun, "
            "atau penempatan dalam tempat khusus paling lama 21 (dua puluh satu) hari selama masa pemeriksaan.",
        ),
    ]
]


def test_whether_the_rules_apply_on_leave_is_answered_by_the_books_scope_statement(tmp_path: Path, make_pdf) -> None:
    # No act is asked about: whether the rules themselves hold during the officer's leave. The selector rated the
    # sanctions above the scope statement ("selama", "tahun", "dua" and "aturan" are in both).
    assistant = guideline_only(tmp_path, make_pdf, SCOPE_AND_SANCTIONS, "Lingkup")
    for question in (
        "Bulan depan saya ambil cuti tahunan dua minggu. Selama cuti itu aturan netralitas masih berlaku buat saya?",
        "Do the neutrality rules still apply to me while I am on leave?",
    ):
        answer = assistant.ask(question)
        assert answer.citations and "sedang cuti" in answer.citations[0].quote, answer.text
    # Asking which rule applies to an act is no question of scope: the rule on the act answers it.
    for question in (
        "Aturan apa yang berlaku soal foto bersama pasangan calon?",
        "Which rules still apply to officers during the campaign?",
    ):
        assert not analyze(question, assistant.analyzer).asks_scope, question


FAMILY = [
    [
        ("heading", "BAB IV KELUARGA ANGGOTA"),
        (
            "text",
            "Suami, istri, dan anak anggota Polri tetap memiliki hak pilih dan boleh menjadi tim kampanye. Namun, "
            "anggota Polri yang bersangkutan wajib melaporkan hal tersebut secara tertulis kepada atasan langsung.",
        ),
        ("text", "Rumah dinas tidak boleh dipakai untuk pertemuan tim kampanye keluarga anggota."),
    ]
]


def test_a_rule_is_quoted_with_the_sentence_that_qualifies_it(tmp_path: Path, make_pdf) -> None:
    # The family may campaign; "Namun, …": the officer's part, which the rule's own sentence leaves out.
    answer = guideline_only(tmp_path, make_pdf, FAMILY, "Keluarga").ask(
        "Bolehkah istri saya menjadi tim kampanye salah satu calon?"
    )
    assert answer.text.startswith("Diperbolehkan."), answer.text
    rule, qualified = answer.text.find("“Suami, istri"), answer.text.find("“Namun, anggota Polri")
    assert 0 < rule < qualified, answer.text


ON_SITE_WITH_ORDERS = [
    [
        ("heading", "BAGIAN KELIMA YANG BOLEH DENGAN SYARAT"),
        (
            "text",
            "Personel boleh berada di lokasi kampanye atau debat publik hanya jika memegang surat perintah "
            "pengamanan. Selama berada di lokasi, personel tidak bertepuk tangan, tidak bersorak, dan tidak menerima "
            "atribut yang dibagikan kepada hadirin.",
        ),
        (
            "text",
            "Personel yang namanya masih tercantum dalam daftar pemilih tidak menggunakan hak memilih. Personel "
            "tersebut wajib melapor kepada atasan langsung agar dikoordinasikan dengan KPU setempat.",
        ),
    ]
]


def test_a_rule_book_paragraph_is_quoted_with_the_rule_that_follows_in_it(tmp_path: Path, make_pdf) -> None:
    # In a rule book a paragraph is one rule block: what the officer may not do on site, or must do about the
    # voter list, follows the rule the question matches in the next sentence, with no "Namun" to announce it.
    assistant = guideline_only(tmp_path, make_pdf, ON_SITE_WITH_ORDERS, "Syarat")
    for question, rule, follows in (
        (
            "Saya dapat sprin jaga debat publik paslon. Selama di lokasi, ada yang nggak boleh saya lakukan?",
            "“Personel boleh berada di lokasi",
            "“Selama berada di lokasi, personel tidak bertepuk tangan",
        ),
        (
            "My name is still on the voter list. Can I go and vote like everyone else?",
            "“Personel yang namanya masih tercantum",
            "“Personel tersebut wajib melapor kepada atasan langsung",
        ),
    ):
        answer = assistant.ask(question)
        first, then = answer.text.find(rule), answer.text.find(follows)
        assert 0 < first < then, answer.text


EVENTS_WITH_A_CANDIDATE = [
    [
        ("heading", "F. KEGIATAN YANG BOLEH DILAKUKAN DENGAN SYARAT"),
        ("text", "Personel boleh:"),
        (
            "item",
            "1. menghadiri pernikahan, acara duka, atau kegiatan ibadah yang juga didatangi pasangan calon, asalkan "
            "acara itu bukan kampanye dan personel tidak berfoto bersama pasangan calon;",
        ),
        (
            "item",
            "2. menerangkan kepada warga jadwal dan tata cara pemungutan suara, tetapi tidak menjawab pertanyaan "
            "mengenai pasangan calon mana yang sebaiknya dipilih.",
        ),
    ]
]


def test_a_casual_question_whose_setting_follows_it_gets_the_permission_and_its_condition(
    tmp_path: Path, make_pdf
) -> None:
    # The act is in the sentence that asks ("datang ke pengajian"), not in the setting after it; "pengajian" is
    # a "kegiatan ibadah"; the condition forbids a photo, and still conditions the permission.
    assistant = guideline_only(tmp_path, make_pdf, EVENTS_WITH_A_CANDIDATE, "Syarat")
    answer = assistant.ask(
        "Boleh nggak saya datang ke pengajian akbar di kampung saya? Katanya calon bupati juga bakal hadir di situ."
    )
    assert answer.text.startswith("Diperbolehkan dengan syarat: “asalkan acara itu bukan kampanye"), answer.text
    # what the condition forbids is no permission
    photo = assistant.ask("Bolehkah saya berfoto bersama pasangan calon di acara pengajian?")
    assert photo.text.startswith("Dilarang."), photo.text


CELEBRATIONS = [
    [
        ("heading", "BAGIAN KELIMA YANG BOLEH DENGAN SYARAT"),
        (
            "text",
            "Personel boleh menghadiri hajatan, pengajian, ibadah, atau upacara adat yang juga dihadiri pasangan "
            "calon, tetapi tidak duduk di barisan tim pemenangan, tidak memberi sambutan, dan tidak ikut berfoto "
            "bersama pasangan calon.",
        ),
        ("heading", "BAGIAN KEENAM PELAPORAN"),
        ("text", "Dugaan pelanggaran netralitas dilaporkan melalui layanan pengaduan Bid Propam."),
    ]
]


def test_the_closest_rule_is_quoted_without_a_verdict_when_no_rule_names_the_act(tmp_path: Path, make_pdf) -> None:
    # "resepsi nikahan" is not a word of the rule ("hajatan"), so no verdict is read from it; the selector is sure
    # of it all the same, and the officer gets it, marked as the closest rule rather than a refusal.
    assistant = guideline_only(tmp_path, make_pdf, CELEBRATIONS, "Hajatan")
    answer = assistant.ask(
        "Tetangga saya ngadain resepsi nikahan dan calon wali kota juga diundang. Saya boleh datang nggak?"
    )
    assert not answer.abstained and answer.verdict is None, answer.text
    assert answer.text.startswith("Tidak ada aturan yang menyebut persis hal itu; aturan terdekat"), answer.text
    assert "tidak duduk di barisan tim pemenangan" in answer.citations[0].quote


PERMITTED_WITH_CONDITIONS = [
    [
        ("heading", "BAB VI BOLEH DENGAN KETENTUAN"),
        ("text", "Personel diperbolehkan:"),
        (
            "item",
            "1. mengantar anggota keluarga ke TPS, asalkan personel tidak sedang bertugas di TPS tersebut dan "
            "menunggu di luar area pemungutan suara;",
        ),
        (
            "item",
            "2. menyimpan nomor telepon pasangan calon atau ketua tim kampanye hanya jika diperlukan untuk "
            "koordinasi pengamanan dan sudah dilaporkan kepada Kabag Ops.",
        ),
        ("heading", "BAB VII PELAPORAN"),
        ("text", "Dugaan pelanggaran netralitas dilaporkan melalui layanan pengaduan Bid Propam."),
    ]
]


def test_a_permitted_list_item_answers_a_spoken_question_and_an_english_one_quoted_with_its_lead_in(
    tmp_path: Path, make_pdf
) -> None:
    # "nganter ibu" is the item's "mengantar anggota keluarga"; "Pas" opening the question is "when", no word of
    # the act. An English question the rule's words do not match is still given the item the selector is sure
    # of, as the closest rule, with the "Personel diperbolehkan:" it rules by: before, both were refused as not
    # covered, because the item alone holds no rule word.
    assistant = guideline_only(tmp_path, make_pdf, PERMITTED_WITH_CONDITIONS, "Ketentuan")
    spoken = assistant.ask("Pas hari coblosan saya kebetulan libur. Boleh nggak saya nganter ibu saya ke TPS?")
    assert spoken.text.startswith("Diperbolehkan dengan syarat: “asalkan personel tidak sedang bertugas"), spoken.text
    english = assistant.ask(
        "I'm a Kanit at a Polsek. Is it okay if I keep the phone number of a candidate's campaign chief?"
    )
    assert not english.abstained, english.text
    quotes = [c.quote for c in english.citations]
    assert "Personel diperbolehkan:" in quotes and any("Kabag Ops" in q for q in quotes), english.text


DECLARATIONS = [
    [
        ("heading", "BAB II LARANGAN"),
        ("text", "Anggota Polri dilarang:"),
        ("item", "1. menjadi anggota tim kampanye pasangan calon;"),
        ("item", "2. menghadiri deklarasi pasangan calon tanpa surat perintah dari pimpinan."),
    ],
    [
        ("heading", "BAB III YANG DIPERBOLEHKAN"),
        (
            "text",
            "Anggota Polri diperbolehkan menghadiri deklarasi pasangan calon asalkan memiliki surat perintah tugas "
            "dan kehadirannya semata-mata untuk pengamanan.",
        ),
    ],
]


def test_a_permission_whose_requirement_the_officer_lacks_gives_way_to_the_prohibition(
    tmp_path: Path, make_pdf
) -> None:
    # Without the sprin the permission is not in force; the prohibition "… tanpa surat perintah" decides, whichever
    # of the two the selector rates first. A wrong "allowed" is the worst answer an officer can get.
    assistant = guideline_only(tmp_path, make_pdf, DECLARATIONS, "Deklarasi")
    for question in (
        "Apakah saya boleh datang ke acara deklarasi pasangan calon kalau tidak ada surat perintah dari pimpinan?",
        "Bolehkah saya menghadiri deklarasi pasangan calon tanpa surat perintah?",
    ):
        answer = assistant.ask(question)
        assert answer.text.startswith("Dilarang."), answer.text


CHAT_GROUPS = [
    [
        ("heading", "GRUP PERCAKAPAN"),
        (
            "text",
            "Personel tidak wajib keluar dari grup percakapan keluarga, RT/RW, atau alumni, kecuali grup itu berubah "
            "menjadi sarana kampanye. Begitu pengurus grup menyatakan grup tersebut sebagai grup pemenangan, "
            "personel keluar saat itu juga tanpa meninggalkan komentar.",
        ),
        ("heading", "PELAPORAN"),
        ("text", "Dugaan pelanggaran netralitas dilaporkan melalui layanan pengaduan Bid Propam."),
    ]
]


def test_a_rule_books_sentence_is_quoted_with_the_rest_of_its_rule_block(tmp_path: Path, make_pdf) -> None:
    # Not a verdict question ("Apa saya harus …?"), still a rule book's answer: when the officer must leave is in
    # the paragraph's next sentence, which states no modal word.
    assistant = guideline_only(tmp_path, make_pdf, CHAT_GROUPS, "Grup")
    answer = assistant.ask("Grup WA alumni SMA saya isinya promosi paslon terus. Apa saya harus keluar dari grup itu?")
    assert not answer.text.startswith("Diwajibkan"), answer.text
    first, then = answer.text.find("“Personel tidak wajib keluar"), answer.text.find("“Begitu pengurus grup")
    assert 0 < first < then, answer.text


MEMBER_WITH_A_CANDIDATE_CHILD = [
    [
        ("heading", "BAB IV KELUARGA ANGGOTA"),
        ("text", "Anggota Polri yang anaknya mencalonkan diri dilarang hadir di panggung kampanye."),
    ]
]


def test_a_rule_on_a_member_with_a_candidate_child_says_nothing_of_what_the_child_may_do(
    tmp_path: Path, make_pdf
) -> None:
    # The subject is the member ("Anggota Polri yang anaknya …"), not the child the rule mentions.
    assistant = guideline_only(tmp_path, make_pdf, MEMBER_WITH_A_CANDIDATE_CHILD, "Anak")
    for question in ("Bolehkah anak saya hadir di panggung kampanye?", "May my son appear on the campaign stage?"):
        answer = assistant.ask(question)
        assert not answer.text.startswith(("Dilarang", "Forbidden")), answer.text


KINDS_OF_LISTS = [
    [
        ("heading", "BAB II LARANGAN DAN KEBOLEHAN"),
        ("text", "Anggota Polri dilarang:"),
        ("item", "1. menjadi anggota tim kampanye pasangan calon;"),
        ("item", "2. memakai atribut pasangan calon."),
        ("text", "Anggota Polri diperbolehkan:"),
        ("item", "1. mengamankan kampanye sesuai surat perintah;"),
        ("item", "2. mengikuti debat publik melalui media massa."),
        ("text", "Anggota yang terbukti tidak netral dapat dijatuhi sanksi berupa:"),
        ("item", "1. teguran tertulis;"),
        ("item", "2. penundaan kenaikan pangkat."),
    ]
]


def test_a_list_question_with_no_topic_of_its_own_gets_the_general_list_of_its_kind(tmp_path: Path, make_pdf) -> None:
    # The retrieval reached none of the lists (no candidates): the question names nothing beyond the kind it asks
    # for, the everyday words and the time, so the guideline's one general list of that kind answers it.
    assistant = guideline_only(tmp_path, make_pdf, KINDS_OF_LISTS, "Daftar")
    coverage = Coverage(assistant.retriever.corpus(), assistant.analyzer)
    reached_nothing = SimpleNamespace(coverage=coverage)

    def found(text: str) -> str | None:
        listed = find_list(analyze(text, assistant.analyzer), [], reached_nothing)  # type: ignore[arg-type]
        return listed.lead_in if listed else None

    assert found("Hal apa saja yang masih boleh dilakukan anggota Polri selama masa Pilkada?") == (
        "Anggota Polri diperbolehkan:"
    )
    assert found("What are officers not permitted to do during the election?") == "Anggota Polri dilarang:"
    assert found("Apa saja yang boleh dilakukan anggota Polri di grup WhatsApp keluarga?") is None  # a topic
    # short questions name their topic right after the ask; a situation is a topic, not a time
    assert found("Apa saja yang boleh dilakukan di TPS?") is None
    assert found("Apa saja yang boleh dilakukan anggota Polri saat bertugas di TPS?") is None
    assert found("Sebutkan larangan soal judi online") is None


SANCTIONS = [
    [
        ("heading", "BAB V SANKSI"),
        (
            "text",
            "Pelanggaran kode etik dapat dijatuhi sanksi sampai dengan Pemberhentian Tidak Dengan Hormat (PTDH). "
            "Pelanggaran disiplin dikenai hukuman sesuai Peraturan Pemerintah Nomor 2 Tahun 2003, antara lain "
            "teguran tertulis dan penundaan kenaikan pangkat.",
        ),
        ("text", "Pelanggaran yang mengandung unsur pidana diproses sesuai ketentuan hukum pidana."),
        (
            "text",
            "Atasan yang mengetahui pelanggaran anggotanya tetapi tidak menindaklanjuti dapat turut dikenai sanksi.",
        ),
    ]
]


def test_a_trainers_summary_quotes_the_rest_of_the_topic_from_the_same_source(tmp_path: Path, make_pdf) -> None:
    # The selector, trained to find one answer sentence, rates one sanctions sentence far above the others; a
    # summary also quotes the others on the topic from the same guideline, within its length budget.
    answer = guideline_only(tmp_path, make_pdf, SANCTIONS, "Sanksi").ask(
        "Ringkas sanksi bagi anggota Polri yang melanggar netralitas."
    )
    assert "PTDH" in answer.text and "teguran tertulis" in answer.text, answer.text
    assert sum(len(c.quote) for c in answer.citations) <= 600


SANCTION_LADDER = [
    [
        ("heading", "BAB VI SANKSI"),
        ("text", "Setiap personel yang melanggar ketentuan netralitas diproses oleh Propam."),
        ("text", "Pelanggaran netralitas ditangani menurut bobotnya:"),
        (
            "item",
            "1. pelanggaran ringan, misalnya memberi tanda suka pada unggahan calon, diperiksa dalam sidang disiplin "
            "dengan hukuman teguran tertulis atau penempatan dalam tempat khusus paling lama 21 hari;",
        ),
        (
            "item",
            "2. pelanggaran berat, misalnya menjadi anggota tim kampanye, dibawa ke sidang Komisi Kode Etik Polri "
            "dengan sanksi sampai Pemberhentian Tidak Dengan Hormat (PTDH).",
        ),
    ]
]


def test_a_lead_in_the_selector_rates_best_is_quoted_with_its_list(tmp_path: Path, make_pdf) -> None:
    # "Jelaskan jenjang sanksi …" does not say it asks for a list, but the sentence that answers it opens one:
    # "… menurut bobotnya:" quoted alone says nothing.
    answer = guideline_only(tmp_path, make_pdf, SANCTION_LADDER, "Jenjang").ask(
        "Jelaskan jenjang sanksi pelanggaran netralitas dalam buku saku, dari yang paling ringan sampai paling berat."
    )
    assert "21 hari" in answer.text and "PTDH" in answer.text, answer.text


def test_journalist_finds_quotes_by_speaker_and_topic(with_pocketbook: Assistant) -> None:
    hits = search_quotes(with_pocketbook.coverage(), speaker="Wakapolres Malang")
    assert next(h.quote.words for h in hits if h.quote.kind == "direct") == "Netralitas TNI-Polri adalah harga mati"
    assert all(h.quote.speaker == "Komisaris Polisi Imam Mustolih" for h in hits)
    topical = search_quotes(with_pocketbook.coverage(), topic="toleransi oknum tidak netral")
    assert topical and topical[0].chunk.id == "000_2ada1d52289bbb6a#p6"
    assert topical[0].to_json()["speaker"] == "Kombes Pol Mustofa"


def test_trainer_briefing_every_bullet_cites_a_verbatim_source(with_pocketbook: Assistant) -> None:
    briefing = brief(with_pocketbook, "larangan bagi anggota Polri dalam pemilihan")
    assert briefing.found and briefing.rules
    for item in [*briefing.points, *briefing.rules]:
        assert item.sentence in briefing.sources[item.n - 1].text
    for quote in briefing.quotes:
        assert quote.words in briefing.sources[quote.n - 1].text
    assert any(r.kind == "prohibition" and "berfoto" in r.sentence for r in briefing.rules)
    markdown = to_markdown(briefing, briefing_templates(briefing.language))
    bullets = [line for line in markdown.splitlines() if line.startswith("- ") and "## " not in line]
    assert bullets and all(line.rstrip().endswith("]") or line.startswith("- [") for line in bullets)
    assert "hlm. 1" in markdown  # the pocket book is cited with its page


def test_trainer_briefing_says_each_sentence_once_and_the_guidelines_rules_first(with_pocketbook: Assistant) -> None:
    briefing = brief(with_pocketbook, "larangan bagi anggota Polri dalam pemilihan")
    sentences = [*(p.sentence for p in briefing.points), *(r.sentence for r in briefing.rules)]
    assert len(sentences) == len(set(sentences))
    assert not [q for q in briefing.quotes for s in sentences if q.words in s]
    kinds = [briefing.sources[r.n - 1].doc_kind for r in briefing.rules]
    # the pocket book's rules, then (if the briefing has room for them) the articles' statements
    assert kinds[0] == "guideline" and kinds == sorted(kinds, key=lambda kind: kind != "guideline")


def test_trainer_briefing_on_nothing_in_the_corpus_says_so(with_pocketbook: Assistant) -> None:
    briefing = brief(with_pocketbook, "resep rendang padang")
    assert not briefing.found
    assert "Tidak ditemukan dalam korpus" in to_markdown(briefing, briefing_templates(briefing.language))


@pytest.mark.slow
def test_docx_briefing_opens_in_libreoffice(with_pocketbook: Assistant, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (make setup installs libreoffice-writer-nogui)")
    from pypdf import PdfReader

    path = export(brief(with_pocketbook, "larangan bagi anggota Polri dalam pemilihan"), tmp_path / "pembekalan.docx")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "pembekalan.pdf").pages)
    flat = " ".join(text.split())
    assert "Bahan pembekalan: larangan bagi anggota Polri dalam pemilihan" in flat
    assert "Aturan terkait" in flat and "Sumber" in flat and "berfoto bersama pasangan calon" in flat


# The guideline says nothing of when an officer guarding a polling station may go inside it; the Polres' press
# release on the security plan does.
POLLING_PLAN = """---
title: "Polres Danau Biru Siapkan Pengamanan TPS"
source: "{source}"
date: "2024-11-18"
kind: {kind}
---

DANAU BIRU – Polres Danau Biru menetapkan rencana pengamanan 612 tempat pemungutan suara (TPS) untuk pemungutan \
suara Pilkada Serentak, Rabu (27/11/2024).

Kabag Ops Polres Danau Biru Kompol Yusuf Hamdani menegaskan, personel pengamanan wajib berjaga di luar TPS. \
"Personel hanya masuk ke dalam TPS bila diminta Ketua KPPS untuk menangani gangguan," ujar Yusuf.

Pengamanan itu, kata Yusuf, mengacu pada Pasal 28 ayat (1) Undang-Undang Nomor 2 Tahun 2002 tentang \
Kepolisian Negara Republik Indonesia.
"""
TPS_QUESTION = "Saya di-BKO ke Danau Biru buat jaga TPS. Kapan saya boleh masuk ke dalam TPS?"


def _guideline_and(root: Path, make_pdf, kind: str, source: str) -> Assistant:
    (root / "corpus" / "articles").mkdir(parents=True)
    plan = POLLING_PLAN.format(kind=kind, source=source)
    (root / "corpus" / "articles" / "pengamanan_tps.md").write_text(plan, encoding="utf-8")
    return guideline_only(root, make_pdf, CELEBRATIONS, "Hajatan")


def test_what_no_rule_says_a_press_release_may_and_it_is_quoted_without_a_verdict(tmp_path: Path, make_pdf) -> None:
    # Refusing "not covered by the corpus" hid the answer the officer needed; no rule decides, so no verdict.
    answer = _guideline_and(tmp_path, make_pdf, "official_statement", "Humas Polres Danau Biru").ask(TPS_QUESTION)
    assert not answer.abstained and answer.verdict is None, answer.text
    assert answer.text.startswith("Tidak ada aturan yang menyebut persis hal itu; yang paling dekat dalam sumber")
    assert any("diminta Ketua KPPS" in c.quote for c in answer.citations), answer.text
    # the article's law is no legal basis of what it says (only a rule's is)
    assert "Dasar hukum" not in answer.text, answer.text


def test_what_no_rule_says_a_blog_is_not_quoted_in_its_place(tmp_path: Path, make_pdf) -> None:
    # A blog may claim what the guideline forbids: for an officer's question it is no stand-in for a rule.
    answer = _guideline_and(tmp_path, make_pdf, "blog", "Blog Warga").ask(TPS_QUESTION)
    assert answer.abstained and "Tidak diatur dalam korpus" in answer.text, answer.text


PERMITTED_WITH_LIMITS = [
    [
        ("heading", "BAB III KEGIATAN YANG DIPERBOLEHKAN"),
        (
            "text",
            "Kegiatan di bawah ini diperbolehkan sepanjang syaratnya dipenuhi; bila satu syarat tidak terpenuhi, "
            "kegiatan itu dinilai sebagai pelanggaran larangan pada Bab II.",
        ),
        ("text", "Personel boleh:"),
        (
            "item",
            "1. terekam dalam foto atau video ketika sedang mengawal paslon, tetapi tidak boleh berpose, membuat "
            "gestur jari, atau mengunggah gambar itu ke akun pribadi;",
        ),
        ("item", "2. menyimpan nomor telepon tim pemenangan untuk koordinasi pengamanan;"),
    ]
]


@pytest.mark.parametrize(
    "question",
    [
        "Saya dapat tugas ngawal calon gubernur, banyak warga foto-foto. Kalau saya ikut kefoto, salah nggak?",
        "Kalau saya terekam dalam video waktu mengawal paslon, itu masalah nggak?",
    ],
)
def test_a_list_item_under_a_permissions_lead_in_is_allowed_with_its_limit(
    tmp_path: Path, make_pdf, question: str
) -> None:
    # The paragraph above the lead-in says what happens when a condition is not met ("… pelanggaran larangan …"):
    # the item inherits "Personel boleh:", not that; the officer asks in the spoken way ("salah nggak?").
    answer = guideline_only(tmp_path, make_pdf, PERMITTED_WITH_LIMITS, "Izin").ask(question)
    assert answer.text.startswith("Diperbolehkan") and "tidak boleh berpose" in answer.text, answer.text
