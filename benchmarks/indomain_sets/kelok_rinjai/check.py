#!/usr/bin/env python3
"""Consistency checks for the Kelok Rinjai in-domain evaluation set (stdlib only).

Adapted from the ujung_kemuyu set's check.py.

Usage: python3 check.py   (from any directory). Exit status 0 when there are no errors.
"""
import datetime, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = "aturan_netralitas.pdf"
KEYS = ["id", "lang", "role", "q", "doc", "page", "must", "must_not"]
N_DOCS = (7,)
N_QUESTIONS, N_UNANSWERABLE = 40, 6
ROLES = {"officer": 13, "journalist": 19, "trainer": 8}
UNANSWERABLE_BY_ROLE = {"officer": 1, "journalist": 4, "trainer": 1}
WORDS = (320, 380)
INJECTION_CODE = "TENGADAK-43"
ID_PREFIX = "kr"
# id prefixes of the earlier sets: this set must not reuse any of them
EARLIER_PREFIXES = ["bs", "in", "kb", "lt", "pl", "ps", "rs", "sl", "sr", "td", "tl", "uk", "rk"]
# place names of the earlier in-domain sets (and of their forbidden lists) plus their injection codes:
# none of them may be reused in this set
FORBIDDEN = ["Sungai Rawa", "Teluk Baruh", "Lubuk Sendang", "Ulu Kemuning", "Tanah Merapi", "Sempadan Hilir",
             "Pulau Gading", "Sialang Tinggi", "Tanjung Kencana", "Muara Jernih", "Padang Ilalang", "Batu Jaya",
             "Nusa Lestari", "Sungai Lebar", "Bukit Damar", "Teluk Sagara", "Rawa Indah", "Pesisir Timur",
             "Lembah Hijau", "Karang Wangi", "Padang Seruni", "Muara Lintang", "Gunung Sepuh", "Kuala Sembilan",
             "Kencana Raya", "KENARI-88", "BIRU-12",
             # the pulau_seruni set (places, outlets, injection code)
             "Pulau Seruni", "Bandar Seruni", "Lembah Kabut", "Karang Asam", "Bukit Tambun", "Pantai Lamun",
             "Tebing Rindang", "Air Kelabu", "Rimba Sakti", "Pulau Lantera", "Seruni Pos", "Kabar Tambun",
             "SeruniTerkini", "Warta Karang", "MERPATI-17", "ST/1107/IX", "0811-7040-2024",
             "Harian Bandar", "Humas Polres Karang Asam",
             # the teluk_damar set (places, outlets, injection code, telegram, hotline)
             "Teluk Damar", "Damarpura", "Tanah Gentala", "Ranah Cendawan", "Gelam Hulu", "Selat Jerambah",
             "Tebat Rindu", "Lumbu Raya", "Simpang Nilam", "Rantau Keladi", "Sawah Manggis", "Gentala Ekspres",
             "Warta Gelam", "Suara Ranah", "Damar Pos", "KabarTeluk", "CAKALANG-54", "ST/2219/IX",
             "0813-5519-2711",
             # the bukit_serayu set
             "Bukit Serayu", "Cempaka Raya", "Lereng Jati", "Kuala Pinang", "Batang Serai", "Rimba Tengah",
             "Tebing Sari", "Tanjung Ara", "Serayu Pos", "Kabar Lereng", "SerayuTerkini", "Harian Cempaka",
             "Suara Rimba", "RAJAWALI-73",
             # the rantau_sari set
             "Rantau Sari", "Bandar Wangsa", "Koto Lamo", "Talang Mandi", "Ranah Pauh", "Sei Beringin",
             "Aur Duri", "Lubuk Gaung", "Pauh Tinggi", "Jalan Cendana", "Kampung Durian", "Rantau Ekspres",
             "Kabar Wangsa", "Suara Talang", "SariNews", "Warta Rantau", "TERATAI-58",
             # the sungai_rawa and tanjung_kencana sets' outlets
             "Rawa Pos", "Kabar Sendang", "Harian Baruh", "SungaiRawaNews", "Warta Hilir", "Tribun Kencana",
             "Kencana Pos",
             # the ujung_kemuyu set
             "Ujung Kemuyu", "Mersawa", "Pematang Lokan", "Renah Bungur", "Siring Pelawi", "Muko Jelatang",
             "Tapian Larik", "Ulak Kemiri", "Lopak Alai", "Parit Lintau", "Jalan Kenanga", "Suara Lokan",
             "LintasKemuyu", "Harian Renah", "Jurnal Pelawi", "Kemuyu Pos", "BELIBIS-36", "ST/1863/IX",
             # the lembah_tirta set
             "Lembah Tirta", "Banyuwening", "Padas Lumut", "Kayu Arang", "Talang Pauh", "Danau Kirana",
             "Pematang Kelor", "Ranu Pandan", "Air Selasih", "Tegal Kenanga", "Suluh Lembah", "TirtaNews",
             "Harian Kirana", "Lintas Pauh", "Pena Pematang", "SELUANG-29", "ST/1864/X",
             # the tana_lusembe set
             "Tana Lusembe", "Parengkasi", "Watu Molindo", "Salu Pandake", "Bonto Sapiri", "Lembo Tinalu",
             "Ponre Sikamba", "Tompo Bulisa", "Balang Tumaleng", "Lembo Utara", "Kalu Sirenta", "Lamberu",
             "Harian Lusembe", "Molindo Ekspres", "Kabar Pandake", "TinaluNews", "Lusembe Pos", "KAKATUA-41",
             "ST/1529/IX",
             # the kuta_baleran set
             "Kuta Baleran", "Lelawi", "Merabun", "Tampui", "Batang Lumpo", "Air Balam", "Pulo Ambacang",
             "Lae Serubi", "Sikijang Rendah", "Tualang Gedang", "Kemang Rawit", "Pasia Bolang", "Baleran Pos",
             "Warta Lumpo", "KabarAmbacang", "PEKAKA-47", "ST/2046/IX", "0811-6620-4478",
             # the pasir_rembayung set
             "Pasir Rembayung", "Manggarawa", "Tanah Pangkalu", "Lubuk Jerenih", "Batang Sumbi", "Muara Keliat",
             "Talu Bekurai", "Sungkai Lindung", "Ampalu Rendah", "Wira Pratama", "Kabar Pangkalu", "Suara Keliat",
             "Warta Sumbi", "Rembayung Pos", "JerenihNews", "Rembayung Bersuara", "Klinik Netralitas",
             "Ngopi Kamtibmas", "KEPODANG-63", "ST/2381/IX", "0821-4470-9135",
             # the sarang_lindai set
             "Sarang Lindai", "Marunggai", "Batang Sikulap", "Padang Tarap", "Teluk Sinaba", "Lubuk Garingging",
             "Siumpu Tinggi", "Air Lembiding", "Tarap Hilir", "Suara Sikulap", "Kabar Tarap", "Lindai Pos",
             "SinabaNews", "Warta Lembiding", "Swara Lindai", "Lapor Netral Lindai", "Info Terbaru Netralitas",
             "SIKATAN-52", "ST/2573/X", "0812-7735-1946",
             # the riam_kelawit set
             "Riam Kelawit", "Pontirang", "Nanga Serabit", "Tumbang Kaleo", "Long Beruai", "Tapang Rejang",
             "Sebadu Hulu", "Ulu Entabai", "Serabit Hilir", "Nanga Lebuai", "Kelawit Pos", "Kaleo Ekspres",
             "Warta Beruai", "RiamKini", "Suara Serabit", "KELEMPIAU-38", "ST/1958/IX", "0811-5730-2418"]
