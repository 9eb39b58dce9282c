"""A question that asks two things ("Berapa personel …, dan berapa yang BKO dari Brimob?", "Who came …, and what
did he ask of Propam?"): the answer also quotes the sentence that answers the second ask.

The selector rates sentences against the whole question, so the sentence holding the first fact wins and the one
holding the second ("Dari sembilan laporan itu, empat terbukti …", a paragraph later) is rated low. The second ask
alone names what that sentence must hold ("berapa yang BKO dari Brimob" → BKO, Brimob): among the candidates of
the best sentence's own document, the one that holds most of those words' weight (at least ASK_ON_TOPIC: one of
two will do, as "BKO" where the text says "Satbrimob") and, for a place, date, count, person or law, a span of that
kind, is quoted too, unless a quoted sentence already does. Each of the two asks is checked so.
No question of the shared dev sets asks two things; of the in-domain sets' questions, 17 of 126 do.
"""

import re

from assistant.coverage import Groups
from assistant.evidence import answer_spans
from assistant.extractive.candidates import Candidate
from assistant.question import SPAN_KINDS, Kind, Question, classify
from assistant.rerank import Ranking

ASK_ON_TOPIC = 0.4
# ", dan berapa …", " serta siapa …", ", and how many …": a second question word after "and".
_SECOND_ASK = re.compile(
    r",?\s+(?:dan|serta)\s+(?=(?:berapa|siapa|apa|kapan|di ?mana|ke ?mana|bagaimana|mengapa|kenapa)(?:kah)?\b"
    r"(?!\s*pun\b))"  # not "apabila", "siapapun", "apa pun"
    r"|,?\s+and\s+(?=(?:how|who|what|when|where|which|why)\b)",
    re.I,
)


def asks(text: str) -> list[str]:
    """The two asks of a question that asks two things ("Di mana sidang … digelar", "apa hukumannya?"), or []."""
    parts = _SECOND_ASK.split(text, maxsplit=1)
    return parts if len(parts) == 2 else []


def unanswered_asks(
    question: Question, best: Candidate, quoted: list[Candidate], ranked: list[Candidate], ranking: Ranking
) -> list[Candidate]:
    """For each ask of a two-part question that no quoted sentence answers, the sentence of the best one's
    document that does: it holds ASK_ON_TOPIC of the ask's words and, for a place, date, count, person or law,
    a span of that kind ("Sidang digelar di Aula Wira Satya …" for "Di mana sidang … digelar")."""
    found: list[Candidate] = []
    for ask in asks(question.text):
        kind = classify(ask)
        groups = ranking.coverage.analyzer.query_groups(ask, question.language)
        if not groups:
            continue

        def answers(candidate: Candidate, kind: Kind = kind, groups: Groups = groups, ask: str = ask) -> float:
            text = candidate.sentence.text
            covered = ranking.coverage.about(groups, text)
            typed = kind not in SPAN_KINDS or bool(answer_spans(kind, text, ask))
            return covered if covered >= ASK_ON_TOPIC and typed else 0.0

        if any(answers(c) for c in (*quoted, *found)):
            continue
        scored = [(answers(c), c) for c in ranked if c.chunk.doc_id == best.chunk.doc_id and c not in quoted]
        score, candidate = max(scored, key=lambda pair: pair[0], default=(0.0, None))  # ties: the selector's order
        if candidate is not None and score > 0 and candidate not in found:
            found.append(candidate)
    return found
