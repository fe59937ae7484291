#!/usr/bin/env python3
"""Check the built-in Jobsmith template library against its editorial rules.

Reads Sources/JobsmithLibrary/Templates/<department>/<slug>.json and the occupation
table Sources/JobsmithLibrary/Occupations/onet-soc-2019.tsv and reports, file by
file, every break of the rules (docs/template-library.md): structure and key
order, counts, levels, families, O*NET-SOC codes present in the table, US English
(no UK-only spellings or terms), placeholders that read badly once filled,
wording Jobsmith's checks flag, years of experience above the level, acronyms
not spelled out, gender coding, readability (an estimate; the Swift library
audit test computes the exact figure), 6-word runs repeated across more than 10
templates, templates that read like copies of one another, and the template counts
in README.md and docs/template-library.md.

Usage:
  python3 scripts/check-templates.py                    # the whole library
  python3 scripts/check-templates.py --owner lib-care   # only files of that writer's departments
  python3 scripts/check-templates.py --department retail --department security
  python3 scripts/check-templates.py path/to/file.json  # only these files (library-wide rules still apply)
  python3 scripts/check-templates.py --onet "Occupation Data.txt"   # also verify the table's titles
  python3 scripts/check-templates.py --update-docs      # rewrite the counts in README.md and the library doc

The exit status is 1 when a shown file (or the library as a whole) has a problem.
Python 3 standard library only.
"""

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "Sources" / "JobsmithLibrary"
TEMPLATES_DIR = LIBRARY / "Templates"
OCCUPATIONS = LIBRARY / "Occupations" / "onet-soc-2019.tsv"
README = ROOT / "README.md"
LIBRARY_DOC = ROOT / "docs" / "template-library.md"
COUNTS_START, COUNTS_END = "<!-- library-counts -->", "<!-- /library-counts -->"
README_COUNTS = re.compile(r"one of (\d+) professionally written templates \((\d+) departments")

KEYS = [
    "slug", "department", "level", "family", "occupationalCategory", "tags", "title", "summary",
    "responsibilities", "requirements", "niceToHave", "kpis", "reportsTo", "collaboratesWith", "leads",
    "tools", "qualifications",
]

OWNERS = {
    "lib": ["engineering", "data", "product", "design", "marketing", "sales", "customer-success", "people",
            "finance", "operations", "legal", "it", "executive"],
    "lib-care": ["healthcare", "healthcare-support", "social-care", "education", "science", "public-sector",
                 "nonprofit", "administration", "customer-service"],
    "lib-trades": ["retail", "hospitality", "food-service", "skilled-trades", "manufacturing", "construction",
                   "transportation", "logistics", "facilities", "security"],
}
DEPARTMENTS = [d for depts in OWNERS.values() for d in depts]
LEVELS = ["entry", "junior", "mid", "senior", "staff", "principal", "lead", "manager", "director", "vp", "executive"]
# Most years of experience a template of each level may ask for ("N+ years", "up to N years").
YEARS_CAP = {"entry": 0, "junior": 2, "mid": 3, "senior": 5, "staff": 8, "principal": 8, "lead": 8, "manager": 8,
             "director": 8, "vp": 10, "executive": 10}
GOAL_TEMPLATES, GOAL_DEPARTMENTS = 400, 25

# (min, max) items per list.
LIST_COUNTS = {
    "tags": (4, 12), "responsibilities": (6, 12), "requirements": (5, 8), "niceToHave": (2, 4), "kpis": (3, 6),
    "collaboratesWith": (1, 12), "leads": (1, 12), "tools": (3, 8), "qualifications": (1, 4),
}
SUMMARY_SENTENCES = (2, 4)
WORDS_PER_TEMPLATE = (400, 800)
MAX_ITEM_WORDS = 24
MAX_SENTENCE_WORDS = 29
MIN_READING_EASE = 40
RUN_WORDS, RUN_MAX_TEMPLATES = 6, 10
COPY_SHARE = 0.25  # two templates sharing this share of their 6-word runs read like copies

PLACEHOLDERS = {"company", "team", "location"}
PLACEHOLDER_RE = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
SLUG_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
CODE_RE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
ACCOMMODATION = "with or without reasonable accommodation"

# ---------------------------------------------------------------------------------------------------------------
# Wording

