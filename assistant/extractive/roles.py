"""Questions that ask who holds a post ("Siapa Kapolres Jombang?", "Who is the deputy police chief of Malang?")
and whether a person found in the text holds it.

A post is a role head (Kapolres, Wakapolres, Kapolsek, …; English phrasings mapped to them) plus place words.
Kapolres also covers Kapolresta/Kapolrestabes (a city force's chief); a deputy never counts as the chief.

The post is read from the ask that asks who: in "Kasat Reskrim X dipindah ke mana, dan pejabat Polda siapa yang
menjelaskannya?" the Kasat is the subject of the other ask, and nobody is asked to hold that post. Its place words
are those before a relative clause: "Siapa Kapolsek yang bertanya soal acara Maulid Nabi …?" asks which Kapolsek
did something, and no Kapolsek's post names Maulid Nabi.
"""

import re

from assistant.extractive.compound import asks
from assistant.question import Question
from lang.people import Person
from lang.vocabulary import POLICE_POSTS, POST_FAMILIES, POSTS_EN, alternation

Post = tuple[str, tuple[tuple[str, ...], ...]]  # (role head, place words as groups of alternatives)

_HEADS = [post.lower() for post in POLICE_POSTS] + ["kasihumas", "kabid", "kasat", *POSTS_EN]
_ROLE_QUESTION = re.compile(
    r"\b(?:heads? (?:of )?(?:the )?(?P<unit>bidang|bid|satuan|sat|polresta|polres|polsek|polda)\b|"
    rf"(?P<head>{alternation(_HEADS)})\b)",
    re.I,
)
_UNIT_SHORT = {"bidang": "bid", "satuan": "sat"}
_ASKS_WHO = re.compile(r"\b(?:siapa(?:kah)?|who|whom)\b", re.I)
_RELATIVE = re.compile(r"\b(?:yang|who|that|which)\b", re.I)
# "Siapa yang menjabat Kapolres …?" asks the holder; "Siapa yang menjalankan tugas Kapolsek …?" asks who did
# something to or for the post: only these words may stand between the who-ask's "yang" and the post.
_HOLDING = frozenset(
    "menjabat memimpin menjadi dilantik diangkat ditunjuk ditetapkan dipilih dipercaya menduduki jabatan bertugas "
    "sebagai kini sekarang saat ini baru resmi merupakan adalah plh plt pjs pj pelaksana tugas "
    # adverbs: "Siapa yang kemudian ditunjuk menjadi Kapolsek …?"
    "kemudian lalu akhirnya telah sudah pernah sempat akan saja nantinya memegang".split()
)
# … also after a head ("Siapa orang pertama yang menyebarkan pesan … yang dibantah Kabid Humas?" asks no post)
_ASKED_THROUGH = re.compile(r"\b(?:siapa(?:kah)?)(?:\s+\w+){0,3}?\s+yang\s+(?P<words>[^?]*)$", re.I)
# A time clause ends the post's place words: "Kapolsek Tebing Sari selama AKP Reza ditarik ke Polda" names no place
# after "selama".
_TIME_CLAUSE = re.compile(
    r"\b(?:selama|saat|ketika|sewaktu|setelah|sesudah|sebelum|sejak|during|after|before|while)\b", re.I
)


def asked_post(question: Question) -> Post | None:
    """The post a who-question asks about, or None when it asks about something else."""
    parsed = _parse(question)
    return parsed[0] if parsed else None


def described(question: Question) -> tuple[tuple[str, ...], ...]:
    """The names the who-ask's relative clause gives ("Maulid Nabi" of "Siapa Kapolsek yang bertanya soal acara
    Maulid Nabi …?", "Jombang" of "Siapa Kapolres yang baru dilantik di Jombang?"): the sentence that names the
    post's holder must hold them, or it may be about another Kapolsek."""
    parsed = _parse(question)
    return parsed[1] if parsed else ()


def _parse(question: Question) -> tuple[Post, tuple[tuple[str, ...], ...]] | None:
    asking = next((ask for ask in asks(question.text) if _ASKS_WHO.search(ask)), question.text)
    match = _ROLE_QUESTION.search(asking)
    if not match:
        return None
    through = _ASKED_THROUGH.search(asking[: match.start()])
    if through and not set(through.group("words").lower().split()) <= _HOLDING:
        return None
    if match.group("unit"):  # "who heads Bid Propam …": the unit's head, Ka + the unit (Kabid, Kasat, Kapolres …)
        unit = match.group("unit").lower()
        head = "ka" + _UNIT_SHORT.get(unit, unit)
    else:
        head = POSTS_EN.get(match.group("head").lower(), match.group("head").lower())
    ends = [m.start() for m in (_RELATIVE.search(asking, match.end()), _TIME_CLAUSE.search(asking, match.end())) if m]
    cut = min(ends, default=len(asking))
    naming, clause = asking[:cut].lower(), asking[cut:].lower()
    names = [g for g in question.entities if g[0] != head and not _ROLE_QUESTION.fullmatch(g[0])]
    places = tuple(g for g in names if g[0] in naming)
    return (head, places), tuple(g for g in names if g[0] in clause and g not in places)


def holds_post(person: Person, post: Post) -> bool:
    head, places = post
    role = person.role_normalized.lower()
    if not role or role.split()[0] not in POST_FAMILIES.get(head, (head,)):
        return False
    return holds_each(places, role)


def holds_each(groups: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """Whether the lower-cased text holds an alternative of each group (a post's places, a clause's names)."""
    return all(any(alt in lowered for alt in group) for group in groups)


def post_text(post: Post) -> str:
    head, places = post
    return " ".join([head, *(group[0] for group in places)]).strip()
