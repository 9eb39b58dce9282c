"""Features of each candidate sentence as the answer to a question, for the learned selector (`model.py`).

One row per candidate, columns in `FEATURES` order. Four families:
- meaning: e5 cosine of the question with the sentence, and its margin to the best candidate's;
- words: IDF-weighted coverage of the question's terms by the sentence, its neighbours and its paragraph;
  question word pairs kept in order; the question's names and numbers the sentence or paragraph lacks;
- answer: what the sentence adds beyond the question (new names, numbers, dates), beside the asked type;
- retrieval: the paragraph's fused, BM25, dense and sentence ranks, the sentence's position and length.
The constraint checks (what the question says that the evidence lacks: a name, a number, a negation, a rarer
word) are aimed at unanswerable questions made by editing an answerable one, which look answerable to overlap
measures. IDF is divided by the corpus's largest, so features mean the same in a small corpus and a large one.
"""

import itertools
import re
from dataclasses import dataclass

import numpy as np

from assistant.extractive.candidates import Candidate
from assistant.question import Kind, Question
from assistant.retrieve import Corpus
from lang.terms import Analyzer, words
from lang.vocabulary import MONTHS_ID, alternation

NEGATIONS = frozenset("tidak bukan belum tanpa tak non jangan never not no nor without".split())
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+)?(?:{alternation(MONTHS_ID)})"
    r"\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:1[0-9]|20)\d\d\b",
    re.I,
)
_NUMBER = re.compile(r"\d")
# What the question's wording says the answer is, finer than its kind: "Apa nama …", "negara manakah" ask for a
# name as "siapa" does; "tahun berapa" for a date, "berapa" for a number.
_EXPECTS = {
    "name": re.compile(r"\b(siapa\w*|nama\w*|mana\w*|who\w*|which|where|name)\b", re.I),
    "number": re.compile(r"\b(berapa\w*|jumlah\w*|how (many|much)|number of)\b", re.I),
    "date": re.compile(r"\b(kapan\w*|tanggal\w*|tahun berapa|pada tahun|when|what year|what date)\b", re.I),
}
# A run of capitalised words not opening the sentence: a name the sentence may give as the answer.
_NAME_RUN = re.compile(r"(?<=\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_KINDS = tuple(Kind)

FEATURES: tuple[str, ...] = (
    # meaning
    "dense_sentence",
    "dense_sentence_margin",
    "dense_sentence_order",
    "dense_paragraph",
    # words
    "cover_sentence",
    "cover_sentence_margin",
    "cover_window",
    "cover_paragraph",
    "cover_document",
    "missing_max_idf_sentence",
    "missing_max_idf_window",
    "missing_max_idf_paragraph",
    "pairs_in_order",
    "names_missing_sentence",
    "names_missing_paragraph",
    "names_missing_corpus",
    "numbers_missing_paragraph",
    "negation_question",
    "negation_sentence",
    "negation_window",
    # answer
    "new_names",
    "new_name_runs",
    "new_numbers",
    "new_dates",
    "new_words",
    "speech",
    "expects_name",
    "expects_number",
    "expects_date",
    # each of these minus its largest value over the question's candidates
    "pairs_in_order_margin",
    "cover_window_margin",
    "new_name_runs_margin",
    "new_numbers_margin",
    # retrieval and position
    "rank",
    "bm25_rank",
    "dense_rank",
    "sentence_rank",
    "fused_ratio",
    "position",
    "sentences_in_paragraph",
    "sentence_chars",
    "question_terms",
    "english",
    *(f"kind_{kind.value}" for kind in _KINDS),
)
_COLUMN = {name: i for i, name in enumerate(FEATURES)}
_ABSENT_RANK = 100  # a list that did not return the paragraph


@dataclass(frozen=True)
class _QuestionTerms:
    groups: tuple[tuple[str, ...], ...]
    weights: np.ndarray  # normalised IDF × group weight
    pairs: frozenset[tuple[str, str]]
    names: tuple[tuple[str, ...], ...]  # alternatives, lower case
    numbers: tuple[str, ...]
    words: frozenset[str]  # lower-cased surface words of the question
    negated: bool


def featurize(
    question: Question, vector: np.ndarray, candidates: list[Candidate], analyzer: Analyzer, corpus: Corpus
) -> np.ndarray:
    """The feature matrix of `candidates` (one row each, `FEATURES` columns)."""
    if not candidates:
        return np.zeros((0, len(FEATURES)), dtype=np.float32)
    q = _question_terms(question, analyzer, corpus)
    dense = np.array([float(c.vector @ vector) for c in candidates])
    covers = np.array([_cover(q, set(analyzer.terms(c.sentence.text))) for c in candidates])
    order = np.argsort(np.argsort(-dense))
    top_score = max(c.hit.score for c in candidates) or 1.0
    dense_floor = min((c.hit.dense_similarity for c in candidates if c.hit.dense_rank), default=0.0)
    expects = [float(bool(pattern.search(question.text))) for pattern in _EXPECTS.values()]
    names_nowhere = sum(
        1 for group in q.names if not any(all(w in corpus.vocabulary for w in alt.split()) for alt in group)
    )
    paragraph_cache: dict[str, tuple[float, float, float, float, float]] = {}
    document_cache: dict[str, set[str]] = {}
    rows = []
    for i, c in enumerate(candidates):
        text = c.sentence.text
        lowered = text.lower()
        window = " ".join(s.text for s in (c.previous, c.sentence, c.next) if s is not None)
        window_terms = set(analyzer.terms(window))
        sentence_terms = analyzer.terms(text)
        if c.chunk.doc_id not in document_cache:
            document_cache[c.chunk.doc_id] = set(analyzer.terms(corpus.text(c.chunk.doc_id)))
        if c.chunk.id not in paragraph_cache:
            paragraph_cache[c.chunk.id] = _paragraph(q, c, analyzer, document_cache[c.chunk.doc_id])
        cover_paragraph, missing_paragraph, names_paragraph, numbers_paragraph, cover_document = paragraph_cache[
            c.chunk.id
        ]
        sentence_words = words(text)
        new_names = sum(1 for j, w in enumerate(sentence_words) if j and w[:1].isupper() and w.lower() not in q.words)
        new_runs = sum(1 for m in _NAME_RUN.finditer(text) if any(w.lower() not in q.words for w in m.group(0).split()))
        new_numbers = sum(1 for w in sentence_words if _NUMBER.search(w) and w.lower() not in q.words)
        new_dates = sum(1 for m in _DATE.finditer(text) if m.group(0).lower() not in " ".join(q.words))
        new_words = len({t for t in sentence_terms if not any(t in g for g in q.groups)})
        row = [
            dense[i],
            dense[i] - dense.max(),
            float(order[i]),
            c.hit.dense_similarity if c.hit.dense_rank else dense_floor,
            covers[i],
            covers[i] - covers.max(),
            _cover(q, window_terms),
            cover_paragraph,
            cover_document,
            _missing_max(q, set(sentence_terms)),
            _missing_max(q, window_terms),
            missing_paragraph,
            _pairs(q, sentence_terms),
            _names_missing(q.names, lowered),
            names_paragraph,
            float(names_nowhere),
            numbers_paragraph,
            float(q.negated),
            float(any(w.lower() in NEGATIONS for w in sentence_words)),
            float(any(w.lower() in NEGATIONS for w in words(window))),
            float(new_names),
            float(new_runs),
            float(new_numbers),
            float(new_dates),
            float(new_words),
            float(bool(re.search(r"[\"“”]", text))),
            *expects,
            0.0,  # the margins, filled in below
            0.0,
            0.0,
            0.0,
            float(c.rank),
            float(c.hit.bm25_rank or _ABSENT_RANK),
            float(c.hit.dense_rank or _ABSENT_RANK),
            float(c.hit.sentence_rank or _ABSENT_RANK),
            c.hit.score / top_score,
            float(c.index),
            float(len(c.sentences)),
            float(np.log1p(len(text))),
            float(len(q.groups)),
            float(question.language == "en"),
            *(float(question.kind is kind) for kind in _KINDS),
        ]
        rows.append(row)
    matrix = np.array(rows, dtype=np.float32)
    for name in ("pairs_in_order", "cover_window", "new_name_runs", "new_numbers"):
        column = matrix[:, _COLUMN[name]]
        matrix[:, _COLUMN[f"{name}_margin"]] = column - column.max()
    return matrix


def _question_terms(question: Question, analyzer: Analyzer, corpus: Corpus) -> _QuestionTerms:
    groups = question.groups
    weights = np.array(
        [min(corpus.idf(t) for t in g) / corpus.max_idf * getattr(g, "weight", 1.0) for g in groups] or [0.0]
    )
    stems = analyzer.terms(question.text)
    surface = [w.lower() for w in words(question.text)]
    names = tuple(g for g in question.entities if not any(ch.isdigit() for ch in g[0]))
    numbers = tuple(g[0] for g in question.entities if any(ch.isdigit() for ch in g[0]))
    return _QuestionTerms(
        groups=groups,
        weights=weights[: len(groups)],
        pairs=frozenset(itertools.pairwise(stems)),
        names=names,
        numbers=numbers,
        words=frozenset(surface),
        negated=any(w in NEGATIONS for w in surface),
    )


def _paragraph(
    q: _QuestionTerms, c: Candidate, analyzer: Analyzer, document_terms: set[str]
) -> tuple[float, float, float, float, float]:
    """(coverage, largest missing IDF, missing names, missing numbers, coverage by the whole document)."""
    text = f"{c.chunk.section} {c.chunk.text}"
    lowered = text.lower()
    terms = set(analyzer.terms(text))
    numbers = sum(1 for n in q.numbers if not re.search(rf"(?<!\w){re.escape(n)}(?!\w)", lowered))
    return (
        _cover(q, terms),
        _missing_max(q, terms),
        float(_names_missing(q.names, lowered)),
        float(numbers),
        _cover(q, document_terms | terms),
    )


def _cover(q: _QuestionTerms, terms: set[str]) -> float:
    total = q.weights.sum()
    if not q.groups or total <= 0:
        return 1.0
    return float(sum(w for g, w in zip(q.groups, q.weights, strict=True) if terms.intersection(g)) / total)


def _missing_max(q: _QuestionTerms, terms: set[str]) -> float:
    return float(max((w for g, w in zip(q.groups, q.weights, strict=True) if not terms.intersection(g)), default=0.0))


def _pairs(q: _QuestionTerms, stems: list[str]) -> float:
    if not q.pairs:
        return 1.0
    return len(q.pairs.intersection(itertools.pairwise(stems))) / len(q.pairs)


def _names_missing(names: tuple[tuple[str, ...], ...], lowered: str) -> int:
    return sum(1 for group in names if not any(re.search(rf"(?<!\w){re.escape(alt)}(?!\w)", lowered) for alt in group))
