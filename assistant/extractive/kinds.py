"""What an answer leads with, by the kind of question: one row per kind in `LEADS`.

The selector has ranked the candidate sentences; a lead looks at the best few for what the question's kind asks
for and writes the line the answer opens with (a verdict, a speaker, a person, a short span), citing the
sentence it rests on. It returns that candidate, which is then quoted first; None when nothing fits (the
answer is then the quoted sentences alone, never a guess).

Two kinds ask for something an officer or a journalist must not be handed by approximation, and refuse with
the reason when the best sentences do not give it (`Unanswered`): a verdict needs a rule about the asked act
(else "not covered by the corpus"), a post holder needs a person the text gives that post. A who-said names
the speaker only when the quote index or the article's attribution is certain; otherwise the answer is the
quoted sentences alone (refusing there cost 5 of 379 FacQA answers). Everything else leaves refusing to the
selector.
"""

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.coverage import Groups
from assistant.draft import Draft
from assistant.evidence import new_spans
from assistant.extractive.bound import asks_bound, bound_statement
from assistant.extractive.candidates import Candidate
from assistant.extractive.compound import counted_terms, counts_the_asked, two_asks
from assistant.extractive.other_entity import police_unit_named
from assistant.extractive.reply import next_paragraph
from assistant.extractive.roles import asked_post, described, holds_each, holds_post, post_text
from assistant.extractive.rule_match import lead_in_of, names_the_act, scope_statements
from assistant.extractive.title_holder import asked_title, title_holder
from assistant.extractive.verdict import ON_TOPIC, decide, legal_basis
from assistant.extractive.which import asks_which, which
from assistant.prompts import Templates
from assistant.question import SPAN_KINDS, Kind, Question
from assistant.rerank import Ranking
from index.authority import is_authoritative
from index.document import Chunk
from lang.people import BODY_WORDS, RANK_WORDS, Person, find_people
from lang.quotes import attributed_after, is_speech, speaker
from lang.rules import rule_kind
from lang.sentences import Sentence, quote_units
from lang.vocabulary import DAYS_ID, MONTHS_EN, MONTHS_ID, alternation

