"""Whom the rules bind ("I'm an honorer at a Polres, not a police officer. Does the neutrality booklet apply to me
at all?", "Is he bound by the pocket book?"): the rule book's sentence that says who is or is not bound ("Tenaga
honorer dan pegawai harian lepas bukan termasuk personel, tetapi …") answers. It is looked for among every sentence
of the corpus's regulations and guidelines, not only the retrieved ones: an English question shares little with it
but the asked person's word, and the selector rated it eighth (pl04), or the retrieval did not reach it (br23).
"""

import re

from assistant.extractive.candidates import Candidate, ranked_as, unreached
from assistant.extractive.rule_match import specific_groups
from assistant.question import Kind, Question
from assistant.rerank import Ranking

_ASKS_BOUND = re.compile(
    r"\b(?:apply|applies)\s+to\s+(?:me|him|her|us|them)\b|\b(?:bound|covered)\s+by\b"
    r"|\b(?:berlaku|mengikat)\s+(?:juga\s+)?(?:bagi|untuk|buat|kepada)\s+(?:saya|dia|kami|mereka|aku)\b"
    # "Apakah saya masih terikat buku saku …?", not "keluarga inti yang terikat perkawinan"
    r"|\b(?:masih|tetap|juga|ikut)\s+terikat\b|\bterikat\s+(?:oleh\s+|pada\s+|dengan\s+)?(?:aturan|buku|ketentuan|pedoman)",
    re.I,
)
# … a sentence on who is or is not bound, not one that says in passing that personnel are ("… menyampaikan bahwa
# personel sedang bertugas dan terikat aturan netralitas")
_STATES_BOUND = re.compile(
    r"\btermasuk\s+personel\b|\bmengikat\b|\b(?:tetap|juga)\s+terikat\b|\bberlaku\s+(?:bagi|untuk)\b|\bsasaran(?:nya)?\b",
    re.I,
)


def asks_bound(question: Question) -> bool:
    """Whether the question asks whom the rules bind, and nothing of its own kind (not "sejak kapan … berlaku, dan
    apakah … tetap terikat", a date first)."""
    return question.kind is Kind.WHAT and _ASKS_BOUND.search(question.text) is not None


def bound_statement(question: Question, ranked: list[Candidate], ranking: Ranking) -> Candidate | None:
    """The rule books' sentence on who is bound that holds the question's rarest word any of them holds (the asked
    person: "honorer", not "anggota" or "Polres"), then most of its words; None when none holds any, or when the
    question does not ask whom the rules bind."""
    if not ranked or not asks_bound(question):
        return None
    coverage, corpus = ranking.coverage, ranking.corpus

    # the asked person's words: not the domain's everyday ones ("netralitas", "aturan", "anggota"), nor the asking
    # ones ("berlaku buat saya": "Larangan … juga berlaku bagi akun anonim" says nothing of the asker)
    asking = set(coverage.analyzer.terms(" ".join(m.group(0) for m in _ASKS_BOUND.finditer(question.text))))
    specific = [g for g in specific_groups(question) if not asking.intersection(g)]

    def rarest(candidate: Candidate) -> tuple[float, float]:
        held = set(coverage.analyzer.terms(candidate.sentence.text))
        idf = max((corpus.idf(t) for group in specific if held.intersection(group) for t in group), default=0.0)
        return idf, coverage.about(question.groups, candidate.sentence.text)

    rules = unreached(corpus.rule_chunks(), [], ranked[0])  # every sentence of the rule books
    statements = [c for c in rules if _STATES_BOUND.search(c.sentence.text)]
    best = max(statements, key=rarest, default=None)
    if best is None or not rarest(best)[0]:
        return None
    return ranked_as(best, ranked)  # … as the selector's own candidate, when the retrieval reached it (quoted once)