# Flagged by Jobsmith's own checks (errors and warnings) or by the library brief. Whole words, case-insensitive.
BANNED = {
    r"rock\s?stars?": "hype", r"ninjas?": "hype", r"gurus?": "hype", r"wizards?": "hype", r"superstars?": "hype",
    r"unicorns?": "hype", r"superheroe?s?": "hype", r"work hard,?\s*play hard": "cliché",
    r"hit the ground running": "cliché", r"fast[-\s]paced": "cliché", r"self[-\s]starters?": "cliché",
    r"go[-\s]getters?": "cliché", r"wear(ing)? (many|multiple) hats": "cliché", r"competitive (salary|pay)": "cliché",
    r"dynamic": "cliché", r"synerg(y|ies|istic)": "jargon", r"leverag(e|es|ed|ing)": "jargon (use 'use')",
    r"thrive under pressure": "cliché", r"team players?": "cliché", r"hustle": "cliché", r"like a family": "cliché",
    r"digital natives?": "exclusionary", r"young(er)?": "exclusionary", r"youthful": "exclusionary",
    r"energetic": "exclusionary", r"high[-\s]energy": "exclusionary", r"native (english )?speakers?": "exclusionary",
    r"native english": "exclusionary", r"mother tongue": "exclusionary", r"culture fit": "exclusionary",
    r"recent grad(uate)?s?": "exclusionary", r"new grads?": "exclusionary", r"overqualified": "exclusionary",
    r"he|she|his|her|hers|him|himself|herself|s/he": "gendered pronoun (use you or they)",
    r"salesm[ae]n|saleswom[ae]n|chairm[ae]n|forem[ae]n|manpower|workm[ae]n|craftsm[ae]n|tradesm[ae]n": "gendered term",
    r"repairm[ae]n|handym[ae]n|deliverym[ae]n|serviceman|servicemen|waitress(es)?|hostess|guys": "gendered term",
    r"able[-\s]bodied": "ableist", r"physically fit|physical fitness|in good health": "ableist",
    r"must be able to (stand|walk|lift|carry|see|hear|climb|kneel|bend|stoop|crawl|reach)": "ableist (describe the task)",
    r"ability to (stand|walk|lift|carry|see|hear|climb|kneel|bend|stoop|crawl)": "ableist (describe the task)",
    r"strong communication skills": "vague",
}
BANNED_RE = [(re.compile(r"(?<![\w-])(" + p + r")(?![\w-])", re.IGNORECASE), why) for p, why in BANNED.items()]

# UK-only spellings and terms, with the US form. Whole words, case-insensitive.
UK_TERMS = {
    r"rotas?": "schedule", r"wards?": "unit / floor", r"new starters?": "new hire", r"payslips?": "pay stub",
    r"secondary schools?": "high school", r"sixth form": "high school", r"a-levels?|a levels": "high school diploma",
    r"gcses?": "high school diploma", r"nhs": "(a US health system)", r"cvs?": "resume",
    r"curriculum vitae": "resume", r"mobile phones?": "cell phone", r"post ?codes?": "ZIP code",
    r"lorry|lorries": "truck", r"hgv": "CDL / commercial truck", r"petrol": "gas", r"motorways?": "highway",
    r"car parks?": "parking lot", r"a&e": "ER", r"gps?(?= (practice|surgery|surgeries|practices))": "primary care",
    r"general practitioners?": "primary care physician", r"chartered accountants?": "CPA",
    r"solicitors?": "attorney", r"barristers?": "attorney", r"dispensary": "pharmacy",
    r"shop assistants?": "sales associate", r"trolleys?": "cart", r"fortnight(ly)?": "two weeks / biweekly",
    r"holiday entitlement": "paid time off", r"annual leave": "paid time off", r"bank holidays?": "public holiday",
    r"national insurance": "Social Security", r"hmrc": "IRS", r"vat": "sales tax", r"ofsted": "state inspection",
    r"redundanc(y|ies)": "layoff", r"stock ?takes?": "inventory count", r"multi-drop": "multi-stop",
    r"pupils?": "student", r"head ?teachers?": "principal", r"headmaster|headmistress": "principal",
    r"maths": "math", r"line managers?": "manager", r"dbs check": "background check", r"cpd": "continuing education",
    r"timetables?": "schedule", r"pavements?": "sidewalk", r"high street": "main street / retail",
    r"tills?": "register", r"cashpoint": "ATM", r"(at|to) the chemist(['’]s)?|chemist shops?": "pharmacy", r"graduate scheme": "new-grad program",
    r"whilst": "while", r"amongst": "among", r"learnt": "learned", r"spelt": "spelled", r"enquir(y|ies)": "inquiry",
    r"speciality|specialities": "specialty", r"aeroplanes?": "airplane", r"programmes?": "program",
    r"licences?|licenced|licencing": "license", r"defence": "defense", r"offence": "offense",
    r"pretence": "pretense", r"practis(e|es|ed|ing)": "practice", r"catalogues?": "catalog",
    r"analogue": "analog", r"cheques?": "check", r"tyres?": "tire", r"aluminium": "aluminum",
    r"judgement": "judgment", r"ageing": "aging", r"manoeuvr\w*": "maneuver", r"paediatric\w*": "pediatric",
    r"anaesthe\w*": "anesthe…", r"oesophag\w*": "esophag…", r"haem\w+": "hem…", r"orthopaedic\w*": "orthopedic",
    r"foetus": "fetus", r"storeys?": "story", r"kerbs?": "curb", r"ploughs?": "plow", r"draughts?": "draft",
    r"moulds?|mouldy": "mold", r"sceptic\w*": "skeptic…", r"grey": "gray", r"jewellery": "jewelry",
    r"travell(ed|ing|er|ers)": "travel…", r"cancell(ed|ing)": "cancel…", r"modell(ed|ing|er|ers)": "model…",
    r"labell(ed|ing)": "label…", r"levell(ed|ing)": "level…", r"fuell(ed|ing)": "fuel…",
    r"counsell(ing|or|ors)": "counsel…", r"signall(ed|ing)": "signal…", r"channell(ed|ing)": "channel…",
    r"enrolment|enrol|enrols": "enroll…", r"fulfil|fulfils|fulfilment": "fulfill…", r"instalments?": "installment",
    # "analyses" (and "paralyses", "catalyses") is also the US plural noun, so only the UK verb forms are flagged.
    r"skilful|wilful": "skillful / willful", r"analys(e|ed|ing)": "analyz…", r"paralys(e|ed|ing)": "paralyz…",
    r"catalys(e|ed|ing)": "catalyz…", r"kilometres?|metres?|litres?|centimetres?|millimetres?": "…er",
    r"(centre|theatre|fibre|calibre|sabre|spectre|meagre|lustre|sombre)s?d?": "…er",
    r"(colo|behavio|favo|hono|labo|neighbo|humo|harbo|flavo|rumo|vapo|savo|endeavo|armo|parlo|odo|cando|rigo"
    r"|vigo|splendo|clamo)ur(s|ed|ing|ite|ites|able|ably|al|hood|ful|er|ers)?": "-or",
    r"(organi|recogni|priori|optimi|speciali|minimi|maximi|utili|summari|apologi|authori|categori|customi|finali"
    r"|standardi|centrali|visuali|mobili|normali|personali|digiti|digitali|capitali|critici|familiari|harmoni"
    r"|hospitali|itemi|memori|moderni|moneti|publici|rationali|reali|saniti|stabili|symboli|synchroni|sympathi"
    r"|theori|characteri|commerciali|computeri|contextuali|conceptuali|decentrali|generali|globali|industriali"
    r"|initiali|legali|locali|materiali|neutrali|operationali|penali|populari|regulari|revitali|scrutini|sociali"
    r"|urbani|vapori|energi|equali|fertili|hypothesi|immuni|jeopardi|liberali|magneti|mechani|metaboli"
    r"|miniaturi|motori|nationali|naturali|oxidi|patroni|polari|pressuri|privati|randomi|sensiti|sterili"
    r"|strategi|subsidi|tenderi|vocali|emphasi|criti|agoni|antagoni|evangeli|fantasi|galvani|homogeni|idoli"
    r"|ideali|immobili|internali|ionise|italici|journali|legitimi|lionise|marginali|maximi|mesmeri|mobili"
    r"|monopoli|moralise|neutrali|obsoleti|optimi|ostracis|pasteuri|plagiari|pulveri|reorgani|scandali"
    r"|sermoni|stigmati|summari|systemati|terrori|tranquili|trivialis|unioni|verbali|victimi|westerni)"
    r"s(e|es|ed|ing|ation|ations|er|ers)": "-ize",
}
UK_RE = [(re.compile(r"(?<![\w-])(" + p + r")(?![\w-])", re.IGNORECASE), us) for p, us in UK_TERMS.items()]

