"""Rule statements and legal references in paragraphs, extracted at index time for officers' questions.

A rule is a sentence that forbids ("dilarang", "tidak boleh", "jangan", or a "tidak <verb>" item in a
neutrality list), permits ("boleh", "diperbolehkan", "tidak dilarang", "tidak masalah") or obliges ("wajib",
"harus"). Legal references are
UU/PP/Perpol/Perkap numbers with year, articles (Pasal … ayat …) and Kapolri/Kapolres telegrams (ST/…).
Everything is kept verbatim with its paragraph id; nothing here decides a verdict the text does not state.
"""

import re
from dataclasses import asdict, dataclass

from lang.sentences import quote_units

LEGAL_REFERENCE = re.compile(
    r"(?:Undang-Undang|UU)\s+(?:Republik Indonesia\s+)?(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}"
    r"(?:\s+tentang\s+[A-Z][\w-]*(?:\s+[\w-]+){0,5}?(?=[,.;]|\s+seluruh|\s+dan|$))?"
    # a regulation or decree by its issuer, in full or short ("Peraturan Kepolisian Nomor 7 Tahun 2022", "PKPU
    # Nomor 8 Tahun 2024", "Keputusan KPU …", "Peraturan Kapolda Bukit Serayu …")
    r"|(?:(?:Peraturan|Keputusan|Instruksi)\s+(?:Pemerintah|Kepolisian(?:\s+Negara\s+Republik\s+Indonesia)?|Kapolri|"
    r"Kapolda(?:\s+[A-Z]\w+){0,2}|KPU|Bawaslu|DKPP|Presiden|Menteri(?:\s+[A-Z]\w+){1,3}|Daerah)"
    r"|PP|Perpol|Perkap|PKPU|Perbawaslu|Perpres|Keppres|Inpres|Perda)"
    r"\s+(?:Republik\s+Indonesia\s+)?(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}"
    r"|Surat Telegram(?:\s+[A-Z][\w]*){0,3}\s+(?:Nomor|No\.?)\s*:?\s*ST/[\w./-]+"
    r"|\bST/\d+/[\w./-]+"
    r"|\bPasal\s+\d+(?:\s+ayat\s+\(\d+\))?(?:\s+huruf\s+[a-z])?",
    re.I,
)
PROHIBITION = re.compile(
    # "tak" is "tidak" ("Atlet pelatnas tak diperbolehkan mengikuti kejurnas")
    r"\b((?<!tidak )(?<!tak )dilarang|larangan|(?:tidak|tak) (?:boleh|diperbolehkan|dibolehkan|dibenarkan|diizinkan)|"
    r"jangan|"
    r"(?:tidak|tak) (?:melibatkan diri|terlibat|menunjukkan|menggunakan|memberi|membantu|berpihak|memihak|ikut|"
    r"mengikuti|menghadiri|berfoto|mengunggah|menyukai|memasang|menjadi|mengacungkan|mengomentari|membagikan|"
    # a rule book's "Anggota … tidak dapat mencalonkan diri", "… berada di luar TPS dan tidak masuk ke dalamnya"
    r"dapat|bisa|masuk|hadir|duduk|mengenakan|memakai|memberikan|membicarakan|mencalonkan|diunggah))\b",
    re.I,
)
# "Salat Jumat … yang kebetulan didatangi paslon tidak masalah, asal …": "no problem" permits, and so does "Kegiatan
# berikut tidak dilarang selama …"; not a belief the sentence rejects ("Anggapan bahwa … tidak masalah adalah
# keliru", "Banyak personel mengira … tidak masalah, padahal …")
PERMISSION = re.compile(
    r"(?<!tidak )(?<!tak )\b(boleh|diperbolehkan|dibolehkan|diizinkan|berhak)\b"
    r"|\b(?:tidak|tak)\s+(?:masalah|apa-apa)\b|(?<!berarti )\b(?:tidak|tak)\s+dilarang\b",
    re.I,
)
# "tidak wajib keluar dari grup …" lifts a duty; it states none
OBLIGATION = re.compile(
    r"(?<!tidak )(?<!tak )(?<!tidak perlu )\b(wajib|diwajibkan|harus|diharuskan|kewajiban|diminta untuk|agar)\b", re.I
)


