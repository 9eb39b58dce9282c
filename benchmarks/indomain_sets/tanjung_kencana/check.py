#!/usr/bin/env python3
"""Consistency checks for the in-domain evaluation set (standard library only).

Usage: python3 check.py            (from any directory)
Exit status 0 when there are no errors; warnings do not fail the check.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
RULES = os.path.join(HERE, "rules.json")
QA = os.path.join(HERE, "qa.jsonl")
PDF_NAME = "aturan_netralitas.pdf"

KEYS = ["id", "lang", "role", "q", "doc", "page", "must", "must_not"]
N_QUESTIONS = 46
N_UNANSWERABLE = 6
N_DOCS = 7
FORBIDDEN_NAMES = ["Nusa Lestari", "Sungai Lebar", "Bukit Damar", "Teluk Sagara",
                   "Rawa Indah", "Pesisir Timur", "Lembah Hijau"]
FM_FIELDS = ["title", "source", "date", "kind"]

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def parse_doc(path):
    """Return (front_matter dict, body str) or (None, text) if no front matter."""
    text = open(path, encoding="utf-8").read()
    m = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", text, re.S)
    if not m:
        return None, text
    fm = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip()
    return fm, m.group(2)


# ---------- articles ----------
doc_text = {}
names = sorted(f for f in os.listdir(DOCS) if f.endswith(".md"))
if len(names) != N_DOCS:
    err(f"expected {N_DOCS} articles in docs/, found {len(names)}")
for i, name in enumerate(names, 1):
    if not re.match(rf"^{i:03d}_[a-z0-9_]+\.md$", name):
        err(f"{name}: bad file name (expected {i:03d}_<slug>.md)")
    fm, body = parse_doc(os.path.join(DOCS, name))
    if fm is None:
        err(f"{name}: missing YAML front matter")
        continue
    for k in FM_FIELDS:
        if not fm.get(k):
            err(f"{name}: front matter lacks '{k}'")
    if fm.get("kind") not in ("news", "official_statement"):
        err(f"{name}: kind must be news or official_statement, got {fm.get('kind')!r}")
    if not re.match(r"^2024-\d\d-\d\d$", fm.get("date", "")):
        err(f"{name}: date must be 2024-MM-DD")
    if re.search(r"^#", body, re.M):
        err(f"{name}: body contains a markdown heading")
    paras = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    if not 8 <= len(paras) <= 14:
        err(f"{name}: {len(paras)} paragraphs (want 8-14)")
    doc_text[name] = body  # answers must come from the body, not the title
kinds = Counter(parse_doc(os.path.join(DOCS, n))[0].get("kind") for n in names
                if parse_doc(os.path.join(DOCS, n))[0])
if kinds.get("official_statement", 0) > 1:
    err("more than one official_statement article")

# ---------- rules.json ----------
rules = json.load(open(RULES, encoding="utf-8"))
for k in ("title", "kind", "pages"):
    if k not in rules:
        err(f"rules.json lacks '{k}'")
pages = rules.get("pages", [])
if len(pages) != 4:
    err(f"rules.json has {len(pages)} pages (want 4)")
page_text = {}
for pno, blocks in enumerate(pages, 1):
    parts = []
    for b in blocks:
        t = b.get("type")
        if t in ("heading", "paragraph"):
            if not b.get("text"):
                err(f"rules.json p{pno}: {t} without text")
            parts.append(b.get("text", ""))
        elif t == "list":
            if not b.get("items"):
                err(f"rules.json p{pno}: list without items")
            parts.append(b.get("lead_in", ""))
            for it in b.get("items", []):
                if re.match(r"^\s*\d+[.)]", it):
                    err(f"rules.json p{pno}: list item is pre-numbered: {it[:40]!r}")
                parts.append(it)
        else:
            err(f"rules.json p{pno}: unknown block type {t!r}")
    page_text[pno] = "\n".join(parts)  # one line per block / item: spans cannot cross items
p2_lists = [b for b in pages[1] if b.get("type") == "list"] if len(pages) > 1 else []
if not p2_lists or not 10 <= len(p2_lists[0]["items"]) <= 14:
    err("rules.json page 2: expected a list of ~12 prohibitions")

# ---------- all text: forbidden names, injection ----------
all_text = "\n".join(list(doc_text.values()) + list(page_text.values()))
for n in FORBIDDEN_NAMES:
    if n.lower() in all_text.lower():
        err(f"forbidden place name used: {n}")

# ---------- qa.jsonl ----------
items = []
for ln, line in enumerate(open(QA, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        items.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"qa.jsonl line {ln}: invalid JSON ({e})")

ids = Counter(x.get("id") for x in items)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")
if len(items) != N_QUESTIONS:
    err(f"{len(items)} questions (want {N_QUESTIONS})")

unans = 0
for x in items:
    qid = x.get("id")
    if list(x.keys()) != KEYS:
        err(f"{qid}: keys {list(x.keys())} != {KEYS}")
    if x.get("lang") not in ("id", "en"):
        err(f"{qid}: bad lang")
    if x.get("role") not in ("officer", "journalist", "trainer"):
        err(f"{qid}: bad role")
    if not isinstance(x.get("must"), list) or not isinstance(x.get("must_not"), list):
        err(f"{qid}: must / must_not must be lists")
        continue
    doc, page, must = x.get("doc"), x.get("page"), x.get("must")
    if doc is None:
        unans += 1
        if must:
            err(f"{qid}: unanswerable question with must spans")
        if page is not None:
            err(f"{qid}: unanswerable question with a page")
        continue
    if not 1 <= len(must) <= 2:
        err(f"{qid}: {len(must)} must spans (want 1-2)")
    if doc == PDF_NAME:
        if page not in page_text:
            err(f"{qid}: PDF question needs page 1-4, got {page!r}")
            continue
        text = page_text[page]
        where = f"{PDF_NAME} p{page}"
    else:
        if page is not None:
            err(f"{qid}: page must be null for an article")
        if doc not in doc_text:
            err(f"{qid}: unknown doc {doc}")
            continue
        text = doc_text[doc]
        where = doc
    for span in must:
        if not span.strip():
            err(f"{qid}: empty must span")
        elif span.lower() not in text.lower():
            err(f"{qid}: must span {span!r} not found in {where}")
        if span.lower() in x["q"].lower():
            err(f"{qid}: must span {span!r} is given away in the question")
        if len(span.split()) > 6:
            warn(f"{qid}: must span {span!r} longer than 6 words")
    for span in x["must_not"]:
        if span.lower() in text.lower() and doc != PDF_NAME:
            # allowed: the injected code lives in the document on purpose
            pass

if unans != N_UNANSWERABLE:
    err(f"{unans} unanswerable questions (want {N_UNANSWERABLE})")

# the injection question: its must_not code must appear in its document (as injected text)
inj = [x for x in items if x.get("must_not")]
if not inj:
    err("no question with must_not (prompt-injection probe)")
for x in inj:
    src = doc_text.get(x["doc"], "") if x.get("doc") else ""
    for span in x["must_not"]:
        if span.lower() not in src.lower():
            err(f"{x['id']}: must_not {span!r} does not occur in {x['doc']} (no injection there?)")

# ---------- summary ----------
langs = Counter(x.get("lang") for x in items)
roles = Counter(x.get("role") for x in items)
docs_used = Counter((x.get("doc") or "null") for x in items)
print(f"questions: {len(items)}  answerable: {len(items) - unans}  unanswerable: {unans}")
print("lang:", dict(langs), f"(en {100 * langs.get('en', 0) / max(len(items), 1):.0f}%)")
print("role:", dict(roles))
print("doc :", dict(sorted(docs_used.items())))
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
