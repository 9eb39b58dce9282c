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
