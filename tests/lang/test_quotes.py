"""Who a pronoun attribution ("ujarnya", "kata dia", "tambahnya") means (`lang.quotes.speaker`)."""

from lang.quotes import speaker

RANKED = (
    "Kapolres Tanjung Asri, AKBP Sari Wulandari, membuka kegiatan itu.\n\n"
    "“Kami tidak akan ragu menindak anggota yang tidak netral,” ujar AKBP Sari."
)


def test_a_pronoun_means_the_last_person_introduced_with_rank_even_after_an_appositive() -> None:
    before = RANKED + "\n\nSementara itu, Kasi Humas Polres Tanjung Asri, Iptu Gilang Permana, menjelaskan hal lain."
    person, named_here = speaker("“Laporan bisa dikirim lewat pesan singkat,” kata dia.", before)
    assert person is not None and person.name == "Gilang Permana" and not named_here


def test_a_civilian_introduced_by_their_post_is_the_speaker_of_the_pronoun_after_them() -> None:
    before = (
        RANKED + "\n\nKetua Bawaslu Tanjung Asri, Rudi Hartono, mengajak warga ikut mengawasi.\n\n"
        "“Silakan lapor bila melihat aparat berpihak,” kata Rudi."
    )
    person, named_here = speaker("“Pengawas kami hanya sedikit,” tambahnya.", before)
    assert person is not None and not named_here
    assert (person.name, person.role) == ("Rudi Hartono", "Ketua Bawaslu Tanjung Asri")


def test_a_pronoun_after_a_civilian_introduced_without_a_post_means_that_civilian_not_the_officer_before() -> None:
    """Introduced without a post before the name, the civilian is no person the index knows; naming the officer
    would be a wrong speaker, the worst answer a journalist can get. "kata Rudi" gives the full name once."""
    before = (
        RANKED + "\n\nRudi Hartono dari Bawaslu mengajak warga ikut mengawasi.\n\n"
        "“Silakan lapor bila melihat aparat berpihak,” kata Rudi."
    )
    person, _ = speaker("“Pengawas kami hanya sedikit,” tambahnya.", before)
    assert person is not None and person.name == "Rudi Hartono"


def test_menurut_dia_means_the_civilian_who_judged_just_before_not_the_officer_the_sentence_names() -> None:
    """In "Menurut dia, nama Aipda BR tidak tercantum …" the pronoun is the speaker, Aipda BR is what was said."""
    before = (
        "Bawaslu Kabupaten Lembo Tinalu dan Polres Lembo Tinalu berbeda pendapat mengenai kehadiran Aipda BR.\n\n"
        "Ketua Bawaslu Kabupaten Lembo Tinalu Yuliana Sombolinggi menilai kehadiran itu sebagai pelanggaran. "
    )
    person, named_here = speaker("Menurut dia, nama Aipda BR tidak tercantum dalam surat perintah.", before)
    assert person is not None and person.name == "Yuliana Sombolinggi" and not named_here
    # … and after an officer, the officer
    person, _ = speaker("Menurut dia, nama Aipda BR tidak tercantum.", "Kapolres AKBP Joko Susilo hadir. ")
    assert person is not None and person.name == "Joko Susilo"


def test_a_civilian_judging_is_named_by_their_own_words_not_their_post_office_or_place() -> None:
    # a bare word after a post may be its place: no one is named
    for before in (
        "Ketua Bawaslu Sombolinggi menilai kehadiran itu keliru.",
        "Kapolresta Magelang menegaskan hal itu.",
    ):
        person, _ = speaker("“Itu pelanggaran,” katanya.", before)
        assert person is None, before
    before = (
        "Kompolnas mengunjungi Polres Gunung Sepuh.\n\n"
        "Komisioner Kompolnas Arief Santosa Wibowo menilai komitmen netralitas di sana sudah cukup baik."
    )
    person, _ = speaker("“Netralitas bukan pilihan,” katanya.", before)
    assert person is not None and person.name == "Arief Santosa Wibowo"


def test_a_place_or_an_office_between_commas_is_not_a_person() -> None:
    before = (
        "Kepala Lorong Dusun I, Desa Sido Urip, mengatakan hal itu.\n\n"
        "Ketua BPK, Menteri Keuangan, dan Gubernur hadir dalam rapat."
    )
    person, _ = speaker("“Kami siap,” katanya.", before)
    assert person is None


def test_a_pronoun_after_the_same_officer_speaks_again_stays_with_her() -> None:
    before = RANKED + "\n\nSari mengatakan bahwa apel digelar setiap pekan."
    person, _ = speaker("“Semua wajib hadir,” tambahnya.", before)
    assert person is None or person.name != "Gilang Permana"


def test_a_description_that_points_back_means_the_person_named_before() -> None:
    # "kata mantan Kasat Binmas … tersebut": the article describes the speaker it just named, it names no one new.
    before = RANKED + "\n\nSari menambahkan, seluruh Bhabinkamtibmas sudah diminta menolak ajakan berfoto."
    for attribution in ("kata mantan Kasat Binmas Polres Air Kelabu tersebut.", "ujar perwira menengah itu."):
        person, named_here = speaker(f"“Seragam itu milik semua warga desa,” {attribution}", before)
        assert person is not None and person.name == "Sari Wulandari" and not named_here, attribution


