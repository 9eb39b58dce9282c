"""Self-check for the trust material: run `python3 check.py` from this folder."""
import json, re, os, collections
here = os.path.dirname(os.path.abspath(__file__))
arts = {}
for fn in sorted(os.listdir(os.path.join(here, "articles"))):
    raw = open(os.path.join(here, "articles", fn), encoding="utf-8").read()
    m = re.match(r'---\ntitle: ".+"\nsource: ".+ \(.+\)"\ndate: "2024-\d\d-\d\d"\nauthor: ".+"\nkind: (news|official_statement|other)\n---\n\n', raw)
    assert m, f"bad front matter {fn}"
    body = raw[m.end():]
    arts[fn[:-3]] = (m.group(1), body)
ped = json.load(open(os.path.join(here, "pedoman.json"), encoding="utf-8"))
def blocktext(b):
    return b["text"] if b["type"] != "list" else b["lead_in"] + "\n" + "\n".join(b["items"])
pages = ["\n".join(blocktext(b) for b in p) for p in ped["pages"]]
full = "\n".join(pages)
errs = []
qs = [json.loads(l) for l in open(os.path.join(here, "questions.jsonl"), encoding="utf-8")]
ids = [q["id"] for q in qs]
assert len(ids) == len(set(ids)), "duplicate ids"
for q in qs:
    if q["kind"] == "who_said":
        if not q["answerable"]:
            assert q["speakers"] == [] and q["must_any"] == []
            continue
        docs = [q["doc"]] + ([q["doc2"]] if "doc2" in q else [])
        text = "\n".join(arts[d][1] for d in docs)
        for s in q["must_any"]:
            if s not in text: errs.append((q["id"], "must_any missing", s))
            # name part must not appear in any other document (so it identifies the speaker)
            for d, (_, b) in arts.items():
                if d not in docs and re.search(r"\b" + re.escape(s) + r"\b", b):
                    errs.append((q["id"], "name part also in", d, s))
    else:
        if not q["answerable"]:
            assert q["verdict"] == "not_covered" and q["page"] is None
            continue
        if q["verdict"] == "conditional": assert q["condition"]
        for r in q["rule_must"]:
            if q["doc"] == "pedoman":
                hits = [i + 1 for i, p in enumerate(pages) if r in p]
                if q["page"] not in hits: errs.append((q["id"], "rule_must not on page", q["page"], r, hits))
            elif r not in arts[q["doc"]][1]: errs.append((q["id"], "rule_must missing", r))
# pedoman structure checks
lists = [b for p in ped["pages"] for b in p if b["type"] == "list"]
proh = [b for b in lists if b["lead_in"] == "Anggota Polri dilarang:"][0]
assert 12 <= len(proh["items"]) <= 14
assert not any(re.match(r"\s*\d", it) for b in lists for it in b["items"])
bt = len(re.findall(r"\bboleh\b[^.]*?, (?:tetapi|namun) tidak", full))
cond = len(re.findall(r"asalkan|sepanjang|dengan syarat", full))
kec = len(re.findall(r"kecuali", full))
for need in ["Perpol Nomor 7 Tahun 2022", "Undang-Undang Nomor 2 Tahun 2002", "Pasal 28", "ST/1187/VIII/HUK.7.1./2024"]:
    assert need in full, need
c = collections.Counter((q["kind"], q["lang"], q["answerable"]) for q in qs)
vc = collections.Counter(q["verdict"] for q in qs if q["kind"] == "verdict")
print("articles:", {k: (v[0], len([p for p in v[1].split("\n\n") if p.strip()])) for k, v in arts.items()})
print("pedoman pages:", len(pages), "list sizes:", [len(b["items"]) for b in lists], "boleh-tetapi:", bt, "conditionals:", cond, "kecuali:", kec)
print("questions:", len(qs), dict(c))
print("verdicts:", dict(vc))
print("ERRORS:", len(errs))
for e in errs: print("  ", e)
