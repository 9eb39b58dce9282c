"""How closely a rule's clause and a question name the same act, for `verdict.py`.

Coverage: how much of the question's specific terms (IDF-weighted, beyond the domain's everyday words) a clause
and its lead-in hold; `full_weight` counts English words the glossary cannot translate as missing rather than
small. Precision: how much of the clause's own terms the question holds ("berfoto bersama pasangan calon" is
closer to "berfoto dengan calon" than "berfoto dengan simbol jari … bersama pasangan calon"). An exception
("dilarang X, kecuali Y") is read against the question's situation (`under_exception`).
"""

import re
from dataclasses import replace

from assistant.coverage import Coverage
from assistant.extractive.candidates import Candidate
from assistant.question import Question
from index.authority import is_authoritative
from index.document import Chunk
from lang.rules import OBLIGATION, PERMISSION, PROHIBITION, Clause, scope_setting
from lang.sentences import quote_units
from lang.situations import asking_sentence, names_relative, purposes, relative_first
from lang.terms import Analyzer, TermGroup

MAX_LIST_WALK = 30  # list items walked back to find a rule's lead-in
ON_TOPIC = 0.5  # share of the question's specific terms (IDF-weighted) a rule's clause and its lead-in must hold
EXCEPTION_DESCRIBED = 1 / 3  # share of an exception's own words (IDF-weighted) a question must hold to be that case
_WITHOUT = re.compile(r"\btanpa\s+(\w+(?:\s+\w+){0,2})", re.I)
# Saying one has not got something: what a question lacks (`_LACKS`, with what follows) or denies (`_DENIED`).
_LACKING = r"tanpa|without|tidak (?:ada|punya|membawa)|belum (?:ada|punya)"
_LACKS = re.compile(rf"\b(?:{_LACKING}|(?:tidak|belum) memiliki)\s+(\w+(?:\s+\w+){{0,2}})", re.I)
# What a permission says the act must come with: "sesuai surat perintah", "dengan izin tertulis dari pimpinan".
# It ends before a negation, a contrast or the next such word ("dengan paslon tanpa atribut" is no requirement).
_REQUIRING = r"(?:sesuai|dengan|berdasarkan|atas|disertai|memiliki|membawa)"
_REQUIREMENT = re.compile(
    rf"\b{_REQUIRING}(?:\s+(?!(?:{_REQUIRING}|tanpa|tidak|tak|bukan|tetapi|namun|dan|atau)\b)\w+){{1,4}}", re.I
)
_DENIED = re.compile(rf"\b(?:{_LACKING}|no)\b", re.I)
# A rule's words that say it is a rule, or whom it binds, not which act it is about.
_FRAME = frozenset("anggota polri polisi personel boleh larang wajib harus tidak jangan kecuali".split())
_GENERIC = _FRAME | {"aparat", "netral", "jaga"}  # as in coverage.py: the domain's everyday words
_ASKING = frozenset({"boleh", "larang", "izin"})  # stems of the words that ask whether an act is allowed
_MEMBER = re.compile(r"\b(?:anggota|personel|polisi|polri|aparat)\b", re.I)
# A rule whose subject points back ("Anggota tersebut boleh …", "Mereka tidak …") binds the members the sentence
# before it describes ("Apabila suami atau istri … anggota menjadi pasangan calon, …"), not every member.
_THAT_MEMBER = r"(?:anggota|personel|polisi|petugas)\s+(?:tersebut|itu|yang bersangkutan)"
_ANAPHORIC_SUBJECT = re.compile(rf"^(?:{_THAT_MEMBER}|ia|mereka|yang bersangkutan)\b", re.I)
# … and that sentence's situation is what comes before its own such subject ("Apabila …, anggota tersebut wajib …").
_MAIN_CLAUSE = re.compile(rf",\s*{_THAT_MEMBER}\b.*", re.I)
# Words that ask for a duty.
_DUTY = re.compile(r"\b(must|have to|should|obligation|obliged|required|wajib|harus|kewajiban)\b", re.I)
# What asks whether an act is allowed: a duty word after it is the asker's setting, not what is asked ("Bolehkah
# saya ikut kampanye istri saya, walaupun saya harus melapor?" asks about campaigning, not about reporting).
_ALLOWED_ASKED = re.compile(
    r"\b(boleh\w*|diperbolehkan|dibolehkan|diizinkan|dilarang|melanggar|can|may|could|allowed|permitted|forbidden|"
    r"prohibited)\b",
    re.I,
)


