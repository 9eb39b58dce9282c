"""The default answerer: extractive, no LLM. It reads forward from the engine's ranking:

    the selector's ranked sentences and its answer-or-refuse decision (`assistant.rerank`) → the lead its kind
    asks for (`kinds.py`) → draft (the short answer, the verbatim sentences with [n]) → the engine's citation
    check.

Refusals: the selector refuses when its confidence is below the threshold chosen on out-of-fold data. One hand
rule refuses, because it is certain: an Indonesian question none of whose words the corpus holds. No other hand
rule refuses: even "a proper name the corpus never holds" refused 62 of 1,896 answerable FacQA questions and 22
of 382 answerable IDK-MRC ones (names spelled otherwise, typos, a part of a name the passage leaves out), so it
is one of the selector's features instead (`names_missing_corpus`). A typed question whose quoted sentences hold
nothing of the asked type (no number for "berapa", no amount of money for "berapa denda") is refused with what is
missing (`asked_type.py`). A question whose answer the source says is not known yet ("… belum dapat dipastikan")
is refused quoting the sentence that says so (`undisclosed.py`). A sentence about another unit of the asked
kind, from a document that never names the asked one ("Polresta Kencana Raya" for "Polres Muara Lintang"), is
refused naming both (`other_entity.py`). A question about a dated day whose quotes are all from news published
before that day, none naming it, is refused saying so (`predates.py`).
What the answer leads with depends on the question's kind (`kinds.py`): a verdict for "is it allowed", the
speaker for "who said", the person for "who holds the post", the span for typed questions.
"""

import difflib
import re
from dataclasses import replace

from assistant.answer import Answer
from assistant.draft import Draft, abstention
from assistant.extractive.asked_type import asks_sanction, holds_sanction, missing_type, sanction_sentence
from assistant.extractive.breakdown import breakdown
from assistant.extractive.candidates import Candidate, own_document
from assistant.extractive.compound import Ask, answering, two_asks, unanswered_asks
from assistant.extractive.definition import complement, definition
from assistant.extractive.kinds import LOOK_AT_DOER, Unanswered, close, lead, report_channel
from assistant.extractive.lists import find_list, quote_list
from assistant.extractive.named_source import from_named_source, from_the_guideline
from assistant.extractive.other_entity import OtherEntity, left_out, missing_post, other_entity
from assistant.extractive.predates import predates
from assistant.extractive.rebuttal import rebuttal, refuted_documents, reports_claim
from assistant.extractive.reply import QUESTION, asks, off_topic_questions_last, reply_to
from assistant.extractive.subject import (
    about_initialed,
    antecedent,
    case_thread,
    continuation,
    goes_on_about_asked,
    reported_before,
)
from assistant.extractive.title_holder import title_holder
from assistant.extractive.undisclosed import ON_TOPIC, not_yet_known, open_reply, says_open
from assistant.extractive.verdict import covered, qualifier
from assistant.prompts import Templates
from assistant.question import Kind, Question
from assistant.rerank import Ranking
from assistant.retrieve import Corpus
from index.authority import is_authoritative
from index.document import Chunk
from lang.people import Person, find_people
from lang.quotes import is_speech
from lang.terms import words

# A further sentence is quoted when the selector rates it at least this share of the best one, while the quoted
# text stays within MAX_QUOTED_CHARS. Chosen on IDK-MRC valid (the shared sets' split for choosing thresholds):
# ratio 0.6 → 0.25 took answerable questions whose quotes hold the gold span from 271 to 294 of 382 (median
# quoted 186 → 252 chars); FacQA's held-out files agreed (293 → 315 of 379).
SUPPORT_RATIO = 0.25
MAX_QUOTED_CHARS = 450
# A summary ("Summarise the sanctions …") is a topic, not one fact: the selector, trained to find the one sentence
# holding an answer, rates the rest of the topic's sentences low. It also quotes the sentences of the best
# sentence's own document, among the selector's best SUMMARY_LOOK_AT, that hold SUMMARY_ON_TOPIC of the topic's
# terms (or any of them, in a paragraph already quoted), within a longer budget (the overall median limit).
SUMMARY_LOOK_AT = 10
SUMMARY_ON_TOPIC = 0.4
MAX_SUMMARY_CHARS = 600
SUMMARY_SENTENCES = 6  # a summary's sentences, at most (a fact's answer quotes max_citations)
# A case summarised (`subject.case_thread`): the accused's deed, defence and sanction, each a sentence or two.
# Longer than one fact's answer; summaries are a few of the questions, so the median stays short.
MAX_CASE_CHARS = 900
_RULES_OR_TOPIC = (Kind.ALLOWED, Kind.SUMMARY)


