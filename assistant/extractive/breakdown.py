"""A summary that asks how many fell under each kind is answered by the sentence that breaks a total down.

"Summarize the September cyber patrol findings: what kinds of violations were found and how many accounts fell
under each?" The press gives the breakdown in one sentence ("Dari 23 akun tersebut, 11 akun kedapatan menyukai
…, tujuh akun membagikan ulang …, tiga akun …"), which shares only its noun with the question: the selector
ranked it fourth, and the three above it filled the summary's budget.
"""

import re

from assistant.extractive.asked_type import NUMBER_WORDS
from assistant.extractive.candidates import Candidate, unretrieved_sentences
from assistant.extractive.other_entity import other_entity
from assistant.question import Kind, Question
from assistant.retrieve import Corpus
from lang.vocabulary import MONTH_NUMBERS, TIME_UNITS

# "per jenis", "masing-masing", "how many … each", "berapa … setiap": the question asks for a count per kind
_ASKS_PER_KIND = re.compile(
    r"\b(?:per\s+(?:jenis|kategori|bentuk|kind|type)|masing-masing|rincian(?:nya)?|breakdown|each|setiap\s+jenis)\b",
    re.I,
)
_NUMBER = rf"(?:\d+(?:[.,]\d+)*|(?:{NUMBER_WORDS})(?:\s+(?:belas|puluh|ratus))?)"
_COUNTED = re.compile(rf"(?<![\w.,]){_NUMBER}\s+(?P<noun>[a-z]+)", re.I)
# Units that count no kind of thing: days and months of a schedule ("14 hari, 21 hari"; "5 November, 12
# November"), hours, money, a law's parts.
_UNIT = re.compile(
    rf"(?:{TIME_UNITS}|{'|'.join(MONTH_NUMBERS)}|wib|wita|wit|juta|ribu|miliar|triliun|persen|huruf|ayat|pasal|nomor)",
    re.I,
)
MIN_PARTS = 3  # a total and two parts, or three parts
# The documents a breakdown may come from: the best sentence's and those of the selector's next best (sr39: the
# best sentence was a commentator's remark on the patrol, the findings' report came next).
LOOK_AT = 3


def breakdown(question: Question, best: Candidate, ranked: list[Candidate], corpus: Corpus) -> Candidate | None:
    """For a summary asking for a count per kind, the best-ranked sentence that counts one noun at least MIN_PARTS
    times, from the document of the best sentence or of the next LOOK_AT ones (a retrieved sentence first, else
    one of their other paragraphs), when the best sentence does not; else None."""
    if question.kind is not Kind.SUMMARY or not _ASKS_PER_KIND.search(question.text):
        return None
    if _parts(best.sentence.text) >= MIN_PARTS:
        return None
    documents = list(dict.fromkeys(c.chunk.doc_id for c in (best, *ranked[:LOOK_AT])))
    found = next((c for c in ranked if c.chunk.doc_id in documents and _parts(c.sentence.text) >= MIN_PARTS), None)
    found = found or _unretrieved(documents, best, corpus)
    # not another unit's breakdown ("Polda Sungai Rawa" asked, a document only about Polda Bukit Serayu)
    return None if found is None or other_entity(question, found, corpus) is not None else found


def _unretrieved(documents: list[str], best: Candidate, corpus: Corpus) -> Candidate | None:
    """The first breakdown sentence of those documents' paragraphs, in their order: one the retrieval did not reach
    (sr39: the findings' breakdown shares no word with "Rangkum temuan patroli siber … per jenis pelanggarannya")."""
    for doc_id in documents:
        for chunk in corpus.document(doc_id):
            if chunk.kind == "heading":
                continue
            for candidate in unretrieved_sentences(chunk, best):
                if _parts(candidate.sentence.text) >= MIN_PARTS:
                    return candidate
    return None


# "Dari 31 temuan, 14 berupa …, sembilan kehadiran …, dan tiga …": a total, then its parts, each in its own words
_OF_TOTAL = re.compile(
    rf"^\W*(?:dari|of)\s+(?:the\s+|total\s+)?{_NUMBER}\s+[a-z]+(?:\s+(?:itu|tersebut|ini))?\s*,", re.I
)


def _parts(sentence: str) -> int:
    """How many times the sentence's most counted noun is counted ("23 akun … 11 akun … tujuh akun": 3), or, after
    an opening total ("Dari 31 temuan, 14 berupa …, sembilan …"), how many counts it gives."""
    nouns = [m.group("noun").lower() for m in _COUNTED.finditer(sentence) if not _UNIT.fullmatch(m.group("noun"))]
    if _OF_TOTAL.match(sentence):
        return len(nouns)
    return max((nouns.count(n) for n in set(nouns)), default=0)
