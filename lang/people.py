"""Find people in police news text: rank, name and the role the article gives them.

Indonesian police reporting introduces a person as ROLE + RANK + NAME, with or without commas:
"Kapolresta Magelang, Kombes Pol Mustofa, S.I.K., M.H.", "Wakapolres Jombang Kompol Hari Kurniawan",
"Wakil Kepala Kepolisian Resor Malang Komisaris Polisi Imam Mustolih". Later mentions are shorter
("Kompol Hari", "Kombes Pol Mustofa"); `resolve` maps them back to the full introduction. A role is only
attached when it stands right before the rank (so "Kapolres Jombang melalui Kompol Hari" gives no role).
"""

import re
from dataclasses import dataclass, replace

from lang.vocabulary import POLICE_POSTS, POST_LONG_FORMS, alternation

RANKS = (
    "Jenderal Polisi|Jenderal Pol|Komjen Pol|Komjen|Irjen Pol|Irjen|Brigjen Pol|Brigjen|Komisaris Besar Polisi|"
    "Kombes Pol|Kombes|Ajun Komisaris Besar Polisi|AKBP|Komisaris Polisi|Kompol|Ajun Komisaris Polisi|AKP|"
    "Inspektur Polisi Satu|Iptu|Inspektur Polisi Dua|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda|"
    "Letkol|Kolonel|Mayor|Kapten|Pak|Bapak|Ibu|Bu"
)
# Police and military ranks only: "Pak RT", "Bu RW" are a neighbourhood head, not a person's initials.
_ADDRESSES = frozenset(("Pak", "Bapak", "Ibu", "Bu"))  # forms of address, not ranks
OFFICER_RANKS = "|".join(rank for rank in RANKS.split("|") if rank not in _ADDRESSES)
_OFFICER_RANK_WORDS = frozenset(OFFICER_RANKS.split("|"))
# Two or three capitals after a rank, as the press names the accused ("Bripka AS"), captured; not a corps or a
# title before a name ("Mayor TNI Budi", "Letkol CHK Sutrisno", "Kompol DR. Budi").
INITIALS = r"(?!(?:TNI|POLRI|CPM|CHK|PNS)\b)([A-Z]{2,3})\b(?![a-z])(?!\.?\s+[A-Z][a-z])"
# Longest first, so "Kombes Pol" is taken before "Kombes".
RANK_WORDS = tuple(sorted(RANKS.split("|"), key=len, reverse=True))
_ROLE_HEAD = (
    r"Wakil Kepala Kepolisian (?:Resor|Sektor|Resor Kota|Daerah)|Kepala Kepolisian (?:Resor|Sektor|Resor Kota|Daerah)|"
    rf"{alternation(POLICE_POSTS)}|"
    r"Kasihumas|Kasi Humas|Kabid Humas|Kabid Propam|Kasat \w+|Kasi Propam|Danramil|Dandim|Camat|Bupati"
)
_PLACE = r"(?:\s+(?!(?:" + RANKS + r")\b)[A-Z][\w.]*){1,4}"
_NAME = r"[A-Z][a-zA-Z'’]+(?:\s+(?!(?:SIK|MH|SH|MSi|SE|MM)\b)[A-Z][a-zA-Z'’]+){0,3}"
_TITLES = (
    r"(?:,?\s+(?:S\.?\s?I\.?\s?K\.?|M\.?\s?H\.?|S\.?\s?H\.?|M\.?\s?Si\.?|SIK|MH|SH|MSi|S\.?\s?Sos\.?|M\.?\s?M\.?)"
    r"\b\.?)*"
)
_MENTION = re.compile(
    rf"(?:(?P<role>(?:{_ROLE_HEAD}){_PLACE})\s*,?\s+)?(?P<rank>{RANKS})\.?\s+(?P<name>{_NAME})(?P<titles>{_TITLES})"
)
# A civilian introduced without rank, by an appositive after their post: "Anggota Bawaslu Kota Rawa Indah
# sekaligus Koordinator Divisi Pencegahan, Rahmat Hidayatullah, mengajak …", "Ketua KPU Sagara, Sri Wahyuni,
# mengatakan …". The post opens with one of these words and is capitalised words (a few joining words between);
# a full name (two words or more, none in capitals) stands between the commas, and a verb follows.
_CIVIL_POST = r"Anggota|Wakil Ketua|Ketua|Koordinator|Komisioner|Kepala|Direktur|Sekretaris|Pengamat|Peneliti|Dosen"
_POST_WORD = r"(?:[A-Z][\w.&/-]*|sekaligus|dan|dari|di|untuk)"
_CIVIL = re.compile(
    rf"(?P<role>\b(?:{_CIVIL_POST})(?:\s+{_POST_WORD}){{1,10}}),\s+"
    r"(?P<name>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){1,3}),\s+(?=[a-z])"
)
# Words that open a place, an office or a body, not a person's name.
_NOT_FIRST_NAME = frozenset(
    "Desa Dusun Kampung Kelurahan Kecamatan Kabupaten Kota Provinsi Jalan Menteri Presiden Gubernur Bupati Wali "
    "Camat Lurah Sekretaris Direktur Ketua Kepala Anggota Koordinator Komisioner".split()
)
# A capitalised run opening with one of these names a body, not a person.
BODY_WORDS = frozenset(
    "Bidang Bid Satuan Sat Divisi Polres Polresta Polrestabes Polda Polsek Mabes Kepolisian Komisi Badan Dinas "
    "Kementerian Departemen Partai Pemerintah Pengadilan Mahkamah Dewan Majelis Panitia Bagian Seksi".split()
)
# A role followed by a bare name (no rank): "Kapolsek Ainun Djariyah".
# Words that end a post's name in a question ("… dibantah Kabid Humas itu?", "the Kabid who …")
_NOT_POST_WORDS = frozenset(
    "yang itu ini tersebut dan atau di ke dari untuk soal atas pada dalam saat ketika who that which and the of in "
    "at on said denied".split()
)
# Units a post names, in whatever case a question types them ("kabid humas", "kasat reskrim polres waeputih")
_UNIT_WORDS = frozenset(
    "humas propam reskrim binmas samapta sabhara intelkam lantas narkoba polda polres polresta".split()
)
# The heads of police posts a who-question may name a person by ("yang dibantah Kabid Humas")
_POLICE_HEADS = frozenset([*(post.lower() for post in POLICE_POSTS), "kabid", "kasat", "kasi", "kasihumas"])
_ROLE_NAME = re.compile(rf"(?P<role>(?:{_ROLE_HEAD}))\s+(?P<name>{_NAME})")
# Spelled-out posts to their short form ("Wakil Kepala Kepolisian Resor Kota" → "Wakapolresta"), longest first.
_ROLE_NORMAL = [
    (re.compile(rf"^{re.escape(long.title())}\b"), post.capitalize())
    for long, post in sorted(
        ((long, post) for post, longs in POST_LONG_FORMS.items() for long in longs), key=lambda p: -len(p[0])
    )
]


