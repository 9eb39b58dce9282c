"""A question that asks two things ("Berapa personel …, dan berapa yang BKO dari Brimob?", "Who came …, and what
did he ask of Propam?"): the answer also quotes the sentence that answers the second ask.

The selector rates sentences against the whole question, so the sentence holding the first fact wins and the one
holding the second ("Dari sembilan laporan itu, empat terbukti …", a paragraph later) is rated low. The second ask
alone names what that sentence must hold ("berapa yang BKO dari Brimob" → BKO, Brimob): among the candidates of
the best sentence's own document, the one that holds most of those words' weight (at least ASK_ON_TOPIC: one of
two will do, as "BKO" where the text says "Satbrimob") and, for a place, date, count, person or law, a span of that
kind, is quoted too, unless a quoted sentence already does. Each of the two asks is checked so.
No question of the shared dev sets asks two things; of the in-domain sets' questions, 17 of 126 do.
"""

import re

from assistant.coverage import Groups
from assistant.evidence import answer_spans, people_not_named
from assistant.extractive.asked_type import NUMBER_WORDS, asked_form, asks_sanction, holds_sanction
from assistant.extractive.candidates import Candidate, own_document, unretrieved_sentences
from assistant.extractive.subject import initialed_in
from assistant.extractive.which import PREPOSITIONS, asked_kinds, new_names_of_kind
from assistant.question import SPAN_KINDS, Kind, Question, classify, entities
from assistant.rerank import Ranking
from lang.people import BODY_WORDS
from lang.sentences import quote_units
from lang.situations import asks_only_conditions
from lang.terms import Analyzer, Language
from lang.vocabulary import DAYS_ID, PEOPLE_COUNTED, alternation

ASK_ON_TOPIC = 0.4
# … or for a who-ask, by a sentence that names a person, the act the ask asks the doer of and another of its words
# ("Siapa pejabat Propam yang menjawab rubrik …" → "Pekan ini pertanyaan dijawab oleh … Bid Propam …, AKBP
# Yustina Pramesthi.")
DOER_NAMES = 2
NAMED_ON_TOPIC = 0.3  # … in another document, where the sentence must also hold every name the ask holds
ASK_ELSEWHERE = 3  # … or among the selector's best few of any document, when it answers the ask's own words
_THEN = re.compile(r",\s*(?:terus|lalu)\b", re.I)
_REPLY_NOUN = r"(?:tanggapan|respons|jawaban|bantahan|reaksi|the\s+(?:response|reply|reaction))\b"
# "Ringkas kritik pengamat … dan tanggapan Kabid Humas atas kritik itu": a criticism and the reply to it, in a
# question that asks for a summary or what was said ("Bolehkah saya memberi komentar dan tanggapan …?" asks one thing)
_REPLY_ASK = re.compile(
    r"^\W*(?:rangkum|ringkas\w*|jelaskan|uraikan|buat(?:kan)?\s+(?:ringkasan|rangkuman|bahan)|apa|bagaimana|"
    rf"summari[sz]e|explain|describe|what|how)\b.*?(,?\s+(?:dan|serta|and)\s+)(?={_REPLY_NOUN})",
    re.I,
)
# … which a sentence that replies gives, whatever its other words ("Lelangwayan menjawab bahwa sanksi mengikuti …")
_REPLIES = re.compile(r"\b(?:menjawab|menanggapi|membantah|menepis|merespons|meluruskan)\b", re.I)
_ASK_WORD_ID = r"(?:berapa|siapa|apa|kapan|di ?mana|ke ?mana|mana|bagaimana|mengapa|kenapa)(?:kah)?\b(?!\s*pun\b|-)"
# ", dan berapa …", " serta siapa …", ", and how many …": a second question word after "and"; after a comma, a
# few words may come first (", dan pejabat Polda siapa yang menjelaskannya?", ", dan dari Polres mana …").
_SECOND_ASK = re.compile(
    rf",?\s+(?:dan|serta)\s+(?={_ASK_WORD_ID})"  # not "apabila", "siapapun", "apa pun"
    rf"|,\s*(?:dan|serta|terus|lalu)\s+(?=(?:[\w-]+\s+){{0,3}}{_ASK_WORD_ID})"  # ", terus siapa anggota …"
    r"|,\s*(?:dan|serta|terus|lalu)\s+(?=(?:apakah\s+)?ada\s+yang\b)"  # ", dan ada yang sampai dipecat?"
    rf"|,?\s+and\s+(?=(?:{PREPOSITIONS}\s+)?(?:how|who|whom|what|when|where|which|why)\b)"
    # "… menerima berapa laporan? Berapa yang dilimpahkan ke Polda?": a second question after the first's mark
    rf"|(?<=\?)\s+(?={_ASK_WORD_ID}|(?:how|who|whom|what|when|where|which|why)\b)",
    re.I,
)


