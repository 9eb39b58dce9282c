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
corpus writes after "di", "ke" or "negara", is a place ("Presiden Palestina …"), not the holder's name. A deputy, a
former or a would-be holder ("Wakil Presiden Jusuf Kalla", "mantan Menteri …") does not hold the post.
"""

import re
from dataclasses import dataclass

from assistant.extractive.candidates import Candidate
from assistant.question import Kind, Question
from assistant.retrieve import Corpus
from lang.vocabulary import COUNTRY_WORDS, POST_TITLES

LOOK_AT = 5  # the selector's best sentences a holder is looked for among
_ASKS = re.compile(
    r"^\s*siapa(?:kah)?\s+(?:nama\s+)?(?P<post>[^?,]+?)\s*(?:\b(?:sekarang|saat\s+ini|kini)\s*)?\??\s*$", re.I
)
_HOME = re.compile(r"\s+(?:republik\s+indonesia|indonesia|ri)$", re.I)
_NOT_HOLDING = frozenset("wakil mantan bekas calon eks".split())
_NAME = re.compile(r"[A-Z][a-z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti))*")
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
    bare = _HOME.sub("", post)
    titles = [(post, False)] if bare == post else [(post, False), (bare, True)]
    best = ranked[:LOOK_AT]
    # acronyms as the best sentences' paragraphs define them ("… diwakili Forum Petani Merdeka (FPM) …")
    defined = " ".join(dict.fromkeys(c.chunk.text for c in best))
    for candidate in best:
        written = titles + _abbreviated(titles, defined + " " + corpus.text(candidate.chunk.doc_id))
        for title, homeless in written:
            name = _holder(title, candidate.sentence.text, corpus if homeless else None)
            if name:
                return Holder(candidate, name)
    return None


def _abbreviated(titles: list[tuple[str, bool]], document: str) -> list[tuple[str, bool]]:
    """The titles with a name the document defines by its acronym written as that acronym."""
    return [
        (re.sub(re.escape(long), short, title, flags=re.I), homeless)
        for long, short in _DEFINED.findall(document)
        for title, homeless in titles
        if long.lower() in title.lower()
    ]


def _holder(title: str, sentence: str, corpus: Corpus | None) -> str:
    """The name the sentence gives right after the title (after a comma too), or ""; with `corpus`, a title whose
    country was left out: its first word must not be a place."""
    pattern = r"\s+".join(re.escape(w) for w in title.split())
    for found in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])\s*,?\s+", sentence, re.I):
        before = sentence[: found.start()].split()
        if before and before[-1].lower() in _NOT_HOLDING:
            continue
        name = _NAME.match(sentence, found.end())
        if name is None:
            continue
        first = name.group(0).split()[0]
        if first.lower() in POST_TITLES or (corpus is not None and _is_place(first, corpus)):
            continue
        return name.group(0).rstrip(".,")
    return ""


def _is_place(word: str, corpus: Corpus) -> bool:
    """A country's name, or a word the corpus writes as a place ("di Jayapura", "ke Kathmandu")."""
    if word.lower() in COUNTRY_WORDS:
        return True
    place = re.compile(rf"\b(?:di|ke|negara)\s+{re.escape(word)}\b")
    return any(place.search(chunk.text) for chunk in corpus.chunks)