class ExtractiveAnswerer:
    name = "extractive"

    def __init__(self, templates: dict[str, Templates], max_citations: int) -> None:
        self.templates = templates
        self.max_citations = max_citations

    def answer(self, question: Question, ranking: Ranking) -> Answer:
        t = self.templates[question.language]
        related = [h.chunk for h in ranking.hits[:3]]
        # A verdict question the corpus does not answer is one its rules do not cover; say so in those words.
        refusal = t.fill("not_regulated") if question.kind is Kind.ALLOWED else t.fill("weak_match")
        if not ranking.hits or foreign(question, ranking.corpus):
            return self._abstain(question, refusal, related)
        ranked = off_topic_questions_last(question, ranking.ranked(), ranking.coverage)
        ranked = from_named_source(question, ranked, ranking)  # "Menurut Kabid Propam, …"
        ranked = from_the_guideline(question, ranked, ranking)  # "What does the pocket book say …?"
        # "Kapan edisi revisi terbit?" where the source says "Kapan terbitnya belum bisa saya pastikan": that is the
        # answer, a refusal that quotes it (when it says each ask of a two-part question is open)
        found_asks = two_asks(question, ranking)
        asked_kinds = tuple(ask.kind for ask in found_asks) or (question.kind,)
        replied = open_reply(question, ranked, ranking)
        if replied is not None:  # an interview's "… apakah …?" → "Itu belum diputuskan."
            return self._unknown(question, replied[1], ranking, asked=replied[0])
        unknown = not_yet_known(question, ranked, ranking, asked_kinds)
        # … unless it says so of one ask of two, and the other is answered ("Siapa anggota yang ikut meneruskan …,
        # dan bagaimana hasil pemeriksaannya?" → "… Bripda IM diketahui ikut meneruskan …" and "Hasil
        # pemeriksaannya belum ada …"): then both are quoted
        answered = unknown is not None and _other_ask_answered(question, found_asks, unknown, ranked, ranking)
        open_part = unknown if answered else None
        if unknown is not None and open_part is None:
            return self._unknown(question, unknown, ranking)
        # "Apa saja kewajiban anggota …?" asks for the list of duties, not whether one act is required: a list on
        # the asked topic is the answer. It answers, as a rule that covers the asked act does, even when the
        # selector doubts its best sentence: their structure, not one sentence's confidence, says they answer. So does
        # a sentence that names the asked title's holder ("Menteri Perdagangan Marie Pangestu", `title_holder.py`).
        listed = find_list(question, ranked, ranking)
        if (
            not ranking.decision.answer
            and listed is None
            and not rule_covers(question, ranking)
            and report_channel(question, ranked) is None
            and title_holder(question, ranked, ranking.corpus) is None
        ):
            return self._abstain(question, refusal, related)
        draft = Draft(question, t, self.name)
        if listed is not None:
            quote_list(draft, listed)
            return draft.answer()
        led = lead(draft, question, ranked, ranking)
        if isinstance(led, Unanswered):  # … said as the source's date tells it, when that is why
            return self._abstain(question, _predates(question, ranked[:1], t) or led.text(t), related)
        best = led or (_summarised(question, ranked, ranking) if question.kind is Kind.SUMMARY else ranked[0])
        defined = definition(question, ranked, ranking.corpus, ranking.coverage) if led is None else None
        if led is None:  # "Bripka AS … dijatuhi hukuman apa?": a sentence that names Bripka AS, or goes on about him
            # … else, for "what sanction", the sentence that names one
            best = (
                defined  # "Dia dihitung keluarga dekat nggak?": the definition
                or about_initialed(question, best, ranked, holds_sanction if asks_sanction(question.text) else None)
                or sanction_sentence(question, best, ranked, ranking.coverage)
                or best
            )
        # A fact about another unit of the asked kind ("Polresta Kencana Raya" for "Polres Muara Lintang"); a rule
        # or a briefing's topic is not about one unit.
        swapped = other_entity(question, best, ranking.corpus) if question.kind not in _RULES_OR_TOPIC else None
        if swapped is not None:
            return self._abstain(question, _about_other(t, swapped), related)
        # The holder of a post the best sentence's document never names ("Ketua Bawaslu …" from an article whose
        # only named people are police officers).
        post = missing_post(question, best, ranking.corpus) if question.kind is Kind.WHO else None
        if post is not None:
            return self._abstain(question, Unanswered("missing_kind", "what_role", post).text(t), related)
        # A verdict's rule qualified by the sentence after it ("Namun, anggota … wajib melaporkan …"), and a rule
        # book's sentence with the rest of its rule block, are quoted with it.
        qualifying = (
            qualifier(best, ranked) if draft.verdict is not None or is_authoritative(best.chunk.doc_kind) else None
        )
        # … and a definition with the one of the term outside it ("Kerabat ialah … di luar keluarga inti …")
        if defined is not None and qualifying is None:
            qualifying = complement(defined, ranked, ranking.corpus, question, ranking.coverage)
        quoted = self._evidence(draft, best, ranked, ranking, found_asks, qualifying)
        # … and one the answer would quote ("Rincian per kabupaten/kota … belum bisa dibuka" for a breakdown)
        opened = next(
            (
                c
                for c in quoted
                if not (open_part is not None and _same(c, open_part))
                and says_open(question, c, ranked, ranking, asked_kinds)
            ),
            None,
        )
        if opened is not None:
            return self._unknown(question, opened, ranking)
        said = [c.sentence.text for c in quoted]
        missing = missing_type(question, said, [c.chunk.text for c in quoted], ranking.coverage)
        if missing is not None:
            return self._abstain(question, Unanswered("missing_kind", missing).text(t), related)
        # "… pada hari pemungutan suara 27 November?" from an article of 17 October that never names that day
        early = _predates(question, quoted, t)
        if early is not None:
            return self._abstain(question, early, related)
        omitted = left_out(question, said)
        if omitted is not None:
            return self._abstain(question, _about_other(t, omitted), related)
        close(draft, question, best, ranking)
        return draft.answer()

    def _evidence(
        self,
        draft: Draft,
        best: Candidate,
        ranked: list[Candidate],
        ranking: Ranking,
        found_asks: list[Ask],
        also: Candidate | None = None,
    ) -> list[Candidate]:
        """The best sentence (and `also`, a sentence it must be read with), then the next ones the selector rates
        close to it, within the length budget."""
        thread = case_thread(draft.question, best, ranked, MAX_CASE_CHARS, ranking.corpus, holds_sanction)
        if thread:  # a case summarised: what the document says of the accused, in its order, and a second ask's
            asked = unanswered_asks(found_asks, best, thread, ranked, ranking)
            for candidate in (*thread, *asked):
                draft.evidence(candidate.chunk, candidate.sentence.text)
            return [*thread, *asked]
        scores = {id(c): s for c, s in zip(ranking.candidates, ranking.decision.scores, strict=True)}
        # a pronoun's sentence is read with the one naming who it means ("… . Ia dijatuhi …")
        before = antecedent(best, ranked) or reported_before(draft.question, best, ranked)
        if before is not None and len(before.sentence.text) + len(best.sentence.text) > MAX_QUOTED_CHARS:
            before = None
        # a summary asking how many fell under each kind: the sentence that breaks the total down
        split = breakdown(draft.question, best, ranked, ranking.corpus)
        if split is not None and any(_same(split, c) for c in (before, best, also) if c is not None):
            split = None
        head = [c for c in (before, best, also, split) if c is not None]
        quoted = list(head)
        length = sum(len(c.sentence.text) for c in quoted)
        for candidate in ranked:
            if len(quoted) >= self.max_citations or scores[id(candidate)] < SUPPORT_RATIO * scores[id(ranked[0])]:
                break
            if candidate in quoted or length + len(candidate.sentence.text) > MAX_QUOTED_CHARS:
                continue
            quoted.append(candidate)
            length += len(candidate.sentence.text)
        if draft.question.kind is Kind.SUMMARY:
            # an interview that asks the summary's topic ("Apa tindak lanjut Biro SDM?") answers it in its reply
            replied = [r for r in _interview_reply(draft.question, best, ranked, ranking) if r not in quoted]
            head += replied
            quoted += replied
            length += sum(len(c.sentence.text) for c in replied)
            quoted += self._same_topic(draft.question, best, quoted, ranked, ranking, length)
        # … and the best one with what it goes on to say of the same person ("Bripka AS … . Ia dijatuhi …"), and
        # each ask of a two-part question, within the longer budget: they take the place of sentences quoted only
        # because the selector rated them close
        # (a summary is told by the selector's sentences, not by every one that names its person)
        after = continuation(best, ranked)
        told = [] if after or draft.question.kind is Kind.SUMMARY else goes_on_about_asked(draft.question, best, ranked)
        # … but not, beside a who-question's answer, what someone else says ("Masyitah menjelaskan, …")
        told = [c for c in told if not _names_another(c, draft.speakers, ranking.corpus, draft.question.text)]
        after = after or (told[0] if told else None)
        if after is not None:
            head.insert(head.index(best) + 1, after)
        head[head.index(best) + 2 : head.index(best) + 2] = told[1:]  # "Permohonan itu dikabulkan, …"
        # a claim the source reports is quoted with what refutes it ("Pesan itu mengklaim …" → "… memastikan isi pesan
        # itu palsu."); so is one quoted beside a verdict's rule ("berkas itu menyebut anggota Polri boleh …")
        refuted = refuted_documents(ranked, ranking.corpus)
        claimant = next((c for c in (best, *quoted) if reports_claim(c, refuted)), best)
        refuting = [c for c in rebuttal(claimant, ranked, ranking.corpus, refuted) if c not in head]
        if claimant is best:
            head[head.index(after or best) + 1 : head.index(after or best) + 1] = refuting
        # a reported question is quoted with its reply ("Ia bertanya apakah harus pindah tugas." → "Yudha
        # menjelaskan bahwa HS tidak otomatis dimutasi.")
        asker = after if after is not None and asks(after, draft.question) else best
        replies = [
            c
            for c in reply_to(asker, ranked, ranking.corpus, user=draft.question)
            if c not in head and not _names_another(c, draft.speakers, ranking.corpus, draft.question.text)
        ]
        head[head.index(asker) + 1 : head.index(asker) + 1] = replies
        asked = unanswered_asks(found_asks, best, quoted, ranked, ranking)
        # … and so is an interview's question quoted because the selector rated it close ("Tanya: Bagaimana dengan
        # foto bersama calon?"): alone it answers nothing, its reply ("Jawab: Ada sembilan kasus. …") does. A
        # verdict rests on its rule: there the question is left out.
        asking = [c for c in quoted if c not in head and QUESTION.search(c.sentence.text)]
        if draft.verdict is not None:
            quoted = [c for c in quoted if c not in asking]
        answers = {id(c): [r for r in reply_to(c, ranked, ranking.corpus) if r not in head] for c in asking}
        kept = [*head, *answering(found_asks, quoted), *(c for c in quoted if answers.get(id(c)))]
        more = [c for c in (after, *told[1:], *refuting, *replies, *asked) if c is not None and c not in quoted]
        more += [r for c in quoted for r in answers.get(id(c), []) if r not in quoted and r not in more]
        quoted = _with_room(quoted, more, kept)
        # a who-said answer names its speaker: a sentence quoted only because the selector rated it close that
        # names someone else ("Kapolres … Tanrapasa membantah penilaian tersebut") reads as a second speaker
        # (when no quote clearly gives the words asked about, the first quoted sentence's people stand for the
        # speaker: "Kalimat itu disampaikan Kapolres …, AKBP Ramlan Syahputra …" is not followed by a village head's
        # quote)
        speakers = draft.speakers or (_first_named(quoted, draft.question.text) if draft.question.asks_speech else [])
        quoted = [
            c
            for c in quoted
            if c in kept or c in more or not _names_another(c, speakers, ranking.corpus, draft.question.text)
        ]
        head = [c for c in head if c in quoted]
        following = {id(r) for reply in answers.values() for r in reply}
        rest = sorted((c for c in quoted if c not in head and id(c) not in following), key=lambda c: (c.rank, c.index))
        for candidate in head + rest:
            draft.evidence(candidate.chunk, candidate.sentence.text)
            for reply in answers.get(id(candidate), []):
                if reply in quoted:
                    draft.evidence(reply.chunk, reply.sentence.text)
        return quoted

    def _same_topic(
        self,
        question: Question,
        best: Candidate,
        quoted: list[Candidate],
        ranked: list[Candidate],
        ranking: Ranking,
        length: int,
    ) -> list[Candidate]:
        """A summary's further sentences: on the topic, from the best sentence's document, within the budget."""
        more: list[Candidate] = []
        # an English summary shares few words with the Indonesian text (the glossary reaches some): there the
        # selector's order, which reads meaning through the multilingual embedder, says what is on the topic
        bar = SUMMARY_ON_TOPIC if question.language == "id" else 0.0
        for candidate in ranked[:SUMMARY_LOOK_AT]:
            text = candidate.sentence.text
            if len(quoted) + len(more) >= SUMMARY_SENTENCES:
                break
            if candidate in quoted or candidate.chunk.doc_id != best.chunk.doc_id:
                continue
            covered = ranking.coverage.about(question.groups, text)
            # a sentence of a quoted paragraph continues its topic: any of the topic's terms will do
            paragraph = any(c.chunk.id == candidate.chunk.id for c in (*quoted, *more))
            if length + len(text) > MAX_SUMMARY_CHARS or covered < (0.01 if paragraph else bar):
                continue
            more.append(candidate)
            length += len(text)
        return more

    def _unknown(self, question: Question, said: Candidate, ranking: Ranking, asked: Candidate | None = None) -> Answer:
        """A refusal that quotes the source saying the asked fact is not known yet, after the sentence before it
        when that one says what is meant ("Gelombang berikutnya … akan kami gelar …. Tanggal dan tempatnya …"), or
        after the question it replies to (`asked`)."""
        draft = Draft(question, self.templates[question.language], self.name)
        draft.text_line("not_yet_known")
        if asked is not None:
            draft.evidence(asked.chunk, asked.sentence.text)
        elif said.previous is not None and ranking.coverage.about(question.groups, said.sentence.text) < ON_TOPIC:
            draft.evidence(said.chunk, said.previous.text)
        draft.evidence(said.chunk, said.sentence.text)
        return replace(draft.answer(), abstained=True, related=[said.chunk])

    def _abstain(self, question: Question, reason: str, related: list[Chunk]) -> Answer:
        return abstention(question, self.templates[question.language], reason, related, self.name)