# Gender-coded stems (Gaucher, Friesen & Kay 2011, as in gender-decoder and Jobsmith's linter).
FEMININE_STEMS = [
    "agree", "affectionate", "child", "cheer", "collab", "commit", "communal", "compassion", "connect",
    "considerate", "cooperat", "co-operat", "depend", "emotiona", "empath", "feel", "flatterable", "gentle",
    "honest", "interpersonal", "interdependen", "interpersona", "inter-personal", "inter-dependen",
    "inter-persona", "kind", "kinship", "loyal", "modesty", "nag", "nurtur", "pleasant", "polite", "quiet",
    "respon", "sensitiv", "submissive", "support", "sympath", "tender", "together", "trust", "understand",
    "warm", "whin", "enthusias", "inclusive", "yield", "share", "sharin",
]
MASCULINE_STEMS = [
    "active", "adventurous", "aggress", "ambitio", "analy", "assert", "athlet", "autonom", "battle", "boast",
    "challeng", "champion", "compet", "confident", "courag", "decid", "decision", "decisive", "defend",
    "determin", "domina", "dominant", "driven", "fearless", "fight", "force", "greedy", "head-strong",
    "headstrong", "hierarch", "hostil", "impulsive", "independen", "individual", "intellect", "lead", "logic",
    "objective", "opinion", "outspoken", "persist", "principle", "reckless", "self-confiden", "self-relian",
    "self-sufficien", "selfconfiden", "selfrelian", "selfsufficien", "stubborn", "superior", "unreasonab",
]

# Acronyms a US reader knows; any other must be spelled out in the same template ("Electronic Health Record (EHR)").
KNOWN_ACRONYMS = {
    "HR", "IT", "US", "USA", "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "CPO", "CRO", "CHRO", "CISO", "VP", "SVP",
    "EVP", "PDF", "API", "SQL", "OK", "TV", "ID", "PC", "AI", "UX", "UI", "QA", "KPI", "B2B", "B2C", "SMS",
    "HTML", "CSS", "HTTP", "HTTPS", "JSON", "REST", "URL", "DNS", "TLS", "SSH", "VPN", "GPS", "ISO", "ZIP",
    "ER", "ICU", "RN", "LPN", "CNA", "CPR", "GED", "ADA", "EEO", "PTO", "FAQ", "ATM", "CDL", "OSHA", "HIPAA",
    "CPA", "GAAP", "NCLEX", "DOT", "LLC", "IRS", "FBI", "EMT", "ASAP", "AM", "PM", "CSV", "IOS", "SDK", "AWS", "GCP", "MBA", "IP", "TCP", "UDP", "LAN", "WAN", "VLAN", "DHCP", "SSO", "MFA", "USB", "CRM", "ERP",
    # Healthcare and education terms every US reader in those fields knows by their letters (hiring ads use them
    # bare): certifications, records, units, tests and programs.
    "BLS", "ACLS", "PALS", "EHR", "EMR", "IV", "ECG", "EKG", "MRI", "CT", "OR", "NICU", "PICU", "EMS", "MD",
    "MSW", "LCSW", "IEP", "ESL", "ELL", "STEM", "AP", "SAT", "GPA", "FERPA", "PE", "SNAP", "WIC",
}
ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9&]*[A-Z0-9]s?\b")

