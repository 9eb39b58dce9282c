"""Write an answer: lines from the phrasing templates, each ending in [n], and the citations behind them.

Citations are numbered in order of first use; quoting a paragraph again reuses its number and adds the
sentence to what that citation must contain. Quotes are the source's words, wrapped in quotation marks.
"""

from assistant.answer import Answer, Citation, Verdict
from assistant.prompts import Templates
from assistant.question import Kind, Question
from index.document import Chunk
from lang.people import Person, find_people

_QUOTE_MARKS = ('"', "“", "”", "‘", "'")


def quoted(sentence: str) -> str:
    """Wrap a verbatim sentence in quotation marks, unless it opens with its own."""
    return sentence if sentence.startswith(_QUOTE_MARKS) else f"“{sentence}”"


def source_label(chunk: Chunk, t: Templates) -> str:
    name = chunk.outlet or chunk.title
    return name + (t.fill("page", page=chunk.page) if chunk.page is not None else "")


class Draft:
    def __init__(self, question: Question, templates: Templates, answerer: str) -> None:
        self.question = question
        self.t = templates
        self.answerer = answerer
        self.lines: list[str] = []
        self.citations: list[Citation] = []
        self._numbers: dict[str, int] = {}
        self.verdict: Verdict | None = None
        # the people the answer names as having said what was asked, or leads with (a who-question's answer)
        self.speakers: list[Person] = []
        self._last: list[tuple[str, Chunk, str, dict[str, object]]] = []  # lines the answer ends with

    def cite(self, chunk: Chunk, quote: str, spans: tuple[str, ...] = ()) -> int:
        if chunk.id in self._numbers:
            n = self._numbers[chunk.id]
            old = self.citations[n - 1]
            quotes = old.quote if quote in old.quote else f"{old.quote} … {quote}"
            self.citations[n - 1] = Citation(n, chunk, quotes, old.spans + spans)
            return n
        n = self._numbers[chunk.id] = len(self.citations) + 1
        self.citations.append(Citation(n, chunk, quote, spans))
        return n

    def add(self, key: str, chunk: Chunk, cited: str, spans: tuple[str, ...] = (), **values: object) -> None:
        """A line from template `key`, citing `cited` (a sentence of `chunk`) and the `spans` it states."""
        self.lines.append(self.t.fill(key, n=self.cite(chunk, cited, spans), **values))

    def short_answer(self, span: str, chunk: Chunk, sentence: str) -> None:
        self.add("short_answer", chunk, sentence, (span,), answer=span)
        self.speakers += find_people(span)  # "Wakapolres Leparu Kompol Kornelis Sopacua": the person who answers

    def speaker(self, person: Person, chunk: Chunk, sentence: str) -> None:
        self.speakers.append(person)
        pieces = tuple(p for p in (f"{person.rank} {person.name}".strip(), person.role) if p)
        self.add("speaker", chunk, sentence, pieces, speaker=person.label)

    def evidence(self, chunk: Chunk, sentence: str, last: bool = False) -> None:
        """A quoted sentence with its source and date; `last`: among the lines the answer ends with."""
        date = self.t.fill("date", date=chunk.date) if chunk.date else ""
        values = {"source": source_label(chunk, self.t), "date": date, "quote": quoted(sentence)}
        if last:
            self.finally_add("evidence", chunk, sentence, **values)
        else:
            self.add("evidence", chunk, sentence, **values)

    def finally_add(self, key: str, chunk: Chunk, cited: str, **values: object) -> None:
        """A line the answer ends with, after everything added before or after this call (a source that
        contradicts the one the answer rests on comes after that one's evidence)."""
        self._last.append((key, chunk, cited, values))

    def text_line(self, key: str, **values: object) -> None:
        """A line without a citation of its own (a verdict whose evidence follows)."""
        self.lines.append(self.t.fill(key, **values))

    def answer(self) -> Answer:
        for key, chunk, cited, values in self._last:
            self.add(key, chunk, cited, **values)
        self._last.clear()
        return Answer(
            question=self.question.text,
            text="\n".join(self.lines),
            abstained=False,
            citations=self.citations,
            language=self.question.language,
            kind=self.question.kind.value,
            answerer=self.answerer,
            verdict=self.verdict,
        )


def abstention(question: Question, templates: Templates, reason: str, related: list[Chunk], answerer: str) -> Answer:
    return Answer(
        question=question.text,
        text=templates.fill("abstain", reason=reason),
        abstained=True,
        language=question.language,
        kind=question.kind.value,
        related=related,
        answerer=answerer,
        verdict=Verdict("not_covered") if question.kind is Kind.ALLOWED else None,
    )