@dataclass(frozen=True)
class Rule:
    chunk_id: str
    kind: str  # prohibition | permission | obligation
    sentence: str  # verbatim
    marker: str  # the words that make it a rule ("dilarang", "tidak menggunakan")
    legal_refs: tuple[str, ...]  # verbatim references in the same paragraph

    def to_json(self) -> dict:
        """Plain JSON types (lists, not tuples)."""
        return {**asdict(self), "legal_refs": list(self.legal_refs)}

    @classmethod
    def from_json(cls, data: dict) -> "Rule":
        return cls(**{**data, "legal_refs": tuple(data["legal_refs"])})


# "Larangan netralitas berlaku di dalam maupun di luar jam dinas, … termasuk ketika anggota sedang cuti": a sentence
# that says when and where a document's prohibitions apply, not one more act they forbid.
_SCOPE = re.compile(r"^(?:larangan|ketentuan|aturan)\b[^.;:]*?\bberlaku\b", re.I)


def scope_setting(sentence: str) -> str:
    """What a scope statement says the prohibitions apply in ("di dalam maupun di luar jam dinas, … sedang cuti"),
    without the words that make it one ("berlaku" would match "lakukan"); "" for any other sentence."""
    match = _SCOPE.match(sentence.strip())
    return sentence.strip()[match.end() :] if match else ""


_NO_PROBLEM = re.compile(r"^(?:tidak|tak)\s+(?:masalah|apa-apa)$", re.I)
_REJECTED_BELIEF = re.compile(r"\b(?:anggapan|mengira|dikira|keliru|salah\s+kaprah|padahal)\b", re.I)


def rule_kind(sentence: str) -> tuple[str, str] | None:
    """(kind, marker) of a rule sentence; prohibitions first, since "tidak boleh" also contains "boleh"."""
    for kind, pattern in (("prohibition", PROHIBITION), ("obligation", OBLIGATION), ("permission", PERMISSION)):
        match = pattern.search(sentence)
        if match and not (_NO_PROBLEM.match(match.group(0)) and _REJECTED_BELIEF.search(sentence)):
            return kind, match.group(0)
    return None


# --- clauses: which part of a rule sentence covers the act asked about ---------------------------------------
# "Kegiatan pengamanan boleh didokumentasikan, tetapi foto dan videonya … tidak untuk diunggah di media sosial
# pribadi": the sentence permits one act and forbids another. A verdict is read from the clause that covers the
# asked act, not from the sentence's first modal word.
_CONNECTIVE = (
    r"akan tetapi|tetapi|tapi|namun|melainkan|sedangkan|kecuali|asalkan|asal|sepanjang|dengan syarat|jika|"
    r"apabila|bila|selama|selain"
)
# "wajib melaporkannya … dan tidak boleh terlibat …": two rules joined by "dan"/"serta", each with its polarity.
_JOINED_RULE = (
    r"(?:dan|serta)\s+(?:tidak boleh|tidak diperbolehkan|dilarang|wajib|diwajibkan|harus|boleh|diperbolehkan)"
)
# ", bukan untuk mengangkut peserta": a negated alternative after a comma contrasts with the rule before it.
_CLAUSE_BREAK = re.compile(rf"\s*;\s*|,?\s+(?=(?:{_CONNECTIVE}|{_JOINED_RULE})\b)|\s*,\s*(?=bukan\b)", re.I)
_NEGATED_CONJUNCT = re.compile(r",?\s+(?=(?:dan|serta)\s+tidak\b)", re.I)
_NEGATED_CONJUNCT_OPENS = re.compile(r"(?:dan|serta)\s+tidak\b", re.I)
_CONDITION = re.compile(r"(?:asalkan|asal|sepanjang|dengan syarat|jika|apabila|bila|selama)\b", re.I)
_EXCEPTION = re.compile(r"(?:kecuali|selain)\b", re.I)
_CONTRAST = re.compile(r"(?:akan tetapi|tetapi|tapi|namun|melainkan|sedangkan|bukan)\b", re.I)
_EXCLUDED_ALTERNATIVE = re.compile(r"bukan\b", re.I)
_NEGATION = re.compile(r"\b(?:tidak|tak|bukan|jangan|tanpa)\b", re.I)
_OPPOSITE = {"prohibition": "permission", "permission": "prohibition"}


