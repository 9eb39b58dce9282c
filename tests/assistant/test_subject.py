import pytest

from assistant.cite import citation_problems
from assistant.engine import Assistant
from assistant.extractive.subject import goes_on, initialed_person
from assistant.question import analyze
from lang.terms import Analyzer
from tests.assistant.conftest import with_articles

# The press names each accused by rank and initials once, then goes on with "Ia": the sentence with the
# sanction names no one, and the article's lead names the sanction but not the person.
THREE_ACCUSED = """---
title: "Tiga Polisi Lembah Hijau Dihukum karena Tidak Netral"
source: "Kabar Lembah"
date: "2024-10-21"
kind: news
---

LEMBAH HIJAU, Kabar Lembah – Polres Lembah Hijau menjatuhkan hukuman disiplin kepada tiga anggotanya yang \
terbukti melanggar netralitas dalam Pilkada Serentak 2024.

Ketiga terperiksa berinisial Bripka DW, Brigpol SN, dan Bripda TA. Mereka dinyatakan melanggar Peraturan \
Pemerintah Nomor 2 Tahun 2003 tentang Peraturan Disiplin Anggota Polri.

Bripka DW, anggota Satlantas, terbukti berfoto bersama calon bupati sambil mengacungkan tiga jari di sebuah \
pasar. Foto itu kemudian tersebar di grup percakapan warga. Ia dijatuhi hukuman penundaan kenaikan gaji \
berkala selama satu periode.

Brigpol SN, anggota Sat Samapta, kedapatan menghadiri kampanye salah satu pasangan calon tanpa surat perintah. \
Ia dijatuhi teguran tertulis dan penempatan dalam tempat khusus selama tujuh hari.

Bripda TA mengganti foto profil akun media sosialnya dengan gambar pasangan calon gubernur. Karena langsung \
mengakui perbuatannya, TA hanya dijatuhi teguran tertulis.
"""


@pytest.fixture(scope="module")
def three_accused(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("three_accused"), {"sidang_lembah_hijau.md": THREE_ACCUSED})


def test_the_sanction_of_one_accused_quotes_who_he_is_and_what_ia_was_given(three_accused: Assistant) -> None:
    answer = three_accused.ask("Bripka DW di Lembah Hijau dijatuhi hukuman apa?")
    assert "penundaan kenaikan gaji berkala" in answer.text, answer.text
    assert "Bripka DW, anggota Satlantas" in answer.text  # who "Ia" is, quoted with it
    assert "tujuh hari" not in answer.text  # not the next officer's sanction
    # each quoted sentence verbatim in its cited paragraph (two of one paragraph are joined by " … ")
    assert all(part in c.chunk.text for c in answer.citations for part in c.quote.split(" … "))


def test_a_briefing_on_one_accused_quotes_his_act_and_his_sanction(three_accused: Assistant) -> None:
    answer = three_accused.ask("Tolong ringkas pelanggaran dan hukuman Brigpol SN di Lembah Hijau.")
    assert "tanpa surat perintah" in answer.text and "tujuh hari" in answer.text, answer.text


def test_a_rank_and_two_capitals_name_the_accused_but_a_corps_or_title_does_not() -> None:
    analyzer = Analyzer()
    assert initialed_person(analyze("Bripka AS di Ulu Kemuning dijatuhi hukuman apa?", analyzer)) == "AS"
    assert initialed_person(analyze("What sanction did Aipda HK receive?", analyzer)) == "HK"
    assert initialed_person(analyze("Tolong ringkas pelanggaran dan hukuman Brigpol RN.", analyzer)) == "RN"
    for text in ("Siapa Mayor TNI Budi?", "Apa tugas Letkol CHK Sutrisno?", "Kompol DR. Budi berkata apa?"):
        assert initialed_person(analyze(text, analyzer)) is None, text


# A hearing whose lead names no law: the law is in a later sentence that opens "Ketiganya", after one naming
# only the chair.
HEARING = """---
title: "Tiga Polisi Rimba Jaya Disidang karena Unggah Dukungan Paslon"
source: "Warta Rimba"
date: "2024-10-17"
kind: news
---

RIMBA JAYA, Warta Rimba – Tiga anggota Polres Rimba Jaya menjalani sidang disiplin karena terbukti mengunggah \
konten dukungan kepada salah satu pasangan calon bupati melalui akun media sosial pribadi.

Sidang dipimpin Wakapolres Rimba Jaya Kompol Hendra Siregar. Ketiganya dinyatakan melanggar Peraturan \
Pemerintah Nomor 2 Tahun 2003 tentang Peraturan Disiplin Anggota Polri.
"""


