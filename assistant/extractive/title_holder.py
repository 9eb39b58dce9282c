"""Who holds a post outside the police ("Siapa nama Menteri Perdagangan Indonesia?", "Siapakah nama Sekretaris
Jenderal Forum Petani Merdeka"): news names a holder by title and name together ("… menuntut Menteri Perdagangan
Marie Pangestu agar mundur …"), so a sentence among the selector's best few that gives the asked title followed by
a person's name answers the question, whatever the selector's confidence in its other words. (Police posts have
their own reading, `roles.py`.)

Only a question that is the title and nothing more is read so: "Siapa presiden yang …" asks which one did
something. The title must stand whole in the sentence, but for the home country the Indonesian press leaves out
("Presiden Susilo Bambang Yudhoyono" is Indonesia's; another country's is "Presiden Palestina Mahmoud Abbas"), and
for a name the best paragraphs write as its acronym ("Forum Petani Merdeka (FPM)" … "Sekretaris Jenderal FPM,
Frans Rumpalaba"). Where the home country is left out, a word after the title that names a country, or that the
corpus writes after "di", "ke" or "negara", is a place ("Presiden Palestina …"), not the holder's name; so it is
when the question names no country ("Siapa presiden?"). A deputy, a former, a would-be or a past holder, someone
attached to the post ("Wakil Presiden Jusuf Kalla", "almarhum Presiden …", "Juru bicara Presiden …") and a law named
after it ("Peraturan Presiden Nomor …") name no holder; a name ends before a day, a month, "Nomor" or "Tahun".
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.extractive.candidates import Candidate
from assistant.question import Kind, Question
from assistant.retrieve import Corpus
from lang.vocabulary import COUNTRY_WORDS, DAYS_ID, MONTHS_ID, POST_TITLES, alternation

LOOK_AT = 5  # the selector's best sentences a holder is looked for among
_ASKS = re.compile(
    r"^\s*siapa(?:kah)?\s+(?:nama\s+)?(?P<post>[^?,]+?)\s*(?:\b(?:sekarang|saat\s+ini|kini)\s*)?\??\s*$", re.I
)
_HOME = r"(?:republik\s+indonesia|indonesia|ri)"
# Words before the title that make its holder someone else: a deputy, a former or a would-be holder, one of an
# earlier time ("almarhum Presiden Soeharto", "era Presiden …"), a law or a building named after the post
# ("Peraturan Presiden Nomor …", "Istana Presiden"), and people attached to the post ("Juru bicara Presiden …").
_NOT_HOLDING = frozenset(
    "wakil mantan bekas calon eks almarhum mendiang era masa zaman pemerintahan rezim peraturan keputusan instruksi "
    "istana bicara jubir staf khusus ajudan istri suami putra putri anak adik kakak".split()
)
_NAME = re.compile(r"[A-Z][a-z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti))*")
# … and words that start no one's name, or end it: a body, a region, a party, a law's parts, a day or a month
_NOT_NAME = frozenset(
    "kabupaten kota provinsi partai republik uni komisaris terpilih nomor tahun dan direktur kabinet".split()
)
_NAME_ENDS = re.compile(rf"\s+(?:{alternation(DAYS_ID + MONTHS_ID)}|Nomor|Tahun|Dan)\b.*$", re.S)
_DEFINED = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)\s+\(([A-Z]{2,})\)")
_MAX_POST_WORDS = 8


@dataclass(frozen=True)
class Holder:
    candidate: Candidate
    name: str


def asked_title(question: Question) -> str | None:
    """The title an Indonesian who-question asks the holder of, when the question is that title alone."""
    if question.kind is not Kind.WHO or question.language != "id":
        return None
    asked = _ASKS.match(question.text)
    post = asked.group("post").strip() if asked else ""
    words = post.lower().split()
    if not words or words[0] not in POST_TITLES or "yang" in words or len(words) > _MAX_POST_WORDS:
        return None
    return post


def title_holder(question: Question, ranked: list[Candidate], corpus: Corpus) -> Holder | None:
    """The first of the selector's best sentences that names the asked title's holder, with the name."""
    post = asked_title(question)
    if post is None:
        return None
    bare = re.sub(rf"\s+{_HOME}$", "", post, flags=re.I)
    titles = [post] if bare == post else [post, bare]
    best = ranked[:LOOK_AT]
    # acronyms as the best sentences' paragraphs define them ("… diwakili Forum Petani Merdeka (FPM) …")
    defined = " ".join(dict.fromkeys(c.chunk.text for c in best))
    places: dict[str, bool] = {}
    for candidate in best:
        for title in titles + _abbreviated(titles, defined + " " + corpus.text(candidate.chunk.doc_id)):
            name = _holder(title, candidate.sentence.text, lambda word: _is_place(word, corpus, places))
            if name:
                return Holder(candidate, name)
    return None


def _abbreviated(titles: list[str], document: str) -> list[str]:
    """The titles with a name the document defines by its acronym written as that acronym."""
    return [
        re.sub(re.escape(long), short, title, flags=re.I)
        for long, short in _DEFINED.findall(document)
        for title in titles
        if long.lower() in title.lower()
    ]


def _holder(title: str, sentence: str, is_place: Callable[[str], bool]) -> str:
    """The name the sentence gives right after the title (after a comma, or the home country, too), or "". A name
    whose first word is a place is another country's holder ("Presiden Palestina Mahmoud Abbas")."""
    pattern = r"\s+".join(re.escape(w) for w in title.split())
    for found in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])\s*,?\s+(?:{_HOME}\s+)?", sentence, re.I):
        before = sentence[: found.start()].split()
        if before and before[-1].lower().strip('(“"') in _NOT_HOLDING:
            continue
        name = _NAME.match(sentence, found.end())
        if name is None:
            continue
        words = _NAME_ENDS.sub("", name.group(0)).rstrip(".,").split()
        first = words[0].lower()
        if first in POST_TITLES or first in _NOT_NAME or is_place(words[0]):
            continue
        return " ".join(words)
    return ""


def _is_place(word: str, corpus: Corpus, known: dict[str, bool]) -> bool:
    """A country's name, or a word the corpus writes as a place ("di Jayapura", "ke Kathmandu"); `known` keeps the
    corpus's answers for one question."""
    if word.lower() in COUNTRY_WORDS:
        return True
    if word not in known:
        place = re.compile(rf"\b(?:di|ke|negara)\s+{re.escape(word)}\b")
        known[word] = any(place.search(chunk.text) for chunk in corpus.chunks)
    return known[word]