def _predates(question: Question, quoted: list[Candidate], t: Templates) -> str | None:
    """The refusal of a question about a day after the quoted news was published (`predates.py`), or None."""
    early = predates(question.text, quoted) if question.kind not in _RULES_OR_TOPIC else None
    return None if early is None else t.fill("predates", published=early.published, asked=early.asked)


def _other_ask_answered(
    question: Question, found_asks: list[Ask], unknown: Candidate, ranked: list[Candidate], ranking: Ranking
) -> bool:
    """Whether the open sentence speaks to the ask of a two-part question that is not of the question's own kind
    (the one a lead answers: "Siapa pengirim pertama …, dan siapa yang meneruskannya?" leads with a sender, and the
    speaker of "… pengirim pertama … masih ditelusuri" is none), the ask it holds most of, and the other ask is
    answered by one of the selector's best sentences of its document."""
    if len(found_asks) != 2:
        return False
    text = unknown.sentence.text
    opened = max(found_asks, key=lambda ask: ranking.coverage.about(ask.groups, text))
    other = next(ask for ask in found_asks if ask is not opened)
    if opened.kind is question.kind or other.kind is not question.kind:
        return False
    same = [c for c in ranked[:LOOK_AT_DOER] if c.chunk.doc_id == unknown.chunk.doc_id and not _same(c, unknown)]
    return any(other.answered_by(c) for c in same)


