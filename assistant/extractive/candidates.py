"""Candidate answers: every sentence of the retrieved paragraphs, with its stored vector and its neighbours.

The sentence vectors were computed at index time (`index.store`), so a question costs one query embedding. A
paragraph indexed before sentences were stored has its sentences split and embedded here, on the spot.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from assistant.retrieve import Corpus, Hit
from index.document import EMBED_MAX_CHARS, Chunk
from index.store import Store
from lang.sentences import Sentence, quote_units

EmbedPassages = Callable[[list[str]], list[list[float]]]


@dataclass(frozen=True, eq=False)  # one object per sentence of a ranking: compared by identity (it holds arrays)
class Candidate:
    hit: Hit
    rank: int  # of its paragraph in the retrieval pool, 1-based
    index: int  # of the sentence in its paragraph, 0-based
    sentences: tuple[Sentence, ...]  # all of the paragraph's sentences, in order
    vector: np.ndarray  # the sentence's embedding (unit length)

    @property
    def chunk(self) -> Chunk:
        return self.hit.chunk

    @property
    def sentence(self) -> Sentence:
        return self.sentences[self.index]

    @property
    def previous(self) -> Sentence | None:
        return self.sentences[self.index - 1] if self.index else None

    @property
    def next(self) -> Sentence | None:
        return self.sentences[self.index + 1] if self.index + 1 < len(self.sentences) else None


def sibling(candidate: Candidate, index: int, ranked: list[Candidate]) -> Candidate | None:
    """The candidate among `ranked` for sentence `index` of `candidate`'s paragraph, or None."""
    return next((c for c in ranked if c.chunk.id == candidate.chunk.id and c.index == index), None)


def ranked_as(candidate: Candidate, ranked: list[Candidate]) -> Candidate:
    """The ranking's own candidate for the candidate's sentence, or the candidate itself when `ranked` has none (a
    paragraph the retrieval did not reach)."""
    return sibling(candidate, candidate.index, ranked) or candidate


def unretrieved(chunk: Chunk, like: Candidate, index: int = 0) -> Candidate | None:
    """Sentence `index` of a paragraph the retrieval did not reach, as a candidate that borrows `like`'s rank and
    vector (the selector never rated it); None for a paragraph without that sentence."""
    sentences = tuple(quote_units(chunk.text))
    return Candidate(Hit(chunk, 0.0), like.rank, index, sentences, like.vector) if index < len(sentences) else None


def unretrieved_sentences(chunk: Chunk, like: Candidate) -> list[Candidate]:
    """Every sentence of a paragraph the retrieval did not reach, as `unretrieved` gives each, split once."""
    sentences = tuple(quote_units(chunk.text))
    return [Candidate(Hit(chunk, 0.0), like.rank, index, sentences, like.vector) for index in range(len(sentences))]


def unreached(chunks: list[Chunk], reached: list[Candidate], like: Candidate) -> list[Candidate]:
    """Every sentence of the paragraphs of `chunks` (a document's) that no candidate of `reached` comes from,
    headings left out, as `unretrieved_sentences` gives them: the document where the retrieval did not reach."""
    seen = {c.chunk.id for c in reached}
    return [
        sentence
        for chunk in chunks
        if chunk.id not in seen and chunk.kind != "heading"
        for sentence in unretrieved_sentences(chunk, like)
    ]


def own_document(best: Candidate, ranked: list[Candidate], corpus: Corpus) -> list[Candidate]:
    """The best candidate's document: the ranking's candidates from it, then, as `unreached` gives them, the
    sentences of its paragraphs the retrieval did not reach."""
    own = [c for c in ranked if c.chunk.doc_id == best.chunk.doc_id]
    return own + unreached(corpus.document(best.chunk.doc_id), own, best)


def gather(hits: list[Hit], store: Store, embed: EmbedPassages) -> list[Candidate]:
    """The sentences of `hits`, paragraph by paragraph in retrieval order."""
    stored = store.sentences([h.chunk.id for h in hits])
    out: list[Candidate] = []
    for rank, hit in enumerate(hits, start=1):
        found = stored.get(hit.chunk.id)
        if found and all(hit.chunk.text[s.sentence.start : s.sentence.end] == s.sentence.text for s in found):
            sentences = tuple(s.sentence for s in found)
            vectors = np.array([s.vector for s in found], dtype=np.float32)
        else:
            sentences = tuple(quote_units(hit.chunk.text))
            vectors = np.array(embed([s.text[:EMBED_MAX_CHARS] for s in sentences]), dtype=np.float32)
        out.extend(Candidate(hit, rank, i, sentences, vectors[i]) for i in range(len(sentences)))
    return out