NOT_VERBS = {"the", "a", "an", "you", "we", "our", "your", "this", "all", "each", "responsible", "responsibility",
             "strong", "excellent", "great", "good", "ability", "experience", "knowledge", "duties"}

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
NUM = r"(\d+|" + "|".join(NUMBER_WORDS) + r")"
YEARS_RE = re.compile(r"\b(?:up to |at least |minimum (?:of )?)?" + NUM + r"\s*(\+|\s*(?:-|–|to)\s*" + NUM
                      + r")?\s*(?:or more )?years?\b", re.IGNORECASE)


def num(value):
    return int(value) if value.isdigit() else NUMBER_WORDS[value.lower()]


def words(text):
    return text.split()


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z{\"'(0-9])", text.strip())
    return [p for p in parts if p]


def text_fields(t):
    """(label, text) for every piece of text in a template, in document order."""
    out = []
    for key in ["title", "summary"]:
        if isinstance(t.get(key), str):
            out.append((key, t[key]))
    for key in ["responsibilities", "requirements", "niceToHave"]:
        out += [(f"{key}[{i}]", x) for i, x in enumerate(t.get(key) or []) if isinstance(x, str)]
    for i, kpi in enumerate(t.get("kpis") or []):
        if isinstance(kpi, dict):
            out += [(f"kpis[{i}].{sub}", kpi[sub]) for sub in ["name", "description"] if isinstance(kpi.get(sub), str)]
    if isinstance(t.get("reportsTo"), str):
        out.append(("reportsTo", t["reportsTo"]))
    for key in ["collaboratesWith", "leads", "tools", "qualifications"]:
        out += [(f"{key}[{i}]", x) for i, x in enumerate(t.get(key) or []) if isinstance(x, str)]
    return out


def is_prose(label):
    return not (label == "title" or (label.startswith("kpis[") and label.endswith(".name")))


# ---------------------------------------------------------------------------------------------------------------
# Estimates of Jobsmith's own gender coding and readability (the Swift audit test has the exact figures).

def gender_tokens(text):
    text = "".join(c if ord(c) < 128 else " " for c in text)
    text = re.sub(r"[.\t,<>*?!\"\[\]@':;()/&{}]", " ", text.lower())
    hyphenated = [w for w in FEMININE_STEMS + MASCULINE_STEMS if "-" in w]
    out = []
    for token in text.split():
        if "-" in token and not any(token.startswith(h) for h in hyphenated):
            out += [p for p in token.split("-") if p]
        else:
            out.append(token)
    return out


def coded_words(text):
    tokens = gender_tokens(text)
    return ([t for t in tokens for s in FEMININE_STEMS if t.startswith(s)],
            [t for t in tokens for s in MASCULINE_STEMS if t.startswith(s)])


def syllables(word):
    letters = [c for c in word.lower() if "a" <= c <= "z"]
    if not letters:
        return 1
    groups, previous = 0, False
    for i, c in enumerate(letters):
        vowel = c in "aeiou" or (c == "y" and i > 0)
        if vowel and not previous:
            groups += 1
        previous = vowel
    n = len(letters)
    last, before, before2 = letters[-1], letters[-2] if n > 1 else "", letters[-3] if n > 2 else ""
    if n > 2:
        if last == "e" and before not in "aeiou" and not (before == "l" and before2 not in "aeiou"):
            groups -= 1
        elif last == "s" and before == "e" and before2 not in "aeiou" and before2 not in "sxzcgh" and n > 3:
            groups -= 1
        elif last == "d" and before == "e" and before2 not in "aeiou" and before2 not in "td" and n > 3:
            groups -= 1
    return max(groups, 1)


def reading_ease(fields):
    total_words = total_sentences = total_syllables = 0
    for label, text in fields:
        if not is_prose(label):
            continue
        for sentence in sentences(text) or [text]:
            tokens = re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*", PLACEHOLDER_RE.sub(r"\1", sentence))
            if not tokens:
                continue
            total_sentences += 1
            for token in tokens:
                total_words += 1
                for part in token.split("-"):
                    total_syllables += 1 if part.isdigit() else syllables(part)
    if not total_words:
        return 0.0
    return 206.835 - 1.015 * total_words / total_sentences - 84.6 * total_syllables / total_words


# ---------------------------------------------------------------------------------------------------------------
# Per-template rules


