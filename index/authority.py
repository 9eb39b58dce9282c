"""What kind of source a document is, and whether it has the authority to decide a verdict.

Kinds: `regulation` (laws, Perpol, telegrams), `guideline` (the pocket book and other official guidance),
`official_statement` (a police press release), `news`, `other`. Only regulations and guidelines decide whether
an act is allowed; everything else can support a verdict, or contradict it, but is shown as "according to …".

The kind comes from the document's front matter (`kind:`) or the upload form (`kind_file`); older names are read
as the kind they meant (`article` → news, `pocketbook` → guideline). Without one: a file under `pocketbook/` or
`regulations/` is a guideline or a regulation, one under `articles/` is news, a PDF named like the pocket book
("buku saku", "pedoman") is a guideline, and anything else is `other`.
"""

from pathlib import Path

KINDS = ("regulation", "guideline", "official_statement", "news", "other")
AUTHORITATIVE = frozenset({"regulation", "guideline"})
_ALIASES = {
    "article": "news",
    "berita": "news",
    "artikel": "news",
    "pocketbook": "guideline",
    "pedoman": "guideline",
    "buku_saku": "guideline",
    "peraturan": "regulation",
    "law": "regulation",
    "press_release": "official_statement",
    "rilis": "official_statement",
    "statement": "official_statement",
    "document": "other",
    "blog": "other",
}
_FOLDERS = {"pocketbook": "guideline", "guidelines": "guideline", "regulations": "regulation", "articles": "news"}


class UnknownKind(ValueError):
    pass


def normalize_kind(declared: str) -> str:
    """A declared kind as one of `KINDS`; UnknownKind for anything else (a typo must not pass as a regulation)."""
    key = declared.strip().lower().replace("-", "_").replace(" ", "_")
    kind = _ALIASES.get(key, key)
    if kind not in KINDS:
        raise UnknownKind(f"unknown document kind {declared!r}: use one of {', '.join(KINDS)}")
    return kind


def kind_file(path: Path) -> Path:
    """Where the app's upload form records the kind the user chose for an uploaded file: `<name>.kind` beside it
    (not a document: only SUPPORTED_SUFFIXES are indexed)."""
    return path.with_name(f"{path.name}.kind")


def default_kind(path: Path) -> str:
    """The kind of a document that declares none in its text: the one chosen when it was uploaded, else from
    where it lies and what it is called."""
    try:
        return normalize_kind(kind_file(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, UnknownKind):
        pass
    for folder in reversed(path.parent.parts[-2:]):  # the file's folder, or the one above it
        if folder.lower() in _FOLDERS:
            return _FOLDERS[folder.lower()]
    name = path.stem.lower()
    if path.suffix.lower() == ".pdf" and any(word in name for word in ("saku", "pedoman", "netralitas")):
        return "guideline"
    return "other"


def is_authoritative(kind: str) -> bool:
    return kind in AUTHORITATIVE