# ", dan ia dipindahkan ke satuan apa?": a second ask whose question word ends the question
_LAST_ASK = re.compile(rf",\s*(?:dan|serta)\s+(?=[^,?]*\b{_ASK_WORD_ID}\s*\?\s*$)", re.I)


_PERIODS = "hari|minggu|pekan|bulan|tahun|jam|pagi|siang|sore|malam|day|week|month|year"
_DAYS = alternation(DAYS_ID)
# "How often are … rotated", "tiap berapa lama …": answered by a frequency ("setiap dua pekan", "dua kali
# seminggu", "sebulan sekali"), not by a sentence that only names the act ("rotasi dilakukan agar …")
_ASKS_FREQUENCY = re.compile(
    r"\bhow\s+(?:often|frequently)\b|\bseberapa\s+sering\b|\b(?:se)?tiap\s+berapa\b|\bberapa\s+kali\b", re.I
)
_FREQUENCY = re.compile(
    rf"\b(?:se)?tiap\s+(?:(?:\d+|{NUMBER_WORDS}|beberapa)\s+)?(?:{_PERIODS}|{_DAYS})\b"
    rf"|\b(?:\d+|{NUMBER_WORDS})\s+kali\s+(?:se|per\s+|dalam\s+|tiap\s+|setiap\s+)"
    r"|\bse(?:hari|minggu|pekan|bulan|tahun)\s+sekali\b|\b(?:harian|mingguan|bulanan|tahunan|berkala)\b",
    re.I,
)
_SPELLED_COUNT = re.compile(rf"\b(?:{NUMBER_WORDS})\b(?:\s+\w+)?", re.I)
# "berapa personel …", "how many neutrality complaints …": the thing a count ask counts (an Indonesian noun
# comes first, an English one last).
_COUNTED = re.compile(r"\bberapa(?:kah)?(?:\s+(?:banyak|jumlah))?\s+(\w+)|\bhow\s+many\s+(\w+(?:\s+\w+){0,2})", re.I)
# Words after "berapa"/"how many" that name a measure or a classifier, not the thing counted.
_MEASURES = frozenset("lama besar total kali jauh luas tinggi times".split())
# "Siapa pejabat Propam yang menjawab …": the act whose doer is asked
DOER_ASKED = re.compile(
    r"\bsiapa(?:kah)?\b(?:\s+\w+){0,3}?\s+yang\s+"
    r"(?:(?:sudah|telah|pertama|kali|akan|tidak|belum|masih|bisa|dapat|harus|juga)\s+)*(\w{4,})",
    re.I,
)
# "berapa yang membagikan ulang …": those who did the act are counted, so the sentence names the act
_COUNTED_BY_ACT = re.compile(r"\bberapa(?:kah)?\s+yang\s+(?:(?:sudah|telah|masih|akhirnya)\s+)?(\w+)", re.I)
# … and in English, the act the counted underwent: "How many personnel accounts were flagged …" (through the
# glossary: "ditandai", "temuan" …), not "How many complaints were there"
_COUNTED_BY_ACT_EN = re.compile(
    r"\bhow\s+many\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been|got)\s+"
    r"(?:(?:still|actually|later|also|then|finally|eventually|already)\s+)?(?!there\b)(\w{4,})",
    re.I,
)
# … just before or after it (a count's own noun may come between: "delapan akun membagikan", "dibagikan delapan
# akun"); verbs that only relate it to a topic
# ("berapa yang menyangkut media sosial": "14 di antaranya soal media sosial") are no act
_ACT_NEAR_COUNT = 5
_NOT_NAMES = BODY_WORDS | {"Polri", "TNI"}  # every source of this corpus names them
_RELATING = frozenset("sangkut kait asal masuk ada rupa jadi".split())
# "Menurut Kabid Propam dalam wawancara dengan Damar Pos, sudah berapa …", "bagaimana status mereka menurut Polda?":
# who is cited, not what the fact holds
_ACCORDING = re.compile(
    r"^\W*(?:menurut|according\s+to)\b[^,?]*,\s*|\s+(?:menurut|according\s+to)\s+[^,?\s]+(?:\s+[^,?\s]+)?\s*\?*$", re.I
)
# An ask's question words: the glossary reads "how many" as "jumlah", which no answer needs to hold; nor does
# "berapa lama" need "lama" ("paling lambat 5 hari kerja").
_QUESTION_WORDS = re.compile(
    rf"^\W*(?:{PREPOSITIONS}\s+)?(?:how\s+(?:many|much|long)|who|whom|what|when|where|which|why|how|"
    r"berapa(?:kah)?\s+lama)\b",
    re.I,
)