def test_a_that_of_the_topic_is_no_description_of_the_speaker() -> None:
    # "kata Kapolres soal kasus itu": "itu" is the case's; the speaker is not the last person named (Gilang).
    before = RANKED + "\n\nSementara itu, Kasi Humas Polres Tanjung Asri, Iptu Gilang Permana, menjelaskan hal lain."
    person, _ = speaker("“Kami akan tegas,” kata Kapolres soal kasus itu.", before)
    assert person is None or person.name != "Gilang Permana"


def test_a_speaker_described_by_what_the_text_said_they_did_is_the_person_who_did_it() -> None:
    # "tutur perwira menengah yang memimpin sidang itu": the chair the article named, not the prosecutor quoted
    # just before (the last person named, whom a pronoun would mean).
    before = (
        "Sidang kode etik itu dipimpin Karo SDM Polda Tanjung Asri Kombes Pol Hendra Wijaya.\n\n"
        "Penuntut AKBP Rina Oktaviani menuntut demosi empat tahun.\n\n"
        "“Ia memanfaatkan kepercayaan warga,” ujar Rina."
    )
    person, named_here = speaker(
        "“Bhabinkamtibmas adalah wajah Polri di desa,” tutur perwira menengah yang memimpin sidang itu seusai "
        "membacakan putusan.",
        before,
    )
    assert person is not None and person.name == "Hendra Wijaya" and not named_here


def test_a_described_speaker_two_people_fit_is_not_guessed() -> None:
    before = "Sidang pertama dipimpin Kombes Pol Hendra Wijaya.\n\nSidang kedua dipimpin AKBP Rina Oktaviani."
    person, _ = speaker("“Kami tegas,” tutur perwira yang memimpin sidang itu.", before)
    assert person is None


def test_a_person_the_reported_words_are_about_is_not_their_speaker() -> None:
    # The Bawaslu chair, a civilian the index does not read as a person, says something about Aipda RK: the
    # officer named after "mengatakan" is what was said, not who said it (a wrong speaker is the worst answer).
    sentence = (
        "Secara terpisah, Ketua Bawaslu Kabupaten Ranah Lima Yohanes Sitepu mengatakan pihaknya masih mengkaji "
        "apakah perbuatan Aipda RK memenuhi unsur pidana."
    )
    person, _ = speaker(sentence, "")
    assert person is None or person.name != "RK"
    # … while a person named right after the verb, after their post, is its speaker
    person, named_here = speaker("Hal itu dijelaskan, kata Kasi Propam Polres Ranah Lima Iptu Dewi Sartika.", "")
    assert person is not None and person.name == "Dewi Sartika" and named_here


def test_a_pronoun_after_a_civilian_who_judged_something_is_not_given_to_the_officer_before() -> None:
    # "Komisioner Kompolnas Arief … menilai …": a civilian the index cannot read, who then speaks ("katanya")
    before = (
        "Rombongan Kompolnas diterima Kapolres Gunung Lima AKBP Indra Maulana.\n\n"
        "Komisioner Kompolnas Arief Santosa menilai komitmen netralitas di Polres Gunung Lima sudah baik."
    )
    person, _ = speaker("“Netralitas bukan pilihan, tetapi perintah undang-undang,” katanya.", before)
    assert person is not None and person.name == "Arief Santosa"


def test_the_object_of_a_reporting_verb_is_what_was_said_not_who_said_it() -> None:
    for sentence in (
        "Ketua Bawaslu Gelam Hulu Yohanes Tarigan mengatakan Aipda RK terbukti mengumpulkan KTP.",
        "Kapolres Gelam Hulu meminta Aipda RK tidak mengulangi perbuatannya.",
    ):
        person, _ = speaker(sentence, "")
        assert person is None or person.name != "RK", sentence
    # the accused the hearing was about did not lead it
    person, _ = speaker(
        "“Kami netral,” tutur perwira menengah yang memimpin sidang itu.",
        "Sidang kode etik terhadap Aipda RK dipimpin Karo SDM Polda.",
    )
    assert person is None


def test_the_speaker_is_found_however_the_sentence_opens_or_introduces_them() -> None:
    cases = {
        "Lebih lanjut, Kasat Binmas AKP Rudi Hartono mengatakan anggota harus netral.": "Rudi Hartono",
        "Dengan tegas, Kapolres Gelam Hulu AKBP Budi Santoso menyatakan anggota harus netral.": "Budi Santoso",
        "“Kami netral,” ujar mantan Kasat Binmas AKP Rudi Hartono.": "Rudi Hartono",
        "“Kami netral,” kata salah satu anggota, Bripka Yudi Pratama.": "Yudi Pratama",
        "Menurut keterangan Kasi Propam Iptu Dewi Lestari, anggota harus netral.": "Dewi Lestari",
        "Menanggapi unggahan yang menyebutkan polisi berpihak, Kapolres AKBP Budi Santoso mengatakan pihaknya "
        "netral.": "Budi Santoso",
    }
    for sentence, name in cases.items():
        person, _ = speaker(sentence, "")
        assert person is not None and person.name == name, sentence
    # a capitalised word after "berharap" is what was hoped for, not a speaker the pronoun could mean instead
    person, _ = speaker("“Kami netral,” ujarnya.", "Kapolres Gelam Hulu AKBP Budi Santoso berharap Pemilu damai.")
    assert person is not None and person.name == "Budi Santoso"