@dataclass(frozen=True)
class Clause:
    """A part of a rule sentence and what it says of its act: `kind` (prohibition | permission | obligation, or
    None when it states no rule), and the condition a permission holds under ("asalkan …", "kecuali …")."""

    text: str
    scope: str  # the words that say which act it is about (a condition clause: with the clause it conditions)
    kind: str | None
    condition: str = ""

    @property
    def is_exception(self) -> bool:
        """A clause that exempts a case from the main rule ("kecuali diminta oleh Ketua KPPS …")."""
        return bool(_EXCEPTION.match(self.text))

    @property
    def is_excluded_alternative(self) -> bool:
        """A negated alternative after a comma (", bukan untuk mengangkut peserta") of the main clause's act, with
        no subject or verb of its own (unlike "tetapi foto dan videonya hanya untuk laporan … dan tidak …")."""
        return bool(_EXCLUDED_ALTERNATIVE.match(self.text))

    @property
    def is_condition(self) -> bool:
        """A clause that states when the rule applies ("apabila menerima …"), not the act it rules on."""
        return bool(_CONDITION.match(self.text))


def clauses(sentence: str, inherited: str | None = None) -> list[Clause]:
    """The sentence's clauses, each with its own polarity. `inherited` is the kind of a list's lead-in ("Anggota
    Polri dilarang:") for an item that states none. A contrast clause with a negation takes the opposite of the
    main rule ("boleh …, tetapi tidak …"); an exception grants what the main rule forbids, under its own words as
    the condition (its scope is the main act and the exception), and an exception to a permission makes it
    conditional on the exception ("boleh menyumbang …, kecuali …"); a condition clause makes the permission before
    it conditional, even one that forbids something (then also a prohibition of its own)."""
    pieces = [p.strip(" ,") for p in _CLAUSE_BREAK.split(sentence) if p and p.strip(" ,")]
    if inherited:  # "Anggota Polri wajib: 1. menjaga sikap netral dan tidak memihak …": the item's act is an
        # obligation, its negated conjunct a prohibition, not one prohibition for the whole item
        pieces = [part for piece in pieces for part in _NEGATED_CONJUNCT.split(piece) if part.strip(" ,")]
    main = next((found[0] for p in pieces[:1] if (found := rule_kind(p))), None) or inherited
    out: list[Clause] = []
    for piece in pieces:
        own = rule_kind(piece)
        before = out[-1] if out else None
        if _NEGATED_CONJUNCT_OPENS.match(piece) and before is not None and before.is_condition and not own:
            # "boleh melayat …, asalkan tidak ikut berfoto dan tidak menerima amplop": the condition's negated
            # conjunct forbids its act as the condition before it does, it grants nothing
            out.append(Clause(piece, piece, "prohibition" if before.kind == "permission" else before.kind))
        elif _CONDITION.match(piece) and before is not None and not own:
            if before.kind == "permission":
                out[-1] = Clause(before.text, before.scope, before.kind, piece)
            out.append(Clause(piece, f"{before.scope} {piece}", before.kind, out[-1].condition))
        elif _CONDITION.match(piece) and before is not None and before.kind == "permission" and own:
            # "boleh menghadiri …, asalkan acara itu bukan kampanye dan personel tidak berfoto …": the permission
            # holds on that condition; what the condition forbids stays a prohibition of its own
            out[-1] = Clause(before.text, before.scope, before.kind, piece)
            out.append(Clause(piece, piece, own[0]))
        elif _EXCEPTION.match(piece) and not own:
            kind = _OPPOSITE.get(main or "")
            scope = f"{out[0].scope if out else ''} {piece}"
            if kind == "prohibition" and before is not None and before.kind == "permission" and not before.condition:
                # "boleh menyumbang …, kecuali sumbangan itu dihimpun oleh paslon": allowed on that condition
                out[-1] = Clause(before.text, before.scope, before.kind, piece)
            out.append(Clause(piece, scope, kind, piece if kind == "permission" else ""))
        elif _CONTRAST.match(piece) and not own:
            kind = _OPPOSITE.get(main or "") if _NEGATION.search(piece) else main
            out.append(Clause(piece, piece, kind))
        else:
            out.append(Clause(piece, piece, (own[0] if own else None) or main))
    return out


def opens_conjunct(text: str) -> bool:
    """Whether a clause is a negated conjunct of the one before it ("dan tidak ikut berfoto bersama")."""
    return _NEGATED_CONJUNCT_OPENS.match(text) is not None


def legal_references(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(0).strip() for m in LEGAL_REFERENCE.finditer(text)))


def extract_rules(chunk_id: str, text: str) -> list[Rule]:
    refs = legal_references(text)
    rules = []
    for unit in quote_units(text):
        found = rule_kind(unit.text)
        if found:
            rules.append(Rule(chunk_id, found[0], unit.text, found[1], refs))
    return rules