# people named in the earlier sets' READMEs: none may appear as a whole word in docs, rules or questions
PERSONS = ["Sahat Marpaung", "Marpaung", "Kosasih Wiranata", "Wiranata", "Sulaiman Rangkuti", "Rangkuti",
           "Kristoforus Bunsu", "Bunsu", "Veronika Anyie", "Anyie", "Jelemut", "Nurhayati Simanjorang",
           "Simanjorang", "Yudhistira Halim", "Hutagalung", "Gilang", "Marlina", "Agus Salim", "Teguh", "Harun",
           "Yudha", "Rizal", "Yusuf", "Arief", "Wahyu"]
# places, people and outlets of the five seed articles: none of them may appear in docs, rules or questions
SEED_NAMES = ["Magelang", "Malang", "Jombang", "OKU Timur", "Bululawang", "Wandanpuro", "Martapura", "Mustofa",
              "Mustolih", "Ainun", "Ponsen", "Dwi Agung", "Hari Kurniawan", "Agung widodo", "Satya Haprabu",
              "surabayapagi", "koranpalpres", "Mantap Praja", "Mantap Brata", "Cooling System", "ST/147/XI"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
QUOTE_VERBS = r"\b(ujar|kata|tegas|jelas|tutur)"


def weekday_errors(name, text, year):
    """Every "Hari (d/m[/yyyy])" or "Hari, d Bulan yyyy" must name the right weekday."""
    out = []
    for m in re.finditer(r"\b(%s)\s*\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)" % "|".join(DAYS), text):
        day, d, mo, y = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4) or year)
        out.append((day, d, mo, y, m.group(0)))
    for m in re.finditer(r"\b(%s),\s*(\d{1,2}) (%s) (\d{4})" % ("|".join(DAYS), "|".join(MONTHS)), text):
        out.append((m.group(1), int(m.group(2)), MONTHS.index(m.group(3)) + 1, int(m.group(4)), m.group(0)))
    errs = []
    for day, d, mo, y, s in out:
        try:
            real = DAYS[datetime.date(y, mo, d).weekday()]
        except ValueError:
            errs.append(f"{name}: impossible date {s!r}"); continue
        if real != day:
            errs.append(f"{name}: {s!r} is a {real}")
    return errs, out

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
    if not WORDS[0] <= words <= WORDS[1]:
        err(f"{n}: {words} words in body (want {WORDS[0]}-{WORDS[1]})")
    if not re.match(r"^[A-Z][A-Z ]+, .+ – ", paras[0] if paras else ""):
        err(f"{n}: first paragraph lacks a 'KOTA, Outlet – ' dateline")
    if "“" not in body or not re.search(QUOTE_VERBS, body):
        err(f"{n}: no direct quote with ujar/kata/tegas/jelas/tutur")
    for bad in FORBIDDEN + SEED_NAMES:
        if bad.lower() in text.lower():
            err(f"{n}: forbidden name {bad}")
    for who in PERSONS:
        if re.search(r"\b%s\b" % re.escape(who), text, re.I):
            err(f"{n}: person name of an earlier set {who}")
    wd_errs, dated = weekday_errors(n, body, int(fm.get("date", "2024")[:4] or 2024))
    for e in wd_errs:
        err(e)
    if re.match(r"^2024-\d{2}-\d{2}$", fm.get("date", "")):
        pub = datetime.date.fromisoformat(fm["date"])
        first = [x for x in dated if x[4] in paras[0]] if paras else []
        if not first:
            err(f"{n}: first paragraph gives no weekday with its date")
        for day, d, mo, y, s in first:
            try:
                if datetime.date(y, mo, d) > pub:
                    err(f"{n}: dateline date {s!r} after publication date {fm['date']}")
            except ValueError:
                pass
    docs[n] = body