@dataclass(frozen=True)
class Person:
    name: str  # "Imam Mustolih"
    rank: str = ""  # "Komisaris Polisi"
    role: str = ""  # "Wakil Kepala Kepolisian Resor Malang"
    titles: str = ""  # "S.I.K., M.H."
    start: int = 0  # where the mention starts in the text it was found in
    end: int = 0

    def named_in(self, text: str) -> bool:
        """Whether `text` names this person: any word of the name, as a whole word ("AKP Reza" names Reza
        Pahlevi; "menjadi" does not name Adi)."""
        return any(re.search(rf"\b{re.escape(word)}\b", text, re.I) for word in self.name.split() if len(word) > 1)

    @property
    def is_officer(self) -> bool:
        """Whether the person is named with a police or military rank, not a form of address ("Bapak …")."""
        return self.rank in _OFFICER_RANK_WORDS

    def posted_in(self, text: str) -> bool:
        """Whether `text` names this person by their police post: its head ("Kabid", "Kapolres" …) as a whole word,
        followed by the role's own next words as far as the text names one ("Kabid Humas" and "Kabid Humas Polda
        Teluk Seram" are the Kabid Humas of Polda Teluk Seram; "Kabid Propam", "Kabid Humas Polda Maluku" are not).
        Civil posts ("Ketua Bawaslu …") never count: a question asks them by post."""
        role = self.role_normalized.split()
        if not role or role[0].lower() not in _POLICE_HEADS:
            return False
        for match in re.finditer(rf"\b{re.escape(role[0])}\b((?:\s+[\w-]+){{0,4}})", text, re.I):
            following = match.group(1).split()
            same = True
            for said, own in zip(following, role[1:], strict=False):
                if said.lower() in _NOT_POST_WORDS or not (said[0].isupper() or said.lower() in _UNIT_WORDS):
                    break  # the post's name ends: "… dibantah Kabid Humas itu", "Kapolres bilang"
                if said.lower() != own.lower():
                    same = False
                    break
            if same:
                return True
        return False

    @property
    def role_normalized(self) -> str:
        """The role in the short form articles also use: "Wakapolres Malang" for the spelled-out title."""
        role = self.role
        for pattern, short in _ROLE_NORMAL:
            role = pattern.sub(short, role)
        return role

    @property
    def label(self) -> str:
        """Rank + name (+ role), as a journalist would attribute: "Komisaris Polisi Imam Mustolih (Wakil ...)"."""
        who = f"{self.rank} {self.name}".strip()
        return f"{who} ({self.role})" if self.role else who


