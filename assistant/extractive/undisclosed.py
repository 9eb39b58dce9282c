"""A fact the source says is not known yet: "Kapan terbitnya belum bisa saya pastikan", "Berapa yang akan berlanjut
ke sidang disiplin … belum dapat dipastikan", "identitas anggota belum dapat disampaikan".

News often reports what is still open. A question that asks exactly that (when the revised booklet comes out, how
many cases go to a hearing, who the officer is) finds the sentence that says so among its best, beside sentences
on the same topic that hold another date or count; quoting those answers what was not asked. The honest answer is
that the source does not know yet, with the sentence that says so; unless the selector's best sentence gives
something of the asked kind the question does not.

The sentence must say what is open in the question's own terms: a time ("kapan", "jadwal", "tanggal") for a
when-question, a number ("berapa", "jumlah") for a how-many one, an identity ("siapa", "identitas", "nama") for a
who-question, a place ("di mana", "lokasi") for a where-question, a cause ("penyebab", "alasan") for a why-question.
"""

import re

from assistant.evidence import new_spans
from assistant.extractive.candidates import Candidate, sibling
from assistant.question import Kind, Question
from assistant.rerank import Ranking

LOOK_AT = 3  # the selector's best sentences a not-yet-known statement is looked for among (and their next ones)
ON_TOPIC = 0.15  # … which must hold this share of the question's specific terms

# "belum dapat dipastikan", "belum bisa saya pastikan", "tidak diketahui", "belum bersedia menyebutkan", "belum jelas";
# not "agar tidak diketahui atasannya" (a purpose), nor "tidak ditetapkan sebagai TPS rawan" (a decision made).
_NOT_KNOWN = re.compile(
    r"(?<!agar )(?<!supaya )\bbelum\s+(?:(?:dapat|bisa|bersedia)\s+)?(?:(?:saya|kami|kita|ia|dia|mereka|pihaknya)\s+)?"
    r"(?:di)?(?:pastikan|ketahui|tentukan|umumkan|sampaikan|rinci|sebutkan|jadwalkan|tetapkan|ungkapkan)\b"
    r"|(?<!agar )(?<!supaya )\btidak\s+diketahui\b"
    r"|\bbelum\s+(?:dapat|bisa|bersedia)\s+(?:memastikan|menyebutkan|merinci|mengungkapkan|menyampaikan|"
    r"mengumumkan|menentukan)\b"
    r"|\bbelum\s+jelas\b",
    re.I,
)
_OPEN_WORDS: dict[Kind, re.Pattern[str]] = {
    Kind.WHEN: re.compile(r"\b(?:kapan|jadwal\w*|tanggal\w*|waktu\w*)\b", re.I),
    Kind.HOW_MANY: re.compile(r"\b(?:berapa\w*|jumlah\w*|angka\w*|besaran\w*)\b", re.I),
    Kind.WHO: re.compile(r"\b(?:siapa\w*|identitas\w*|nama\w*)\b", re.I),
    Kind.WHERE: re.compile(r"\b(?:di ?mana\w*|ke ?mana\w*|lokasi\w*|tempat\w*)\b", re.I),
    Kind.WHY: re.compile(r"\b(?:mengapa|kenapa|penyebab\w*|alasan\w*|motif\w*)\b", re.I),
}
# Where the clause that says something is not known ends: "Sidang digelar Senin, namun putusannya belum dapat
# dipastikan" says nothing of the day is open.
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:namun|tetapi|tapi|sementara|sedangkan|yang jelas|padahal)\b", re.I)


def not_yet_known(question: Question, ranked: list[Candidate], ranking: Ranking) -> Candidate | None:
    """Among the selector's best few, a sentence on the question's topic that says what it asks is not known yet,
    unless a sentence the selector rates above it, or the rest of that sentence, gives it; or None."""
    open_words = _OPEN_WORDS.get(question.kind)
    if open_words is None:
        return None
    best = ranked[:LOOK_AT]
    # … and the sentence after each: "… akan digelar di seluruh Polsek. Jadwalnya belum ditentukan."
    following = [sibling(c, c.index + 1, ranked) for c in best]
    for candidate in dict.fromkeys([*best, *(c for c in following if c is not None)]):
        text = candidate.sentence.text
        clause = open_clause(text)
        if clause is None or not open_words.search(clause):
            continue
        if ranking.coverage.about(question.groups, text) < ON_TOPIC:
            continue
        # what the selector rates above it in its paragraph, or the rest of its sentence, may give it ("Sidang
        # digelar Senin (12/2/2024). Jadwal putusan belum ditentukan." gives the hearing's day)
        above = [c.sentence.text for c in ranked[: ranked.index(candidate)] if c.chunk.id == candidate.chunk.id]
        if any(new_spans(question, t) for t in (*above, text.replace(clause, " "))):
            return None
        return candidate
    return None


def open_clause(text: str) -> str | None:
    """The clause of `text` that says something is not known yet, or None."""
    match = _NOT_KNOWN.search(text)
    if match is None:
        return None
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, match.start())]
    end = _CLAUSE_BREAK.search(text, match.end())
    return text[max(starts, default=0) : end.start() if end else len(text)]
