"""The reply to a question a document reports: a Q&A session's answer is in what follows the question.

A briefing's or training's report gives the question in one sentence ("Ipda HS … Ia bertanya apakah harus pindah
tugas.") and the answer after it, often in the next paragraph ("Yudha menjelaskan bahwa HS tidak otomatis
dimutasi."). The selector rates the question's sentence best, because it shares the user's words; quoted alone it
answers nothing. It is quoted with the sentences that reply to it.
"""

import re

from assistant.coverage import Coverage
from assistant.extractive.candidates import Candidate, sibling, unretrieved
from assistant.question import Question
from assistant.retrieve import Corpus
from lang.people import RANK_WORDS
from lang.rules import rule_kind
from lang.vocabulary import POST_TITLES

# A sentence that asks: its verb is asking ("bertanya", "menanyakan"), or it is a question itself. Not "ketika
# ditanya soal …": that sets the scene of a reply already given.
QUESTION = re.compile(r"\?[”\"]?\s*$")
# Nor "anggota wajib bertanya dulu ke Propam": advice to ask, not a question asked.
_ADVISED = r"(?<!wajib )(?<!harus )(?<!perlu )(?<!dapat )(?<!bisa )(?<!boleh )(?<!agar )(?<!untuk )(?<!supaya )"
_ASKS = re.compile(rf"{_ADVISED}\b(?:bertanya|menanyakan|mempertanyakan)\b|{QUESTION.pattern}", re.I)
REPLY_SENTENCES = 2  # the reply's sentences quoted: its first, and the one that goes on with it
_OPENS_QUOTE = re.compile(r"^[“\"]")
# Words of a speaker's name that are ranks or titles, not the name ("Iptu Hasan" and "Iptu Rudi" share "Iptu").
_NOT_NAMES = frozenset(word for rank in RANK_WORDS for word in rank.split()) | {t.title() for t in POST_TITLES}


# A proposal reported ("Anggota Komisi I, Fransiska Tingang, mengusulkan agar …") is answered as a question is,
# when the user asks how it was received ("Did the Wakapolda agree to …?", "Usulan itu diterima?").
_PROPOSES = re.compile(r"\b(?:mengusulkan|mengajukan\s+usul\w*|mengusulkannya)\b", re.I)
_RECEIVED = (
    r"agree\w*|accept\w*|reject\w*|respond\w*|react\w*|setuju|menyetujui|disetujui|menerima|diterima|"
    r"menolak|ditolak|tanggap\w*|menanggapi|ditanggapi"
)
_ASKS_RECEPTION = re.compile(
    rf"\b(?:{_RECEIVED})\b(?=.*\b(?:usul\w*|propos\w*|ideas?|ide|gagasan|saran\w*)\b)"
    rf"|\b(?:usul\w*|propos\w*|ideas?|ide|gagasan|saran\w*)\b(?=.*\b(?:{_RECEIVED})\b)",
    re.I,
)
_RECEPTION = re.compile(rf"\b(?:{_RECEIVED}|usul\w*)\b", re.I)  # what a reply to a proposal says of it


def asks(candidate: Candidate, question: Question | None = None) -> bool:
    """Whether the sentence asks something; or proposes, for a `question` on how a proposal was received ("Did
    the Wakapolda agree to … idea …?", "Usulan itu diterima?")."""
    return _ASKS.search(candidate.sentence.text) is not None or _proposes(candidate, question)


def _proposes(candidate: Candidate, question: Question | None) -> bool:
    return (
        question is not None
        and _ASKS_RECEPTION.search(question.text) is not None
        and _PROPOSES.search(candidate.sentence.text) is not None
    )


def off_topic_questions_last(question: Question, ranked: list[Candidate], coverage: Coverage) -> list[Candidate]:
    """The ranking with the questions a document asks about something else moved to its end. A question reads
    like the user's to the embedder ("Tanya: Berapa banyak pertanyaan yang masuk …?" for "Jelaskan kasus
    pemindahan Kapolsek …: apa alasannya …?"); one that shares none of the asked terms points to no reply."""
    off = [
        c for c in ranked if QUESTION.search(c.sentence.text) and not coverage.about(question.groups, c.sentence.text)
    ]
    return [c for c in ranked if c not in off] + off


