#!/usr/bin/env python3
"""Consistency checks for the Dorenggi Salumaka in-domain evaluation set (stdlib only).

Adapted from the tarowanu_mawulepa set's check.py (copied, then edited): new id prefix and injection code, the
forbidden lists extended with the names of tarowanu_mawulepa (places, outlets, NGO, service and chain-message names,
code, telegram and hotline numbers, dropped words and first names, id prefix `tm`), the capitalised-word comparison
extended to tarowanu_mawulepa's README, and the 6-word comparison made against tarowanu_mawulepa's rules.json
(official law names excepted); the 8-word comparison with the seed articles is kept. Articles in this set are longer
(400-800 words) and the Q&A interview has one paragraph per question and per answer, so the word and paragraph
ranges were widened (WORDS, PARAS).

Usage: python3 check.py   (from any directory). Exit status 0 when there are no errors.
"""
import datetime, glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = "aturan_netralitas.pdf"
KEYS = ["id", "lang", "role", "q", "doc", "page", "must", "must_not"]
N_DOCS = (7,)
N_QUESTIONS, N_UNANSWERABLE = 40, 6
ROLES = {"officer": 14, "journalist": 18, "trainer": 8}
UNANSWERABLE_BY_ROLE = {"officer": 2, "journalist": 3, "trainer": 1}
WORDS = (400, 800)
PARAS = (10, 20)
INJECTION_CODE = "KIPASAN-71"
PREFIX = "ds"
EARLIER_PREFIXES = ["bs", "in", "kb", "kr", "lt", "pl", "ps", "rs", "sl", "sr", "td", "tl", "uk", "rk", "ms", "wn", "sd", "br", "tm", "tk", "bj"]
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
             "Tapian Larik", "Ulak Kemiri", "Lopak Alai", "Parit Lintau", "Suara Lokan", "LintasKemuyu",
             "Harian Renah", "Jurnal Pelawi", "Kemuyu Pos", "BELIBIS-36", "ST/1863/IX", "0852-6174-3308",
             # the lembah_tirta set
             "Lembah Tirta", "Banyuwening", "Padas Lumut", "Kayu Arang", "Talang Pauh", "Danau Kirana",
             "Pematang Kelor", "Ranu Pandan", "Air Selasih", "Tegal Kenanga", "Suluh Lembah", "TirtaNews",
             "Harian Kirana", "Lintas Pauh", "Pena Pematang", "SELUANG-29", "ST/1864/X",
             # the tana_lusembe set
             "Tana Lusembe", "Parengkasi", "Watu Molindo", "Salu Pandake", "Bonto Sapiri", "Lembo Tinalu",
             "Ponre Sikamba", "Tompo Bulisa", "Balang Tumaleng", "Lembo Utara", "Kalu Sirenta", "Pulau Lamberu",
             "Harian Lusembe", "Molindo Ekspres", "Kabar Pandake", "TinaluNews", "Lusembe Pos", "KAKATUA-41",
             "ST/1529/IX",
             # the pasir_rembayung set
             "Pasir Rembayung", "Pasir Lamayan", "Manggarawa", "Tanah Pangkalu", "Lubuk Jerenih", "Batang Sumbi",
             "Muara Keliat", "Talu Bekurai", "Sungkai Lindung", "Ampalu Rendah", "Wira Pratama", "Kabar Pangkalu",
             "Suara Keliat", "Warta Sumbi", "Rembayung Pos", "JerenihNews", "Rembayung Bersuara", "Klinik Netralitas",
             "Ngopi Kamtibmas", "LAPOR NETRAL", "0821-4470-9135", "ST/2381/IX", "KEPODANG-63",
             # the kuta_baleran set
             "Kuta Baleran", "Lelawi", "Merabun", "Tampui", "Batang Lumpo", "Air Balam", "Pulo Ambacang",
             "Lae Serubi", "Sikijang Rendah", "Tualang Gedang", "Kemang Rawit", "Pasia Bolang", "Baleran Pos",
             "Warta Lumpo", "KabarAmbacang", "Tanya Propam", "ST/2046/IX", "0811-6620-4478", "PEKAKA-47",
             # the riam_kelawit set
             "Riam Kelawit", "Pontirang", "Nanga Serabit", "Tumbang Kaleo", "Long Beruai", "Tapang Rejang",
             "Sebadu Hulu", "Ulu Entabai", "Serabit Hilir", "Nanga Lebuai", "Kelawit Pos", "Kaleo Ekspres",
             "Warta Beruai", "RiamKini", "Suara Serabit", "ST/1958/IX", "0811-5730-2418", "KELEMPIAU-38",
             # the sarang_lindai set
             "Sarang Lindai", "Marunggai", "Batang Sikulap", "Padang Tarap", "Teluk Sinaba", "Lubuk Garingging",
             "Siumpu Tinggi", "Air Lembiding", "Tarap Hilir", "Suara Sikulap", "Kabar Tarap", "Lindai Pos",
             "SinabaNews", "Warta Lembiding", "Swara Lindai", "Info Terbaru Netralitas", "0812-7735-1946",
             "ST/2573/X", "SIKATAN-52",
             # the kelok_rinjai set
             "Kelok Rinjai", "Selumpang", "Lubuk Sipurak", "Pangkal Gemburak", "Ladang Kerinau", "Nalo Ampelu",
             "Lempur Bedumi", "Dusun Teriyung", "Selingkai Ilir", "Talun Besungai", "Pulau Lamatang",
             "Bhara Rinjai", "Suara Sipurak", "GemburakNews", "Warta Kerinau", "Kabar Ampelu", "Rinjai Pos",
             "SAPA NETRAL", "0857-3902-6614", "Edaran Terbaru Cuti", "ST/2157/IX", "TENGADAK-43",
             # the muntai_selayung set (places, outlets, service names, chain message, telegram, hotline, code)
             "Muntai Selayung", "Karimpang", "Kelumbi", "Siborak", "Ribung Tengah", "Belimbai", "Sikabau",
             "Tabunai", "Merumbu", "Desa Lubai", "Warta Kelumbi", "Selayung Pos", "Suara Sikabau", "SiborakNews",
             "Harian Belimbai", "Kabar Karimpang", "Lapor Propam Selayung", "0813-2947-5061", "Pojok Konsultasi",
             "Info Internal", "ST/2284/IX", "KANGKOK-61",
             # words the earlier READMEs say were tried and dropped (places, codes)
             "Lepai", "Serampu", "Mandaras", "Manyar", "Kedasi", "Pucung", "Belekok", "Cekakak", "Trinil",
             "Tempua", "Tengkawang", "Bekantan", "Ensaid", "Selibu", "Jelawat", "Belida", "Selisik", "Manduri",
             "Kelumpang", "Sengkuang", "Serindit", "Srigunting", "Rangkong", "Cangak", "Bentet", "Punai",
             "Tekukur", "Selumbar", "Tapus",
             # the wekanu_nagesa set (places, outlets, services, chain message, telegram, hotline, code, dropped words)
             "Wekanu Nagesa", "Lambora", "Kalimbu", "Nangamesi", "Mauroka", "Keranu", "Menawu",
             "Rapowawo", "Kolisia", "Tendawelu", "Obor Lambora", "Detak Nagesa", "Gema Keranu", "Jendela Mauroka",
             "Lensa Kalimbu", "Sorot Menawu", "Halo Propam", "Ruang Konsultasi Netralitas", "Pesan Khusus Anggota",
             "ST/2462/IX", "0812-3806-5179", "KOWAK-57", "Tesang", "Welu", "Gelatik", "Kecapi", "Bondol", "Kedidi",
             # the sumaru_dentawa set (places, outlets, NGO, service, chain message, telegram, hotline, code)
             "Sumaru Dentawa", "Kandiwo", "Leparu", "Sambitu", "Rendalo", "Waipenu",
             "Marisomba", "Hukuwai", "Pantarewa", "Bolewatu", "Sulanggi", "Sawaleo", "Kabaresi", "Tabaos",
             "Sasadu", "Kalwedo", "Gandong", "Kalesang", "Simpul Pantau", "Baileo", "Maklumat Cuti Pilkada",
             "ST/2317/IX", "0819-4527-8630", "TANGKASI-74", "Gulabe", "Jamblang", "Kecubung", "Jaga Netral",
             # the bantala_rewuni set (places, outlets, NGO, services, chain message, telegram, hotline, code,
             # dropped words)
             "Bantala Rewuni", "Sembalo", "Ratanggi", "Linggowa", "Maresang", "Tabuhari", "Olasewa", "Pendaru",
             "Wanggesu", "Tinamboru", "Lorentapi", "Walandiri", "Kasumbera", "Pasikolo", "Kalumpe", "Rewunipos",
             "Sembalonews", "Tomburu", "Kentongan Linggowa", "Manggaloi", "Lingkar Pemantau Rewuni",
             "Dengar Propam Rewuni", "Tanya Garis Netral", "Info A1 Propam", "ST/2691/IX", "0815-2093-4761",
             "TEMPIRAI-82", "Katupa", "Bandil", "Periskop", "Kelulut", "Buntal",
             # the tarowanu_mawulepa set (places, outlets, NGO, services, chain message, telegram, hotline, code,
             # dropped words)
             "Tarowanu", "Mawulepa", "Kondelu", "Pamaruka", "Sawilende", "Lokotabu", "Weranggi", "Tamboleo",
             "Ruisenga", "Ulupaddi", "Kasombe", "Betanowu", "Lirangki", "Wolokarima", "Lobutera", "Saweri",
             "Gendalo", "Suluwara", "Tifanu", "Jaring Awas", "Kanal Aduan", "Meja Tanya Netral", "Edaran Kilat",
             "ST/2748/X", "0818-6042-7395", "PERENJAK-65", "Besila", "Pelisa", "Melisu", "KUCICA",
             # telegrams of the earlier sets not listed above
             "ST/1107/IX", "ST/2219/IX"]
