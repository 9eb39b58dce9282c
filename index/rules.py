"""Rule statements and legal references in paragraphs, extracted at index time for officers' questions.

A rule is a sentence that forbids ("dilarang", "tidak boleh", "jangan", or a "tidak <verb>" item in a
neutrality list), permits ("boleh", "diperbolehkan") or obliges ("wajib", "harus"). Legal references are
UU/PP/Perpol/Perkap numbers with year, articles (Pasal … ayat …) and Kapolri/Kapolres telegrams (ST/…).
Everything is kept verbatim with its paragraph id; nothing here decides a verdict the text does not state.
"""

import re
from dataclasses import asdict, dataclass

from index.sentences import quote_units

LEGAL_REFERENCE = re.compile(
    r"(?:Undang-Undang|UU)\s+(?:Republik Indonesia\s+)?(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}"
    r"(?:\s+tentang\s+[A-Z][\w-]*(?:\s+[\w-]+){0,5}?(?=[,.;]|\s+seluruh|\s+dan|$))?"
    r"|(?:Peraturan Pemerintah|PP|Perpol|Perkap|Peraturan Kepolisian Negara Republik Indonesia|Peraturan Kapolri)"
    r"\s+(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}"
    r"|Surat Telegram(?:\s+[A-Z][\w]*){0,3}\s+(?:Nomor|No\.?)\s*:?\s*ST/[\w./-]+"
    r"|\bST/\d+/[\w./-]+"
    r"|\bPasal\s+\d+(?:\s+ayat\s+\(\d+\))?(?:\s+huruf\s+[a-z])?",
    re.I,
)
PROHIBITION = re.compile(
    r"\b(dilarang|larangan|tidak boleh|tidak diperbolehkan|tidak dibenarkan|tidak diizinkan|jangan|"
    r"tidak (?:melibatkan diri|terlibat|menunjukkan|menggunakan|memberi|membantu|berpihak|memihak|ikut|"
    r"mengikuti|menghadiri|berfoto|mengunggah|menyukai|memasang|menjadi|mengacungkan|mengomentari|membagikan))\b",
    re.I,
)
PERMISSION = re.compile(r"(?<!tidak )\b(boleh|diperbolehkan|dibolehkan|diizinkan|berhak)\b", re.I)
OBLIGATION = re.compile(r"\b(wajib|diwajibkan|harus|diharuskan|kewajiban|diminta untuk|agar)\b", re.I)


@dataclass(frozen=True)
class Rule:
    chunk_id: str
    kind: str  # prohibition | permission | obligation
    sentence: str  # verbatim
    marker: str  # the words that make it a rule ("dilarang", "tidak menggunakan")
    legal_refs: tuple[str, ...]  # verbatim references in the same paragraph

    def to_json(self) -> dict:
        """Plain JSON types (lists, not tuples), so a stored chunk reads back equal to the one written."""
        return {**asdict(self), "legal_refs": list(self.legal_refs)}


def rule_kind(sentence: str) -> tuple[str, str] | None:
    """(kind, marker) of a rule sentence; prohibitions first, since "tidak boleh" also contains "boleh"."""
    for kind, pattern in (("prohibition", PROHIBITION), ("obligation", OBLIGATION), ("permission", PERMISSION)):
        match = pattern.search(sentence)
        if match:
            return kind, match.group(0)
    return None


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
