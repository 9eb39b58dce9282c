"""A claim the source reports and then refutes: "Pesan itu mengklaim anggota Polri yang ayah atau ibunya menjadi
calon boleh ikut berkampanye …" is followed, a paragraph or two later, by "Kasi Propam … memastikan isi pesan itu
palsu. “Tidak ada pengecualian …,” tegas Lestari.".

The selector rates the claim best, since it repeats the user's words ("Di grup WA lagi rame pesan bahwa …, bener
nggak tuh?"); quoted alone, it reads as the answer and passes the hoax on. It is quoted with the sentence that
refutes it and the quote that goes on from that one. An instruction to an AI between them is never read.
"""

import re
from collections.abc import Set as AbstractSet

from assistant.extractive.candidates import Candidate, ranked_as, sibling, unretrieved_sentences
from assistant.retrieve import Corpus
from lang.instructions import instruction_start

# What a document or message says, reported: "Menurut Maryati, berkas itu menyebut anggota Polri boleh …", "isi
# pesan itu menyatakan …".
REPORTED = re.compile(
    r"\b(?:berkas|dokumen|pesan|surat|selebaran|unggahan|isi(?:nya)?|tulisan)\b(?:\s+\w+){0,3}?\s+"
    r"(?:menyebut\w*|menyatakan|berbunyi|mengklaim|mengatakan|berisi)\b",
    re.I,
)
# A claim reported, not made: "mengklaim", "pesan berantai", "kabar yang beredar".
_CLAIM = re.compile(r"\b(?:mengklaim|diklaim|klaim\w*|beredar|berantai|hoaks|hoax|isu)\b", re.I)
# The document itself called fake: "menjawab bahwa berkas tersebut palsu", "selebaran itu hoaks" (not "KTP palsu",
# nor "tidak benar ada anggota yang …", which deny something else).
_CALLED_FAKE = re.compile(
    r"\b(?:berkas|dokumen|pesan|surat|selebaran|unggahan|tulisan)\s+(?:\w+\s+){0,3}?(?:itu|tersebut)\s+"
    r"(?:adalah\s+|ialah\s+|merupakan\s+)?(?:palsu|hoaks|hoax|bohong|tidak\s+benar)\b",
    re.I,
)
# … and its refutation
_REFUTES = re.compile(
    r"\b(?:palsu|hoaks|hoax|tidak\s+benar|bohong|keliru|menyesatkan|membantah|dibantah|bantahan|disinformasi|fitnah)\b",
    re.I,
)
# … or its issuer's denial of ever issuing it ("memastikan Polda tidak pernah menerbitkan edaran tersebut"), which
# refutes a claim the best sentence only reports
_NEVER_ISSUED = re.compile(
    r"\b(?:tidak|tak|belum)\s+pernah\s+(?:(?:menerbitkan|mengeluarkan|membuat)\s+(?:\w+\s+)?"
    r"(?:surat|edaran|arahan|telegram|pesan|nota|dokumen|berkas|instruksi|ralat|edisi|maklumat|selebaran)|"
    r"diterbitkan|dikeluarkan)\b|\bbukan\s+produk\s+(?:Polda|Polri|Polres|Polresta|kami|resmi)\b",
    re.I,
)
_DIRECT_QUOTE = re.compile(r"^[“\"]")
LOOK_AHEAD = 3  # paragraphs after the claim's where the refutation is looked for (instructions to an AI not counted)


def refuted_documents(ranked: list[Candidate], corpus: Corpus) -> set[str]:
    """The documents of the candidates that report what a file says (`REPORTED`) and call that file fake: there
    what the file says is a lie, no rule nor claim of the source."""
    reporting = {c.chunk.doc_id for c in ranked if REPORTED.search(c.sentence.text)}
    return {d for d in reporting if any(_CALLED_FAKE.search(chunk.text) for chunk in corpus.document(d))}


def reports_claim(candidate: Candidate, refuted: AbstractSet[str] = frozenset()) -> bool:
    """Whether the sentence reports a claim (which `rebuttal` looks for the refutation of): a claim's word, or
    what a file says in a document that calls the file fake (`refuted`)."""
    text = candidate.sentence.text
    return _CLAIM.search(text) is not None or (candidate.chunk.doc_id in refuted and REPORTED.search(text) is not None)


def rebuttal(
    best: Candidate, ranked: list[Candidate], corpus: Corpus, refuted: AbstractSet[str] = frozenset()
) -> list[Candidate]:
    """The sentence refuting the claim `best` reports, and the direct quote after it in its paragraph; [] when the
    best sentence reports no claim or nothing refutes it soon after. When the best sentence refutes the claim
    itself ("Polda … membantah pesan berantai yang menyebut …"), only a refutation with its spokesperson's own
    words ("“… tetap dilarang,” tegas Hasnawati.") adds to it."""
    if not reports_claim(best, refuted):
        return []
    itself = bool(_REFUTES.search(best.sentence.text) or _NEVER_ISSUED.search(best.sentence.text))
    for sentences in _following(best, ranked, corpus):
        for position, candidate in enumerate(sentences):
            text = candidate.sentence.text
            if _REFUTES.search(text) or (not itself and _NEVER_ISSUED.search(text)):
                after = [c for c in sentences[position + 1 : position + 2] if _DIRECT_QUOTE.match(c.sentence.text)]
                if itself and not after:
                    continue
                return [candidate, *after]
    return []


def _following(best: Candidate, ranked: list[Candidate], corpus: Corpus) -> list[list[Candidate]]:
    """The rest of the best sentence's paragraph, then the next LOOK_AHEAD paragraphs' sentences up to any
    instruction (the ranking's own candidates where it has them)."""
    own = [sibling(best, i, ranked) for i in range(best.index + 1, len(best.sentences))]
    out = [[c for c in own if c is not None]]
    document = corpus.document(best.chunk.doc_id)
    position = corpus.position(best.chunk)
    if position is None:
        return out
    looked = 0
    for chunk in document[position + 1 :]:
        if looked >= LOOK_AHEAD:
            break
        if chunk.kind == "heading":
            continue
        sentences = unretrieved_sentences(chunk, best)
        kept = sentences[: instruction_start([c.sentence for c in sentences])]
        if kept:  # a paragraph that is all instruction (a quoted message to an AI) is not one of those looked at
            out.append([ranked_as(c, ranked) for c in kept])
            looked += 1
    return out
