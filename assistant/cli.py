"""The `netralitas` command: `index` the corpus, `ask` questions (text or JSON Lines), `info` on the index.

`ask --json` prints one JSON object per question per line; that contract is what evaluations and other tools
read, so it stays stable. Domain errors become one `error:` line and exit status 2, never a traceback.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant.answer import Answer
from assistant.engine import Assistant
from index.authority import KINDS
from index.errors import NetralitasError
from index.records import Filters
from index.settings import Settings
from lang.instructions import instructions


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    overrides = {
        key: value for key, value in (("corpus_dir", getattr(args, "corpus", None)), ("store_dir", args.store)) if value
    }
    try:
        settings = Settings(**overrides)
        return args.run(args, settings)
    except NetralitasError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="netralitas", description="Cited answers over Polri neutrality news.")
    commands = parser.add_subparsers(dest="command", required=True)

    index = commands.add_parser("index", help="build or update the index from the corpus folder")
    index.add_argument("--corpus", type=Path, help="folder of documents (default: corpus/)")
    index.add_argument("--store", type=Path, help="index folder (default: .netralitas/store)")
    index.add_argument("--quiet", action="store_true", help="no progress bar")
    index.set_defaults(run=_run_index)

    ask = commands.add_parser("ask", help="answer a question with citations")
    ask.add_argument("question", nargs="?", help="the question (or use --file)")
    ask.add_argument("--store", type=Path, help="index folder (default: .netralitas/store)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question per line")
    ask.add_argument("--file", type=Path, help="questions, one per line")
    ask.add_argument("--doc", action="append", default=[], help="only this document id (repeatable)")
    ask.add_argument("--source", action="append", default=[], help="only this outlet/source (repeatable)")
    ask.add_argument(
        "--kind", action="append", default=[], choices=KINDS, help="only documents of this kind (repeatable)"
    )
    ask.add_argument("--from", dest="date_from", default="", help="only documents dated on/after YYYY-MM-DD")
    ask.add_argument("--to", dest="date_to", default="", help="only documents dated on/before YYYY-MM-DD")
    ask.set_defaults(run=_run_ask)

    serve = commands.add_parser("serve", help="serve the chat app (and its /ask API) in the browser")
    serve.add_argument("--store", type=Path, help="index folder (default: .netralitas/store)")
    serve.add_argument("--host", help="address to bind (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, help="port to listen on (default: 7860)")
    serve.add_argument(
        "--insecure", action="store_true", help="allow a non-loopback --host without a login (NETRALITAS_AUTH)"
    )
    serve.set_defaults(run=_run_serve)

    quotes = commands.add_parser("quotes", help="who said what: quotes by speaker and/or topic")
    quotes.add_argument("--store", type=Path, help="index folder (default: .netralitas/store)")
    quotes.add_argument("--speaker", default="", help="words of the speaker's name or role, e.g. 'Imam' or 'Kapolsek'")
    quotes.add_argument("--topic", default="", help="what the quote is about")
    quotes.add_argument("--json", action="store_true", help="one JSON object per quote per line")
    quotes.set_defaults(run=_run_quotes)

    briefing = commands.add_parser("brief", help="a cited briefing on a topic (Markdown or DOCX)")
    briefing.add_argument("topic", help="the topic, e.g. 'larangan politik praktis'")
    briefing.add_argument("--store", type=Path, help="index folder (default: .netralitas/store)")
    briefing.add_argument("--out", type=Path, help="write to this .md or .docx file (default: Markdown to stdout)")
    briefing.set_defaults(run=_run_brief)

    info = commands.add_parser("info", help="what is in the index")
    info.add_argument("--store", type=Path, help="index folder (default: .netralitas/store)")
    info.set_defaults(run=_run_info)
    return parser


def _run_index(args: argparse.Namespace, settings: Settings) -> int:
    assistant = Assistant.open(settings, create=True)
    report = assistant.index(progress=not args.quiet and sys.stderr.isatty())
    for line in report.lines():
        print(line)
    return 0


def _run_ask(args: argparse.Namespace, settings: Settings) -> int:
    if args.file:
        try:
            questions = [q.strip() for q in args.file.read_text(encoding="utf-8").splitlines() if q.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            raise NetralitasError(f"cannot read questions from {args.file}: {exc}") from exc
    elif args.question is not None:
        questions = [args.question]
    else:
        raise NetralitasError("give a question, or --file with one question per line")
    filters = Filters(tuple(args.doc), tuple(args.source), args.date_from, args.date_to, tuple(args.kind))
    assistant = Assistant.open(settings)
    for question in questions:
        answer = assistant.ask(question, filters or None)
        print(json.dumps(answer.to_json(), ensure_ascii=False) if args.json else _as_text(answer), flush=True)
    return 0


def _as_text(answer: Answer) -> str:
    lines = [answer.text]
    for citation in answer.citations:
        c = citation.chunk
        where = f"hlm. {c.page}, " if c.page is not None else ""
        lines.append(f"  [{citation.n}] {c.title} — {c.source or '?'}, {c.date or 'tanpa tanggal'}, {where}{c.id}")
    for chunk in answer.related:
        lines.append(f"  (terkait, bukan jawaban) {chunk.id}: {chunk.text[:100]}…")
    return "\n".join(lines) + "\n"


def _run_serve(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.app.ui import serve  # gradio loads only for this command

    return serve(settings, host=args.host, port=args.port, insecure=args.insecure)


def _run_quotes(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.tools.quote_search import search_quotes

    assistant = Assistant.open(settings)
    for hit in search_quotes(assistant.coverage(), args.speaker, args.topic):
        if args.json:
            print(json.dumps(hit.to_json(), ensure_ascii=False))
            continue
        q, c = hit.quote, hit.chunk
        words = f"“{q.words}”" if q.kind == "direct" else f"({q.words})"
        role = f", {q.role}" if q.role else ""
        print(f"{words}\n  — {q.speaker}{role}; {c.source or c.title}, {c.date or '?'} [{c.id}]")
    return 0


def _run_brief(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.tools.briefing import brief
    from assistant.tools.briefing_export import briefing_templates, export, to_markdown

    assistant = Assistant.open(settings)
    briefing = brief(assistant, args.topic)
    if args.out:
        try:
            export(briefing, args.out)
        except OSError as exc:
            raise NetralitasError(f"cannot write {args.out}: {exc.strerror}") from exc
        print(f"briefing written to {args.out} ({len(briefing.sources)} sources)")
    else:
        print(to_markdown(briefing, briefing_templates(briefing.language)))
    return 0


def _run_info(args: argparse.Namespace, settings: Settings) -> int:
    assistant = Assistant.open(settings)
    documents = assistant.store.documents()
    print(f"index: {assistant.store.location} — model {assistant.store.model_id}, {assistant.store.count()} paragraphs")
    for doc in documents:
        pages = f", {len(doc.pages)} pages" if doc.pages else ""
        source, date = doc.source or "?", doc.date or "?"
        print(f"  {doc.doc_id} [{doc.kind}]: {doc.title[:70]} — {source}, {date}, {doc.paragraphs} paragraphs{pages}")
    suspicious = [(chunk.id, s) for chunk in assistant.store.chunks() for s in instructions(chunk.text)]
    if suspicious:
        print(f"suspicious: {len(suspicious)} sentence(s) addressed to a reader or model (indexed, never quoted):")
        for chunk_id, sentence in suspicious:
            print(f"  {chunk_id}: “{sentence[:100]}”")
    return 0


if __name__ == "__main__":
    sys.exit(main())
