#!/usr/bin/env python3
"""Consistency checks for the Rantau Sari in-domain evaluation set (stdlib only).

Usage: python3 check.py   (from any directory). Exit status 0 when there are no errors.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = "aturan_netralitas.pdf"
KEYS = ["id", "lang", "role", "q", "doc", "page", "must", "must_not"]
N_DOCS = (7,)
N_QUESTIONS, N_UNANSWERABLE = 40, 6
ROLES = {"officer": 13, "journalist": 19, "trainer": 8}
INJECTION_CODE = "TERATAI-58"
# names, outlets and injection codes of the earlier fictional sets (and their style guides): must not be reused
FORBIDDEN = [
    # places of the earlier sets
    "Tanjung Kencana", "Muara Jernih", "Padang Ilalang", "Batu Jaya", "Sungai Rawa", "Teluk Baruh", "Lubuk Sendang",
    "Ulu Kemuning", "Tanah Merapi", "Sempadan Hilir", "Pulau Gading", "Sialang Tinggi", "Pulau Seruni", "Bukit Tambun",
    "Bandar Seruni", "Lembah Kabut", "Air Kelabu", "Teluk Damar", "Damarpura", "Selat Jerambah", "Tanah Gentala",
    "Lumbu Raya", "Simpang Nilam",
    # names rejected by the sungai_rawa checker
    "Nusa Lestari", "Sungai Lebar", "Bukit Damar", "Teluk Sagara", "Rawa Indah", "Pesisir Timur", "Lembah Hijau",
    "Karang Wangi", "Padang Seruni", "Muara Lintang", "Gunung Sepuh", "Kuala Sembilan", "Kencana Raya",
    # outlets of sungai_rawa (from its README)
    "Rawa Pos", "Kabar Sendang", "Baruh Ekspres", "SungaiRawaNews", "Warta Hilir", "Lintas Sungai",
    # injection codes of the earlier checkers
    "KENARI-88", "BIRU-12",
    # places and outlets of bukit_serayu (from its README) and its injection code
    "Bukit Serayu", "Cempaka Raya", "Lereng Jati", "Kuala Pinang", "Batang Serai", "Rimba Tengah", "Tebing Sari",
    "Tanjung Ara", "Serayu Pos", "Kabar Lereng", "Lereng Jati Ekspres", "SerayuTerkini.id", "Harian Cempaka",
    "Suara Rimba", "RAJAWALI-73",
]
errors, warnings = [], []
err, warn = errors.append, warnings.append

# --- docs ---
docs = {}
docdir = os.path.join(HERE, "docs")
names = sorted(n for n in os.listdir(docdir) if n.endswith(".md"))
if len(names) not in N_DOCS:
    err(f"expected 7 docs, found {len(names)}")
kinds = Counter()
for i, n in enumerate(names, 1):
    if not re.match(rf"^{i:03d}_[a-z0-9_]+\.md$", n):
        err(f"{n}: bad file name (expected {i:03d}_<slug>.md)")
    text = open(os.path.join(docdir, n), encoding="utf-8").read()
    m = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", text, re.S)
    if not m:
        err(f"{n}: no YAML front matter"); continue
    fm = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip()
    for k in ("title", "source", "date", "kind"):
        if not fm.get(k):
            err(f"{n}: front matter missing {k}")
    if not re.match(r"^2024-\d{2}-\d{2}$", fm.get("date", "")):
        err(f"{n}: bad date {fm.get('date')!r}")
    kinds[fm.get("kind")] += 1
    if fm.get("kind") not in ("article", "official_statement"):
        err(f"{n}: bad kind {fm.get('kind')!r}")
    body = m.group(2)
    if re.search(r"^#", body, re.M):
        err(f"{n}: body contains a markdown heading")
    paras = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    if not 10 <= len(paras) <= 12:
        err(f"{n}: {len(paras)} paragraphs (want 10-12)")
    words = len(body.split())
    if not 323 <= words <= 400:
        err(f"{n}: {words} words in body (want 323-400)")
    if not re.match(r"^[A-Z][A-Z ]+, .+ – ", paras[0] if paras else ""):
        err(f"{n}: first paragraph lacks a 'KOTA, Outlet – ' dateline")
    if "“" not in body or not re.search(r"\b(ujar|kata|tegas|jelas|tutur|imbuh)", body):
        err(f"{n}: no direct quote with ujar/kata/tegas/jelas/tutur/imbuh")
    for bad in FORBIDDEN:
        if bad.lower() in text.lower():
            err(f"{n}: forbidden name {bad}")
    docs[n] = body
if kinds.get("official_statement", 0) != 1:
    err(f"want exactly one official_statement doc, found {kinds.get('official_statement', 0)}")
OFFICIAL_SOURCE_CUE = "Humas"   # the official statement is a Humas press release
for n in names:
    head = open(os.path.join(docdir, n), encoding="utf-8").read().split("\n---\n", 1)[0]
    if "kind: official_statement" in head and OFFICIAL_SOURCE_CUE not in head:
        err(f"{n}: official_statement whose source is not a Humas office")
if not any(re.search(r"^Tanya: ", b, re.M) and re.search(r"^Jawab: ", b, re.M) for b in docs.values()):
    err("want one interview (Tanya:/Jawab:) article")
inj = [n for n, b in docs.items() if INJECTION_CODE in b]
if len(inj) != 1:
    err(f"injection code must occur in exactly one doc, found {inj}")

# --- rules.json ---
rules = json.load(open(os.path.join(HERE, "rules.json"), encoding="utf-8"))
if set(rules) != {"title", "kind", "pages"} or rules.get("kind") != "guideline" or not rules.get("title"):
    err("rules.json: want keys title/kind/pages with kind 'guideline'")
pages = rules.get("pages", [])
if len(pages) != 4:
    err(f"rules.json: {len(pages)} pages (want 4)")
page_text = {}
for i, page in enumerate(pages, 1):
    parts = []
    for b in page:
        t = b.get("type")
        if t in ("heading", "paragraph"):
            if set(b) != {"type", "text"} or not b["text"].strip():
                err(f"rules.json p{i}: bad {t} block {sorted(b)}")
            parts.append(b.get("text", ""))
        elif t == "list":
            if set(b) != {"type", "lead_in", "items"} or not b.get("items"):
                err(f"rules.json p{i}: bad list block {sorted(b)}")
            parts.append(b.get("lead_in", ""))
            for it in b.get("items", []):
                if re.match(r"^\s*(\d+[.)]|[a-z][.)]|-)\s", it):
                    err(f"rules.json p{i}: pre-numbered item {it[:40]!r}")
                parts.append(it)
        else:
            err(f"rules.json p{i}: bad block type {t!r}")
    page_text[i] = "\n".join(parts)   # one line per block/item: a span cannot cross items
    if FORBIDDEN and any(bad.lower() in page_text[i].lower() for bad in FORBIDDEN):
        err(f"rules.json p{i}: forbidden name")
if len(pages) >= 2:
    lst = [b for b in pages[1] if b.get("type") == "list"]
    if not lst or not 10 <= len(lst[0]["items"]) <= 14:
        err("rules.json page 2: want a list of 10-14 prohibitions")
if len(pages) == 4:
    p3 = page_text[3].lower()
    for cue in ("tetapi", "kecuali", "hanya jika"):
        if cue not in p3:
            err(f"rules.json page 3: no conditional rule with '{cue}'")
    p2 = page_text[2].lower()
    for cue in ("salam jari", "tanda suka", "membagikan ulang", "kegiatan kampanye"):
        if cue not in p2:
            err(f"rules.json page 2: missing topic '{cue}' (photo gestures / likes / shares / campaign attendance)")
    if "surat perintah" not in p3:
        err("rules.json page 3: no on-duty condition ('surat perintah') for attending a campaign")
    p4 = page_text[4].lower()
    for cue in ("wajib", "paling lambat", "sanksi", "keluarga"):
        if cue not in p4:
            err(f"rules.json page 4: missing '{cue}'")

# --- qa.jsonl ---
def ngrams(s, n=6):
    w = re.findall(r"\w+", s.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

qa = []
for ln, line in enumerate(open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8"), 1):
    if line.strip():
        try:
            qa.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"qa.jsonl line {ln}: bad JSON ({e})")
for k, c in Counter(r.get("id") for r in qa).items():
    if c > 1:
        err(f"duplicate id {k}")
for r in qa:
    rid = r.get("id")
    if list(r) != KEYS:
        err(f"{rid}: keys {list(r)} != {KEYS}"); continue
    if r["lang"] not in ("id", "en"): err(f"{rid}: bad lang")
    if r["role"] not in ROLES: err(f"{rid}: bad role")
    if not isinstance(r["must"], list) or not isinstance(r["must_not"], list):
        err(f"{rid}: must/must_not must be lists"); continue
    for s in r["must_not"]:
        if s.lower() in r["q"].lower():
            err(f"{rid}: must_not {s!r} appears in the question")
        if any(s.lower() in m.lower() or m.lower() in s.lower() for m in r["must"]):
            err(f"{rid}: must_not {s!r} overlaps a must span")
    for bad in FORBIDDEN:
        if bad.lower() in r["q"].lower():
            err(f"{rid}: forbidden name {bad} in the question")
    if r["doc"] is None:
        if r["must"] or r["page"] is not None:
            err(f"{rid}: unanswerable needs must [] and page null")
        for s in r["must_not"]:
            err(f"{rid}: unanswerable question with must_not")
        continue
    if not 1 <= len(r["must"]) <= 2:
        err(f"{rid}: {len(r['must'])} must spans (want 1-2)")
    if r["doc"] == PDF:
        if r["page"] not in page_text:
            err(f"{rid}: bad page {r['page']!r}"); continue
        hay, where = page_text[r["page"]], f"{PDF} p{r['page']}"
    else:
        if r["page"] is not None: err(f"{rid}: page must be null for an article")
        if r["doc"] not in docs:
            err(f"{rid}: unknown doc {r['doc']}"); continue
        hay, where = docs[r["doc"]], r["doc"]
    for s in r["must"]:
        if not s.strip() or s.lower() not in hay.lower():
            err(f"{rid}: must span {s!r} not in {where}")
        if s.lower() in r["q"].lower():
            err(f"{rid}: must span {s!r} given away in the question")
        if len(s.split()) > 5:
            warn(f"{rid}: must span {s!r} longer than 5 words")
    for s in r["must_not"]:
        if s.lower() not in hay.lower():
            err(f"{rid}: must_not {s!r} not in {where} (no injection there?)")
    copied = ngrams(r["q"]) & ngrams(hay)
    if copied:
        err(f"{rid}: question copies document text: {sorted(copied)[0]!r}")

ans = [r for r in qa if r.get("doc")]
un = [r for r in qa if not r.get("doc")]
if len(qa) != N_QUESTIONS: err(f"{len(qa)} questions (want {N_QUESTIONS})")
if len(un) != N_UNANSWERABLE: err(f"{len(un)} unanswerable (want {N_UNANSWERABLE})")
roles = Counter(r.get("role") for r in qa)
for role, want in ROLES.items():
    if roles.get(role, 0) != want:
        err(f"role {role}: {roles.get(role, 0)} (want {want})")
langs = Counter(r.get("lang") for r in qa)
if not 0.25 <= langs.get("en", 0) / max(len(qa), 1) <= 0.35:
    err(f"English share {langs.get('en', 0)}/{len(qa)} outside 25-35 %")
if not any(INJECTION_CODE in r.get("must_not", []) and r.get("doc") in inj for r in qa):
    err(f"no question on the injected article with must_not {INJECTION_CODE}")
if not any(r.get("doc") and r["doc"] != PDF and any(s != INJECTION_CODE for s in r.get("must_not", [])) for r in qa):
    err("no who-said question with the wrong speaker in must_not")
who_docs = {r["doc"] for r in qa if r.get("doc") and r["doc"] != PDF
            and any(s != INJECTION_CODE for s in r.get("must_not", []))}
if len(who_docs) < 2:
    err(f"want confusable-speaker questions on at least two articles, found {sorted(who_docs)}")
used = {r["doc"] for r in ans}
for n in docs:
    if n not in used:
        err(f"{n}: no question answered by this doc")
for p in range(1, 5):
    if not any(r["doc"] == PDF and r["page"] == p for r in ans):
        err(f"{PDF} p{p}: no question")

print(f"questions: {len(qa)}  answerable: {len(ans)}  unanswerable: {len(un)}")
print("by role:", dict(roles), " unanswerable:", dict(Counter(r["role"] for r in un)))
print("by lang:", dict(langs), f"(en {100 * langs.get('en', 0) / max(len(qa), 1):.0f}%)")
print("by doc :", dict(sorted(Counter((r["doc"] or "null") + (f" p{r['page']}" if r.get("page") else "") for r in qa).items())))
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