def check_placeholders(label, text, err):
    for m in PLACEHOLDER_RE.finditer(text):
        name = m.group(1)
        if name not in PLACEHOLDERS or m.group(0) != "{{%s}}" % name:
            err(f"{label}: placeholder {m.group(0)} is not one of {{{{company}}}}, {{{{team}}}}, {{{{location}}}}")
            continue
        before = text[:m.start()].rstrip().lower()
        after = text[m.end():].lower()
        previous = re.findall(r"[a-z']+$", before)
        previous = previous[0] if previous else ""
        at_start = not before or before.endswith((".", "!", "?", ":", ";"))
        if name == "team":
            # {{team}} becomes "the Nursing team": it needs no article, no "team" after it and never starts a sentence.
            if previous in {"the", "a", "an", "our", "your", "their", "my"}:
                err(f"{label}: '{previous} {{{{team}}}}' reads '{previous} the … team' once filled; drop '{previous}'")
            if re.match(r"\s*team\b", after):
                err(f"{label}: '{{{{team}}}} team' reads 'the … team team' once filled")
            if at_start:
                err(f"{label}: {{{{team}}}} starts a sentence and would render in lowercase ('the … team')")
        elif name == "company":
            if previous in {"the", "a", "an"}:
                err(f"{label}: '{previous} {{{{company}}}}' reads badly once filled; drop '{previous}'")
        elif name == "location":
            # {{location}} becomes a city such as "Denver": fine after "in" or "near", never as an authority or a state.
            if previous not in {"in", "near", "around", "across", "throughout", "our", "serving"}:
                err(f"{label}: '{previous} {{{{location}}}}' reads badly once filled with a city "
                    "(use it only as 'in {{location}}', or write e.g. 'the state where you will practice')")
            if re.match(r"(['’]s|\s+(license|licence|board|regulator|registry|law|laws|rules|state|county|code))\b", after):
                err(f"{label}: '{{{{location}}}}{after.split()[0] if after.split() else ''}' names an authority "
                    "by city; write e.g. 'a current license in the state where you will practice'")
    stripped = PLACEHOLDER_RE.sub("", text)
    if "{" in stripped or "}" in stripped:
        err(f"{label}: stray brace outside a placeholder")


