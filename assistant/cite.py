"""The citation check every answer passes before it is shown as supported.

For each citation: the cited id exists in the store, the stored paragraph is the text the answer was built
from, and every quote and stated span (a name, a number) appears verbatim in it. An answer that fails is
not shown as supported: it becomes an abstention that says why.
"""

from dataclasses import replace

from assistant.answer import Answer
from index.store import Store


def citation_problems(answer: Answer, store: Store) -> list[str]:
    """What is wrong with an answer's citations ([] when every one holds)."""
    problems = []
    stored = {chunk.id: chunk for chunk in store.get([c.chunk.id for c in answer.citations])}
    for citation in answer.citations:
        chunk = stored.get(citation.chunk.id)
        if chunk is None:
            problems.append(f"[{citation.n}] cites {citation.chunk.id}, which is not in the index")
            continue
        for piece in [*citation.quote.split(" … "), *citation.spans]:
            if piece and piece not in chunk.text:
                problems.append(f"[{citation.n}] {chunk.id} does not contain “{piece[:80]}”")
        if f"[{citation.n}]" not in answer.text:
            problems.append(f"[{citation.n}] is listed but never referred to in the answer")
    if not answer.abstained and not answer.citations:
        problems.append("the answer cites nothing")
    return problems


def enforce_citations(answer: Answer, store: Store, unsupported_text: str) -> Answer:
    """Return the answer if its citations hold, else an abstention carrying the reason."""
    problems = citation_problems(answer, store)
    if not problems:
        return answer
    return replace(
        answer,
        text=f"{unsupported_text} ({'; '.join(problems)})",
        abstained=True,
        related=[c.chunk for c in answer.citations],
        citations=[],
    )