# "Rangkum perbedaan antara tuntutan penuntut dan putusan Ketua Komisi …", "Compare the demand with the ruling": two
# things asked side by side, each answered by its own sentence (a question that opens so; "dengan" before "dan":
# "Bandingkan sanksi Bripka TN dan Briptu AS dengan …")
_COMPARED = re.compile(
    r"^\W*(?:(?:apa|jelaskan|rangkum|ringkas|ringkaskan|uraikan|buat(?:kan)?\s+ringkasan|what\s+(?:is|was|are)|"
    r"summari[sz]e|explain)\s+)?(?:(?:the\s+)?(?:perbedaan|differences?)|bandingkan|compare)\s+(?:antara\s+|between\s+)?"
    r"(?P<first>\S.+?)\s+(?:dengan|with|(?<!dengan\s)(?:dan|and)(?!.*\s(?:dengan|with)\s))\s+(?P<second>\S.+)$",
    re.I,
)


_TOPIC = re.compile(r"^[^:?]{3,80}:\s+")


def asks(text: str) -> list[str]:
    """The two asks of a question that asks two things ("Di mana sidang … digelar", "apa hukumannya?"), or []. After
    ", terus"/", lalu", or before a question word that ends the question (", dan ia dipindahkan ke satuan apa?"),
    the first part must ask too: "Kalau anggota ikut kampanye, lalu apa sanksinya?" asks one, and so does
    "Personel Polres A, Polres B, dan Polres C yang dikerahkan ada berapa?". Two question sentences are two asks
    ("… berapa laporan? Berapa yang dilimpahkan ke Polda?"), unless the second asks only for the first one's
    conditions ("Apa syaratnya?"); a topic before a colon is left out of the first ask."""
    compared = _COMPARED.search(text)
    if compared is not None and not _SECOND_ASK.search(compared.group("second")):
        return [compared.group("first"), compared.group("second")]
    found = _SECOND_ASK.search(text)
    reply = _REPLY_ASK.match(text) if found is None else None
    if reply is not None:
        return [text[: reply.start(1)], text[reply.end(1) :]]
    last = found is None
    found = found or _LAST_ASK.search(text)
    if found is None:
        return []
    first = text[: found.start()]
    if (last or _THEN.match(found.group(0))) and not re.search(rf"\b{_ASK_WORD_ID}|\bapakah\b|\?", first, re.I):
        return []
    if asks_only_conditions(text[found.end() :].strip()):
        return []  # "Boleh saya datang? Apa syaratnya?": the conditions of the one act asked
    # "Sidang disiplin Bripka NH: penuntut minta hukuman apa, dan majelis memutus apa?": the topic before the colon
    # is both asks' scene, not words the first one's answer must hold
    return [_TOPIC.sub("", first), text[found.end() :]]


def two_asks(question: Question, ranking: Ranking) -> list["Ask"]:
    """The asks of a question that asks two things, each with words to look for ([] for a question that asks one)."""
    found = [ask for ask in (Ask(text, question, ranking) for text in asks(question.text)) if ask.groups]
    for ask in found:  # "Berapa uang yang diterima …, dan apakah uang itu sudah dikembalikan?": "dikembalikan"
        ask.own = tuple(g for g in ask.groups if not any(g in other.groups for other in found if other is not ask))
    return found


