"""What a question concedes and the purposes it gives (`lang.situations`)."""

from lang.situations import (
    act_core,
    asking_sentence,
    asks_about_relative,
    checked_claim,
    purposes,
    without_concession,
    without_dates,
    without_frame,
    without_source,
)


def test_a_concession_is_dropped() -> None:
    text = "Apakah saya boleh menolong warga walaupun ia memakai kaus salah satu calon?"
    assert without_concession(text) == "Apakah saya boleh menolong warga?"
    assert without_concession("May I help him, even though he wears a party shirt?") == "May I help him?"


def test_the_terms_an_asker_proposes_are_dropped_with_concessions() -> None:
    text = "Bolehkah saya ikut konvoi kampanye asal memakai baju biasa?"
    assert without_concession(text) == "Bolehkah saya ikut konvoi kampanye?"
    assert without_concession("Can I join the rally as long as I am off duty?") == "Can I join the rally?"


def test_purposes_and_reasons_but_not_the_to_of_allowed_to() -> None:
    assert purposes("Can I go inside to watch the vote count?") == "watch the vote count"
    assert purposes("Am I allowed to go? Is it okay for me to accept it?") == ""
    assert purposes("Boleh saya masuk TPS karena ada keributan?") == "ada keributan"


def test_a_bare_is_that_right_checks_the_claim_before_it() -> None:
    text = "Saya baca di sebuah blog bahwa polisi boleh ikut kampanye di luar jam dinas. Benar begitu?"
    assert checked_claim(text) == "polisi boleh ikut kampanye di luar jam dinas."
    assert checked_claim("A blog says officers may serve as KPPS members. Is that right?") == (
        "officers may serve as KPPS members."
    )
    asked = "Saya sedang cuti. Bolehkah saya ikut konvoi?"
    assert checked_claim(asked) == asked


def test_the_words_that_ask_for_a_verdict_are_not_the_act() -> None:
    assert " ".join(without_frame("Saya mengawal paslon. Apakah itu melanggar netralitas?").split()) == (
        "Saya mengawal paslon. Apakah itu ?"
    )
    assert (
        without_frame("Apa hukumnya jika Kapolsek mempersulit izin?").split()
        == "jika Kapolsek mempersulit izin?".split()
    )


def test_the_act_without_the_setting_that_trails_it() -> None:
    text = "Bolehkah saya memberikan sambutan di acara pengajian yang dihadiri paslon?"
    assert act_core(text) == "Bolehkah saya memberikan sambutan"
    assert (
        act_core("May I join the crowd in chanting slogans while escorting?")
        == "May I join the crowd in chanting slogans"
    )
    assert act_core("Bolehkah saya ikut berkampanye?") == "Bolehkah saya ikut berkampanye?"


def test_a_question_about_what_a_relative_may_do_is_told_from_one_about_the_officer() -> None:
    for text in (
        "Can my wife vote?",
        "Bolehkah istri saya ikut kampanye?",
        "Apakah istri polisi boleh memilih di pilkada?",
        "Is my son allowed to join a campaign team?",
        "Saya baca bahwa anak polisi tidak boleh ikut kampanye. Benar begitu?",
    ):
        assert asks_about_relative(text), text
    for text in (
        "Apakah saya boleh menyuruh anak saya mencoblos calon tertentu?",
        "My wife is a candidate. Can I attend her family gathering?",
        "My wife is a candidate. Can her campaign team meet at our police housing?",
        "Apakah ibu kota Korea?",
    ):
        assert not asks_about_relative(text), text


def test_the_guideline_named_as_the_source_is_dropped_where_it_opens_or_closes_the_question() -> None:
    assert without_source("Apa saja kewajiban anggota Polri selama Pilkada menurut buku saku netralitas?") == (
        "Apa saja kewajiban anggota Polri selama Pilkada?"
    )
    assert without_source("Apa saja dasar hukum netralitas yang dicantumkan dalam buku saku?") == (
        "Apa saja dasar hukum netralitas?"
    )
    assert without_source("How many hours must officers train according to the pocket book?") == (
        "How many hours must officers train?"
    )
    assert without_source("Menurut buku saku, bolehkah saya berfoto dengan paslon?") == (
        "Bolehkah saya berfoto dengan paslon?"
    )
    assert without_source("According to the neutrality pocket book, what are my duties?") == "What are my duties?"
    assert without_source("Apa sanksinya di dalam buku saku?") == "Apa sanksinya?"


def test_the_guideline_as_the_topic_stays() -> None:
    for text in (
        "Kapan Polresta Magelang menyerahkan buku saku netralitas kepada personel?",
        "Berapa jumlah personel yang menerima buku saku?",
        "Menurut pedoman?",  # nothing else would be left
        "berapakah jumlah populasi di seoul?",  # as typed, lower case and all
        "Apa yang diatur dalam buku saku?",  # what the book holds is what is asked
        "What is in the handbook?",
    ):
        assert without_source(text) == text


def test_the_date_an_officer_means_to_act_on_is_dropped() -> None:
    assert without_dates("Can I vote in the election on 27 November?") == "Can I vote in the election?"
    assert without_dates("Bolehkah saya cuti pada 27 November 2024?") == "Bolehkah saya cuti?"
    assert without_dates("May I go on November 27, 2024 to the rally?") == "May I go to the rally?"
    assert without_dates("Bolehkah saya hadir tanggal 27/11?") == "Bolehkah saya hadir?"
    assert without_dates("Can I attend on 27/11/2024?") == "Can I attend?"
    # a bare slash is a fraction as often as a date
    assert without_dates("Bolehkah 1/2 regu ikut apel kampanye?") == "Bolehkah 1/2 regu ikut apel kampanye?"
    # A number that is no date stays: it may be the act ("paslon nomor 2", "275 personel").
    assert without_dates("Bolehkah saya memakai kaus paslon nomor 2?") == "Bolehkah saya memakai kaus paslon nomor 2?"


def test_the_sentence_that_asks_is_the_last_one_with_a_question_mark() -> None:
    # a setting may follow the question ("Katanya calon bupati juga bakal hadir.") or come before it
    assert asking_sentence("Boleh nggak saya datang ke pengajian? Katanya calon bupati juga hadir.") == (
        "Boleh nggak saya datang ke pengajian?"
    )
    assert asking_sentence("Saya sedang cuti. Bolehkah saya ikut konvoi?") == "Bolehkah saya ikut konvoi?"
    assert asking_sentence("Saya sedang cuti. Jelaskan aturannya.") == "Jelaskan aturannya."


def test_a_follow_up_asking_only_for_conditions_leaves_the_asking_to_the_question_before() -> None:
    text = "Paslon kadang salat di masjid dekat rumah. Saya masih boleh jamaah di sana? Ada syaratnya?"
    assert asking_sentence(text) == "Saya masih boleh jamaah di sana?"
    assert asking_sentence("Can I attend my cousin's wedding? Any conditions?") == "Can I attend my cousin's wedding?"
    # … while a second question of its own asks
    assert asking_sentence("Boleh saya datang? Siapa yang harus saya beri tahu?") == (
        "Siapa yang harus saya beri tahu?"
    )