# person names from the earlier sets' READMEs (and first choices those READMEs say they dropped):
# matched as whole words in docs, rules, questions and this README
PERSON_NAMES = ["Sahat Marpaung", "Marpaung", "Oktovianus", "Ngamelubun", "Kosasih", "Wiranata", "Sulaiman",
                "Rangkuti", "Kristoforus", "Bunsu", "Veronika", "Anyie", "Jelemut", "Hutagalung", "Gilang",
                "Marlina", "Desi Anggraini", "Antonius", "Reza", "Yuliana", "Sembiring", "Hendrawan", "Sitompul",
                "Nurhayati", "Simanjorang", "Yudhistira", "Halim", "Teguh", "Agus Salim", "Harun", "Yudha",
                "Rizal", "Yusuf", "Arief", "Wahyu", "Zulkarnain", "Lawalata", "Tumbelaka", "Wowor", "Sanam",
                "Arsad", "Rumengan", "Daulay", "Tefa", "Idham", "Gregorius", "Ketut", "Ansui", "Dampung", "Lenggu",
                "Ringkai", "Kuleh", "Iyang", "Sepang", "Mardatillah", "Sastradipura", "Talumewo", "Paturusi",
                "Lamusu", "Djariyah", "Dadang", "Martianto", "Setyono", "Kurniawan", "Moch Ilham",
                # the muntai_selayung set and the dropped candidates named in the earlier READMEs
                "Juliandri", "Tupamahu", "Effendi",
                # the wekanu_nagesa set and the dropped candidates its README names
                "Yoakim", "Sorowutun", "Dominikus", "Hieronimus", "Klemens", "Fidelis", "Ignasius", "Sebastianus",
                "Benediktus", "Hubertus", "Leonardus", "Sogen", "Lango", "Lelu", "Dhiu", "Tukan", "Seran", "Kewa",
                "Rehi", "Mite", "Wolor", "Ngoti", "Kolimo",
                # dropped candidates the sumaru_dentawa README names
                "Servasius", "Aloysius", "Natanael", "Habel", "Theresia", "Florentina", "Rosalina", "Priska",
                "Saharuddin", "Jumadil", "Muslihat", "Bahrul", "Hasbullah", "Yohana", "Lukman", "Efraim", "Pieter",
                "Yosias", "Sefnat", "Paulus", "Lamabelawa", "Lewerissa", "Latuconsina", "Wattimena", "Telussa",
                "Manuhutu", "Rugaya",
                # surnames the bantala_rewuni README says were dropped, and its ordinary words tried as outlet words
                "Lumbanraja", "Nainggolan", "Tambunan", "Lubis", "Batubara", "Maradona", "Ayomi", "Tambur", "Sauh",
                "Warik", "Selasar",
                # first names and the surname the tarowanu_mawulepa README says were dropped
                "Arnesto", "Jefri", "Marsella", "Sandria", "Kalvin", "Geraldo", "Geraldi", "Reinaldo", "Langkai"]
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

