"""What a typed question's quoted sentences must hold (`assistant.extractive.asked_type`)."""

import pytest

from assistant.engine import Assistant
from assistant.extractive.asked_type import missing_type
from assistant.question import analyze
from lang.terms import Analyzer
from tests.assistant.conftest import with_articles


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # the person with those initials is named: nothing is missing
        ("Siapa nama lengkap Bripka RH?", ["Bripka Rudi Hartono dijatuhi hukuman."], None),
        # a place whose words happen to start with the letters is no person
        ("Siapa nama lengkap Bripka AM?", ["Sidang dipimpin Kompol Rinto Sitorus di Aula Mapolres."], "what_full_name"),
        # "police" and "suspect" between the ask and the initials
        (
            "What is the full name of the police officer with the initials AM?",
            ["Sidang dipimpin Kompol Rinto Sitorus."],
            "what_full_name",
        ),
        # a corps after the rank is no initials: the full name is asked of someone the question names in full
        ("Siapa nama lengkap Mayor TNI Budi yang hadir di apel?", ["Apel dihadiri Mayor Inf Budi Santoso."], None),
        # "Pak RT" is a neighbourhood head, not initials
        ("Siapa Pak RT yang melapor ke Propam?", ["Ketua RT 05 melapor ke Propam."], None),
    ],
)
def test_a_person_named_by_initials_needs_a_person_with_exactly_those_initials(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # the money word may come before "berapa", a few words apart, as officers ask it
        (
            "Kalau ikut kawal logistik ke Pulau Lantera, uang saku harian saya berapa?",
            ["Pengiriman ke Pulau Lantera memakan waktu sekitar empat jam perjalanan laut."],
            "what_amount",
        ),
        ("Kalau ikut kawal logistik, uang saku harian saya berapa?", ["Uang saku Rp150.000 per hari."], None),
        # two asks: "dana dari mana" and "berapa orang" are not one amount
        ("Dana dari mana dan berapa orang yang menerimanya?", ["Sebanyak 23 orang menerima dana itu."], None),
    ],
)
def test_an_amount_of_money_needs_a_currency_or_a_large_number(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # the only digits are the day of the event's date: no one is counted
        (
            "How many people attended the socialization at Gedung Serbaguna Tri Brata?",
            ["Polres Lubuk Sendang menggelar sosialisasi di Gedung Serbaguna Tri Brata, Rabu (18/9/2024)."],
            "what_how_many",
        ),
        ("Berapa orang yang hadir pada apel itu?", ["Apel digelar pada 18 September 2024."], "what_how_many"),
        # a count beside a date still counts
        ("Berapa orang yang hadir pada apel itu?", ["Apel pada 18 September 2024 diikuti 250 personel."], None),
        # "tahun berapa" and "tanggal berapa" ask for a year, a date: a date holds it
        ("Tahun berapa apel itu digelar?", ["Apel digelar pada 18 September 2024."], None),
        ("Tanggal berapakah apel itu digelar?", ["Apel digelar pada 18 September 2024."], None),
    ],
)
def test_a_count_question_is_not_answered_by_the_digits_of_a_date(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # the only number quoted is the one the question starts from
        (
            "Dari 17 akun temuan patroli siber itu, berapa yang berasal dari Polresta Teluk Baruh?",
            [
                "Tim gabungan Polda Sungai Rawa menemukan 17 akun media sosial milik personel selama Pilkada 2024.",
                # neither the days of a month nor a year count anything
                "Temuan itu hasil patroli siber sejak 25 September hingga 20 Oktober 2024.",
            ],
            "what_new_count",
        ),
        # a further number is an answer to check, not the question's own
        (
            "Dari 17 akun temuan patroli siber itu, berapa yang berasal dari Polres Sempadan Hilir?",
            ["Dari 17 akun tersebut, temuan terbanyak berasal dari Polres Sempadan Hilir dengan lima akun."],
            None,
        ),
        # "lima belas" is one number, "salah satu" none, and a date in the question gives no number
        (
            "Dari lima belas akun itu, berapa yang berasal dari Polres Sempadan Hilir?",
            ["Lima akun berasal dari Polres Sempadan Hilir."],
            None,
        ),
        ("Berapa anggota yang berfoto dengan salah satu paslon?", ["Satu anggota diperiksa Propam."], None),
        ("Berapa personel yang berjaga pada Rabu (27/11/2024)?", ["Sebanyak 11 personel berjaga di TPS."], None),
        # a number stuck to its unit is a number
        ("Berapa lama 3 anggota itu ditahan?", ["Ketiganya ditahan 1x24 jam."], None),
        # a question that gives no number is not checked this way
        ("Berapa akun yang ditemukan patroli siber?", ["Tim gabungan menemukan 17 akun."], None),
    ],
)
def test_a_count_question_is_not_answered_by_its_own_number(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing


# A patrol's count: which Polres each account came from is not told.
CYBER_PATROL = """---
title: "Patroli Siber Polda Bukit Barisan Temukan 12 Akun Polisi Tak Netral"
source: "Kabar Barisan"
date: "2024-10-25"
kind: news
---

BUKIT BARISAN, Kabar Barisan – Tim gabungan Bidang Propam dan Ditressiber Polda Bukit Barisan menemukan 12 akun \
media sosial milik personel yang diduga memuat konten tidak netral selama masa kampanye Pilkada Serentak 2024. \
Patroli berlangsung sejak 25 September hingga 20 Oktober 2024.

Para pemilik akun diperiksa berdasarkan Peraturan Kepolisian Nomor 7 Tahun 2022 tentang Kode Etik Profesi.

Polda Bukit Barisan juga memindahkan Kasat Reskrim Polres Lubuk Tinggi AKP Hendra Gunawan ke Yanma Polda \
karena istrinya mencalonkan diri sebagai wakil bupati.
"""


@pytest.fixture(scope="module")
def cyber_patrol(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("cyber_patrol"), {"patroli_bukit_barisan.md": CYBER_PATROL})


def test_the_questions_own_count_is_no_answer_end_to_end(cyber_patrol: Assistant) -> None:
    count = cyber_patrol.ask(
        "Dari 12 akun temuan patroli siber Polda Bukit Barisan, berapa yang berasal dari Polres Lubuk Tinggi?"
    )
    assert count.abstained, count.text
    # the same story still answers what it tells
    told = cyber_patrol.ask("Berapa akun polisi yang ditemukan patroli siber Polda Bukit Barisan?")
    assert not told.abstained and "12 akun" in told.text, told.text
    moved = cyber_patrol.ask("Siapa yang dipindahkan Polda Bukit Barisan ke Yanma karena istrinya mencalonkan diri?")
    assert not moved.abstained and "Hendra Gunawan" in moved.text, moved.text


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # a hearing proposed is no sanction imposed
        (
            "Akhirnya Aipda MS dijatuhi sanksi apa oleh pimpinan sidang disiplin?",
            ["Kapolres menyatakan Aipda MS telah diusulkan menjalani sidang disiplin."],
            "what_sanction",
        ),
        # … nor a demotion only recommended
        (
            "What sanction was imposed on Bripda KL?",
            ["Propam merekomendasikan demosi bagi Bripda KL kepada pimpinan."],
            "what_sanction",
        ),
        (
            "Bripka AS dijatuhi hukuman apa?",
            [
                "Bripka AS terbukti berfoto dengan calon.",
                "Ia dijatuhi teguran tertulis dan penundaan kenaikan pangkat.",
            ],
            None,
        ),
        # another officer's sanction is not the asked one's
        (
            "Bripka AS dijatuhi hukuman apa?",
            ["Bripka AS diusulkan menjalani sidang.", "Brigpol RN dijatuhi teguran tertulis."],
            "what_sanction",
        ),
        # a rule book's sanction answers a question about what may be imposed
        (
            "Apa sanksi paling berat bagi anggota yang jadi pengurus partai?",
            ["Pelanggaran kode etik dapat dijatuhi sanksi sampai dengan pemberhentian tidak dengan hormat (PTDH)."],
            None,
        ),
        # denied, threatened or a transfer: no sanction imposed
        (
            "Akhirnya Aipda MS dijatuhi sanksi apa?",
            [
                "Aipda MS belum dijatuhi sanksi disiplin.",
                "Propam akan memberikan sanksi tegas bila ia terbukti bersalah.",
                "Ia dimutasi ke Yanma, dan itu bukan sanksi.",
            ],
            "what_sanction",
        ),
        ("Apa sanksinya?", ["Anggota yang tidak netral dijatuhi teguran tertulis."], None),
        # a question that asks no sanction is not checked
        ("Apa yang dilakukan Aipda MS?", ["Aipda MS telah diusulkan menjalani sidang disiplin."], None),
        ("Personel yang berjaga di TPS mendapat apa dari Polres?", ["Personel menerima uang saku."], None),
    ],
)
def test_a_sanction_question_needs_a_sanction_the_text_does_not_only_propose(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing


# A hearing's lead says what three officers did; the sanction of each is a later sentence. A fourth officer's
# sanction is only proposed.
HEARING = """---
title: "Tiga Anggota Polres Lembah Hijau Jalani Sidang Disiplin"
source: "Warta Lembah"
date: "2024-10-28"
kind: news
---

LEMBAH HIJAU, Warta Lembah – Polres Lembah Hijau menggelar sidang disiplin bagi tiga anggotanya, Senin \
(28/10/2024). Ketiga anggota tersebut masing-masing berpangkat Bripka, Brigpol dan Bripda. Mereka diketahui \
mengunggah ulang materi kampanye salah satu pasangan calon bupati, dan salah satunya ikut mengenakan kaus \
bergambar pasangan calon saat menghadiri pertemuan warga di Kecamatan Air Jernih.

Bripka berinisial TW, yang mengenakan kaus paslon, dijatuhi hukuman penundaan kenaikan pangkat selama satu tahun \
dan penempatan di tempat khusus selama 21 hari.

Adapun Aiptu berinisial GS, yang hadir di posko pemenangan, telah diusulkan menjalani sidang kode etik.
"""


@pytest.fixture(scope="module")
def hearing(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return with_articles(tmp_path_factory.mktemp("hearing"), {"sidang_lembah_hijau.md": HEARING})


def test_what_sanction_is_answered_by_the_sentence_that_names_it(hearing: Assistant) -> None:
    # The lead holds most of the question's words (kaus, pertemuan warga, Air Jernih) and no sanction.
    for question in (
        "Apa hukuman bagi Bripka yang memakai kaus paslon di pertemuan warga Kecamatan Air Jernih?",
        "What punishment did the Bripka who wore a candidate T-shirt at the residents' meeting in Air Jernih receive?",
    ):
        answer = hearing.ask(question)
        assert not answer.abstained and "penundaan kenaikan pangkat" in answer.text, answer.text


def test_a_sanction_only_proposed_is_not_given_as_the_one_imposed(hearing: Assistant) -> None:
    answer = hearing.ask("Akhirnya Aiptu GS dijatuhi sanksi apa?")
    assert answer.abstained and "sanksi yang dijatuhkan" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # "which officer" is answered by an officer named by rank and name or initials, not by "one officer"
        (
            "Dalam rekap akhir tahun Propam, siapa personel yang didemosi lewat sidang KKEP?",
            ["Satu personel lainnya dijatuhi demosi melalui sidang Komisi Kode Etik Polri."],
            "what_who",
        ),
        ("Siapa personel yang didemosi?", ["Bripka AS dijatuhi demosi melalui sidang Komisi Kode Etik Polri."], None),
        ("Which officer was demoted?", ["Sidang menjatuhkan demosi kepada Aipda Rudi Hartono."], None),
        # who said something, or who a civilian is, asks no officer
        ("Siapa yang menyebut aparat harus netral?", ["Ketua Bawaslu Rosalina Pardede menyebut hal itu."], None),
        # a who-said about an officer: the speaker may be named where the article introduced them
        ("Siapa polisi yang mengatakan anggota harus netral?", ["“Anggota harus netral,” ujarnya."], None),
        # initials without a rank before them still name the officer
        ("Siapa personel yang dipecat?", ["Seorang anggota berinisial RK (41) terbukti menjadi pengurus tim."], None),
    ],
)
def test_which_officer_needs_an_officer_named_by_rank(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing


_SANCTIONS = (
    "Hukuman disiplin berupa teguran tertulis, penundaan mengikuti pendidikan paling lama 1 (satu) tahun, penundaan "
    "kenaikan gaji berkala, penundaan kenaikan pangkat paling lama 1 (satu) tahun, atau penempatan dalam tempat "
    "khusus paling lama 21 (dua puluh satu) hari."
)


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # a day of the month is asked: a month and year, or a plan, do not give it
        ("Tanggal berapa sidang disiplin Bripka DW digelar?", ["Sidang digelar pada Oktober 2024."], "what_date"),
        ("Sebutkan tanggal terbit edisi revisi.", ["5. Drafnya masih dibahas bersama Bidang Hukum."], "what_date"),
        ("On what date was the hearing held?", ["Sidang itu digelar pada 2024."], "what_date"),
        ("Tanggal berapa sidang disiplin Bripka DW digelar?", ["Sidang digelar Selasa (15/10/2024)."], None),
        ("Sebutkan tanggal pelaksanaan apel.", ["Apel digelar pada 24–26 November 2024."], None),
        ("On what date was the hearing held?", ["Sidang digelar 15 Oktober 2024 di Mapolres."], None),
        # the item of a list the question names has no number of its own: the others' are not its
        ("Kalau saya kena penundaan kenaikan gaji berkala, berapa lama ditundanya?", [_SANCTIONS], "what_duration"),
        ("Berapa lama penempatan dalam tempat khusus paling lama?", [_SANCTIONS], None),
    ],
)
def test_a_date_or_an_items_count_is_the_asked_ones(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # an allowance asked, four words after "how much": a count of personnel is no amount of money
        (
            "How much is the daily meal allowance for officers guarding polling stations?",
            ["Sebanyak 538 personel Polres Kayu Arang mengikuti apel pergeseran pasukan."],
            "what_amount",
        ),
        # a score: the year a booklet was printed is no score …
        (
            "What is the minimum passing score on the online test?",
            ["Disusun oleh Bid Propam, cetakan pertama Oktober 2024.", "Personel mengikuti tes pemahaman daring."],
            "what_how_many",
        ),
        # … a number is
        ("Berapa nilai minimal kelulusan tes daring itu?", ["Nilai minimal kelulusan tes adalah 70."], None),
        ("What is the minimum passing score on the online test?", ["Nilai kelulusan tes daring adalah 70."], None),
        # a time of day: a date is none, a clock time is
        ("What time do I have to be at my TPS?", ["Personel bergeser ke TPS, Senin (25/11/2024)."], "what_when"),
        ("Jam berapa saya harus tiba di TPS?", ["Tiba di TPS paling lambat pukul 05.30."], None),
        # a posting: a recommended move names no unit; a move "ke" a unit does
        (
            "Ke satuan mana Bripka YR dimutasi sebagai hukuman demosi?",
            ["Untuk Bripka YR, Seksi Propam merekomendasikan mutasi yang bersifat demosi."],
            "what_where",
        ),
        (
            "Where was the Kasat Reskrim transferred?",
            ["Polda memindahkan Kasat Reskrim AKP Benny ke Bagian Pelayanan Markas (Yanma)."],
            None,
        ),
    ],
)
def test_a_score_an_allowance_a_clock_time_and_a_posting_need_their_own_kind_of_span(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing


@pytest.mark.parametrize(
    ("question", "quoted", "missing"),
    [
        # a WhatsApp number asked is not a count of the questions the clinic received
        (
            "Kalau mau konsultasi ke Klinik Netralitas lewat WhatsApp, nomornya berapa ya?",
            ["Sampai 23 Oktober ada 286 pertanyaan."],
            "what_how_many",
        ),
        ("What is the hotline number of Propam?", ["Aduan dapat disampaikan ke hotline Propam 0811-4402-1717."], None),
        # "nomor urut berapa" asks a ballot number, not a telephone
        ("Paslon itu nomor urut berapa?", ["Paslon nomor urut 2 hadir."], None),
        # hours asked are not given by years or working days
        (
            "How many hours of coaching does the booklet require after an oral warning?",
            ["Sidang menjatuhkan demosi selama dua tahun.", "Ia mengajukan banding empat hari kerja kemudian."],
            "what_duration",
        ),
        ("Berapa jam pelatihan itu berlangsung?", ["Pelatihan berlangsung delapan jam di aula."], None),
    ],
)
def test_a_telephone_number_and_a_duration_in_hours_need_their_own_kind_of_span(
    analyzer: Analyzer, question: str, quoted: list[str], missing: str | None
) -> None:
    assert missing_type(analyze(question, analyzer), quoted) == missing