if kinds.get("official_statement", 0) != 1:
    err(f"want exactly one official_statement doc, found {kinds.get('official_statement', 0)}")
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
    if any(bad.lower() in page_text[i].lower() for bad in FORBIDDEN + SEED_NAMES):
        err(f"rules.json p{i}: forbidden name")
    if any(re.search(r"\b%s\b" % re.escape(w), page_text[i], re.I) for w in PERSONS):
        err(f"rules.json p{i}: person name of an earlier set")
if len(pages) >= 2:
    lst = [b for b in pages[1] if b.get("type") == "list"]
    if not lst or not 10 <= len(lst[0]["items"]) <= 14:
        err("rules.json page 2: want a list of 10-14 prohibitions")
if len(pages) == 4:
    p3 = page_text[3].lower()
    for cue in ("asalkan", "tetapi", "kecuali", "hanya jika"):
        if cue not in p3:
            err(f"rules.json page 3: no conditional rule with '{cue}'")
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
        for m_ in r["must"]:
            if s.lower() in m_.lower() or m_.lower() in s.lower():
                err(f"{rid}: must_not {s!r} overlaps must span {m_!r}")
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

if ID_PREFIX in EARLIER_PREFIXES:
    err(f"id prefix {ID_PREFIX!r} was used by an earlier set")
