"""Typed answer spans and speaker attribution, on sentences from the seed articles."""

from assistant.evidence import answer_spans
from assistant.question import Kind
from lang.quotes import speaker


def test_when_spans() -> None:
    sentence = "pelaksanaan pengamanan kampanye pemilu akan dimulai pada 28 November 2023 hingga 10 Februari 2024."
    assert answer_spans(Kind.WHEN, sentence) == ["28 November 2023 hingga 10 Februari 2024"]
    assert answer_spans(Kind.WHEN, "bertempat di Lapangan, Senin (20/11/2023).") == ["Senin (20/11/2023)"]


def test_how_many_ignores_years_and_law_numbers() -> None:
    assert answer_spans(Kind.HOW_MANY, "Sebanyak 556 Personel Polres OKU Timur, mengikuti apel") == [
        "Sebanyak 556 Personel Polres OKU Timur"
    ]
    assert answer_spans(Kind.HOW_MANY, "Pemilu 2024 sesuai Undang-Undang Nomor 2 Tahun 2002") == []


def test_a_count_is_the_whole_number_with_its_noun() -> None:
    # FacQA sentences: the lead was "5 jam" for "1,5 jam", "6.000 per" without its currency, a date for a count,
    # and "500 sekolah di Aceh dan" (lower-case words read as the noun's capitalised name).
    assert answer_spans(Kind.HOW_MANY, "ditempuh sekitar 1,5 jam dari Pantai Anyer", "Berapa jam?") == ["1,5 jam"]
    assert answer_spans(Kind.HOW_MANY, "iuran Rp 6.000 per keluarga tiap bulan") == ["Rp 6.000 per keluarga"]
    assert answer_spans(Kind.HOW_MANY, "luasnya 3.327.810 hektar") == ["3.327.810 hektar"]
    assert answer_spans(Kind.HOW_MANY, "UNICEF membangun 500 sekolah di Aceh dan Nias") == ["500 sekolah"]
    assert answer_spans(Kind.HOW_MANY, "Sejak 10 Oktober, sebanyak 166 negara ikut") == ["sebanyak 166 negara"]


def test_a_count_question_may_ask_for_a_year_a_length_of_time_or_an_ordinal() -> None:
    sentence = "Pada 2003 ada 56 keluarga yang menikmati PLTS selama tiga tahun, dan 4 jam sehari"
    assert answer_spans(Kind.HOW_MANY, sentence, "Sejak tahun berapa 56 keluarga menikmati PLTS?") == ["2003"]
    assert answer_spans(Kind.HOW_MANY, sentence, "Berapa lama PLTS menyala?") == ["4 jam"]
    assert answer_spans(Kind.HOW_MANY, sentence, "Berapa keluarga menikmati PLTS?") == ["56 keluarga", "4 jam"]
    assert answer_spans(Kind.HOW_MANY, "HUT RI ke-60 tahun 2005", "Ulang tahun RI ke berapakah tahun ini?") == []


def test_law_spans() -> None:
    assert answer_spans(Kind.LAW, "Sesuai amanat Undang-Undang Nomor 2 Tahun 2002 tentang Polri, seluruh anggota") == [
        "Undang-Undang Nomor 2 Tahun 2002 tentang Polri"
    ]
    telegram = "berdasarkan Surat Telegram Kapolres OKUT Nomor : ST/147/XI/KEP./2023 tanggal 17 November 2023"
    assert answer_spans(Kind.LAW, telegram) == ["Surat Telegram Kapolres OKUT Nomor : ST/147/XI/KEP./2023"]


def test_where_spans_stop_before_the_day() -> None:
    sentence = "bertempat di Lapangan Satya Haprabu Polres OKU Timur, Senin (20/11/2023)."
    assert answer_spans(Kind.WHERE, sentence) == ["Lapangan Satya Haprabu Polres OKU Timur"]


def test_named_speaker_is_resolved_to_the_full_introduction() -> None:
    before = "Kegiatan ini dipimpin langsung oleh Kapolsek Bululawang, Kompol Ainun Djariyah, dan dihadiri warga."
    person, named_here = speaker("“Semua pihak harus menjaga sikap profesional,” kata Kompol Ainun.", before)
    assert person is not None and named_here
    assert (person.name, person.role) == ("Ainun Djariyah", "Kapolsek Bululawang")


def test_pronoun_speaker_is_the_last_person_mentioned_before() -> None:
    before = (
        "Kapolresta Magelang, Kombes Pol Mustofa, S.I.K., M.H., memimpin apel. "
        "“Pembagian Buku Saku ini merupakan komitmen nyata Polri,” ungkap Kombes Pol Mustofa."
    )
    person, named_here = speaker("“Kami ingin memastikan semua anggota dapat mengakses panduan ini,” jelasnya.", before)
    assert person is not None and not named_here
    assert person.label == "Kombes Pol Mustofa (Kapolresta Magelang)"


def test_no_speaker_without_speech() -> None:
    assert speaker("Mekanisme pengamanan itu dibahas melalui rapat koordinasi.", "") == (None, False)