_REPORTED = ("news", "official_statement")  # sources whose sentences may stand in for a missing rule
LOOK_AT = 3  # a lead considers the selector's best few sentences, in its order
LOOK_AT_DOER = 8  # … and the doer of the asked act, the best few of the best sentence's own article
# Before its speaker is named, a quote holds SAID_FULLY of the question's specific terms; or the selector's
# P(holds the answer) for it, which reads meaning too (an English question shares few words with an Indonesian
# quote), is SAID_BY_MEANING; or it holds SAID_ON_TOPIC and the selector's P is SAID_MIN_SCORE.
SAID_FULLY = 0.5
SAID_BY_MEANING = 0.5
SAID_ON_TOPIC = 0.2
SAID_MIN_SCORE = 0.2
# What a who-said question says was said: the words after "siapa yang <verb>" / "who <verb>".
_CLAIM = re.compile(r"\b(?:siapa(?:kah)?\s+yang|who)\s+\w+\s+(?:(?:bahwa|that)\s+)?(\w.*)", re.I)
SAID_ALSO_LOOK_AT = 8  # where others who said the same are looked for, in the selector's order
# … and the share of the question their quote must hold: this much, and nearly as much as the best one holds
SAID_ALSO_ON_TOPIC = 0.4
SAID_ALSO_OF_BEST = 0.8
# … and it must say the same thing: its e5 cosine with the best quote this high (near-paraphrases; set on the
# trust set, where the one shared phrase scored 0.918 and a general instruction beside a reported fact 0.877)
SAID_ALSO_COSINE = 0.9
MAX_SPEAKERS = 3
# A run of capitalised words (a name, an organisation, a place), allowing "bin", "dan", "van" inside.
_NAME_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:bin|binti|van|de|di|dan|dari|al)\s+)?[A-Z][\w.'’-]*)*")


@dataclass(frozen=True)
class Unanswered:
    """The question's kind asks for something the best sentences do not give: the refusal's template and values."""

    reason: str  # template key
    what: str = ""  # for "missing_kind": the template key naming what is missing
    role: str = ""  # for "what_role": the post

    def text(self, t: Templates) -> str:
        return t.fill(self.reason, what=t.fill(self.what, role=self.role)) if self.what else t.fill(self.reason)


Outcome = Candidate | Unanswered | None
Lead = Callable[[Draft, Question, list[Candidate], Ranking], Outcome]


def lead(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    for row in LEADS:
        if row.applies(question):
            return row.write(draft, question, ranked, ranking)
    return None


def _verdict(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """The verdict of the rule that covers the asked act (`verdict.py`). When none covers it by its words but the
    selector is sure of a regulation's or guideline's rule ("resepsi nikahan" for "boleh menghadiri hajatan …,
    tetapi tidak duduk di barisan tim pemenangan"), that rule, under a line that says it is only the closest one
    and gives no verdict; else a news or press-release sentence that names the act, under such a line; "not
    covered" otherwise."""
    deciding = decide(draft, question, ranked, ranking)
    if deciding is not None:
        return deciding
    best = ranked[0]
    if not ranking.decision.answer:
        return Unanswered("not_regulated")
    if is_authoritative(best.chunk.doc_kind):
        # a list item rules by its lead-in ("Personel diperbolehkan:" over "3. mengantar anggota keluarga ke
        # TPS, asalkan …"): quoted with it
        own = rule_kind(best.sentence.text)
        lead_in = None if own else lead_in_of(best, ranking.coverage)
        ruled_by = lead_in if lead_in and lead_in[1].rstrip().endswith(":") and rule_kind(lead_in[1]) else None
        if own or ruled_by:
            draft.text_line("closest_rule")
            if ruled_by is not None:
                draft.evidence(*ruled_by)
            return best
    # An article or a press release may say what the rules do not ("Personel hanya masuk ke dalam TPS bila diminta
    # Ketua KPPS"): its best sentence on the asked act, under a line that says no rule names the act and gives no
    # verdict. Never a blog's or an unknown source's word (it may claim what the guideline forbids), nor a
    # sentence that does not name the act ("… Pemilu 2024 …" for "ikut mencoblos dalam Pilkada 2024").
    reported = next(
        (
            c
            for c in ranked[:LOOK_AT]
            if c.chunk.doc_kind in _REPORTED and names_the_act(question, c.sentence.text, ranking.coverage)
        ),
        None,
    )
    if reported is None:
        return Unanswered("not_regulated")
    draft.text_line("closest_text")
    return reported


def close(draft: Draft, question: Question, best: Candidate, ranking: Ranking) -> None:
    """What the answer ends with, after its quoted sentences: a verdict's legal basis."""
    # not under a news sentence quoted for want of a rule: the article's law is no basis of what it says
    if question.kind is Kind.ALLOWED and (draft.verdict is not None or is_authoritative(best.chunk.doc_kind)):
        legal_basis(draft, best, ranking)


def _post_holder(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """The person the text gives the asked post; never a person with another post who is near the words."""
    post = asked_post(question)
    clause = described(question)
    for candidate in ranked[:LOOK_AT]:
        if not holds_each(clause, candidate.sentence.text.lower()):
            continue  # "Siapa Kapolres yang baru dilantik di Jombang?": not a Kapolres of a sentence without Jombang
        for person in find_people(candidate.sentence.text):
            # not one the question names: "… after Benny Saputra was moved" asks who came after him
            if post and holds_post(person, post) and not person.named_in(question.text):
                label = candidate.sentence.text[person.start : person.end].strip(" ,")
                draft.short_answer(label, candidate.chunk, candidate.sentence.text)
                return candidate
    return Unanswered("missing_kind", "what_role", post_text(post) if post else "")


def _title_holder(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """The person a sentence names by the asked title ("Menteri Perdagangan Marie Pangestu"); else the question's
    own kind leads."""
    holder = title_holder(question, ranked, ranking.corpus)
    if holder is None:
        return _span(draft, question, ranked, ranking)
    draft.short_answer(holder.name, holder.candidate.chunk, holder.candidate.sentence.text)
    return holder.candidate


def _said(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """The speaker of the best quoted sentence, as the article introduced them. When its speaker is not certain,
    the answer says so and quotes it, rather than name the speaker of a lower one (who said something else).
    Others who said the same (`_also_said`) follow, each with their own quote. A correction that gives a quote
    to its real speaker ("Kutipan itu sebenarnya disampaikan Wakapolresta … AKBP Irwan Mattoreang") decides."""
    corrected = next((found for c in ranked[:LOOK_AT] if (found := _reattributed(c)) is not None), None)
    if corrected is not None:
        person, candidate = corrected
        draft.speaker(person, candidate.chunk, candidate.sentence.text)
        return candidate
    # the best quote about what was asked: not a higher sentence of reported speech on something else ("Kapolres …
    # membenarkan bahwa pria dalam foto itu adalah anggotanya" for who said the uniform makes no difference)
    candidate = next(
        (c for c in ranked[:LOOK_AT] if is_speech(c.sentence.text) and _on_topic_quote(question, c, ranking)), None
    )
    # … or, when none is, a lower quote that says most of what was asked, which the selector rated low ("“… Kalau
    # ragu, anggota wajib bertanya dulu ke Propam …,” tegasnya" for who advised asking Propam when in doubt); and
    # when the one found says less of it, another quote of its article that says most ("Ketua Bawaslu …
    # mengatakan pihaknya menerima laporan warga tentang konvoi …" before "“Orang mungkin lupa nomor urutnya,
    # tetapi tidak akan lupa ada polisi di depan konvoi,” tuturnya"; not another article's rebuttal of the claim)
    if candidate is None or _said_covered(question, candidate, ranking) < SAID_FULLY:
        document = None if candidate is None else candidate.chunk.doc_id
        fuller = next(
            (
                c
                for c in (ranked[LOOK_AT:SAID_ALSO_LOOK_AT] if document is None else ranked[:SAID_ALSO_LOOK_AT])
                if c is not candidate
                and document in (None, c.chunk.doc_id)
                and is_speech(c.sentence.text)
                and _said_covered(question, c, ranking) >= SAID_FULLY
            ),
            None,
        )
        candidate = fuller or candidate
    if candidate is None:
        # the quote that is best is not about what was asked: name nobody, and say that the sentences that follow
        # are only the closest ones, so that no one takes a person they name for the speaker
        draft.text_line("no_quote")
        return None
    person, intro = _speaker(candidate, ranking)
    if person is None:
        draft.text_line("speaker_unclear")
        return candidate
    chunk, sentence = intro or (candidate.chunk, candidate.sentence)
    draft.speaker(person, chunk, sentence.text)
    _also_said(draft, question, candidate, person, ranked, ranking)
    return candidate


# A correction giving a quote to its speaker: "Kutipan itu sebenarnya disampaikan (oleh) <person>".
_REATTRIBUTED = re.compile(
    r"\b(?:kutipan|pernyataan|ucapan|perkataan)\s+(?:itu|tersebut)\s+(?:\w+\s+){0,2}?"
    r"di(?:sampaikan|ucapkan|lontarkan|katakan)\s+(?:oleh\s+)?",
    re.I,
)


def _reattributed(candidate: Candidate) -> tuple[Person, Candidate] | None:
    """The person a correction says a quote is really by, named with rank right after its passive verb."""
    text = candidate.sentence.text
    said = _REATTRIBUTED.search(text)
    named = [p for p in find_people(text) if p.start >= said.end()] if said else []
    return (named[0], candidate) if named else None


def _on_topic_quote(question: Question, candidate: Candidate, ranking: Ranking) -> bool:
    """Whether a quote is about what was asked (the bars above): one that shares only "selama Pemilu 2024" with
    the question and that the selector doubts is not one about cameras at every TPS."""
    covered = _said_covered(question, candidate, ranking)
    score = ranking.score(candidate)
    return covered >= SAID_FULLY or score >= SAID_BY_MEANING or (covered >= SAID_ON_TOPIC and score >= SAID_MIN_SCORE)


def _said_covered(question: Question, candidate: Candidate, ranking: Ranking) -> float:
    """How much of the question, or of the claim it asks about, a quote holds. "Dalam kasus foto Brigpol DA, siapa
    yang menyebut …": the case sets the scene; what was said is the claim."""
    claim = _CLAIM.search(question.text)
    claimed = ranking.coverage.analyzer.query_groups(claim.group(1), question.language) if claim else ()
    return max(
        ranking.coverage.about(question.groups, candidate.sentence.text),
        ranking.coverage.about(tuple(claimed), candidate.sentence.text) if claimed else 0.0,
    )


def _also_said(
    draft: Draft, question: Question, first: Candidate, person: Person, ranked: list[Candidate], ranking: Ranking
) -> None:
    """Other people whose own quote says what was asked nearly as fully as the best one ("harga mati" from two
    officers in two articles): each named with the quote that is theirs. Precision first: a quote that covers
    less of the question, or whose speaker is not certain, names nobody."""
    bar = max(SAID_ALSO_ON_TOPIC, SAID_ALSO_OF_BEST * ranking.coverage.about(question.groups, first.sentence.text))
    named = {person.label}
    for candidate in ranked[1:SAID_ALSO_LOOK_AT]:
        if len(named) >= MAX_SPEAKERS or candidate.chunk.id == first.chunk.id or not is_speech(candidate.sentence.text):
            continue
        if ranking.coverage.about(question.groups, candidate.sentence.text) < bar:
            continue
        if float(candidate.vector @ first.vector) < SAID_ALSO_COSINE:
            continue
        other, intro = _speaker(candidate, ranking)
        if other is None or other.label in named or other.name in person.label or person.name in other.label:
            continue
        named.add(other.label)
        chunk, sentence = intro or (candidate.chunk, candidate.sentence)
        draft.speaker(other, chunk, sentence.text)
        draft.evidence(candidate.chunk, candidate.sentence.text)


def _speaker(candidate: Candidate, ranking: Ranking) -> tuple[Person | None, tuple[Chunk, Sentence] | None]:
    """The quoted sentence's speaker, and where the article introduced them (when not in this sentence).

    The quote index built at index time answers first; a sentence it does not list is attributed on the spot."""
    chunk = candidate.chunk
    document = ranking.corpus.document(chunk.doc_id)
    indexed = [quote for quote in chunk.quotes if candidate.sentence.text in quote.sentence]
    if indexed:
        rank_and_name, role = indexed[0].speaker, indexed[0].role
        rank = next((r for r in RANK_WORDS if rank_and_name.startswith(f"{r} ")), "")
        person: Person | None = Person(name=rank_and_name.removeprefix(rank).strip(), rank=rank, role=role)
    else:
        earlier = [c.text for c in document if (c.page or 0, c.paragraph) < (chunk.page or 0, chunk.paragraph)]
        before = "\n\n".join([*earlier, chunk.text[: candidate.sentence.start]])
        person, _ = speaker(candidate.sentence.text, before)
        if person is None:  # a quote standing alone, attributed by the sentence after it
            named = _named_after(candidate, ranking)
            if named is not None:
                return named
    if person is None:
        return None, None
    full = f"{person.rank} {person.name}".strip()

    def introduces(sentence: str) -> bool:
        return full in sentence and (not person.role or person.role in sentence)

    if introduces(candidate.sentence.text):
        return person, None
    for other in document:
        for sentence in quote_units(other.text):
            if introduces(sentence.text):
                return person, (other, sentence)
    return person, None


def _named_after(candidate: Candidate, ranking: Ranking) -> tuple[Person, tuple[Chunk, Sentence]] | None:
    """For a direct quote with no attribution ("“Keadaan darurat itu kami akui. …”"), the person the sentence after
    it gives it to ("Pertimbangan tersebut dibacakan Sutanto …"; "Pernyataan itu disampaikan Dr. Fitriani …"), in
    its paragraph or, when it ends the paragraph, the next one's first; with that sentence to cite."""
    if not candidate.sentence.text.lstrip().startswith(("“", '"')):
        return None
    if candidate.index + 1 < len(candidate.sentences):
        after = candidate.sentences[candidate.index + 1]
        person = attributed_after(after.text)
        return (person, (candidate.chunk, after)) if person is not None else None
    following = next_paragraph(candidate, ranking.corpus)
    person = attributed_after(following.sentence.text) if following is not None else None
    return (person, (following.chunk, following.sentence)) if person is not None else None


def _names_outlet(run: str, outlet: str) -> bool:
    """Whether a run of capitals is the article's outlet, as its dateline writes it ("MUARA JERNIH, WARTAMUARA –"
    for Warta Muara; "KORANPALPRES.COM" for Koran Palpres): never the person a who-question asks for."""
    letters = re.sub(r"[^a-z]", "", run.lower())
    return bool(letters) and letters in re.sub(r"[^a-z]", "", outlet.lower())


# "Siapa nama pasangan calon …?" asks for a name: a best sentence that names nobody the question does not already
# name ("… konten dukungan kepada salah satu pasangan calon bupati …") cannot answer it. Every answered "siapa
# nama" question of IDK-MRC valid and FacQA held-out (19) had a new name in its best sentence.
_ASKS_NAME = re.compile(
    r"\bsiapa(?:kah)?\s+nama\b|\bnama(?:nya)?\s+siapa\b|\bwhat(?:'s|\s+is|\s+was)\s+the\s+name\b", re.I
)


# "Siapa Kompol Hari?", "Who is the Kabid Humas …?": who a person the question names is
_ASKS_IDENTITY = re.compile(r"^\W*(?i:siapa(?:kah)?|who\s+(?:is|was|are|were))\s+(?:(?i:the)\s+)?[A-Z]")


def _only_the_asker(people: list[Person], question: str) -> bool:
    """Whether the best sentence names people, each of whom the question names itself (by name or police post),
    when it does not ask who they are: "Siapa orang pertama yang menyebarkan pesan … yang dibantah Kabid Humas?"
    is not answered by "Kabid Humas … membantah isi pesan itu", nor "Who was appointed acting head … after Benny
    Saputra was moved?" by "… memindahkan … AKP Benny Saputra …". Only officers count: "Bapak Teknik Industri"
    is a title, not a person the question names."""
    return (
        bool(people)
        and all(p.is_officer for p in people)
        and not _ASKS_IDENTITY.search(question)
        and all(p.named_in(question) or p.posted_in(question) for p in people)
    )


def _new_name_word(text: str, asked: str, chunk: Chunk) -> bool:
    """Whether the sentence has a capitalised word, past its first, that the (lower-cased) question does not
    hold and that is not its outlet's dateline: "Menteri Energi Peter Abaya" for "Siapa nama Menteri Energi
    Filipina?", not "MUARA JERNIH, WARTAMUARA – Tiga anggota Polres Muara Jernih …"."""
    asked_words = set(re.findall(r"[\w'’-]+", asked))
    return any(
        m.start() > 0 and m.group(0).lower() not in asked_words and not _names_outlet(m.group(0), chunk.outlet)
        for m in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]*", text)
    )


def _span(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """The short answer of a typed question: a span of the asked type that the question does not already say (a
    date for when, a count for how many, a person or name for who …) of the best sentence, when that sentence is
    about what the question asks. (Refusing typed questions whose best sentences hold no span of the type
    measured badly: FacQA held-out false refusals 13 → 50 of 379; the selector decides.)"""
    # In a question that asks two things, the ask of the question's kind says what the span must be about: for
    # "Kasat Reskrim X dipindah ke mana, dan pejabat Polda siapa yang menjelaskannya?" not the Kasat, whom the
    # best sentence (on the other ask) names with the question's own title words.
    ask = next((a for a in two_asks(question, ranking) if a.kind is question.kind), None)
    asked, about = (ask.text.lower(), ask.groups) if ask else (question.text.lower(), question.groups)
    for candidate in ranked[:1]:  # the best only: leading with a lower one cost 3 FacQA, 2 IDK-MRC answers
        text = candidate.sentence.text
        spans = new_spans(question, text)
        if question.kind is Kind.HOW_MANY and ask:  # "berapa personel …": a count of personnel
            spans = [s for s in spans if counts_the_asked(asked, s, question.language, ranking.coverage.analyzer)]
        elif question.kind is Kind.HOW_MANY and spans and not _counting(question, spans, ranking, text):
            # "Berapa personel …?" where the best sentence counts only TPS ("… Polres Talang Pauh dengan 9 TPS"):
            # the next best sentence on the topic that counts personnel, if one does
            counter = _counts_asked(question, ranked[1:LOOK_AT], about, ranking)
            if counter is not None:
                candidate, text, spans = counter
            elif police_unit_named(question, text) and _never_names(
                counted_terms(asked, question.language, ranking.coverage.analyzer), text, ranking
            ):
                # "Berapa pengaduan … di Polres Nalo Ampelu?" where the sentence naming that Polres counts only its
                # personnel and TPS, and never names a complaint: not answered there. (Without the unit, on FacQA
                # and IDK-MRC: "tahun berapa …" against "… lahir … tahun 1442", "jumlah rumah" against "50
                # penduduk": 8 right answers of 761 refused.)
                return Unanswered("missing_kind", "what_how_many")
        if not spans and question.kind is Kind.WHO:
            if _ASKS_NAME.search(asked) and not _new_name_word(text, asked, candidate.chunk):
                return Unanswered("missing_kind", "what_name")
            # … not the name of someone the question names by post ("… yang dibantah Kabid Humas?")
            people = find_people(text)
            named = [text[p.start : p.end] for p in people if p.posted_in(question.text)]
            names = [n for n in _new_names(text, asked, candidate.chunk) if not any(n in m for m in named)]
            if not names and _only_the_asker(people, question.text):
                return _doer(draft, question, ranked, ranking) or Unanswered("missing_kind", "what_name")
            spans = names if len(names) == 1 else []  # one new name: clear; several: the sentence says which
        if spans and ranking.coverage.about(about, text) >= ON_TOPIC:
            if question.kind is Kind.HOW_MANY:
                span = _best_count(spans, text, about, ranking)
            else:
                span = _best_date(spans, text, about, ranking) if question.kind is Kind.WHEN else spans[0]
            draft.short_answer(span, candidate.chunk, text)
            return candidate
    if question.kind is Kind.WHO:
        return _doer(draft, question, ranked, ranking)
    return _cited_law(draft, question, ranked, ranking) if question.kind is Kind.LAW else None


def _counting(question: Question, spans: list[str], ranking: Ranking, text: str) -> list[str]:
    """The count spans that count what the question counts, read with the two words after each in `text` ("26 juta"
    counts the "penumpang" after it)."""
    analyzer = ranking.coverage.analyzer

    def read_on(span: str) -> str:
        at = text.find(span)
        return span if at < 0 else span + " " + " ".join(text[at + len(span) :].split()[:2])

    asked = question.text.lower()
    return [s for s in spans if counts_the_asked(asked, read_on(s), question.language, analyzer)]


def _never_names(terms: set[str], text: str, ranking: Ranking) -> bool:
    """Whether the sentence holds none of the (non-empty) terms of the thing counted."""
    return bool(terms) and not terms.intersection(ranking.coverage.analyzer.terms(text))


def _counts_asked(
    question: Question, candidates: list[Candidate], about: Groups, ranking: Ranking
) -> tuple[Candidate, str, list[str]] | None:
    """The first of `candidates` on the question's topic with a count of what it counts, with its text and spans."""
    for candidate in candidates:
        text = candidate.sentence.text
        spans = _counting(question, new_spans(question, text), ranking, text)
        if spans and ranking.coverage.about(about, text) >= ON_TOPIC:
            return candidate, text, spans
    return None


def _which(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """ "Which districts …?": the name of the asked kind of thing (`which.py`); else a typed question's span."""
    found = which(question, ranked, ranking)
    if found is None:
        return _span(draft, question, ranked, ranking) if question.kind in SPAN_KINDS else None
    candidate, name = found
    if name is not None:
        draft.short_answer(name, candidate.chunk, candidate.sentence.text)
    return candidate


_CLAUSE_END = re.compile(r"[,;]|\s(?:dan|serta|sedangkan|and)\s")


def _best_count(spans: list[str], text: str, about: Groups, ranking: Ranking) -> str:
    """Of several counts in one sentence, the one whose clause holds most of what is asked ("5.847 TPS masuk
    kategori aman, 398 TPS kategori rawan, dan 67 TPS kategori sangat rawan" for "berapa TPS sangat rawan";
    "Kapasitas produksi PT TPPI mencapai 3,6 juta ton" for "berapa kapasitas produksi PT TPPI"); the first on a
    tie."""

    def clause(span: str) -> str:  # the words between the clause breaks around the count
        start = text.find(span)
        before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
        end = _CLAUSE_END.search(text, start + len(span))
        return text[max(before, default=0) : end.start() if end else len(text)]

    return max(spans, key=lambda span: ranking.coverage.about(about, clause(span)))


def _best_date(spans: list[str], text: str, about: Groups, ranking: Ranking) -> str:
    """Of several dates in one sentence, the one told with most of what is asked: the words from the date before
    it up to it ("… mengetahui hal itu pada Senin (21/10/2024) dan menyerahkan surat pernyataan dua hari kemudian,
    Rabu (23/10/2024)" for "When did he hand in his statement letter": Rabu); the first on a tie."""
    told, start = [], 0
    for span in spans:
        at = text.find(span, start)
        end = at + len(span) if at >= 0 else start
        told.append(text[start:end])
        start = end
    return max(zip(spans, told, strict=True), key=lambda pair: ranking.coverage.about(about, pair[1]))[0]


def _cited_law(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """ "Aturan apa yang dilanggar …?" when the best sentence names the case but no law ("Tiga anggota … menjalani
    sidang disiplin …"): the legal reference a sentence of the same article among the best few gives, on the
    question's topic ("Ketiganya dinyatakan melanggar Peraturan Pemerintah Nomor 2 Tahun 2003 …"). An article
    seldom names two laws for one case; a lower sentence of another document is not looked at (`_span`)."""
    if new_spans(question, ranked[0].sentence.text):
        return None
    for candidate in _same_article(ranked):
        text = candidate.sentence.text
        spans = new_spans(question, text)
        if spans and ranking.coverage.about(question.groups, text) >= SAID_ON_TOPIC:
            draft.short_answer(spans[0], candidate.chunk, text)
            return candidate
    return None


def _same_article(ranked: list[Candidate]) -> list[Candidate]:
    """The best few candidates after the best one that come from its own document."""
    return [c for c in ranked[1:LOOK_AT_DOER] if c.chunk.doc_id == ranked[0].chunk.doc_id]


# A guideline's sentence on where reports go: a report word, then the channel it goes through ("… dapat
# dilaporkan … melalui Posko Pengaduan …, layanan WhatsApp …"). Not "melaporkan kepada atasan … apabila
# menerima ajakan": a duty to tell one's superior, not a channel.
_CHANNEL = re.compile(
    r"\b(?:(?:di)?lapor\w*|melapor\w*|pengaduan|aduan|mengadu\w*)\b(?:(?!kepada atasan)[^.;]){0,80}?"
    r"\b(?:melalui|lewat|via)\s+\S",
    re.I,
)


def report_channel(question: Question, ranked: list[Candidate]) -> Candidate | None:
    """Where a report goes: the regulation's or guideline's sentence naming its channel, the best the selector
    rates, for a question that asks it. Its P is low where the question shares few words with it ("Where can I
    file a complaint about a fellow officer …?" and "Dugaan pelanggaran … dilaporkan melalui aplikasi Propam
    Presisi …"), so, as a list does, it answers by its structure even when the selector doubts it."""
    if not question.asks_channel:
        return None
    return next((c for c in ranked if is_authoritative(c.chunk.doc_kind) and _CHANNEL.search(c.sentence.text)), None)


def _channel(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """The channel sentence (`report_channel`), else a place span."""
    return report_channel(question, ranked) or _span(draft, question, ranked, ranking)


def _scope(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """A rule book's scope statement that names the asked setting ("Ketentuan … berlaku 24 jam sehari …, termasuk
    pada saat personel sedang cuti" for "Selama cuti … aturan netralitas masih berlaku?"), else the kind's lead."""
    for candidate, setting in scope_statements(ranked).values():
        if ranking.coverage.about(question.groups, setting) > 0:
            return candidate
    return _span(draft, question, ranked, ranking) if question.kind in SPAN_KINDS else None


_WORD = re.compile(r"[\w'’-]+")
# A day or a month is a capitalised word that names no one ("…, Selasa, mengungkapkan").
_CALENDAR = re.compile(rf"(?:{alternation(DAYS_ID + MONTHS_ID + MONTHS_EN)})", re.I)


_ELECTIONS = frozenset("Pilkada Pemilu Pilpres Pileg Pilgub Pilbup Pilwalkot Serentak".split())


def _new_names(text: str, asked: str, chunk: Chunk) -> list[str]:
    """The runs of capitals of the sentence that name someone the (lower-cased) question does not, each without
    the title the question gives them: "Idris Syukur" of "Kepala Dinas Kehutanan Provinsi Sulsel Idris Syukur,
    Selasa, …" for "Siapakah Kepala Dinas Kehutanan Provinsi Sulsel?". Only the most titled are kept: the
    question's words leading the run, or right before it ("Ketua Partai Demokrat, Howard Dean"), count
    (the run's words after the first that is not the question's are its own: "Bidang Perekonomian Aburizal Bakrie"
    is no name; taking the words after the question's last one gave "Conference", "Research Institute" on
    FacQA). Never the sentence's first word (after a dateline too), a day, a month, a body or the article's outlet."""
    asked_words = set(_WORD.findall(asked))

    def _in_title(word: str) -> bool:  # the question's word, or an acronym ("… Lore Lindu (BTNLL) Agus Priambudi")
        return word.lower() in asked_words or word.isupper()

    found: dict[str, int] = {}
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).rstrip(".,").split()
        title = 0
        while title < len(words) and words[title].lower().strip("()") in asked_words:
            title += 1
        name = words[title:]
        before = list(
            itertools.takewhile(lambda w: w.lower() in asked_words, reversed(_WORD.findall(text[: match.start()])))
        )
        titled = title + sum(1 for w in before if len(w) > 2)
        if (
            not name
            or (not title and not re.search(r"[a-z]", text[: match.start()]))  # opens it: "KOTA KENCANA – Sebanyak"
            or any(w.lower() in asked_words for w in name if len(w) > 2)
            or (titled and len(name) == 1 and name[0].isupper())  # the title's acronym ("Perdana Menteri (PM)")
            or name[0] in BODY_WORDS
            or all(w in _ELECTIONS or w.isdigit() for w in name)  # "Pilkada Serentak" names an election
            or _CALENDAR.fullmatch(" ".join(name))
            or _names_outlet(" ".join(name), chunk.outlet)
        ):
            continue
        found[" ".join(name)] = max(titled, found.get(" ".join(name), 0))
    most = max(found.values(), default=0)
    return [name for name, titled in found.items() if titled == most]


# "Siapa yang memimpin …?", "Who led …?": the act a who-question asks the doer of, right after its question word.
_ASKS_DOER = re.compile(r"^\W*(?:siapa(?:kah)?\s+yang|who)\s+(\w+)", re.I)


def _doer(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """ "Siapa yang memimpin sidang disiplin …?" when the best sentence names the hearing but nobody ("Tiga anggota
    … menjalani sidang disiplin …"): the person a sentence of the same article among the best few introduces by
    rank and name beside the asked act ("Sidang dipimpin Wakapolres Muara Jernih Kompol Bastian Hutagalung").
    Only an article's rank-and-name introduction counts, never any capitalised run: leading with a lower
    sentence's name cost right answers on the shared sets (`_span`)."""
    asked = _ASKS_DOER.match(question.text)
    best = ranked[0]
    named = find_people(best.sentence.text)  # … or only the people the question names ("… Aipda RG?")
    if asked is None or (named and not _only_the_asker(named, question.text)):
        return None
    acts = ranking.coverage.analyzer.query_groups(asked.group(1), question.language)
    if not acts:
        return None
    for candidate in _same_article(ranked):
        text = candidate.sentence.text
        people = find_people(text)
        if len(people) == 1 and not is_speech(text) and _does(people[0], text, acts[0], ranking):
            label = text[people[0].start : people[0].end].strip(" ,")
            draft.short_answer(label, candidate.chunk, text)
            return candidate
    return None


def _does(person: Person, text: str, act: tuple[str, ...], ranking: Ranking) -> bool:
    """Whether the sentence gives the person the act: its verb just before them in the same clause ("dipimpin
    [langsung oleh] Wakapolres …") or right after them ("Kompol Bastian memimpin sidang"), not anywhere in the
    sentence ("Kapolres … mengatakan setiap laporan …" does not make the Kapolres the one who reported)."""
    analyzer = ranking.coverage.analyzer
    clause = re.split(r"[,;:.!?]", text[: person.start])[-1]  # "dipimpin langsung oleh", not "Menanggapi laporan,"
    near = re.findall(r"[\w-]+", clause)[-3:] + re.findall(r"[\w-]+", text[person.end :])[:1]
    return any(set(analyzer.terms(word)) & set(act) for word in near)


# A deadline asked ("paling telat kapan saya harus lapor?", "batas waktunya kapan", "by when must I report"): the
# sentence among the best few that sets one for the asked act ("… wajib melapor paling lambat 1x24 jam sejak
# mengetahuinya."), not another act's ("… wajib meminta tukar lokasi paling lambat Sabtu"), leads with it.
ASKS_DEADLINE = re.compile(
    r"\bpaling\s+(?:lambat|telat)\b|\bselambat-lambatnya\b|\bbatas\s+waktu\w*|\btenggat\w*|\bdeadline\b"
    r"|\bby\s+when\b|\bhow\s+(?:soon|quickly|long\s+do\s+i\s+have)\b"
    # "wajib lapor dalam berapa lama?", "within how long must I report?"
    r"|\b(?:dalam|within)\s+(?:berapa|how)\s+(?:lama|long)\b",
    re.I,
)
_DEADLINE = re.compile(
    r"\b(?:paling\s+lambat|selambat-lambatnya|dalam\s+waktu(?=\s+\d)|tidak\s+lebih\s+dari(?=\s+\d))\s+"
    r"(?:[^,.;:]|\.(?=\d))+",
    re.I,
)
ACT_BEFORE_DEADLINE = 4  # words before the deadline the asked act is looked for in ("melaporkannya kepada Kasi Propam")
# The act the deadline is for: the words after "harus", "wajib" … ("harus lapor", "must I report")
_ASKED_ACT = re.compile(r"\b(?:harus|wajib|mesti|perlu|must|should|have\s+to)\s+(?:(?:i|we|saya|kami)\s+)?(\w+)", re.I)
DEADLINE_LOOK_AT = 5


def _deadline(draft: Draft, question: Question, ranked: list[Candidate], ranking: Ranking) -> Outcome:
    """The deadline for the asked act, from the best few sentences; else the question's own kind leads."""
    act = _ASKED_ACT.search(question.text)
    analyzer = ranking.coverage.analyzer
    groups = analyzer.query_groups(act.group(1), question.language) if act else ()
    wanted = set(groups[0]) if groups else set()
    for candidate in ranked[:DEADLINE_LOOK_AT]:
        text = candidate.sentence.text
        found = _DEADLINE.search(text)
        before = " ".join(text[: found.start()].split()[-ACT_BEFORE_DEADLINE:]) if found else ""
        if found and (not wanted or wanted & set(analyzer.terms(before))):
            draft.short_answer(found.group(0).strip(), candidate.chunk, text)
            return candidate
    return _span(draft, question, ranked, ranking) if question.kind in SPAN_KINDS else None


@dataclass(frozen=True)
class LeadRow:
    applies: Callable[[Question], bool]
    write: Lead


LEADS: tuple[LeadRow, ...] = (
    LeadRow(lambda q: q.kind is Kind.ALLOWED, _verdict),
    # "Siapa Kapolres yang mengingatkan …?" asks who said it (the post qualifies the speaker): the speaker leads.
    LeadRow(lambda q: q.kind is Kind.WHO and q.asks_speech, _said),
    LeadRow(lambda q: q.kind is Kind.WHO and asked_post(q) is not None, _post_holder),
    LeadRow(lambda q: asked_title(q) is not None, _title_holder),
    LeadRow(lambda q: q.asks_channel, _channel),
    LeadRow(lambda q: q.asks_scope and q.kind is not Kind.WHEN, _scope),
    # "paling lambat kapan …?"; "… wajib lapor dalam berapa lama?" (a how-many by its words, of the asker's act)
    LeadRow(
        lambda q: (
            ASKS_DEADLINE.search(q.text) is not None
            and (q.kind is Kind.WHEN or (q.kind is Kind.HOW_MANY and _ASKED_ACT.search(q.text) is not None))
        ),
        _deadline,
    ),
    LeadRow(asks_which, _which),
    # "Does the neutrality booklet apply to me at all?" (a what-question: nothing leads when no statement is found)
    LeadRow(asks_bound, lambda draft, question, ranked, ranking: bound_statement(question, ranked, ranking)),
    LeadRow(lambda q: q.kind in SPAN_KINDS, _span),
)