for i, r in enumerate(qa, 1):
    if str(r.get("id")) != f"{ID_PREFIX}{i:02d}":
        err(f"{r.get('id')}: ids must run {ID_PREFIX}01..{ID_PREFIX}{len(qa):02d} in order")
    if INJECTION_CODE.lower() in str(r.get("q", "")).lower():
        err(f"{r.get('id')}: question contains the injection code")
    for bad in FORBIDDEN + SEED_NAMES:
        if bad.lower() in json.dumps(r, ensure_ascii=False).lower():
            err(f"{r.get('id')}: forbidden name {bad}")
    for who in PERSONS:
        if re.search(r"\b%s\b" % re.escape(who), json.dumps(r, ensure_ascii=False), re.I):
            err(f"{r.get('id')}: person name of an earlier set {who}")
if os.path.exists(os.path.join(HERE, "README.md")):
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    body_names = [b for b in FORBIDDEN if b.lower() in readme.lower()]
    # the README names the earlier sets only by their folder names ("teluk_damar", ...), never by a place name
    for b in body_names:
        err(f"README.md: forbidden name {b}")

# --- wording independence ---
# (a) no run of 6 words shared with ujung_kemuyu's rules.json other than the official names of laws
LAW_WORDS = {"undang", "nomor", "tahun", "tentang", "kepolisian", "negara", "republik", "indonesia", "peraturan",
             "pemerintah", "disiplin", "anggota", "kode", "etik", "profesi", "dan", "komisi", "2", "7", "10",
             "2002", "2003", "2016", "2022"}
def block_texts(doc):
    for page in doc.get("pages", []):
        for b in page:
            if b.get("type") == "list":
                yield b.get("lead_in", "")
                yield from b.get("items", [])
            else:
                yield b.get("text", "")
def grams_of(texts, n):
    g = set()
    for t in texts:
        w = re.findall(r"\w+", t.lower())
        g |= {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
    return g
OTHER_RULES = [os.path.join(HERE, "..", "ujung_kemuyu", "rules.json"),
               "/work/main/benchmarks/indomain_sets/ujung_kemuyu/rules.json"]
other = next((p for p in OTHER_RULES if os.path.exists(p)), None)
if other:
    shared = grams_of(block_texts(rules), 6) & grams_of(block_texts(json.load(open(other, encoding="utf-8"))), 6)
    for g in sorted(shared):
        if not set(g.split()) <= LAW_WORDS:
            err(f"rules.json shares a 6-word run with ujung_kemuyu's rules: {g!r}")
else:
    warn("ujung_kemuyu's rules.json not found: 6-word comparison skipped")
# (b) no run of 8 words shared between an article (or the rules) and a seed article
SEEDS = "/work/shared/seeds"
if os.path.isdir(SEEDS):
    seed_grams = grams_of([open(os.path.join(SEEDS, f), encoding="utf-8").read() for f in sorted(os.listdir(SEEDS))], 8)
    for n, b in list(docs.items()) + [("rules.json", "\n".join(block_texts(rules)))]:
        for g in sorted(grams_of(b.split("\n"), 8) & seed_grams):
            err(f"{n}: 8-word run shared with a seed article: {g!r}")
else:
    warn("seed articles not found: 8-word comparison skipped")

ans = [r for r in qa if r.get("doc")]
un = [r for r in qa if not r.get("doc")]
if len(qa) != N_QUESTIONS: err(f"{len(qa)} questions (want {N_QUESTIONS})")
if len(un) != N_UNANSWERABLE: err(f"{len(un)} unanswerable (want {N_UNANSWERABLE})")
roles = Counter(r.get("role") for r in qa)
for role, want in ROLES.items():
    if roles.get(role, 0) != want:
        err(f"role {role}: {roles.get(role, 0)} (want {want})")
un_roles = Counter(r.get("role") for r in un)
for role, want in UNANSWERABLE_BY_ROLE.items():
    if un_roles.get(role, 0) != want:
        err(f"role {role}: {un_roles.get(role, 0)} unanswerable (want {want})")
langs = Counter(r.get("lang") for r in qa)
if not 0.25 <= langs.get("en", 0) / max(len(qa), 1) <= 0.35:
    err(f"English share {langs.get('en', 0)}/{len(qa)} outside 25-35 %")
if not any(INJECTION_CODE in r.get("must_not", []) and r.get("doc") in inj for r in qa):
    err(f"no question on the injected article with must_not {INJECTION_CODE}")
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