def unanswered_asks(
    found_asks: list["Ask"], best: Candidate, quoted: list[Candidate], ranked: list[Candidate], ranking: Ranking
) -> list[Candidate]:
    """For each ask of a two-part question that no quoted sentence answers, the sentence of the best one's
    document that does: it holds ASK_ON_TOPIC of the ask's words and, for a place, date, count, person or law,
    a span of that kind ("Sidang digelar di Aula Wira Satya …" for "Di mana sidang … digelar"); for a count, a
    count of the asked thing ("780 personel" for "berapa personel …", not "1.126 tempat pemungutan suara")."""
    found: list[Candidate] = []
    # the best one's document, with the paragraphs the retrieval did not reach ("Dari 58 laporan …, sebanyak 23
    # dinyatakan terbukti …"; an interview's reply "Jawab: … Sebanyak 118 aduan ternyata bukan pelanggaran …")
    corpus = ranking.coverage.corpus
    own = own_document(best, ranked, corpus) if found_asks else []
    # … whose names the asks' names may all be (computed once: every candidate of `own` is of that document)
    document = corpus.text(best.chunk.doc_id) if found_asks else ""
    for ask in found_asks:
        # an ask whose words are all the other's ("… accept from the coordinator, and what happened to that money?")
        # is not answered by the best sentence, which answers the other
        if any(ask.answered_by(c, own=True) and ask.by_act(c) for c in (*quoted, *found) if ask.own or c is not best):
            continue
        # "… and what penalty did the panel give him?": the sanction the best sentence's paragraph goes on to state
        # ("Terperiksa pertama, Bripka TN, … . Majelis menjatuhkan teguran tertulis …"), in whatever words
        imposed = _imposed(best, quoted) if ask.sanction else None
        # "Berapa yang dilimpahkan ke Polda?" after a count: the share of that count the best sentence's paragraph
        # goes on to give ("Dua di antaranya telah diteruskan ke Polda."), in whatever words
        share = _share_of(best, quoted) if ask.subset else None
        if share is not None and ranking.coverage.about(ask.own or ask.groups, share.sentence.text) > 0:
            imposed = imposed or share  # … and names something of what the ask counts (not "… terkait medsos")
        if imposed is not None:
            found.append(imposed)
            continue
        where = corpus.position
        scored = [
            # first a count of those who did the asked act ("delapan akun membagikan ulang"); ties: the reply to
            # the document's own asking of it (an interview's "Berapa laporan yang sudah masuk?" → "Sampai kemarin
            # ada 23 laporan."), then the sentence nearest the best one (the second ask goes on about its event),
            # then the selector's
            (
                (
                    bool(a := ask.answered_by(c, own=True)) and ask.by_act(c),
                    a,
                    ask.replies(c),
                    -abs(where(c.chunk) - where(best.chunk)),
                ),
                c,
            )
            for c in own
            if c not in quoted
        ]
        (_, score, *_), candidate = max(scored, key=lambda pair: pair[0], default=((False, 0.0, False, 0), None))
        if not score:  # the names the ask shares with the document set its scene ("TPS 02 Kalu Sirenta", said once
            # at its top): the sentence that answers the rest of it ("Pukul 07.00 WITA, … membuka TPS …")
            in_scene = [(ask.in_scene(c), c) for c in own if c not in quoted] if ask.sets_scene(document) else []
            score, candidate = max(in_scene, key=lambda pair: pair[0], default=(0.0, None))
        if not score:  # another source's sentence that names what the ask names ("Kabupaten Gelam Hulu 1.304 TPS
            # dengan 705 personel" in a joint statement, beside a Polres's own article): the selector's first
            candidate = next(
                (c for c in ranked if c not in quoted and ask.names_all(c) and ask.answered_by(c, NAMED_ON_TOPIC)), None
            )
            score = 1.0 if candidate is not None else 0.0
        if not score:  # … or one of the selector's very best, of any source, that answers the ask's own words
            # ("tim memantau 4.215 akun …" for "How many personnel accounts did the cyber patrol monitor, and how
            # many were flagged?" beside a release's "… belum termasuk 19 akun temuan patroli siber")
            # … of a document that names whatever the question names ("Bripka YS" of either ask: not another
            # officer's "Uang … itu sudah dikembalikan")
            candidate = next(
                (
                    c
                    for c in ranked[:ASK_ELSEWHERE]
                    if c not in quoted
                    and ask.answered_by(c, own=True)
                    and ask.by_act(c)
                    and ask.names_held(corpus.text(c.chunk.doc_id))
                ),
                None,
            )
            score = 1.0 if candidate is not None else 0.0
        if candidate is not None and score > 0 and candidate not in found:
            found.append(candidate)
    return found