@pytest.fixture(scope="module")
def hearing(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("hearing"), {"sidang_rimba_jaya.md": HEARING})


def test_the_law_a_case_breached_is_found_in_its_article_and_they_are_not_the_chair(hearing: Assistant) -> None:
    answer = hearing.ask("Menurut putusan sidang, aturan apa yang dilanggar oleh ketiga anggota Polres Rimba Jaya?")
    assert answer.text.startswith("Peraturan Pemerintah Nomor 2 Tahun 2003"), answer.text
    # "Ketiganya" are the three accused: the one person the sentence before names is not quoted ahead as who
    # they are
    quoted = [line for line in answer.text.splitlines() if "“" in line]
    assert "Ketiganya dinyatakan melanggar" in quoted[0], answer.text


# One accused's case told over four paragraphs (the deed, the defence after "Namun, ia", the sanction), between a
# lead and a Kasi Propam's paragraph that share more of a briefing question's words than any of them.
CASE_OVER_PARAGRAPHS = """---
title: "Dua Anggota Polres Tebing Aur Disidang karena Tidak Netral"
source: "Warta Tebing"
date: "2024-10-22"
kind: news
---

TEBING AUR, Warta Tebing – Polres Tebing Aur menggelar sidang disiplin terhadap dua anggotanya yang diduga \
melanggar netralitas dalam Pilkada Serentak 2024, dengan pelanggaran dan sanksi yang berbeda.

Kasi Propam Polres Tebing Aur AKP Lina Marpaung menjelaskan, kedua perkara berasal dari laporan warga dan \
patroli siber, dan pelanggaran keduanya telah dikenai sanksi sesuai aturan disiplin.

Perkara pertama menyangkut Brigpol KS dari Polsek Air Hitam. Ia diketahui menjadi pengelola grup WhatsApp \
relawan pasangan calon yang beranggotakan sekitar 300 orang.

Kepada pemeriksa, Brigpol KS mengaku hanya membantu adik iparnya. Namun, ia tidak pernah melaporkan \
keanggotaannya di grup itu kepada atasan.

Brigpol KS dijatuhi teguran tertulis dan penundaan mengikuti pendidikan selama satu tahun.

Perkara kedua menjerat Bripda YN, yang memasang bingkai foto bergambar calon di akun pribadinya. Ia dijatuhi \
penempatan dalam tempat khusus selama tujuh hari.
"""


@pytest.fixture(scope="module")
def case_over_paragraphs(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("case_thread"), {"sidang_tebing_aur.md": CASE_OVER_PARAGRAPHS})


def test_a_case_summary_quotes_what_the_article_says_of_the_named_person_in_its_order(
    case_over_paragraphs: Assistant,
) -> None:
    answer = case_over_paragraphs.ask(
        "Rangkum kasus Brigpol KS di Polres Tebing Aur: apa pelanggarannya dan apa sanksinya?"
    )
    text = answer.text
    deed, defence, sanction = "pengelola grup WhatsApp", "tidak pernah melaporkan", "teguran tertulis"
    assert all(part in text for part in (deed, defence, sanction)), text
    assert text.index(deed) < text.index(defence) < text.index(sanction)  # the article's order
    assert "tujuh hari" not in text  # not the other accused's sanction
    assert all(part in c.chunk.text for c in answer.citations for part in c.quote.split(" … "))


def test_a_case_summary_naming_no_one_quotes_what_the_article_says_of_each_accused(three_accused: Assistant) -> None:
    answer = three_accused.ask(
        "Rangkum kasus sidang disiplin di Polres Lembah Hijau: apa pelanggaran dan sanksi tiap anggota?"
    )
    text = answer.text
    assert "penundaan kenaikan gaji berkala" in text and "tujuh hari" in text, text  # two of the three sanctions
    assert citation_problems(answer, three_accused.store) == []