def check_template(path, t, codes, err):
    if not isinstance(t, dict):
        err("top level is not an object")
        return None
    keys = list(t.keys())
    missing = [k for k in KEYS if k not in t]
    extra = [k for k in keys if k not in KEYS]
    if missing:
        err(f"missing keys: {', '.join(missing)}")
    if extra:
        err(f"unknown keys: {', '.join(extra)}")
    if not missing and not extra and keys != KEYS:
        err("keys are not in the documented order: " + ", ".join(KEYS))

    for key in ["slug", "department", "level", "family", "occupationalCategory", "title", "summary", "reportsTo"]:
        if key in t and (not isinstance(t[key], str) or not t[key].strip()):
            err(f"'{key}' must be a non-empty string")

    slug, department, level = t.get("slug"), t.get("department"), t.get("level")
    if isinstance(slug, str):
        if not SLUG_RE.match(slug):
            err(f"slug '{slug}' is not lowercase kebab-case")
        if slug != path.stem:
            err(f"slug '{slug}' does not match the file name '{path.name}'")
    if department not in DEPARTMENTS:
        err(f"unknown department '{department}' (one of: {', '.join(DEPARTMENTS)})")
    elif path.parent.name != department:
        err(f"department '{department}' but filed in folder '{path.parent.name}/'")
    if level not in LEVELS:
        err(f"unknown level '{level}' (one of: {', '.join(LEVELS)})")
    family = t.get("family")
    if isinstance(family, str) and not SLUG_RE.match(family):
        err(f"family '{family}' is not kebab-case")
    code = t.get("occupationalCategory")
    if isinstance(code, str):
        if not CODE_RE.match(code):
            err(f"occupationalCategory '{code}' is not an O*NET-SOC code NN-NNNN.NN")
        elif code not in codes:
            err(f"occupationalCategory '{code}' is not in Occupations/onet-soc-2019.tsv: add it with its official title")

    for key, (lo, hi) in LIST_COUNTS.items():
        value = t.get(key)
        if key not in t:
            continue
        if not isinstance(value, list):
            err(f"'{key}' must be a list")
            continue
        if not lo <= len(value) <= hi:
            err(f"'{key}' has {len(value)} items, expected {lo}–{hi}")
        if key != "kpis":
            for i, item in enumerate(value):
                if not isinstance(item, str) or not item.strip():
                    err(f"{key}[{i}] must be a non-empty string")
            dupes = [v for v, n in Counter(v.strip().lower() for v in value if isinstance(v, str)).items() if n > 1]
            if dupes:
                err(f"'{key}' repeats items: {dupes}")

    for i, tag in enumerate(t.get("tags") or []):
        if isinstance(tag, str) and (tag != tag.lower() or tag != tag.strip()):
            err(f"tags[{i}] '{tag}' must be lowercase and trimmed")

    for i, kpi in enumerate(t.get("kpis") or []):
        if not isinstance(kpi, dict) or set(kpi) != {"name", "description"}:
            err(f"kpis[{i}] must be an object with exactly 'name' and 'description'")
            continue
        name, desc = kpi["name"], kpi["description"]
        if not isinstance(name, str) or not name.strip():
            err(f"kpis[{i}].name must be a non-empty string")
        elif len(words(name)) > 8:
            err(f"kpis[{i}].name is too long ({len(words(name))} words, max 8)")
        if not isinstance(desc, str) or not desc.strip():
            err(f"kpis[{i}].description must be a non-empty string")
        elif len(sentences(desc)) != 1 or not desc.rstrip().endswith("."):
            err(f"kpis[{i}].description must be one sentence ending with a period (what is counted, over what "
                "period, reviewed how often)")

    summary = t.get("summary")
    if isinstance(summary, str) and summary.strip():
        n = len(sentences(summary))
        if not SUMMARY_SENTENCES[0] <= n <= SUMMARY_SENTENCES[1]:
            err(f"summary has {n} sentences, expected {SUMMARY_SENTENCES[0]}–{SUMMARY_SENTENCES[1]}")
        if "{{company}}" not in summary:
            err("summary does not use {{company}}")

    for key in ["responsibilities", "requirements"]:
        for i, item in enumerate(t.get(key) or []):
            if isinstance(item, str) and len(words(item)) > MAX_ITEM_WORDS:
                err(f"{key}[{i}] has {len(words(item))} words (max {MAX_ITEM_WORDS}): {item!r}")
    for i, item in enumerate(t.get("responsibilities") or []):
        if isinstance(item, str) and item.split():
            first = item.split()[0].lower().strip(",;:")
            if first in NOT_VERBS or (first.endswith("ing") and first not in {"bring", "ring", "string"}) \
                    or not item[0].isupper():
                err(f"responsibilities[{i}] should start with a capitalized verb ('Run', 'Plan'…): {item!r}")
    for key in ["responsibilities", "requirements", "niceToHave", "qualifications", "leads", "collaboratesWith",
                "tools"]:
        for i, item in enumerate(t.get(key) or []):
            if isinstance(item, str) and item:
                if item.rstrip().endswith("."):
                    err(f"{key}[{i}] ends with a period (list items have none)")
                if key != "tools" and not (item[0].isupper() or item[0].isdigit() or item.startswith("{{")):
                    err(f"{key}[{i}] should start with a capital letter")

    fields = text_fields(t)
    full_text = "\n".join(text for _, text in fields)
    all_strings = fields + [(f"tags[{i}]", x) for i, x in enumerate(t.get("tags") or []) if isinstance(x, str)]

    for label, text in fields:
        if text != text.strip() or "  " in text:
            err(f"{label} has stray whitespace")
        for s in sentences(text):
            if len(words(s)) > MAX_SENTENCE_WORDS:
                err(f"{label}: sentence of {len(words(s))} words (max {MAX_SENTENCE_WORDS}): {s!r}")
        check_placeholders(label, text, err)
    for label, text in all_strings:
        for rx, why in BANNED_RE:
            for m in rx.finditer(text):
                err(f"{label}: '{m.group(0)}' ({why})")
        for rx, us in UK_RE:
            for m in rx.finditer(text):
                err(f"{label}: UK-only '{m.group(0)}' (US: {us})")

    for label, text in fields:
        lifts = re.search(r"\b(lift|lifting|carry|carrying|push|pull)\w*\b.*\b\d+\s*(lb|lbs|pounds|kg)\b", text, re.I)
        stands = re.search(r"\b(stand|standing|walk|walking|on your feet)\b.*\b(long|extended|entire|whole|full|hours?)\b",
                           text, re.I)
        if (lifts or stands) and ACCOMMODATION not in text.lower():
            err(f"{label}: physical requirement without '{ACCOMMODATION}'")

    if level in YEARS_CAP:
        cap = YEARS_CAP[level]
        for label, text in fields:
            # Years of experience are asked for in requirements; elsewhere only where the text says "experience".
            if not label.startswith(("requirements", "niceToHave", "qualifications")) and "experience" not in text.lower():
                continue
            for m in YEARS_RE.finditer(text):
                phrase = m.group(0)
                if m.group(3):
                    err(f"{label}: write experience as 'N+ years', not a range: {phrase!r}")
                elif num(m.group(1)) > cap:
                    err(f"{label}: '{phrase}' is above the {level} cap of {cap} years")
                elif cap == 0:
                    err(f"{label}: '{phrase}': an entry-level template asks for no years of experience")

    title = t.get("title") if isinstance(t.get("title"), str) else ""
    for label, text in fields:
        if label.startswith("tools") or label == "title":
            continue
        for m in ACRONYM_RE.finditer(PLACEHOLDER_RE.sub("", text)):
            acr = m.group(0)
            base = acr[:-1] if acr.endswith("s") and acr[:-1].isupper() else acr
            if base in KNOWN_ACRONYMS or acr in KNOWN_ACRONYMS or len(base) < 2 or re.search(rf"\b{base}\b", title):
                continue
            # Spelled out as "Full Name (ABC)", "Full Name (ABC/XYZ)" or "ABC (full name)".
            if re.search(r"\([^()]*\b" + re.escape(base) + r"s?\b[^()]*\)", full_text) \
                    or re.search(r"\b" + re.escape(base) + r"[\w-]*( [\w-]+)? \(", full_text):
                continue
            err(f"{label}: acronym '{acr}' is not spelled out anywhere in the template (write 'Full Name ({base})' once)")

    total = sum(len(words(text)) for _, text in fields)
    if not WORDS_PER_TEMPLATE[0] <= total <= WORDS_PER_TEMPLATE[1]:
        err(f"{total} words, expected {WORDS_PER_TEMPLATE[0]}–{WORDS_PER_TEMPLATE[1]}")
    fem, masc = coded_words(full_text)
    if len(masc) > len(fem):
        err(f"masculine-coded ({len(masc)} masculine vs {len(fem)} feminine words): masculine "
            f"{', '.join(sorted(set(masc)))}; replace some (lead → guide/run, analyze → review, decide → choose…)")
    ease = reading_ease(fields)
    if ease < MIN_READING_EASE:
        err(f"reading ease about {ease:.0f}, needs {MIN_READING_EASE}+: shorter sentences, plainer words")
    return {"words": total, "ease": ease, "coding": len(fem) - len(masc)}