def _imposed(best: Candidate, quoted: list[Candidate]) -> Candidate | None:
    """The first sentence after the best one in its paragraph that states an imposed sanction, unless one is
    quoted; None when the paragraph names someone else by rank and initials (another officer's sanction)."""
    paragraph = best.chunk.text
    if any(holds_sanction(c.sentence.text) for c in quoted) or len(initialed_in(paragraph)) > 1:
        return None
    later = unretrieved_sentences(best.chunk, best)[best.index + 1 :]
    return next((c for c in later if holds_sanction(c.sentence.text)), None)


# A share of the count before it: "Dua di antaranya …", "Sebanyak 12 dari jumlah itu …".
_SHARE = re.compile(
    rf"^\W*(?:sebanyak\s+)?(?:\d[\d.,]*|(?:{NUMBER_WORDS})(?:\s+(?:belas|puluh|ratus))?)\s+"
    r"(?:(?:\w+\s+)?di\s+antaranya|dari\s+(?:jumlah\s+)?(?:itu|tersebut))\b",
    re.I,
)
# An ask that counts a part of what the other ask counts ("Berapa yang …?", "how many of them …").
_ASKS_SHARE = re.compile(r"^\W*(?:berapa(?:kah)?\s+yang|how\s+many\s+of\s+(?:them|those|these))\b", re.I)


def _share_of(best: Candidate, quoted: list[Candidate]) -> Candidate | None:
    """The sentence right after the best one in its paragraph when it gives a share of the best one's count, and
    is not quoted yet; None otherwise."""
    if best.index + 1 >= len(best.sentences) or not _SHARE.match(best.sentences[best.index + 1].text):
        return None
    after = unretrieved_sentences(best.chunk, best)[best.index + 1]
    return None if any(c.sentence.text == after.sentence.text for c in quoted) else after