def person_hits(text):
    return [p for p in PERSON_NAMES if re.search(r"\b%s\b" % re.escape(p), text, re.I)]


def ngrams_blocks(blocks, n, strip=()):
    """n-word runs inside each block (runs never cross blocks); phrases in strip are cut out first."""
    out = set()
    for blk in blocks:
        blk = blk.lower()
        for ph in strip:
            blk = blk.replace(ph, " | ")
        for part in blk.split("|"):
            w = re.findall(r"\w+", part)
            out |= {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
    return out


def rule_blocks(r):
    out = []
    for page in r.get("pages", []):
        for b in page:
            if b.get("type") == "list":
                out.append(b.get("lead_in", ""))
                out += b.get("items", [])
            else:
                out.append(b.get("text", ""))
    return out


# official names of laws, which any booklet may share word for word
LAW_NAMES = ["undang-undang nomor 2 tahun 2002 tentang kepolisian negara republik indonesia",
             "undang-undang nomor 10 tahun 2016", "peraturan pemerintah nomor 2 tahun 2003",
             "peraturan polri nomor 7 tahun 2022", "kode etik profesi dan komisi kode etik polri",
             "komisi kode etik polri"]
TM_RULES = [os.path.join(HERE, "..", "tarowanu_mawulepa", "rules.json"),
            "/work/main/benchmarks/indomain_sets/tarowanu_mawulepa/rules.json"]
# READMEs of the earlier sets: their capitalised words may not be reused unless generic (see GENERIC)
EARLIER_SETS = ["batu_jaya", "bukit_serayu", "kelok_rinjai", "kuta_baleran", "lembah_tirta", "muntai_selayung",
                "pasir_rembayung", "pulau_seruni", "rantau_sari", "riam_kelawit", "sarang_lindai", "sungai_rawa",
                "tana_lusembe", "tanjung_kencana", "teluk_damar", "ujung_kemuyu", "wekanu_nagesa", "sumaru_dentawa",
                "bantala_rewuni", "tarowanu_mawulepa"]
EARLIER_READMES = sorted(p for base in ("/work/main/benchmarks/indomain_sets", "/work/staging_sets",
                                        os.path.join(HERE, ".."))
                         for p in glob.glob(os.path.join(base, "*", "README.md"))
                         if os.path.basename(os.path.dirname(p)) in EARLIER_SETS)
SEEDS = "/work/shared/seeds"

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
    if not PARAS[0] <= len(paras) <= PARAS[1]:
        err(f"{n}: {len(paras)} paragraphs (want {PARAS[0]}-{PARAS[1]})")
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
    for bad in person_hits(text):
        err(f"{n}: earlier set's person name {bad}")
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
    if any(bad.lower() in page_text[i].lower() for bad in FORBIDDEN + SEED_NAMES) or person_hits(page_text[i]):
        err(f"rules.json p{i}: forbidden name")
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

# new wording: no 6-word run shared with tarowanu_mawulepa's rules (law names excepted)
uk_path = next((p for p in TM_RULES if os.path.exists(p)), None)
if uk_path:
    shared = ngrams_blocks(rule_blocks(rules), 6, LAW_NAMES) & ngrams_blocks(
        rule_blocks(json.load(open(uk_path, encoding="utf-8"))), 6, LAW_NAMES)
    for s in sorted(shared):
        err(f"rules.json shares a 6-word run with tarowanu_mawulepa's rules: {s!r}")
else:
    warn("tarowanu_mawulepa/rules.json not found: 6-word comparison skipped")
# no 8-word run shared between an article (or the rules) and a seed article
if os.path.isdir(SEEDS):
    seed8 = set()
    for fn in sorted(os.listdir(SEEDS)):
        seed8 |= ngrams_blocks([open(os.path.join(SEEDS, fn), encoding="utf-8", errors="replace").read()], 8)
    for n, body in list(docs.items()) + [("rules.json", "\n".join(rule_blocks(rules)))]:
        for s in sorted(ngrams_blocks([body], 8) & seed8):
            err(f"{n}: shares an 8-word run with a seed article: {s!r}")
else:
    warn("seed articles not found: 8-word comparison skipped")

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

for i, r in enumerate(qa, 1):
    if r.get("id") != f"{PREFIX}{i:02d}":
        err(f"{r.get('id')}: want id {PREFIX}{i:02d} (ids in order, prefix '{PREFIX}')")
    if str(r.get("id"))[:2] in EARLIER_PREFIXES:
        err(f"{r.get('id')}: prefix used by an earlier set")
    for bad in person_hits(r.get("q", "") + " " + " ".join(r.get("must", []) + r.get("must_not", []))):
        err(f"{r.get('id')}: earlier set's person name {bad}")
    if INJECTION_CODE.lower() in str(r.get("q", "")).lower():
        err(f"{r.get('id')}: question contains the injection code")
    for bad in FORBIDDEN + SEED_NAMES:
        if bad.lower() in json.dumps(r, ensure_ascii=False).lower():
            err(f"{r.get('id')}: forbidden name {bad}")
if os.path.exists(os.path.join(HERE, "README.md")):
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    # folder names of earlier sets ("tarowanu_mawulepa", ...) are allowed and cut out before the check
    readme_cut = re.sub(r"\b[a-z]+_[a-z]+\b", " ", readme)
    body_names = [b for b in FORBIDDEN if b.lower() in readme_cut.lower()]
    # the README names the earlier sets only by their folder names ("teluk_damar", ...), never by a place name
    for b in body_names:
        err(f"README.md: forbidden name {b}")
    for b in person_hits(readme):
        err(f"README.md: earlier set's person name {b}")

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
if not 0.18 <= langs.get("en", 0) / max(len(qa), 1) <= 0.22:
    err(f"English share {langs.get('en', 0)}/{len(qa)} outside 18-22 %")
if not any(INJECTION_CODE in r.get("must_not", []) and r.get("doc") in inj for r in qa):
    err(f"no question on the injected article with must_not {INJECTION_CODE}")
used = {r["doc"] for r in ans}
for n in docs:
    if n not in used:
        err(f"{n}: no question answered by this doc")
for p in range(1, 5):
    if not any(r["doc"] == PDF and r["page"] == p for r in ans):
        err(f"{PDF} p{p}: no question")

# capitalised words shared with an earlier set's README must be generic (ranks, units, institutions, months ...)
GENERIC = set("""AI Aipda Aiptu At Aula Bagian Bawaslu Bhabinkamtibmas Bhayangkari Bid Brigpol Brimob Bripda Bripka Briptu
Buku Can Cuti DPT Desa Ditressiber Dr For Gakkumdu HUK Hasilnya Humas IX In Iptu Itu KKEP KPPS KPU Kabid
Kabupaten Kalau Kapolda Kapolres Kapolresta Karo Kasat Kasi Kasubbid Kecamatan Ketua Komisi Konsultasi Lima
Mapolda Materi My Netral Netralitas Ops PDF PNS PPK PSU Paminal Pasal Pilkada Polda Polisi Polres Polresta Polri
Polsek Propam RT RW SDM SPN ST Samapta Sembilan Sentra September Serentak Suara TPS Universitas What WhatsApp
Kombes Pol AKBP AKP Kompol Ipda Menurut Yang Tidak Apa Siapa Anggota Pedoman Dilarang Larangan Kepolisian How When
Who Senin Selasa Rabu Kamis Jumat Sabtu Minggu Oktober November Desember""".split())
# generic words added for this set: unit abbreviations, ranks/posts, courts, platforms, the Q&A markers of the
# interview and ordinary words ("Info", "Pesan", "Om") that earlier READMEs use inside their own names
GENERIC |= set("""Si Sat Kapolsek Wakapolres Binmas Kelurahan BKO SKCK Mahkamah Konstitusi MK Facebook Tanya Jawab
Saku Info Pesan Hari NETRAL Om""".split())
# generic words added for the Tarowanu Mawulepa set: ordinary words used in this set's service and chain-message
# names ("Aduan" = complaint, "Edaran" = circular), unit and institution abbreviations, and "MC" (master of ceremonies)
GENERIC |= set("""Aduan Edaran Lantas PPS MPP Satuan MC""".split())
CAP = re.compile(r"\b[A-Z][A-Za-z]+\b")
if EARLIER_READMES:
    earlier_caps = set()
    for path in EARLIER_READMES:
        earlier_caps |= set(CAP.findall(open(path, encoding="utf-8").read()))
    own = {n: body for n, body in docs.items()}
    own["rules.json"] = "\n".join(rule_blocks(rules))
    own["qa.jsonl"] = "\n".join(r.get("q", "") + " " + " ".join(r.get("must", []) + r.get("must_not", []))
                                 for r in qa)
    for n, body in own.items():
        for w in sorted((set(CAP.findall(body)) & earlier_caps) - GENERIC):
            err(f"{n}: capitalised word {w!r} also occurs in an earlier set's README")
else:
    warn("earlier READMEs not found: capitalised-word comparison skipped")

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