def _summarised(question: Question, ranked: list[Candidate], ranking: Ranking) -> Candidate:
    """A summary's first sentence: the best one of the document the selector's best SUMMARY_LOOK_AT rate highest
    together. A topic is a document's, not one sentence's: a rule book's item that shares "Oktober 2024" with
    "Rangkum sanksi … selama Oktober 2024" outranks each sentence of the monthly release that is the topic."""
    mass: dict[str, float] = {}
    for candidate in ranked[:SUMMARY_LOOK_AT]:
        mass[candidate.chunk.doc_id] = mass.get(candidate.chunk.doc_id, 0.0) + ranking.score(candidate)
    # a summary of someone's case ("jelaskan kasus Aipda Markus …") is told by a document that names them
    people = [p for p in find_people(question.text) if p.is_officer]
    naming = {doc for doc in mass if people and all(p.named_in(ranking.corpus.text(doc)) for p in people)}
    topic = max(naming or mass, key=lambda doc: mass[doc], default=None)
    return next((c for c in ranked if c.chunk.doc_id == topic), ranked[0])


def _interview_reply(question: Question, best: Candidate, ranked: list[Candidate], ranking: Ranking) -> list[Candidate]:
    """The reply to the question the best sentence's document asks that holds most of a summary's topic (at least
    SUMMARY_ON_TOPIC): an interview's "Apa tindak lanjut Biro SDM?" for "Rangkum tindak lanjut Biro SDM …".
    The selector rates the reply low: it repeats none of the summary's words."""
    own = own_document(best, ranked, ranking.corpus)
    asked = [
        (ranking.coverage.about(question.groups, c.sentence.text), c) for c in own if QUESTION.search(c.sentence.text)
    ]
    covered, asking = max(asked, key=lambda pair: pair[0], default=(0.0, None))
    if asking is None or covered < SUMMARY_ON_TOPIC:
        return []
    return reply_to(asking, ranked, ranking.corpus)