def reply_to(
    question: Candidate, ranked: list[Candidate], corpus: Corpus, whole: bool = False, user: Question | None = None
) -> list[Candidate]:
    """The sentences after a reported question, up to the end of the paragraph the reply starts in: the rest of the
    question's paragraph, or else the next paragraph's first ones (all of them when `whole`). Empty when the
    candidate asks nothing (`asks`, for the `user`'s question)."""
    if not asks(question, user):
        return []
    # a proposal's paragraph goes on with the proposer's reasons; how it was received comes after, if anywhere
    proposal = _ASKS.search(question.sentence.text) is None
    if question.index + 1 < len(question.sentences) and not proposal:
        first, index = question, question.index + 1
    else:
        first, index = next_paragraph(question, corpus), 0
        if first is None or (proposal and not _RECEPTION.search(first.sentence.text)):
            return []
    if whole:
        return [_candidate(first, i, ranked) for i in range(index, len(first.sentences))]
    replies = [_candidate(first, i, ranked) for i in range(index, min(index + REPLY_SENTENCES, len(first.sentences)))]
    following = index + REPLY_SENTENCES
    if replies and following < len(first.sentences) and _limits(replies[-1], first.sentences[following].text):
        replies.append(_candidate(first, following, ranked))
    said_on = _in_own_words(replies[-1], corpus) if replies else None
    return replies if said_on is None else [*replies, said_on]


def _limits(reply: Candidate, sentence: str) -> bool:
    """Whether the sentence after a reply that allows something states what is not allowed ("Ia boleh datang ke
    kampanye …" → "Yang tidak boleh adalah datang diantar mobil patroli …"): the reply's limit, part of it."""
    said = rule_kind(reply.sentence.text)
    limit = rule_kind(sentence)
    return said is not None and said[0] == "permission" and limit is not None and limit[0] == "prohibition"


def _in_own_words(reply: Candidate, corpus: Corpus) -> Candidate | None:
    """The replier's words quoted in the next paragraph, when the reported reply ends its paragraph ("Rahmat
    menjawab anggota tetap boleh hadir …" → "“… begitu kamera diangkat …, menjauh. …,” kata Rahmat."): the
    reply's point is often in them. None unless that paragraph opens with a direct quote of a person the reply
    names."""
    if reply.index + 1 < len(reply.sentences):
        return None
    following = next_paragraph(reply, corpus)
    if following is None:
        return None
    opening = following.sentence.text
    speakers = [
        q.speaker
        for q in following.chunk.quotes
        if q.kind == "direct" and q.words and opening.lstrip('“"').startswith(q.words[:12])
    ]
    said = {w for name in speakers for w in name.split()} - _NOT_NAMES  # a name, not "Iptu" both may share
    named = set(re.findall(r"\b[A-Z][a-z]+\b", reply.sentence.text))
    return following if _OPENS_QUOTE.match(opening) and named.intersection(said) else None


def next_paragraph(candidate: Candidate, corpus: Corpus) -> Candidate | None:
    """The first sentence of the paragraph after the candidate's, as a candidate, or None at the document's end."""
    document = corpus.document(candidate.chunk.doc_id)
    position = corpus.position(candidate.chunk)
    if position is None or position + 1 >= len(document):
        return None
    following = document[position + 1]
    return None if following.kind == "heading" else unretrieved(following, candidate)


def _candidate(paragraph: Candidate, index: int, ranked: list[Candidate]) -> Candidate:
    """Sentence `index` of `paragraph`'s paragraph: the ranking's own candidate when it holds one (a paragraph the
    retrieval did not reach has none: its sentence then borrows the asking sentence's rank and vector)."""
    return sibling(paragraph, index, ranked) or Candidate(
        paragraph.hit, paragraph.rank, index, paragraph.sentences, paragraph.vector
    )