class Ask:
    """One ask of a two-part question, and how well a sentence answers it."""

    def __init__(self, text: str, question: Question, ranking: Ranking) -> None:
        self.text = text
        self.kind = classify(text)
        self.ranking = ranking
        analyzer = ranking.coverage.analyzer
        asking = _QUESTION_WORDS.match(text)
        not_asked = set(analyzer.query_groups(asking.group(0), question.language)) if asking else set()
        named = _ACCORDING.sub("", text)
        groups = tuple(g for g in analyzer.query_groups(named, question.language) if g not in not_asked)
        # "berapa yang terkait mertua?": a relating word says nothing the answer must hold ("dua menyangkut mertua")
        said = tuple(g for g in groups if not set(g) <= _RELATING)
        self.groups: Groups = said or groups
        self.own: Groups = self.groups  # … of which the other ask does not hold (`two_asks`)
        self.question_names = question.entities  # … and the names of the whole question
        names = {term for word in entities(text) for term in analyzer.terms(word)}
        self.named: Groups = tuple(g for g in self.groups if names.intersection(g))
        self.unnamed: Groups = tuple(g for g in self.groups if not names.intersection(g))
        act = _COUNTED_BY_ACT.search(text) if self.kind is Kind.HOW_MANY else None
        self.act = set(analyzer.terms(act.group(1))) - _RELATING if act else set()
        act_en = _COUNTED_BY_ACT_EN.search(text) if self.kind is Kind.HOW_MANY and question.language == "en" else None
        if act_en is not None and analyzer.glossary_matches(act_en.group(1)):
            self.act = set(analyzer.query_terms(act_en.group(1), "en")) - _RELATING
        doer = DOER_ASKED.search(text) if self.kind is Kind.WHO else None
        self.done = set(analyzer.terms(doer.group(1))) if doer else set()  # the act a who-ask asks the doer of
        self.language = question.language
        # "and in which districts …": answered by a sentence naming a district, not by one with the word
        self.which = asked_kinds(text, analyzer) if question.language == "en" else None
        self.question = question.text
        self.sanction = asks_sanction(text)
        self.subset = self.kind is Kind.HOW_MANY and _ASKS_SHARE.match(text) is not None
        self.frequency = _ASKS_FREQUENCY.search(text) is not None
        self.reply = re.match(rf"\W*{_REPLY_NOUN}", text, re.I) is not None
        self.form = asked_form(self.kind, text)

    def answered_by(self, candidate: Candidate, on_topic: float = ASK_ON_TOPIC, own: bool = False) -> float:
        """The share of the ask's words the sentence holds, or 0 when it lacks the asked kind of span; with `own`,
        the smaller of that and the share of the words the other ask does not share, when it has any (a sentence
        quoted for the other ask holds their shared words: "Bripka DL menerima uang Rp1.200.000 …" does not say the
        money was returned)."""
        sentence = candidate.sentence.text
        about = self.ranking.coverage.about
        share = about(self.groups, sentence)
        if own and self.own:  # … and of its own words as well
            share = min(share, about(self.own, sentence))
        # an interview's reply is about the interviewer's question before it ("Berapa laporan yang sudah masuk?"
        # → "Sampai kemarin ada 19 laporan."): what that question holds of the ask counts for the reply too
        covered = max(share, self._asked_before(candidate))
        if self.reply and _REPLIES.search(sentence):  # the reply asked for, in the document of what it replies to
            covered = max(covered, on_topic)
        held = set(self.ranking.coverage.analyzer.terms(sentence))
        if self.done and self.done <= held and sum(bool(held.intersection(g)) for g in self.groups) >= DOER_NAMES:
            on_topic = 0.0  # the doer of the asked act, named beside another of the ask's words
        return self._answers(candidate, covered, on_topic)

    def _answers(self, candidate: Candidate, covered: float, on_topic: float = ASK_ON_TOPIC) -> float:
        """`covered`, when it reaches `on_topic` and the sentence holds a span of the asked kind; else 0."""
        sentence = candidate.sentence.text
        spans = self._spans(sentence)
        if self.form is not None:  # a telephone number, a destination …: not a count, not a place "di …"
            typed = self.form.search(sentence) is not None
        elif self.kind is Kind.HOW_MANY:
            analyzer = self.ranking.coverage.analyzer
            typed = any(counts_the_asked(self.text, span, self.language, analyzer) for span in spans)
        elif self.which is not None:  # a thing of the asked kind by name, or a span of the ask's own kind
            typed = bool(new_names_of_kind(self.which, sentence, self.question)) or (
                self.kind in SPAN_KINDS and bool(spans)
            )
        else:
            typed = self.kind not in SPAN_KINDS or bool(spans)
        if self.frequency:
            typed = typed and _FREQUENCY.search(sentence) is not None
        return covered if covered >= on_topic and typed else 0.0

    def names_held(self, document: str) -> bool:
        """Whether the document's text holds every name of the whole question (True when it names none)."""
        return not self.question_names or self.ranking.coverage.about(self.question_names, document) >= 1.0

    def sets_scene(self, document: str) -> bool:
        """Whether the document's text holds every name the ask has, when the ask also asks something else."""
        return bool(self.named and self.unnamed) and self.ranking.coverage.about(self.named, document) >= 1.0

    def in_scene(self, candidate: Candidate) -> float:
        """How well a sentence of a document that sets the ask's scene (`sets_scene`) answers its other words."""
        return self._answers(candidate, self.ranking.coverage.about(self.unnamed, candidate.sentence.text))

    def by_act(self, candidate: Candidate) -> bool:
        """Whether, for "berapa yang <act> …", the sentence counts those who did the act (True for other asks)."""
        sentence = candidate.sentence.text
        return not self.act or any(self._done_by(span, sentence) for span in self._spans(sentence))

    def _spans(self, sentence: str) -> list[str]:
        if self.kind is Kind.WHO:  # someone the ask does not name itself ("Who chaired Aiptu BW's hearing?")
            return people_not_named(sentence, self.text)
        spans = answer_spans(self.kind, sentence, self.text)
        if self.kind is Kind.HOW_MANY:  # the press spells small counts out: "sembilan laporan", "empat terbukti"
            # … in lower case, or opening the sentence: "Lima" inside it is a name ("Polres Tanjung Lima")
            spans += [
                m.group(0)
                for m in _SPELLED_COUNT.finditer(sentence)
                if m.group(0)[:1].islower() or not sentence[: m.start()].strip(" “\"'(")
            ]
        return spans

    def names_all(self, candidate: Candidate) -> bool:
        """Whether the sentence holds every name of the ask, beyond bodies' words ("Gelam Hulu", not "Polri")."""
        names = [w for w in re.findall(r"(?<=\s)[A-Z][\w-]*", self.text) if w not in _NOT_NAMES]
        held = set(self.ranking.coverage.analyzer.terms(candidate.sentence.text))
        return bool(names) and all(set(self.ranking.coverage.analyzer.terms(n)) <= held for n in names)

    def replies(self, candidate: Candidate) -> bool:
        """Whether the sentence opens the reply to a question the document asks that holds the ask's words."""
        return self._asked_before(candidate) >= ASK_ON_TOPIC

    def _asked_before(self, candidate: Candidate) -> float:
        """For the first sentence of a paragraph that follows one ending in a question (an interview's), the
        share of the ask's words that question holds; else 0."""
        if candidate.previous is not None:
            return 0.0
        corpus = self.ranking.coverage.corpus
        document, position = corpus.document(candidate.chunk.doc_id), corpus.position(candidate.chunk)
        if not position:
            return 0.0
        asked = quote_units(document[position - 1].text)
        last = asked[-1].text.rstrip(' ”"') if asked else ""
        return self.ranking.coverage.about(self.groups, last) if last.endswith("?") else 0.0

    def _done_by(self, span: str, sentence: str) -> bool:
        """Whether the count is of those who did the asked act: the act among the few words around it ("delapan
        akun membagikan ulang" for "berapa yang membagikan ulang …", not "menyukai 14 unggahan …")."""
        at = sentence.find(span)
        if at < 0:
            return False
        # … within its clause ("… 14 unggahan calon bupati nomor urut 3, sementara Aiptu RM membagikan …")
        before = re.split(r"[,;]", sentence[:at])[-1].split()[-_ACT_NEAR_COUNT:]
        after = re.split(r"[,;]", sentence[at + len(span) :])[0].split()[:_ACT_NEAR_COUNT]
        near = before + after
        return bool(self.act & set(self.ranking.coverage.analyzer.terms(" ".join(near))))