def _same(a: Candidate, b: Candidate) -> bool:
    """Two candidates for one sentence (one built for a paragraph the retrieval did not reach)."""
    return (a.chunk.id, a.index) == (b.chunk.id, b.index)


def _first_named(quoted: list[Candidate], asked: str) -> list[Person]:
    """The people the first quoted sentence that names anyone the question does not names."""
    for candidate in quoted:
        people = [p for p in find_people(candidate.sentence.text) if not p.named_in(asked)]
        if people:
            return people
    return []


def _names_another(candidate: Candidate, speakers: list[Person], corpus: Corpus, asked: str) -> bool:
    """Whether the sentence names a person other than the answer's speakers and those the question names, by rank
    or by a name its article introduced ("Menurut Rahmatia, …", "Masyitah menjelaskan, …"), or is a quote the
    index gives to someone else ("“…,” kata Hasbullah." beside the Kabid Propam's own words) or that names none of
    the speakers."""
    if not speakers:
        return False
    named = {word for person in speakers for word in person.name.split()}
    said_by = [q.speaker for q in candidate.chunk.quotes if candidate.sentence.text in q.sentence]
    known = find_people(corpus.text(candidate.chunk.doc_id))
    sentence = candidate.sentence.text
    others = [p for p in find_people(sentence, known) if not p.named_in(asked)]
    # … or reports speech without naming them ("“…,” kata Kepala Desa Pasia Bolang, Jamaluddin Rambe.")
    unnamed_speech = is_speech(sentence) and not named & set(re.findall(r"\w+", sentence))
    return (
        unnamed_speech
        or any(not set(p.name.split()) & named for p in others)
        or any(not set(name.split()) & named for name in said_by)
    )


