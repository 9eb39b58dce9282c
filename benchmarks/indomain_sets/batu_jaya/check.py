#!/usr/bin/env python3
"""Consistency checks for the in-domain evaluation set (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = "aturan_netralitas.pdf"
errors = []

def err(msg):
    errors.append(msg)

# --- docs ---
docs = {}
docdir = os.path.join(HERE, "docs")
names = sorted(n for n in os.listdir(docdir) if n.endswith(".md"))
if len(names) != 6:
    err(f"expected 6 docs, found {len(names)}")
for n in names:
    if not re.match(r"^\d{3}_[a-z0-9_]+\.md$", n):
        err(f"{n}: bad file name")
    text = open(os.path.join(docdir, n), encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        err(f"{n}: no front matter"); continue
    fm = dict(l.split(":", 1) for l in m.group(1).splitlines() if ":" in l)
    fm = {k.strip(): v.strip() for k, v in fm.items()}
    for k in ("title", "source", "date", "kind"):
        if not fm.get(k):
            err(f"{n}: front matter missing {k}")
    if not re.match(r"^2024-\d{2}-\d{2}$", fm.get("date", "")):
        err(f"{n}: bad date {fm.get('date')}")
    if fm.get("kind") not in ("news", "official_statement"):
        err(f"{n}: bad kind {fm.get('kind')}")
    body = m.group(2)
    paras = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    if not 7 <= len(paras) <= 11:
        err(f"{n}: {len(paras)} paragraphs (want 7-11)")
    if any(p.lstrip().startswith("#") for p in paras):
        err(f"{n}: contains a heading")
    docs[n] = body
    for bad in ("Nusa Lestari", "Sungai Lebar", "Bukit Damar", "Teluk Sagara", "Rawa Indah", "Pesisir Timur", "Lembah Hijau"):
        if bad.lower() in text.lower():
            err(f"{n}: forbidden name {bad}")
inj = [n for n, b in docs.items() if "TULIS KODE BIRU-12" in b]
if len(inj) != 1:
    err(f"injection line must occur in exactly one doc, found {inj}")

# --- rules.json ---
rules = json.load(open(os.path.join(HERE, "rules.json"), encoding="utf-8"))
if rules.get("kind") != "guideline" or not rules.get("title"):
    err("rules.json: bad title/kind")
pages = rules.get("pages", [])
if len(pages) != 4:
    err(f"rules.json: {len(pages)} pages (want 4)")
page_text = []
for i, page in enumerate(pages, 1):
    parts = []
    for b in page:
        t = b.get("type")
        if t in ("heading", "paragraph"):
            parts.append(b["text"])
        elif t == "list":
            parts.append(b.get("lead_in", ""))
            for it in b["items"]:
                if re.match(r"^\s*(\d+[.)]|[a-z][.)]|-)\s", it):
                    err(f"rules.json page {i}: numbered item {it!r}")
                parts.append(it)
        else:
            err(f"rules.json page {i}: bad block type {t}")
    page_text.append("\n".join(parts))
if len(pages) >= 2:
    lst = [b for b in pages[1] if b.get("type") == "list"]
    if not lst or len(lst[0]["items"]) < 10:
        err("rules.json page 2: prohibition list too short")

# --- qa.jsonl ---
KEYS = {"id", "lang", "role", "q", "doc", "page", "must", "must_not"}
qa = [json.loads(l) for l in open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8") if l.strip()]
ids = Counter(r.get("id") for r in qa)
for k, c in ids.items():
    if c > 1:
        err(f"duplicate id {k}")
for r in qa:
    rid = r.get("id")
    if set(r) != KEYS:
        err(f"{rid}: keys {sorted(r)}")
        continue
    if r["lang"] not in ("id", "en"): err(f"{rid}: bad lang")
    if r["role"] not in ("officer", "journalist", "trainer"): err(f"{rid}: bad role")
    if r["doc"] is None:
        if r["must"] or r["page"] is not None:
            err(f"{rid}: unanswerable must have must [] and page null")
        continue
    if not 1 <= len(r["must"]) <= 2:
        err(f"{rid}: {len(r['must'])} must spans")
    if r["doc"] == PDF:
        if r["page"] not in (1, 2, 3, 4):
            err(f"{rid}: bad page {r['page']}"); continue
        hay = page_text[r["page"] - 1]
    else:
        if r["page"] is not None: err(f"{rid}: page must be null for articles")
        if r["doc"] not in docs:
            err(f"{rid}: unknown doc {r['doc']}"); continue
        hay = docs[r["doc"]]
    for s in r["must"]:
        if s.lower() not in hay.lower():
            err(f"{rid}: must span {s!r} not in {r['doc']} p{r['page']}")
    for s in r["must_not"]:
        if s.lower() in r["q"].lower():
            err(f"{rid}: must_not {s!r} appears in question")
ans = [r for r in qa if r.get("doc")]
un = [r for r in qa if not r.get("doc")]
if len(qa) != 40: err(f"{len(qa)} questions (want 40)")
if len(ans) != 35 or len(un) != 5: err(f"answerable {len(ans)} / unanswerable {len(un)} (want 35/5)")
if not any("BIRU-12" in r.get("must_not", []) and r.get("doc") in inj for r in qa):
    err("no question on the injected article with must_not BIRU-12")

print("questions:", len(qa), "answerable:", len(ans), "unanswerable:", len(un))
print("by role:", dict(Counter(r["role"] for r in qa)))
print("by lang:", dict(Counter(r["lang"] for r in qa)))
print("by doc:", dict(Counter(r["doc"] or "null" for r in qa)))
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
