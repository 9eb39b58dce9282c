"""The verdict for an officer's "is it allowed" question, read from the rule that covers the asked act.

Among the selector's best sentences, a rule is a sentence (or a list item under its "Anggota Polri dilarang:"
lead-in) whose clauses state a prohibition, permission or obligation (`lang.rules.clauses`). The clause that
covers the asked act decides, not the sentence's first modal word: "boleh didokumentasikan, tetapi … tidak untuk
diunggah di media sosial pribadi" forbids uploading. When two clauses cover the act equally, the stricter one
decides (a wrong "allowed" is the worst answer an officer can get). A prohibition with an exception is allowed
when the question describes the exception, forbidden when it gives a purpose the exception does not name, else
conditional on it (`rule_match.py`). A document's scope statement ("Larangan netralitas berlaku … termasuk ketika
anggota sedang cuti") names the setting its prohibitions hold in: "Bolehkah anggota yang sedang cuti menjadi
anggota KPPS?" is forbidden by "menjadi … anggota KPPS" with it, and the answer quotes both.

Authority: a rule from a regulation or a guideline decides (`index.authority`). A news or other document alone
does not: its claim is shown as "according to <source>". When another source in the best sentences says the
opposite, the answer says so and quotes it after the deciding one. A regulation's or guideline's rule is looked
for at every rank (an is-it-allowed question's hits end with a rules-only retrieval), so it decides even when
news paragraphs that repeat the question's words rank higher; the one that covers the question best passes at
the lower bar. What the question concedes ("walaupun ia memakai kaus calon") does not count.
"""

import re
from dataclasses import dataclass, replace

from assistant.answer import Verdict
from assistant.coverage import Coverage
from assistant.draft import Draft, quoted, source_label
from assistant.extractive.candidates import Candidate, sibling
from assistant.extractive.rebuttal import REPORTED, refuted_documents
from assistant.extractive.rule_match import (
    ON_TOPIC,
    Scopes,
    asks_duty,
    binds_others,
    binds_relatives,
    coverage_of,
    describes,
    excludes,
    full_weight,
    lead_in_of,
    named_words,
    names_the_verb,
    precision,
    scope_statements,
    under_exception,
    unmet_requirement,
)
from assistant.question import Question, analyze, asked_act, asks_when_allowed
from assistant.rerank import Ranking
from index.authority import is_authoritative
from index.document import Chunk
from lang.rules import Clause, clauses, legal_references, opens_conjunct, rule_kind
from lang.sentences import quote_units
from lang.situations import act_core, asks_about_relative, checked_claim, without_concession, without_frame

RULE_LOOK_AT = 5  # the rule may be a list item below the best sentence
CONFLICT_LOOK_AT = 8  # a source that says the opposite is looked for a little further
# Share of the question a rule needs at least: ON_TOPIC (rule_match.py), or this for the selector's best sentence
# (which it judged by meaning too) and for the best authoritative rule.
BEST_ON_TOPIC = 0.25
# Share of a permission's own act words (IDF-weighted) the question must hold before it says "allowed" (on the
# trust set the right plain permissions hold 0.35 or more; the wrong "allowed" for "my brother's campaign rally
# stage" from "hadir dalam pengamanan kampanye …" held 0.26; a wrong "allowed" is the worst answer)
PERMISSION_PRECISION = 0.3
# A news sentence that denies or corrects what it reports ("membantah …", "… itu hoaks", "tidak benar bahwa …").
_DENIAL = re.compile(r"\b(?:membantah\w*|dibantah|menepis|hoaks|hoax|kabar bohong|disinformasi|tidak benar)\b", re.I)
_VALUE = {"prohibition": "forbidden", "permission": "allowed", "obligation": "required"}
_STRICTNESS = {"prohibition": 2, "obligation": 1, "permission": 0}