def find_people(text: str, known: list[Person] | None = None) -> list[Person]:
    """People mentioned in `text` with rank (and role when it stands right before). A role before a bare
    name ("Kapolsek Ainun Djariyah") counts for names introduced with a rank here or in `known`."""
    people = []
    taken: list[tuple[int, int]] = []
    for match in _MENTION.finditer(text):
        rank = match.group("rank")
        if rank in _ADDRESSES and not match.group("role") and is_role_word(match.group("name")):
            continue
        titles = match.group("titles").strip(" ,")
        people.append(
            Person(
                name=match.group("name").strip(),
                rank=rank,
                role=undouble((match.group("role") or "").strip()),
                titles=titles,
                start=match.start(),
                end=match.end(),
            )
        )
        taken.append((match.start(), match.end()))
    for match in _CIVIL.finditer(text):
        name = match.group("name")
        first = name.split()[0]
        if any(s <= match.start("name") < e for s, e in taken) or first in BODY_WORDS | _NOT_FIRST_NAME:
            continue
        role = undouble(match.group("role").strip())
        people.append(Person(name=name, role=role, start=match.start(), end=match.end("name")))
        taken.append((match.start(), match.end("name")))
    # A role before a bare name counts only for a name already introduced with a rank (else "Kapolres Jombang"
    # would make a person of the place).
    known_first_words = {p.name.split()[0] for p in [*people, *(known or [])]}
    for match in _ROLE_NAME.finditer(text):
        if any(s <= match.start() < e for s, e in taken) or match.group("name").split()[0] not in known_first_words:
            continue
        role = undouble(match.group("role"))
        people.append(Person(name=match.group("name"), role=role, start=match.start(), end=match.end()))
    # A bare name of someone introduced before ("Hendra juga menyinggung …", "kata Darmawan"): that person.
    for person in known or []:
        for part in {w for w in person.name.split() if len(w) >= 4 and w[:1].isupper()}:
            for match in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text):
                if not any(s <= match.start() < e for s, e in taken):
                    taken.append((match.start(), match.end()))
                    people.append(replace(person, start=match.start(), end=match.end()))
    return sorted(people, key=lambda p: p.start)


_ROLE_MENTION = re.compile(rf"(?:{_ROLE_HEAD}){_PLACE}")


_DOUBLED = re.compile(r"\b(\w+(?:\s+\w+){0,3})\s+\1\b")


def undouble(role: str) -> str:
    """A role as a reader wants it: a place an article printed twice once ("Kapolres OKU Timur OKU Timur" →
    "Kapolres OKU Timur"). What is left is still verbatim in the text, so a citation check still finds it."""
    return _DOUBLED.sub(r"\1", role)


def find_role_mentions(text: str) -> list[str]:
    """Posts named without a person ("Kapolresta Magelang menekankan ..."), in their short normalized form."""
    return [Person(name="", role=m.group(0).strip()).role_normalized for m in _ROLE_MENTION.finditer(text)]


def is_role_word(name: str) -> bool:
    return bool(re.match(rf"(?:{_ROLE_HEAD}|Polres|Polsek|Polda|Polri)\b", name))


def resolve(mention: Person, known: list[Person]) -> Person:
    """The fullest earlier introduction of the same person: same last name word, or a name that extends it."""
    words = mention.name.split()
    best = mention
    for person in known:
        person_words = person.name.split()
        same = person_words[: len(words)] == words or (words and words[-1] in person_words)
        if same and (len(person.name) + len(person.role) * 2) > (len(best.name) + len(best.role) * 2):
            best = Person(
                name=person.name,
                rank=person.rank or mention.rank,
                role=person.role or best.role,
                titles=person.titles,
                start=mention.start,
                end=mention.end,
            )
    return best