def asks_duty(text: str) -> bool:
    """Whether the question asks for a duty ("Apa yang harus saya lakukan?", "Am I required to …?"): its asking
    (last) sentence holds a duty word before any word that asks whether the act is allowed. A duty the asker
    mentions ("… Bolehkah saya ikut kampanye, walaupun saya harus melapor?", "Saya harus melapor. Bolehkah …?")
    is the setting; then an obligation clause cannot answer for the act asked about."""
    asking = asking_sentence(text)
    duty = _DUTY.search(asking)
    allowed = _ALLOWED_ASKED.search(asking)
    return duty is not None and (allowed is None or duty.start() < allowed.start())


def coverage_of(
    question: Question, parts: list[Clause], context: str, candidate: Candidate, coverage: Coverage
) -> float:
    """How much of the question the best clause (with the lead-in it leans on) covers; when the act's words are
    spread over several clauses, the sentence as a whole."""
    covers = max(coverage.about(question.groups, f"{context} {c.scope}") for c in parts)
    if covers < ON_TOPIC:
        covers = coverage.about(question.groups, f"{context} {candidate.sentence.text}")
    return covers


def lead_in_of(candidate: Candidate, coverage: Coverage) -> tuple[Chunk, str] | None:
    """What a rule sentence leans on: the "…:" before it in its paragraph; for a paragraph's first sentence, the
    "…:" the list it belongs to opens with (walking back over the list's items), or the previous paragraph's
    last sentence (a rule an article splits over two paragraphs)."""
    if candidate.previous is not None:
        text = candidate.previous.text
        return (candidate.chunk, text) if text.rstrip().endswith(":") else None
    chunk: Chunk | None = candidate.chunk
    first = coverage.previous(candidate.chunk)
    previous = first
    for _ in range(MAX_LIST_WALK):
        if previous is None or chunk is None:
            break
        units = quote_units(previous.text)
        if units and units[-1].text.rstrip().endswith(":"):
            return previous, units[-1].text
        if not (chunk.kind == "list" and previous.kind == "list"):
            break
        chunk, previous = previous, coverage.previous(previous)
    units = quote_units(first.text) if first else []
    return (first, units[-1].text) if first and units else None


Scopes = dict[str, tuple[Candidate, str]]  # a document's id → its sentence on when its prohibitions apply, its setting


def scope_statements(ranked: list[Candidate]) -> Scopes:
    """Per regulation or guideline among the candidates, its sentence that says when and where its prohibitions
    apply ("Larangan netralitas berlaku … termasuk ketika anggota sedang cuti"): a prohibition of that document
    covers the setting it names. A rule split over two sentences, read as one."""
    scopes: Scopes = {}
    for candidate in ranked:
        setting = scope_setting(candidate.sentence.text) if is_authoritative(candidate.chunk.doc_kind) else ""
        if setting:
            scopes.setdefault(candidate.chunk.doc_id, (candidate, setting))
    return scopes


def specific_groups(question: Question) -> list[tuple[str, ...]]:
    """The question's term groups but the domain's everyday words ("netral", "boleh", "anggota Polri" …)."""
    return [g for g in question.groups if not set(g) <= _GENERIC]


def named_words(question: Question, text: str, coverage: Coverage, setting: str = "") -> tuple[int, int]:
    """(how many of the question's specific term groups `text` holds, how many it has); one word in common is
    chance, not coverage, when the question names two or more things. The groups only `setting` holds (a scope
    statement's "… ketika anggota sedang cuti") are the question's setting: they count in neither."""
    specific = specific_groups(question)
    terms = set(coverage.analyzer.terms(text))
    around = set(coverage.analyzer.terms(setting)) - terms
    named = sum(1 for g in specific if terms.intersection(g))
    return named, len(specific) - sum(1 for g in specific if around.intersection(g))


def precision(question: Question, clause: Clause, coverage: Coverage) -> float:
    """IDF-weighted share of the clause's specific terms (not its modal words, not "anggota Polri") that the
    question holds, synonyms and the glossary's translations included."""
    asked = {term for group in question.groups for term in group}
    own = [t for t in dict.fromkeys(coverage.analyzer.terms(clause.scope)) if t not in _FRAME]
    groups = tuple(coverage.analyzer.synonyms.get(t, (t,)) for t in own)
    return coverage.of_terms(groups, asked) if groups else 0.0