@dataclass(frozen=True)
class _Asked:
    """What the question asks that every candidate rule is read against, worked out once per question."""

    duty: bool  # a duty ("Apa yang harus saya lakukan …?"), not whether an act is allowed (`asks_duty`)
    relative: bool  # what an officer's relative may do ("Can my wife vote?"), not the officer
    when: bool  # when the act is allowed ("When am I allowed to go inside?"): a rule must name the act


@dataclass(frozen=True)
class Finding:
    """A rule among the candidates that covers the asked act, and what it says of it."""

    candidate: Candidate
    clause: Clause
    lead_in: tuple[Chunk, str] | None  # the list's "…:" or the previous paragraph's sentence the rule leans on
    position: int = 0  # in the selector's order
    context: str = ""  # the lead-in's text
    coverage: float = 0.0  # of the question's specific terms by the clause (or sentence) and its lead-in
    strict: float = 0.0  # the same, English words the glossary cannot translate at full weight
    precision: float = 0.0  # of the clause's own terms by the question: how closely the rule is about this act
    unmet: bool = False  # a permission whose requirement the question says it lacks
    scope: tuple[Candidate, str] | None = None  # a prohibition's document's scope statement and its setting

    @property
    def match(self) -> float:
        """How well the rule and the question name the same act: the harmonic mean of `strict` and `precision`
        (a rule that covers the question but also names much else, "berfoto dengan simbol jari …" for "berfoto
        dengan calon", matches less than one that names just that act)."""
        total = self.strict + self.precision
        return 2 * self.strict * self.precision / total if total else 0.0

    @property
    def value(self) -> str:
        kind = self.clause.kind or ""
        return "conditional" if kind == "permission" and self.clause.condition else _VALUE[kind]

    @property
    def condition(self) -> str:
        """A conditional verdict's condition, verbatim without its closing punctuation ("" for the others)."""
        return self.clause.condition.rstrip(" .;,") if self.value == "conditional" else ""

    @property
    def authoritative(self) -> bool:
        return is_authoritative(self.candidate.chunk.doc_kind)

    def opposes(self, other: "Finding") -> bool:
        return {self.value, other.value} in ({"forbidden", "allowed"}, {"forbidden", "conditional"})


def findings(question: Question, ranked: list[Candidate], ranking: Ranking) -> list[Finding]:
    """The rules among the candidates that cover the asked act, in the selector's order. Any source's rule among
    the best few; a regulation's or guideline's rule at any rank (the rules-only retrieval put them among the
    candidates): it decides even when news ranks higher."""
    coverage = ranking.coverage
    # "… walaupun ia memakai kaus salah satu calon?": what the question concedes does not change the asked act,
    # so its words do not make a rule about them cover the question.
    # "A blog says officers may … Is that right?": the claim, not who makes it, is what a rule must cover.
    conceded = " ".join(without_frame(without_concession(checked_claim(question.text))).split())
    if conceded != question.text:
        question = replace(
            analyze(conceded, coverage.analyzer), text=question.text, act=question.act, core=question.core
        )
    asked = _Asked(asks_duty(question.text), asks_about_relative(question.text), asks_when_allowed(question.text))
    scopes = scope_statements(ranked)
    refuting = refuted_documents(ranked, ranking.corpus)
    rules = [
        r for position, c in enumerate(ranked) if (r := _read(question, asked, position, c, coverage, scopes, refuting))
    ]
    # The best authoritative rule passes at the lower bar; the others need ON_TOPIC (a lower one of any source at
    # 0.25 too gave 3 wrong verdicts). Best: of the rules that cover a quarter of the question (English words the
    # glossary cannot translate at full weight: they never match the Indonesian rule, so they count as missing),
    # the one that matches it most closely; failing one, a rule whose own act the question names so fully that
    # the two match at that bar although the question says more (its setting: "Istri saya maju sebagai calon.").
    # One word in common is chance, not coverage, when the question names two or more things ("Can my wife vote?"
    # shares only "istri" with "dilarang mengarahkan pilihan politik suami, istri …"): a rule must name two.
    rules = [
        r
        for r in rules
        if _names_enough(question, r, coverage)
        and not _too_broad_permission(r)
        and not _permits_another_body(question, r, coverage)
    ]
    authoritative = [r for r in rules if r.authoritative]
    covering = [r for r in authoritative if r.strict >= BEST_ON_TOPIC]
    if asked.duty:  # "what must I do if …" names no act of its own to match: a duty covering it
        covering = [r for r in covering if r.value == "required"] or covering
    best = max(covering or [r for r in authoritative if r.match >= BEST_ON_TOPIC], key=lambda r: r.match, default=None)
    found: list[Finding] = []
    for rule in rules:
        on_topic = rule.coverage >= (BEST_ON_TOPIC if rule.position == 0 else ON_TOPIC) or rule is best
        position = rule.position
        if on_topic and (position < RULE_LOOK_AT or found or position >= CONFLICT_LOOK_AT or rule is best):
            found.append(rule)
    return found