# An ethics hearing told over fourteen paragraphs: the deed is in the second, which shares few of a trainer's words;
# the sanction, the defence, the reactions and three paragraphs on the case and the decision fill the rest (the
# retrieval hands the answerer eight paragraphs).
LONG_HEARING = """---
title: "Kumpulkan 150 Fotokopi KTP untuk Relawan, Aipda MR Didemosi Dua Tahun"
source: "Suara Lubuk"
date: "2024-11-14"
kind: news
---

LUBUK RAYA, Suara Lubuk – Komisi Kode Etik Polri (KKEP) Polda Lubuk Raya menjatuhkan sanksi mutasi bersifat \
demosi selama dua tahun kepada Aipda MR, Bhabinkamtibmas Polsek Sungai Keruh, Polres Lubuk Raya.

Aipda MR terbukti mengumpulkan 150 lembar fotokopi KTP warga Desa Pauh Manis dan menyerahkannya kepada relawan \
pasangan calon bupati nomor urut 2, dengan dalih pendataan penerima bantuan sembako.

Selain demosi, komisi juga menjatuhkan penempatan pada tempat khusus selama 14 hari serta mewajibkan Aipda MR \
meminta maaf secara lisan di hadapan sidang.

Putusan dibacakan dalam sidang di Ruang Sidang Bid Propam Polda Lubuk Raya, Kamis (14/11/2024).

Penuntut Kompol Daniel Situmorang sebelumnya menuntut demosi empat tahun. Ia menilai Aipda MR memanfaatkan \
kedekatannya dengan warga untuk kepentingan paslon.

“Warga menyerahkan KTP karena percaya kepada polisi,” ujar Daniel.

Komisi memilih hukuman yang lebih ringan karena Aipda MR dinilai kooperatif dan belum pernah dihukum selama 17 \
tahun berdinas.

Sidang yang berlangsung sekitar enam jam itu dipimpin Karo SDM Polda Lubuk Raya Kombes Pol Hasan Lubis.

Atas putusan tersebut, Aipda MR menyatakan pikir-pikir. Ia memiliki waktu tiga hari kerja untuk memutuskan \
apakah akan mengajukan banding.

Secara terpisah, Ketua Bawaslu Kabupaten Lubuk Raya Yohanes Sitepu mengatakan pihaknya masih mengkaji unsur \
pidana pemilihan dalam perkara itu.

Kajian itu dibahas bersama kepolisian dan kejaksaan di Sentra Gakkumdu.

Kabid Propam Polda Lubuk Raya menyebut kasus Aipda MR akan dijadikan bahan pelatihan netralitas bagi seluruh \
Bhabinkamtibmas.

Pendamping Aipda MR menyatakan akan mempelajari putusan komisi etik itu lebih dulu.

Salinan putusan komisi etik atas kasus itu juga dikirimkan kepada Kapolres Lubuk Raya.
"""


@pytest.fixture(scope="module")
def long_hearing(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("long_hearing"), {"sidang_aipda_mr.md": LONG_HEARING})


def test_a_case_summary_reads_the_paragraphs_the_retrieval_did_not_reach(long_hearing: Assistant) -> None:
    answer = long_hearing.ask(
        "Tolong ringkas kasus Aipda MR untuk bahan pelatihan: apa yang dia lakukan dan apa putusan komisi etiknya."
    )
    text = answer.text
    assert "150 lembar fotokopi KTP" in text and "dua tahun" in text, text
    assert citation_problems(answer, long_hearing.store) == []


# A colleague told of in one sentence, his act's fate in the next, which names him only through "-nya" and "ia".
GUEST = """---
title: "Bripka RM Disidang karena Memandu Acara Tim Pemenangan"
source: "Suara Lereng"
date: "2024-11-04"
kind: news
---

Sidang disiplin Bripka RM digelar di Aula Polres Lereng Timur, Senin (4/11/2024). RM memandu acara syukuran tim \
pemenangan salah satu calon bupati dan dijatuhi penundaan kenaikan pangkat selama satu periode.

Rekan RM, Briptu KL, juga datang ke syukuran itu sebagai tamu berpakaian bebas, tetapi tidak disidangkan. \
Perbuatannya digolongkan pelanggaran ringan, dan ia sudah menerima teguran lisan serta pembinaan mental selama \
lima hari.
"""


@pytest.fixture(scope="module")
def guest(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("guest"), {"sidang_lereng_timur.md": GUEST})


def test_a_sentence_whose_subject_is_their_act_goes_on_about_the_person_before(guest: Assistant) -> None:
    answer = guest.ask("Briptu KL yang datang ke syukuran sebagai tamu dapat sanksi apa?")
    assert not answer.abstained, answer.text
    assert "teguran lisan serta pembinaan mental" in answer.text and "Briptu KL" in answer.text
    assert not citation_problems(answer, guest.store)


def test_a_connective_with_nya_goes_on_about_no_one() -> None:
    assert goes_on("Perbuatannya digolongkan pelanggaran ringan, dan ia sudah menerima teguran lisan.")
    assert not goes_on("Akibatnya tiga anggota lain dijatuhi teguran tertulis.")
    assert not goes_on("Kenyataannya, laporan itu belum diproses.")