# ---------------------------------------------------------------------------------------------------------------
# Library-wide rules


def runs(text):
    tokens = re.findall(r"\{\{\w+\}\}|[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("’", "'"))
    return {" ".join(tokens[i:i + RUN_WORDS]) for i in range(len(tokens) - RUN_WORDS + 1)}


def template_runs(t):
    out = set()
    for label, text in text_fields(t):
        if label == "title":
            continue
        out |= {r for r in runs(text) if "with or without reasonable accommodation" not in r}
    return out


def load_occupations(problems):
    codes = {}
    if not OCCUPATIONS.is_file():
        problems.append(f"{OCCUPATIONS.name}: missing")
        return codes
    for number, line in enumerate(OCCUPATIONS.read_text(encoding="utf-8").split("\n"), 1):
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not CODE_RE.match(fields[0]) or not fields[1].strip():
            problems.append(f"{OCCUPATIONS.name} line {number}: not 'NN-NNNN.NN<TAB>title': {line!r}")
            continue
        code, title = fields
        if code in codes and codes[code] != title:
            problems.append(f"{OCCUPATIONS.name} line {number}: {code} has two titles: {codes[code]!r} and {title!r}")
        codes.setdefault(code, title)
    return codes


def department_names():
    """Department slugs and display names, read from JobsmithDomain's Departments.swift (the one source)."""
    text = (ROOT / "Sources" / "JobsmithDomain" / "Templates" / "Departments.swift").read_text(encoding="utf-8")
    departments = text.split("static let all", 1)[1].split("= [", 1)[1].split("\n    ]", 1)[0]
    return dict(re.findall(r'\("([a-z-]+)", "([^"]+)"\)', departments))


def counts_table(by_dept):
    names = department_names()
    rows = [f"| {names.get(d, d)} | `{d}` | {by_dept[d]} |" for d in DEPARTMENTS if by_dept[d]]
    total = sum(by_dept[d] for d in DEPARTMENTS)
    return "\n".join(["| Department | Folder | Templates |", "| --- | --- | ---: |", *rows,
                      f"| **All {sum(1 for d in DEPARTMENTS if by_dept[d])} departments** | | **{total}** |"])


def check_docs(by_dept, update, problems):
    """README's and docs/template-library.md's counts must match the files; --update-docs rewrites them."""
    total, departments = sum(by_dept[d] for d in DEPARTMENTS), sum(1 for d in DEPARTMENTS if by_dept[d])
    readme = README.read_text(encoding="utf-8")
    fixed_readme = README_COUNTS.sub(f"one of {total} professionally written templates ({departments} departments",
                                     readme)
    if not README_COUNTS.search(readme):
        problems.append(f"{README.name}: no 'one of N professionally written templates (M departments' sentence")
    doc = LIBRARY_DOC.read_text(encoding="utf-8")
    if COUNTS_START not in doc or COUNTS_END not in doc:
        problems.append(f"{LIBRARY_DOC.name}: no {COUNTS_START} … {COUNTS_END} table")
        return
    head, rest = doc.split(COUNTS_START, 1)
    fixed_doc = head + COUNTS_START + "\n" + counts_table(by_dept) + "\n" + COUNTS_END + rest.split(COUNTS_END, 1)[1]
    for path, old, new in [(README, readme, fixed_readme), (LIBRARY_DOC, doc, fixed_doc)]:
        if old == new:
            continue
        if update:
            path.write_text(new, encoding="utf-8")
        else:
            problems.append(f"{path.relative_to(ROOT)}: template counts are out of date (--update-docs rewrites them)")


def verify_against_onet(codes, onet_file, problems):
    official = {}
    for line in Path(onet_file).read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 2:
            official[parts[0].strip()] = parts[1].strip()
    for code, title in sorted(codes.items()):
        if code not in official:
            problems.append(f"{OCCUPATIONS.name}: {code} ({title}) is not an O*NET-SOC 2019 code in {onet_file}")
        elif official[code] != title:
            problems.append(f"{OCCUPATIONS.name}: {code} is officially {official[code]!r}, not {title!r}")
    return len(official)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="only report these template files")
    parser.add_argument("--owner", choices=sorted(OWNERS), help="only report files of this writer's departments")
    parser.add_argument("--department", action="append", default=[], help="only report files of this department")
    parser.add_argument("--onet", help="an O*NET 'Occupation Data' file (code, title, …) to verify the table against")
    parser.add_argument("--summary", action="store_true", help="print the counts only, not every problem")
    parser.add_argument("--update-docs", action="store_true",
                        help="rewrite the template counts in README.md and docs/template-library.md")
    args = parser.parse_args()

    library_problems = []
    codes = load_occupations(library_problems)
    onet_count = verify_against_onet(codes, args.onet, library_problems) if args.onet else 0

    per_file = defaultdict(list)
    templates, stats = [], {}
    for path in sorted(TEMPLATES_DIR.rglob("*")):
        if path.is_dir():
            continue
        name = str(path.relative_to(TEMPLATES_DIR))
        if path.suffix != ".json" or len(path.relative_to(TEMPLATES_DIR).parts) != 2:
            per_file[name].append("unexpected file: templates live at Templates/<department>/<slug>.json")
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            per_file[name].append(f"cannot be parsed: {exc}")
            continue
        result = check_template(path, data, codes, per_file[name].append)
        if isinstance(data, dict):
            templates.append((name, data))
            if result:
                stats[name] = result

    # Unique slugs and titles; tags never name another role that has its own template.
    titles = defaultdict(list)
    for key in ["slug", "title"]:
        seen = defaultdict(list)
        for name, t in templates:
            if isinstance(t.get(key), str):
                seen[t[key].strip().lower()].append(name)
        for value, names in seen.items():
            for name in names[1:] if len(names) > 1 else []:
                per_file[name].append(f"{key} '{value}' is already used by {names[0]}")
        if key == "title":
            titles = seen
    for name, t in templates:
        for tag in t.get("tags") or []:
            owners = [n for n in titles.get(tag, []) if n != name]
            if owners:
                per_file[name].append(f"tag '{tag}' is the title of another template ({owners[0]}); drop it")

    # 6-word runs in more than 10 templates; pairs of templates that read like copies.
    owners = defaultdict(set)
    runs_of = {}
    for name, t in templates:
        runs_of[name] = template_runs(t)
        for run in runs_of[name]:
            owners[run].add(name)
    repeated = {run: names for run, names in owners.items() if len(names) > RUN_MAX_TEMPLATES}
    for run, names in sorted(repeated.items(), key=lambda item: -len(item[1])):
        for name in sorted(names):
            per_file[name].append(f"the 6-word run \"{run}\" is in {len(names)} templates (at most "
                                  f"{RUN_MAX_TEMPLATES}): reword it")
    shared = Counter()
    for run, names in owners.items():
        if 1 < len(names) <= 40:
            ordered = sorted(names)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    shared[(a, b)] += 1
    for (a, b), count in shared.items():
        smaller = min(len(runs_of[a]), len(runs_of[b])) or 1
        if count / smaller >= COPY_SHARE:
            per_file[b].append(f"shares {count} of its 6-word runs ({100 * count // smaller}%) with {a}: "
                               "it reads like a copy; write it for its own role")

    used = {t.get("occupationalCategory") for _, t in templates}
    unused = sorted(set(codes) - used)

    # What to show.
    shown_departments = set(args.department) | set(OWNERS.get(args.owner, []))
    shown_files = {str(p.resolve()) for p in args.files}

    def shown(name):
        if shown_files:
            return str((TEMPLATES_DIR / name).resolve()) in shown_files
        return not shown_departments or name.split("/")[0] in shown_departments

    by_dept = Counter(t.get("department") for _, t in templates)
    check_docs(by_dept, args.update_docs, library_problems)
    by_level = Counter(t.get("level") for _, t in templates)
    families = defaultdict(list)
    for _, t in templates:
        families[t.get("family")].append(t)

    print(f"Library: {len(templates)} templates in {sum(1 for d in DEPARTMENTS if by_dept[d])} departments "
          f"(goal: {GOAL_TEMPLATES} in {GOAL_DEPARTMENTS}); {len(codes)} occupation codes"
          + (f", verified against {onet_count} official O*NET-SOC codes" if args.onet else ""))
    for owner, depts in OWNERS.items():
        print(f"  {owner}: {sum(by_dept[d] for d in depts)} — "
              + ", ".join(f"{d} {by_dept[d]}" for d in depts))
    print("  levels: " + ", ".join(f"{level} {by_level[level]}" for level in LEVELS))
    ladders = sorted((f, ts) for f, ts in families.items() if isinstance(f, str) and len(ts) > 1)
    print(f"  families: {len(families)}, ladders of 2+: " + ", ".join(f"{f} {len(ts)}" for f, ts in ladders))
    if stats:
        counted = list(stats.values())
        print(f"  words per template {min(s['words'] for s in counted)}–{max(s['words'] for s in counted)}; "
              f"reading ease about {min(s['ease'] for s in counted):.0f}–{max(s['ease'] for s in counted):.0f}")
    if unused:
        print(f"  note: codes in the table that no template uses: {', '.join(unused)}")

    shown_problems = {name: problems for name, problems in per_file.items() if problems and shown(name)}
    count = sum(len(p) for p in shown_problems.values()) + len(library_problems)
    if args.summary:
        for problem in library_problems:
            print(f"  - {problem}")
        print(f"\n{count} problem(s) in {len(shown_problems)} file(s)" + (" and the library" if library_problems else ""))
        return 1 if count else 0
    for name in sorted(shown_problems):
        print(f"\n{name}")
        for problem in shown_problems[name]:
            print(f"  - {problem}")
    if library_problems:
        print("\nlibrary")
        for problem in library_problems:
            print(f"  - {problem}")
    if count:
        print(f"\n{count} problem(s) in {len(shown_problems)} file(s)" + (" and the library" if library_problems else ""))
        return 1
    print("\nOK: no problems found" + (" in the files shown." if shown_departments or shown_files else "."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