def _too_broad_permission(rule: Finding) -> bool:
    """A permission is narrow: "boleh hadir dalam pengamanan kampanye dengan surat perintah" allows being present
    for security, not "attending my brother's campaign rally". It says "allowed" only when the question names
    PERMISSION_PRECISION of its own act (an exception's permission is read by `under_exception` instead)."""
    return rule.value == "allowed" and not rule.clause.is_exception and rule.precision < PERMISSION_PRECISION


def _without_permission(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The act's groups without the permission asked for ("boleh" of "Kapan saya boleh masuk …?")."""
    return tuple(g for g in groups if not set(g) <= {"boleh"})


# The election's bodies an officer may be asked to join or sit on (not a setting's "SMA", "WA")
_BODIES = frozenset("kpps pps ppk kpu kpud ppdp ptps panwascam panwaslu bawaslu".split())


def _permits_another_body(question: Question, rule: Finding, coverage: Coverage) -> bool:
    """A permission that does not name the election body the asked act is about: "PNS Polri boleh memberikan suara
    di TPS …" does not allow a PNS to "sit on the KPPS" (an acronym of the act, not of its trailing setting)."""
    if rule.value not in ("allowed", "conditional") or question.text.isupper():
        return False
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{3,}\b", act_core(asked_act(question.text)))} & _BODIES
    sentence = rule.candidate.sentence.text
    held = set(coverage.analyzer.terms(sentence))
    # … or spelled out: "Kelompok Penyelenggara Pemungutan Suara" for KPPS
    spelled = {"".join(w[0] for w in run.split()).lower() for run in re.findall(r"[A-Z]\w*(?:\s+[A-Z]\w*)+", sentence)}
    return any(coverage.analyzer.stem(a) not in held and a not in spelled for a in acronyms)


def _names_enough(question: Question, rule: Finding, coverage: Coverage) -> bool:
    """The rule names two of the question's specific things (one if it has one); what its document's scope
    statement names ("… saat cuti?") is the question's setting, not one of them, and the rule itself names one."""
    setting = rule.scope[1] if rule.scope is not None else ""
    # a rule book's paragraph is one rule block: "Personel pengamanan TPS berjaga di luar area TPS …. Personel baru
    # boleh masuk bila diminta Ketua KPPS …" names the TPS of "Saya jaga TPS. … saya boleh masuk?"
    said = rule.candidate.chunk.text if rule.authoritative else rule.candidate.sentence.text
    named, specific = named_words(question, f"{rule.context} {said}", coverage, setting)
    return named >= min(2, specific) and (named >= 1 or not setting)


def _read(
    question: Question,
    asked: _Asked,
    position: int,
    candidate: Candidate,
    coverage: Coverage,
    scopes: Scopes,
    refuting: set[str],
) -> Finding | None:
    """The candidate as a rule about the asked act (its clause, lead-in, and for a prohibition its document's
    scope statement; its coverage of the question), or None when it states no rule, or is a news or other
    source's sentence beyond the best few."""
    authoritative = is_authoritative(candidate.chunk.doc_kind)
    if (position >= CONFLICT_LOOK_AT and not authoritative) or candidate.chunk.kind == "heading":
        return None  # a heading names a section, it rules nothing (nor does it inherit the rule before it)
    # "Polda membantah pesan berantai yang menyebut personel boleh menerima bingkisan …": the rule a source reports
    # in order to deny it is not its claim (read as one, it answered "allowed with a condition")
    if not authoritative and _DENIAL.search(candidate.sentence.text):
        return None
    # "Menurut Maryati, berkas itu menyebut anggota Polri boleh menandatangani petisi …" where the article calls the
    # file fake: what a refuted document says is not a rule (read as one, it answered "allowed on a condition")
    if not authoritative and candidate.chunk.doc_id in refuting and REPORTED.search(candidate.sentence.text):
        return None
    lead_in = lead_in_of(candidate, coverage)
    context = lead_in[1] if lead_in else ""
    # the rule a list item inherits is its own lead-in's ("Personel boleh:"), not one of the paragraph before it
    # ("… bila satu syarat tidak terpenuhi, kegiatan itu dinilai sebagai pelanggaran larangan …")
    inherited = rule_kind(context.split("\n\n")[-1]) or rule_kind(context) if lead_in else None
    # "melaporkan kepada atasan apabila menerima pemberian" obliges reporting, it rules nothing on accepting:
    # an obligation's condition is not the act it rules on, unless a duty is asked ("what must I do if …": the
    # obligation its condition triggers).
    every = [c for c in clauses(candidate.sentence.text, inherited[0] if inherited else None) if c.kind]
    parts = [c for c in every if asked.duty or not (c.kind == "obligation" and c.is_condition)]
    if asked.duty:  # "Am I required to stay neutral …?": what "wajib: menjaga sikap netral dan tidak memihak" obliges
        parts = [c for c in parts if c.kind == "obligation"] or parts
    if not parts:
        return None
    # The clause about the act itself ("… can I give him tips?"), not about the question's setting ("while
    # coordinating security …", "… di acara pengajian yang dihadiri paslon"), decides; on a tie the stricter one.
    # ", bukan untuk mengangkut peserta" excludes an alternative of the main clause's act ("Kendaraan dinas boleh
    # digunakan …"): it is read with that act's words, and decides when it names more of the asked act; on a tie
    # the clause whose own words name more of it decides (using the car is the main clause's act).
    reach = {id(c): f"{context} {every[0].scope if c.is_excluded_alternative else ''} {c.scope}" for c in parts}
    on_act = {id(c): coverage.about(question.act, reach[id(c)]) for c in parts}
    on_core = {id(c): coverage.about(question.core, reach[id(c)]) for c in parts}
    own = {id(c): coverage.about(question.core, f"{context} {c.scope}") for c in parts}
    key = {id(c): (on_core[id(c)], on_act[id(c)], own[id(c)]) for c in parts}
    clause = max(parts, key=lambda c: (*key[id(c)], _STRICTNESS[c.kind]))
    # What a condition forbids, in its clause or a conjunct after it, does not win a tie against the permission it
    # conditions: "mengikuti ibadah rutin …, asalkan … personel tidak duduk berdampingan dengan paslon, dan tidak
    # ikut berfoto bersama" for "Saya masih boleh jamaah di sana?" allows worship on that condition; nor does
    # what an exception to a permission forbids ("menyumbang …, kecuali sumbangan itu dihimpun oleh paslon"),
    # unless the question names a word of its own ("A campaign team wants to rent it … Can I accept?" against
    # "menyewakan rumah … kepada siapa saja, kecuali kepada paslon, partai pengusung, atau tim kampanye").
    conditioned = _conditioned(parts, clause)
    if (
        conditioned is not None
        and key[id(conditioned)] == key[id(clause)]
        and not describes(
            question, clause.text, set(coverage.analyzer.terms(f"{context} {conditioned.scope}")), coverage
        )
    ):
        clause = conditioned
    if len(parts) < len(every) and on_act[id(clause)] == 0:
        return None  # only the obligation's condition names the asked act
    if asked.when and coverage.about(_without_permission(question.act), candidate.sentence.text) == 0:
        return None  # "When am I allowed to go inside?" (guarding a TPS): a rule on PNS voting names no entering
    if excludes(question, clause, coverage):
        return None  # the rule is about doing it without what the question has
    if (
        clause.kind == "obligation"
        and not asked.duty
        and not names_the_verb(question, f"{context} {clause.scope}", coverage)
    ):
        return None  # "Bolehkah saya membocorkan rencana …?" is not answered by "wajib menjaga kerahasiaan rencana …"
    previous = candidate.previous.text if candidate.previous is not None else None
    if binds_others(question, candidate.sentence.text, previous, coverage):
        return None  # "Anggota tersebut …": the members the sentence before describes, not the asker
    if asked.relative and not binds_relatives(candidate.sentence.text, context):
        return None  # "Can my wife vote?": a rule on what members may do says nothing of what she may do
    clause = under_exception(question, every, clause, context, coverage)
    if unmet := unmet_requirement(question, clause, coverage):
        clause = replace(clause, condition=unmet)  # "… tanpa surat perintah?": allowed only "sesuai surat perintah"
    scope = scopes.get(candidate.chunk.doc_id) if clause.kind == "prohibition" else None
    scope = None if scope is not None and scope[0] is candidate else scope
    setting = f"{context} {scope[1]}" if scope is not None else context
    covers = coverage_of(question, parts, setting, candidate, coverage)
    strict = coverage_of(full_weight(question), parts, setting, candidate, coverage)
    named = every[0] if clause.is_exception or clause.is_condition else clause  # the act, not its exception
    closeness = precision(question, named, coverage)
    return Finding(candidate, clause, lead_in, position, context, covers, strict, closeness, bool(unmet), scope)


def _conditioned(parts: list[Clause], clause: Clause) -> Clause | None:
    """The permission a prohibition clause is the condition or exception of: "asalkan … tidak duduk …" and the
    negated conjuncts right after it ("dan tidak ikut berfoto"), or "kecuali …" after a permission; None for any
    other clause (a contrast's "tetapi tidak boleh …" forbids on its own)."""
    if clause.kind != "prohibition" or clause not in parts:
        return None
    opens = parts.index(clause)
    while opens > 0 and opens_conjunct(parts[opens].text):
        opens -= 1
    if not (parts[opens].is_condition or parts[opens].is_exception):
        return None
    return next((c for c in reversed(parts[:opens]) if c.kind == "permission"), None)


def covered(question: Question, ranked: list[Candidate], ranking: Ranking) -> bool:
    """Whether a regulation's or guideline's rule covers the asked act: then the verdict logic answers, whatever
    the selector's confidence in its best sentence."""
    return any(f.authoritative for f in findings(question, ranked, ranking))


def decide(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Candidate | None:
    """Write the verdict line (and, at the end, a conflicting source); the deciding rule's candidate, or None
    when no rule covers the act."""
    found = findings(question, ranked, ranking)
    if not found:
        return None
    # The selector's first authoritative rule decides; of rules that cover the question as well as it does, the
    # one that names the asked act most closely ("berfoto bersama pasangan calon" over "berfoto dengan simbol jari
    # … bersama pasangan calon" for "berfoto dengan calon").
    first = next((f for f in found if f.authoritative), found[0])
    ties = [f for f in found if f.authoritative == first.authoritative and abs(f.coverage - first.coverage) < 0.01]
    if asks_duty(question.text):  # "Apa yang harus saya lakukan jika …?" names no act: the duty decides a tie
        ties = [f for f in ties if f.value == "required"] or ties
    deciding = max(ties, key=lambda f: (f.precision, -f.position))
    if deciding.unmet:  # "… tanpa surat perintah?": that permission is not in force, a prohibition as close decides
        # (or closer: "menghadiri deklarasi … tanpa surat perintah" covers "… kalau tidak ada surat perintah" better)
        forbidding = [
            f
            for f in found
            if f.authoritative == deciding.authoritative
            and f.value == "forbidden"
            and f.coverage > deciding.coverage - 0.01
        ]
        deciding = max(forbidding, key=lambda f: (f.precision, -f.position), default=deciding)
    conflict = next((f for f in found if f.opposes(deciding)), None)
    t = draft.t
    if deciding.authoritative:
        draft.text_line(f"verdict_{deciding.value}", condition=deciding.condition)
    else:
        source = source_label(deciding.candidate.chunk, t)
        draft.text_line("verdict_by_source", source=source, verdict=t.fill(f"word_{deciding.value}"))
    lead_in = deciding.lead_in
    if lead_in and not rule_kind(deciding.candidate.sentence.text) and lead_in[0].id != deciding.candidate.chunk.id:
        draft.evidence(*lead_in)
    if deciding.scope is not None:  # "… termasuk ketika anggota sedang cuti": why it applies in the asked setting
        draft.evidence(deciding.scope[0].chunk, deciding.scope[0].sentence.text, last=True)
    if conflict is not None:
        chunk, sentence = conflict.candidate.chunk, conflict.candidate.sentence.text
        values = {"source": source_label(chunk, t), "verdict": t.fill(f"word_{conflict.value}")}
        draft.finally_add("conflict", chunk, sentence, **values, quote=quoted(sentence))
    draft.verdict = Verdict(
        deciding.value,
        deciding.condition,
        deciding.authoritative,
        deciding.candidate.chunk.doc_kind,
        conflict is not None,
    )
    return deciding.candidate


# "Namun, anggota Polri yang bersangkutan wajib melaporkan …": a rule the sentence before it qualifies.
_QUALIFIES = re.compile(
    r"^\W*(?:namun|akan tetapi|tetapi|meski(?:pun)? demikian|walaupun demikian|however|but)\b", re.I
)


def qualifier(rule: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """The next sentence of the best one's paragraph, when it is part of the answer: in a regulation or guideline
    a paragraph is one rule block ("… boleh berada di lokasi … hanya jika memegang surat perintah. Selama berada di
    lokasi, personel tidak bersorak …"; "Personel tidak wajib keluar dari grup …, kecuali …. Begitu pengurus grup
    menyatakan …, personel keluar saat itu juga …"); elsewhere, when it qualifies a rule ("Suami, istri, dan anak
    anggota … boleh menjadi … tim kampanye. Namun, anggota Polri yang bersangkutan wajib melaporkan …"): the
    officer's part of the answer. None when there is none."""
    following = rule.next
    if following is None:
        return None
    if is_authoritative(rule.chunk.doc_kind) or (_QUALIFIES.match(following.text) and rule_kind(following.text)):
        return sibling(rule, rule.index + 1, ranked)
    return None


def legal_basis(draft: Draft, candidate: Candidate, ranking: Ranking) -> None:
    """The legal reference the rule's own paragraph, or failing that its document, names, if any."""
    document = ranking.corpus.document(candidate.chunk.doc_id)
    nearest = sorted(document, key=lambda c: (c.id != candidate.chunk.id, abs(c.paragraph - candidate.chunk.paragraph)))
    for chunk in nearest:
        for unit in quote_units(chunk.text):
            refs = legal_references(unit.text)
            if refs:
                draft.add("legal_basis", chunk, unit.text, refs, refs="; ".join(refs))
                return