def names_the_act(question: Question, text: str, coverage: Coverage) -> bool:
    """Whether a sentence names every word of the asked act's core (the act without the setting that trails it,
    `Question.core`) that is not the domain's everyday frame ("anggota Polri", "boleh", "jaga") nor a number:
    "masuk" and "TPS" of "boleh masuk ke dalam TPS?", not only "Pemilu 2024" of "ikut mencoblos dalam Pilkada
    2024?". False when the core has no such word."""
    held = set(coverage.analyzer.terms(text))
    own = [g for g in question.core or question.act if not set(g) & _GENERIC and not any(t.isdigit() for t in g)]
    return bool(own) and all(set(g) & held for g in own)


def under_exception(
    question: Question, every: list[Clause], clause: Clause, context: str, coverage: Coverage
) -> Clause:
    """A prohibition with an exception ("dilarang X, kecuali Y") read against the question's situation: allowed
    when the question describes Y (holds a third of the exception's own words), forbidden when it adds a
    situation of its own that the rule's act does not name (Y does not apply), else conditional on Y."""
    exception = next((c for c in every if c.is_exception and c.kind == "permission"), None)
    main = every[0]
    if exception is None or main.kind != "prohibition" or clause not in (main, exception):
        return clause
    analyzer = coverage.analyzer
    main_terms = set(analyzer.terms(f"{context} {main.scope}"))
    if describes(question, exception.text, main_terms, coverage):
        return replace(exception, condition="")
    # A purpose or reason of the question's own ("… to watch the vote count") that neither the rule's act nor
    # its exception names puts the case outside the exception. English words the glossary cannot translate say
    # nothing checkable; a question without one is the general case: conditional on the exception.
    named = main_terms | set(analyzer.terms(exception.text)) | _FRAME
    purpose = analyzer.query_groups(purposes(question.text), question.language)
    return main if any(g.weight == 1.0 and not set(g) & named for g in purpose) else exception


def describes(question: Question, case: str, main_terms: set[str], coverage: Coverage) -> bool:
    """Whether the question describes the case an exception or a condition names: it holds a third of the case's
    own words (not the main act's, nor the frame's), or the first own word of one of the choices it offers ("…
    setelah pensiun?": one case of "kecuali telah X atau Y")."""
    analyzer = coverage.analyzer
    asked = {term for group in question.groups for term in group}
    own = [t for t in dict.fromkeys(analyzer.terms(case)) if t not in main_terms and t not in _FRAME]
    if own and coverage.of_terms(tuple(analyzer.synonyms.get(t, (t,)) for t in own), asked) >= EXCEPTION_DESCRIBED:
        return True
    return any(
        set(analyzer.synonyms.get(head, (head,))) & asked for head in _alternative_heads(case, main_terms, analyzer)
    )


def _alternative_heads(exception: str, main_terms: set[str], analyzer: Analyzer) -> list[str]:
    """The first own word of each case a plain choice of an exception names ("kecuali telah mengundurkan diri atau
    pensiun dari dinas Polri sebelum pendaftaran calon" → undur, pensiun): a question naming one describes that
    case ("… setelah pensiun"), while "pendaftaran", a detail of a case, does not. None when the exception joins
    conditions ("… oleh fungsi Humas dan tanpa simbol atau gestur dukungan": all must hold) or offers no choice."""
    if re.search(r"\b(?:dan|serta|tanpa)\b", exception, re.I):
        return []
    cases = re.split(r"\s+atau\s+", exception, flags=re.I)
    heads = [next((t for t in analyzer.terms(case) if t not in main_terms and t not in _FRAME), "") for case in cases]
    return [h for h in heads if h] if len(cases) > 1 else []


def binds_others(question: Question, sentence: str, previous: str | None, coverage: Coverage) -> bool:
    """Whether a rule whose subject points back ("Anggota tersebut …") binds members in a situation the question
    does not describe: it names fewer than two of the words of the previous sentence's situation ("Apabila …",
    before its own "anggota tersebut"). Two, not a share: the situation is often a list of cases ("suami atau
    istri, anak, orang tua …"), of which a question describes one ("Istri saya maju sebagai calon")."""
    if previous is None or not _ANAPHORIC_SUBJECT.match(sentence.strip()):
        return False
    terms = set(coverage.analyzer.terms(_MAIN_CLAUSE.sub("", previous))) - _GENERIC
    named = [g for g in question.groups if terms.intersection(g)]
    return len(named) < 2