def _about_other(t: Templates, found: OtherEntity) -> str:
    """Why the answer refuses: the quotes are about another unit of the asked kind than the asked one."""
    return t.fill(found.key, asked=found.asked, found=found.found)


def _with_room(quoted: list[Candidate], more: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """`quoted` and each of `more` that fits MAX_SUMMARY_CHARS with the `kept` ones: room is made by leaving out,
    last first, the other quoted sentences (quoted only because the selector rated them close to the best)."""
    quoted = list(quoted)
    kept = list(kept)
    for candidate in more:
        if sum(len(c.sentence.text) for c in (*quoted, candidate) if c in kept or c is candidate) > MAX_SUMMARY_CHARS:
            continue
        droppable = [c for c in quoted if c not in kept]
        while sum(len(c.sentence.text) for c in (*quoted, candidate)) > MAX_SUMMARY_CHARS:
            quoted.remove(droppable.pop())
        quoted.append(candidate)
        kept.append(candidate)
    return quoted


def foreign(question: Question, corpus: Corpus) -> bool:
    """The one certain refusal: an Indonesian question none of whose words occurs anywhere in the corpus (an
    English one may still meet the text through the multilingual embedder), nor one spelled close to its words.
    On the shared dev sets it refuses no answerable question."""
    if question.language != "id":
        return False
    if any(corpus.idf(term) < corpus.max_idf for group in question.groups for term in group):
        return False
    # Nor a word spelled a little otherwise ("stalakmit" for "stalagmit", "Ikhshīd" for "Ikhshid").
    spelled = [w.lower() for w in words(question.text) if len(w) >= 4]
    return not any(difflib.get_close_matches(w, corpus.vocabulary, n=1, cutoff=0.8) for w in spelled)


def rule_covers(question: Question, ranking: Ranking) -> bool:
    """An is-it-allowed question is answered when an authoritative rule covers the act, even when the selector is
    unsure of its best sentence: the rule decides (`verdict.py`), not sentence confidence."""
    return question.kind is Kind.ALLOWED and covered(question, ranking.ranked(), ranking)