def test_a_quote_attributed_by_a_bare_name_is_the_one_person_introduced_with_that_name() -> None:
    """A civilian introduced after a long description ("Anggota Bawaslu … yang membidangi …, Nurhayati
    Simanjorang,") is no person the index knows; "ujar Nurhayati" still names her."""
    before = (
        RANKED + "\n\nAnggota Bawaslu Provinsi Tanjung Asri yang membidangi penanganan pelanggaran, Nurhayati "
        "Simanjorang, mengatakan sebagian besar dugaan berawal dari media sosial."
    )
    quote = "“Pelanggaran sekarang lebih banyak terjadi di layar ponsel,” ujar Nurhayati."
    person, named_here = speaker(quote, before)
    assert person is not None and person.name == "Nurhayati Simanjorang" and named_here
    # two people the text introduces with that name: which one said it is not certain
    twice = before + "\n\nNurhayati Lubis dari LBH setempat menyampaikan hal serupa."
    assert speaker(quote, twice)[0] is None


def test_a_bare_first_name_opening_the_sentence_before_the_quote_means_the_civilian_it_starts() -> None:
    before = (
        "Program itu menghadirkan Kabid Propam Polda Tanjung Asri Kombes Pol Rudolf Manafe dan Ketua Bawaslu "
        "Provinsi Yusran Batubara.\n\nManafe memastikan aduan anonim tetap ditindaklanjuti.\n\n"
        "Yusran memberi penjelasan dari sisi pengawas pemilu. "
    )
    person, _ = speaker("“Pesan tanpa nama tetap kami catat,” katanya.", before)
    assert person is not None and person.name == "Yusran Batubara"


def test_menyebut_before_a_name_reports_what_was_said_of_that_person_not_who_spoke() -> None:
    """ "Haryo menyebut Rahmat melihat …" is Haryo speaking about Rahmat; a body opening the sentence ("Bawaslu
    menyebut …") is no person's first name; the officer a relative clause "…, yang … menyebut …" follows spoke."""
    before = (
        "Kapolres Tanjung Asri AKBP Haryo Wibowo memimpin pemeriksaan. Saksi kunci, Rahmat Hidayat, hadir.\n\n"
        "Haryo menyebut Rahmat melihat langsung pembagian amplop. "
    )
    person, _ = speaker("“Kami sudah memeriksa tiga saksi,” ujarnya.", before)
    assert person is not None and person.name == "Haryo Wibowo"
    person, _ = speaker(
        "“Ada sebelas laporan,” katanya.", "Bawaslu Kabupaten Tanjung Asri hadir. Bawaslu menyebut ada 11 laporan. "
    )
    assert person is None or "Bawaslu" not in person.name
    person, named_here = speaker(
        "Polda meluruskan pernyataan Kasi Humas Polres Tanjung Asri, AKP Darius Nenobais, yang pada Senin menyebut "
        "dua anggota “dipastikan dipecat”.",
        "",
    )
    assert person is not None and person.name == "Darius Nenobais" and named_here


def test_a_civilian_whose_judgement_follows_a_relative_clause_is_the_speaker_of_the_next_pronoun() -> None:
    """ "Pengamat …, Dr. Laksmi Purbasari, yang hadir dalam diskusi itu, menilai …" then "…,” katanya.": the pronoun
    means the civilian who judged, not the coordinator quoted before her (a wrong speaker is the worst answer)."""
    before = (
        "Koordinator Forum Pantau Sela, Barnabas Hehanussa, memaparkan temuan forum.\n\n"
        "“Sanksinya tidak pernah diumumkan,” ujar Barnabas.\n\n"
        "Pengamat kebijakan publik Universitas Lembah Sari, Dr. Laksmi Purbasari, yang hadir dalam diskusi itu, "
        "menilai teguran lisan terlalu ringan."
    )
    person, named_here = speaker("“Hukuman yang disembunyikan tidak mendidik siapa pun,” katanya.", before)
    assert person is not None and person.name == "Laksmi Purbasari" and not named_here


def test_a_bodys_report_judging_after_a_relative_clause_names_no_speaker() -> None:
    before = (
        RANKED + "\n\nLaporan Lembaga Pemantau Suara Rakyat, yang dirilis Selasa lalu, menilai penanganan laporan "
        "lambat."
    )
    person, _ = speaker("“Kami tetap memproses setiap laporan,” katanya.", before)
    assert person is not None and person.name == "Sari Wulandari"