def binds_relatives(sentence: str, lead_in: str) -> bool:
    """Whether a rule can say what an officer's relative may do: it names one ("Keluarga anggota Polri …", "Rumah
    dinas … tidak boleh dipakai untuk pertemuan tim kampanye keluarga anggota") and its subject is not the member
    (the words before its first modal word, "Anggota dilarang mengarahkan pilihan politik suami, istri …",
    "…, anggota tersebut wajib …"; a list item's "…:" lead-in, "Anggota Polri wajib:"; an order with no subject,
    "Jangan …", is addressed to the members)."""
    if not names_relative(sentence):
        return False
    listed = lead_in if lead_in.rstrip().endswith(":") else ""
    starts = [m.start() for pattern in (PROHIBITION, OBLIGATION, PERMISSION) if (m := pattern.search(sentence))]
    subject = re.split(r"[,;:.!?\"“”]", sentence[: min(starts)])[-1] if starts else ""
    if starts and not re.search(r"\w", subject):
        return False
    if subject.strip().lower() == "yang":  # "Yang tidak boleh adalah anggota memakai pangkat …": after "adalah"
        cleft = re.search(r"\b(?:adalah|ialah)\s+(\w+)", sentence[min(starts) :])
        subject = cleft.group(1) if cleft else subject
    # "Suami, istri, dan anak anggota Polri … boleh …": the member the relatives belong to is not the subject.
    # "Anggota Polri yang anaknya mencalonkan diri dilarang …" binds the member whose child it names.
    member_subject = _MEMBER.search(subject) and not relative_first(subject, _MEMBER)
    return not (member_subject or _MEMBER.search(listed))


def names_the_verb(question: Question, text: str, coverage: Coverage) -> bool:
    """Whether `text` names the verb of an Indonesian question's act, its first specific term ("Bolehkah saya
    membocorkan rencana pengamanan …?": bocor): an obligation to do something else with the same object
    ("wajib: menjaga kerahasiaan … rencana pengamanan") says nothing of whether this act is allowed. An English
    question's terms are not in word order (glossary phrases first): not checked. The act follows the asking word
    when the subject comes first ("Apakah anggota Polres OKU Timur boleh memberikan …?": beri, not polres)."""
    asking = [i for i, g in enumerate(question.core) if _ASKING.intersection(g)]
    after = question.core[asking[0] + 1 :] if asking else question.core
    specific = [g for g in after if not set(g) <= _GENERIC] or [g for g in question.core if not set(g) <= _GENERIC]
    if question.language != "id" or not specific:
        return True
    return bool(set(coverage.analyzer.terms(text)).intersection(specific[0]))


def unmet_requirement(question: Question, clause: Clause, coverage: Coverage) -> str:
    """The requirement a permission states ("boleh mengawal pasangan calon sesuai surat perintah") that the
    question says it lacks ("… tanpa surat perintah?", or in English where the glossary translates it), verbatim;
    "" when there is none. The permission then holds only under it: a conditional verdict, never a plain
    "allowed"."""
    if clause.kind != "permission":
        return ""
    analyzer = coverage.analyzer
    lacks = {
        term
        for phrase in _LACKS.findall(question.text)
        for term in analyzer.query_terms(phrase, question.language)
        if term not in _FRAME
    }
    for requirement in _REQUIREMENT.finditer(clause.text):
        if lacks.intersection(analyzer.terms(requirement.group(0))):
            return requirement.group(0)
    return ""


def excludes(question: Question, clause: Clause, coverage: Coverage) -> bool:
    """A rule on doing something "tanpa X" (without X) does not cover a question that has X and does not deny
    it: "menghadiri deklarasi … tanpa surat perintah" is not about an officer who has a sprin."""
    asked = {term for group in question.groups for term in group}
    for phrase in _WITHOUT.findall(clause.scope):
        terms = [t for t in coverage.analyzer.terms(phrase) if t not in _FRAME][:2]
        has = any(t in coverage.analyzer.synonyms.get(a, (a,)) for t in terms for a in asked)
        if has and not _DENIED.search(question.text):
            return True
    return False


def full_weight(question: Question) -> Question:
    """The question with every term group at full weight (English words the glossary lacks included)."""
    return replace(question, groups=tuple(TermGroup(tuple(g)) for g in question.groups))