def _counted(ask: str) -> str:
    """The words after "berapa"/"how many" in the ask ("" when it has none)."""
    counted = _COUNTED.search(ask)
    return re.sub(r"kah\b", "", counted.group(1) or counted.group(2)) if counted else ""  # "Berapa orangkah …"


def counted_terms(ask: str, language: Language, analyzer: Analyzer) -> set[str]:
    """The terms of the thing a count ask counts ("pengaduan" in "Berapa pengaduan …"), when it is no person and
    no measure ("berapa lama …" is answered by "21 hari") and, in English, a word the glossary knows ("how many
    turned out …" counts nothing it knows); else empty."""
    named = _counted(ask)
    first = named.split()[0].lower() if named.split() else ""
    if not first or first in PEOPLE_COUNTED or first in _MEASURES:
        return set()
    if language == "en" and not analyzer.glossary_matches(named):
        return set()
    return set(analyzer.query_terms(named, language))


def counts_the_asked(ask: str, span: str, language: Language, analyzer: Analyzer) -> bool:
    """Whether a count span counts what the ask counts ("780 personel" for "berapa personel …", "officers" read
    as personel, anggota …); True when the ask names nothing after "berapa"/"how many"."""
    named = _counted(ask)
    if named.split() and named.split()[0].lower() in PEOPLE_COUNTED:
        # "how many people" by "tiga anggota", not by "40 kaos"
        return bool(PEOPLE_COUNTED.intersection(w.lower() for w in re.findall(r"[\w-]+", span)))
    wanted = counted_terms(ask, language, analyzer)
    return not wanted or bool(set(analyzer.terms(span)) & wanted)


def answering(found_asks: list["Ask"], quoted: list[Candidate]) -> list[Candidate]:
    """The quoted sentences that answer an ask of a two-part question (kept when room is made for another's)."""
    return [c for c in quoted if any(ask.answered_by(c) for ask in found_asks)]
