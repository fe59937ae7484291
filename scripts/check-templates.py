#!/usr/bin/env python3
"""Check the built-in Jobsmith template library.

Loads every Sources/JobsmithServer/Resources/Templates/*.json file and reports
any violation of the library rules (structure, counts, wording, placeholders,
experience caps, gender-coded wording). Prints a summary of templates per
department and per level. Exits with status 1 if any error was found.

Usage: python3 scripts/check-templates.py [TEMPLATES_DIR]

Python 3 standard library only.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "Sources" / "JobsmithServer" / "Resources" / "Templates"

KEYS = [
    "slug", "department", "level", "tags", "title", "summary",
    "responsibilities", "requirements", "niceToHave", "kpis", "reportsTo",
    "collaboratesWith", "leads", "tools", "qualifications",
]

DEPARTMENTS = [
    "engineering", "data", "product", "design", "marketing", "sales",
    "customer-success", "people", "finance", "operations", "legal",
    "healthcare", "hospitality", "logistics",
]
LEVELS = ["entry", "junior", "mid", "senior", "lead", "manager", "director"]

MIN_TEMPLATES = 64
MIN_PER_DEPARTMENT = 3
MIN_PER_DEPARTMENT_OVERRIDES = {"engineering": 5}

# (min, max) item counts per list section.
LIST_COUNTS = {
    "tags": (4, 10),
    "responsibilities": (6, 10),
    "requirements": (5, 8),
    "niceToHave": (2, 4),
    "kpis": (3, 5),
    "collaboratesWith": (1, None),
    "leads": (1, None),
    "tools": (3, 8),
    "qualifications": (2, 4),
}
SUMMARY_SENTENCES = (2, 4)
WORDS_PER_TEMPLATE = (400, 800)
MAX_ITEM_WORDS = 24           # responsibilities / requirements: under 25 words
MAX_SENTENCE_WORDS = 29       # any sentence: under 30 words
DUPLICATE_MIN_WORDS = 8       # identical sentences this long may not repeat across templates

# Highest "N+ years" a template of each level may ask for.
YEARS_CAP_PLUS = {"entry": 0, "junior": 1, "mid": 3, "senior": 5, "lead": 6, "manager": 6, "director": 8}
# Highest "up to N years" (only sensible for junior roles).
YEARS_CAP_UPTO = {"entry": 0, "junior": 2, "mid": 3, "senior": 5, "lead": 6, "manager": 6, "director": 8}

ALLOWED_PLACEHOLDERS = {"company", "team", "location"}

# Roles the library must contain: slug -> (title, department, level or None).
REQUIRED = {
    "backend-developer": ("Backend Developer", "engineering", "mid"),
    "frontend-developer": ("Frontend Developer", "engineering", None),
    "full-stack-developer": ("Full-Stack Developer", "engineering", None),
    "senior-backend-developer": ("Senior Backend Developer", "engineering", "senior"),
    "junior-backend-developer": ("Junior Backend Developer", "engineering", "junior"),
    "devops-engineer": ("DevOps Engineer", "engineering", None),
    "site-reliability-engineer": ("Site Reliability Engineer", "engineering", None),
    "engineering-manager": ("Engineering Manager", "engineering", "manager"),
    "qa-engineer": ("QA Engineer", "engineering", None),
    "mobile-developer": ("Mobile Developer", "engineering", None),
    "data-analyst": ("Data Analyst", "data", None),
    "data-engineer": ("Data Engineer", "data", None),
    "data-scientist": ("Data Scientist", "data", None),
    "machine-learning-engineer": ("Machine Learning Engineer", "data", None),
    "product-manager": ("Product Manager", "product", None),
    "senior-product-manager": ("Senior Product Manager", "product", "senior"),
    "product-designer": ("Product Designer", "design", None),
    "ux-researcher": ("UX Researcher", "design", None),
    "ui-designer": ("UI Designer", "design", None),
    "content-marketing-manager": ("Content Marketing Manager", "marketing", None),
    "marketing-manager": ("Marketing Manager", "marketing", None),
    "seo-specialist": ("SEO Specialist", "marketing", None),
    "account-executive": ("Account Executive", "sales", None),
    "sales-development-representative": ("Sales Development Representative", "sales", None),
    "sales-manager": ("Sales Manager", "sales", "manager"),
    "customer-success-manager": ("Customer Success Manager", "customer-success", None),
    "customer-support-specialist": ("Customer Support Specialist", "customer-success", None),
    "support-team-lead": ("Support Team Lead", "customer-success", "lead"),
    "hr-generalist": ("HR Generalist", "people", None),
    "people-operations-manager": ("People Operations Manager", "people", "manager"),
    "recruiter": ("Recruiter", "people", None),
    "talent-acquisition-manager": ("Talent Acquisition Manager", "people", "manager"),
    "accountant": ("Accountant", "finance", None),
    "financial-analyst": ("Financial Analyst", "finance", None),
    "finance-manager": ("Finance Manager", "finance", "manager"),
    "operations-manager": ("Operations Manager", "operations", "manager"),
    "office-manager": ("Office Manager", "operations", None),
    "project-manager": ("Project Manager", "operations", None),
    "legal-counsel": ("Legal Counsel", "legal", None),
    "paralegal": ("Paralegal", "legal", None),
    "compliance-officer": ("Compliance Officer", "legal", None),
    "registered-nurse": ("Registered Nurse", "healthcare", None),
    "nurse-manager": ("Nurse Manager", "healthcare", "manager"),
    "medical-assistant": ("Medical Assistant", "healthcare", None),
    "hotel-front-desk-agent": ("Hotel Front Desk Agent", "hospitality", None),
    "chef-de-partie": ("Chef de Partie", "hospitality", None),
    "restaurant-manager": ("Restaurant Manager", "hospitality", "manager"),
    "warehouse-associate": ("Warehouse Associate", "logistics", None),
    "logistics-coordinator": ("Logistics Coordinator", "logistics", None),
    "delivery-driver": ("Delivery Driver", "logistics", None),
    "truck-driver": ("Truck Driver", "logistics", None),
    "supply-chain-manager": ("Supply Chain Manager", "logistics", "manager"),
}
# Tags some templates must carry (search synonyms people type).
REQUIRED_TAGS = {
    "devops-engineer": ["site reliability", "sre", "devops"],
    "site-reliability-engineer": ["sre", "site reliability"],
    "people-operations-manager": ["hr", "people ops"],
    "backend-developer": ["backend", "back-end", "server-side"],
}

# Banned words and phrases: case-insensitive, whole words / phrases.
BANNED = [
    r"rock\s?stars?", r"ninjas?", r"gurus?", r"wizards?", r"superstars?", r"unicorns?",
    r"work hard,?\s*play hard", r"hit the ground running", r"fast[-\s]paced",
    r"digital natives?", r"young", r"energetic", r"native english( speakers?)?",
    r"native speakers?", r"culture fit", r"he", r"she", r"his", r"her", r"hers", r"him",
    r"himself", r"herself", r"s/he", r"salesm[ae]n", r"chairm[ae]n", r"manpower",
    r"able[-\s]bodied", r"must be able to lift", r"strong communication skills",
    r"self[-\s]starters?", r"go[-\s]getters?", r"wear(ing)? many hats",
    r"competitive salary", r"dynamic",
]
BANNED_RE = [(p, re.compile(r"(?<![\w-])" + p + r"(?![\w-])", re.IGNORECASE)) for p in BANNED]

# Physical requirements must carry the accommodation clause.
LIFT_RE = re.compile(r"\blift(s|ing)?\b.*\b(kg|lb|lbs|pounds|kilograms)\b", re.IGNORECASE)
STAND_RE = re.compile(r"\b(stand|standing|on (your|their) feet)\b.*\b(long|extended|entire|whole|full)\b"
                      r"|\b(long|extended) periods\b", re.IGNORECASE)
ACCOMMODATION = "with or without reasonable accommodation"

# Gender-coded word stems (Gaucher, Friesen & Kay 2011, as used by the
# gender-decoder tool). A template must come out neutral or only slightly
# coded: |feminine - masculine| <= 3.
FEMININE_STEMS = [
    "agree", "affectionate", "child", "cheer", "collab", "commit", "communal",
    "compassion", "connect", "considerate", "cooperat", "co-operat", "depend",
    "emotiona", "empath", "feel", "flatterable", "gentle", "honest",
    "interpersonal", "interdependen", "interpersona", "inter-personal",
    "inter-dependen", "inter-persona", "kind", "kinship", "loyal", "modesty",
    "nag", "nurtur", "pleasant", "polite", "quiet", "respon", "sensitiv",
    "submissive", "support", "sympath", "tender", "together", "trust",
    "understand", "warm", "whin", "enthusias", "inclusive", "yield", "share",
    "sharin",
]
MASCULINE_STEMS = [
    "active", "adventurous", "aggress", "ambitio", "analy", "assert", "athlet",
    "autonom", "battle", "boast", "challeng", "champion", "compet", "confident",
    "courag", "decid", "decision", "decisive", "defend", "determin", "domina",
    "dominant", "driven", "fearless", "fight", "force", "greedy", "head-strong",
    "headstrong", "hierarch", "hostil", "impulsive", "independen", "individual",
    "intellect", "lead", "logic", "objective", "opinion", "outspoken", "persist",
    "principle", "reckless", "self-confiden", "self-relian", "self-sufficien",
    "selfconfiden", "selfrelian", "selfsufficien", "stubborn", "superior",
    "unreasonab",
]
MAX_CODING_IMBALANCE = 3

# Acronyms readers are expected to know. Any other acronym must be spelled out
# somewhere in the same template, as "Words (ABC)" or "ABC (words)".
KNOWN_ACRONYMS = {
    "HR", "IT", "US", "UK", "EU", "USA", "CEO", "CFO", "COO", "CTO", "CV", "CVs",
    "PDF", "API", "APIs", "SQL", "OK", "TV", "ID", "IDs", "PC", "PCs", "VP",
    # Everyday web vocabulary for technical roles.
    "HTML", "CSS", "HTTP", "HTTPS", "JSON", "REST", "URL", "URLs", "DNS", "TLS",
    "SSH", "VPN", "GPS", "ISO",
}
ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9&]*[A-Z0-9](s)?\b")

VERB_BLOCKLIST = {"the", "a", "an", "you", "we", "our", "your", "this", "all", "each",
                  "responsible", "responsibility", "strong", "excellent", "great", "good"}

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PLACEHOLDER_RE = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20}
NUM = r"(\d+|" + "|".join(NUMBER_WORDS) + r")"
YEARS_PLUS_RE = re.compile(NUM + r"\s*\+\s*years?\b", re.IGNORECASE)
YEARS_UPTO_RE = re.compile(r"\bup to " + NUM + r"\s*years?\b", re.IGNORECASE)
YEARS_RANGE_RE = re.compile(NUM + r"\s*(?:-|–|—|to)\s*" + NUM + r"\s*years?\b", re.IGNORECASE)
YEARS_ANY_RE = re.compile(r"\b" + NUM + r"\s*(\+\s*)?years?\b", re.IGNORECASE)


def num(value):
    return int(value) if value.isdigit() else NUMBER_WORDS[value.lower()]


def words(text):
    return text.split()


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z{])", text.strip())
    return [p for p in parts if p]


def gender_tokens(text):
    """Tokenise the way gender-decoder does: ASCII only, punctuation to spaces,
    hyphenated words split unless they are hyphenated coded words."""
    text = "".join(c if ord(c) < 128 else " " for c in text)
    text = re.sub(r"\s", " ", text)
    text = re.sub(r"[.\t,<>*?!\"\[\]@':;()/&]", " ", text)
    hyphenated = [w for w in FEMININE_STEMS + MASCULINE_STEMS if "-" in w]
    out = []
    for token in text.lower().split():
        if "-" in token and not any(token.startswith(h) for h in hyphenated):
            out.extend(t for t in token.split("-") if t)
        else:
            out.append(token)
    return out


def coded_words(text):
    tokens = gender_tokens(text)
    fem = [t for t in tokens for s in FEMININE_STEMS if t.startswith(s)]
    masc = [t for t in tokens for s in MASCULINE_STEMS if t.startswith(s)]
    return fem, masc


def coding_label(fem, masc):
    score = len(fem) - len(masc)
    if score == 0:
        return "neutral" if fem else "empty"
    if score > 3:
        return "strongly feminine-coded"
    if score > 0:
        return "feminine-coded"
    if score < -3:
        return "strongly masculine-coded"
    return "masculine-coded"


def text_fields(t):
    """(field label, text) pairs for every piece of prose in a template."""
    out = []
    for key in ["title", "summary", "reportsTo"]:
        if isinstance(t.get(key), str):
            out.append((key, t[key]))
    for key in ["responsibilities", "requirements", "niceToHave", "collaboratesWith",
                "leads", "tools", "qualifications"]:
        for i, item in enumerate(t.get(key) or []):
            if isinstance(item, str):
                out.append((f"{key}[{i}]", item))
    for i, kpi in enumerate(t.get("kpis") or []):
        if isinstance(kpi, dict):
            for sub in ["name", "description"]:
                if isinstance(kpi.get(sub), str):
                    out.append((f"kpis[{i}].{sub}", kpi[sub]))
    return out


def check_template(path, t, errors):
    def err(msg):
        errors.append(f"{path.name}: {msg}")

    if not isinstance(t, dict):
        err("top level is not an object")
        return
    keys = list(t.keys())
    missing = [k for k in KEYS if k not in t]
    extra = [k for k in keys if k not in KEYS]
    if missing:
        err(f"missing keys: {', '.join(missing)}")
    if extra:
        err(f"unknown keys: {', '.join(extra)}")
    if not missing and not extra and keys != KEYS:
        err("keys are not in the documented order")

    for key in ["slug", "department", "level", "title", "summary", "reportsTo"]:
        if key in t and (not isinstance(t[key], str) or not t[key].strip()):
            err(f"'{key}' must be a non-empty string")
    for key, (lo, hi) in LIST_COUNTS.items():
        value = t.get(key)
        if key not in t:
            continue
        if not isinstance(value, list) or not value:
            err(f"'{key}' must be a non-empty list")
            continue
        if len(value) < lo or (hi is not None and len(value) > hi):
            err(f"'{key}' has {len(value)} items, expected {lo}–{hi if hi else 'any'}")
        if key != "kpis":
            for i, item in enumerate(value):
                if not isinstance(item, str) or not item.strip():
                    err(f"'{key}[{i}]' must be a non-empty string")
            strs = [v.strip().lower() for v in value if isinstance(v, str)]
            dupes = [v for v, n in Counter(strs).items() if n > 1]
            if dupes:
                err(f"'{key}' repeats items: {dupes}")

    slug = t.get("slug")
    if isinstance(slug, str):
        if not SLUG_RE.match(slug):
            err(f"slug '{slug}' is not lowercase kebab-case")
        if slug != path.stem:
            err(f"slug '{slug}' does not match file name '{path.stem}'")
    if t.get("department") not in DEPARTMENTS:
        err(f"unknown department '{t.get('department')}'")
    level = t.get("level")
    if level not in LEVELS:
        err(f"unknown level '{level}'")

    for i, tag in enumerate(t.get("tags") or []):
        if isinstance(tag, str) and (tag != tag.lower() or tag != tag.strip() or not tag):
            err(f"tag '{tag}' must be lowercase and trimmed")

    for i, kpi in enumerate(t.get("kpis") or []):
        if not isinstance(kpi, dict) or set(kpi.keys()) != {"name", "description"}:
            err(f"kpis[{i}] must be an object with exactly 'name' and 'description'")
            continue
        name, desc = kpi.get("name"), kpi.get("description")
        if not isinstance(name, str) or not name.strip():
            err(f"kpis[{i}].name must be a non-empty string")
        elif len(words(name)) > 8:
            err(f"kpis[{i}].name is not short ({len(words(name))} words)")
        if not isinstance(desc, str) or not desc.strip():
            err(f"kpis[{i}].description must be a non-empty string")
        else:
            if len(sentences(desc)) != 1 or not desc.rstrip().endswith("."):
                err(f"kpis[{i}].description must be exactly one sentence ending with a period")

    summary = t.get("summary")
    if isinstance(summary, str) and summary.strip():
        n = len(sentences(summary))
        if not SUMMARY_SENTENCES[0] <= n <= SUMMARY_SENTENCES[1]:
            err(f"summary has {n} sentences, expected {SUMMARY_SENTENCES[0]}–{SUMMARY_SENTENCES[1]}")
        if "{{company}}" not in summary:
            err("summary does not use {{company}}")

    for key in ["responsibilities", "requirements"]:
        for i, item in enumerate(t.get(key) or []):
            if not isinstance(item, str):
                continue
            if len(words(item)) > MAX_ITEM_WORDS:
                err(f"{key}[{i}] has {len(words(item))} words (max {MAX_ITEM_WORDS}): {item!r}")
    for i, item in enumerate(t.get("responsibilities") or []):
        if isinstance(item, str) and item.split():
            first = item.split()[0].lower().strip(",;:")
            if first in VERB_BLOCKLIST or not item[0].isupper():
                err(f"responsibilities[{i}] should start with a capitalised verb: {item!r}")

    # Bullet style: list items start with a capital (or placeholder) and carry no trailing period.
    for key in ["responsibilities", "requirements", "niceToHave", "qualifications", "leads",
                "collaboratesWith"]:
        for i, item in enumerate(t.get(key) or []):
            if isinstance(item, str) and item:
                if item.rstrip().endswith("."):
                    err(f"{key}[{i}] ends with a period (bullets have none)")
                if not (item[0].isupper() or item[0].isdigit() or item.startswith("{{")):
                    err(f"{key}[{i}] should start with a capital letter")

    fields = text_fields(t)
    full_text = "\n".join(text for _, text in fields)

    # Whitespace hygiene.
    for label, text in fields:
        if text != text.strip() or "  " in text:
            err(f"{label} has stray whitespace")

    # Sentence length.
    for label, text in fields:
        for s in sentences(text):
            if len(words(s)) > MAX_SENTENCE_WORDS:
                err(f"{label}: sentence of {len(words(s))} words (max {MAX_SENTENCE_WORDS}): {s!r}")

    # Placeholders.
    all_strings = fields + [(f"tags[{i}]", x) for i, x in enumerate(t.get("tags") or []) if isinstance(x, str)]
    for label, text in all_strings:
        for m in PLACEHOLDER_RE.finditer(text):
            if m.group(0) not in {"{{%s}}" % p for p in ALLOWED_PLACEHOLDERS}:
                err(f"{label}: placeholder {m.group(0)} is not one of "
                    + ", ".join("{{%s}}" % p for p in sorted(ALLOWED_PLACEHOLDERS)))
        stripped = PLACEHOLDER_RE.sub("", text)
        if "{" in stripped or "}" in stripped:
            err(f"{label}: stray brace outside a placeholder")

    # Banned phrases.
    for label, text in all_strings:
        for pattern, rx in BANNED_RE:
            for m in rx.finditer(text):
                err(f"{label}: banned wording '{m.group(0)}'")

    # Physical requirements need the accommodation clause.
    for label, text in fields:
        if (LIFT_RE.search(text) or STAND_RE.search(text)) and ACCOMMODATION not in text.lower():
            err(f"{label}: physical requirement without '{ACCOMMODATION}': {text!r}")

    # Years of experience: only "N+ years" (or "up to N years") and within the level's cap.
    if level in LEVELS:
        for label, text in fields:
            handled = []
            for m in YEARS_RANGE_RE.finditer(text):
                handled.append(m.span())
                err(f"{label}: write experience as 'N+ years', not a range: {m.group(0)!r}")
            for m in YEARS_PLUS_RE.finditer(text):
                handled.append(m.span())
                if num(m.group(1)) > YEARS_CAP_PLUS[level]:
                    err(f"{label}: '{m.group(0)}' is above the {level} cap of {YEARS_CAP_PLUS[level]}+ years")
            for m in YEARS_UPTO_RE.finditer(text):
                handled.append(m.span())
                if num(m.group(1)) > YEARS_CAP_UPTO[level]:
                    err(f"{label}: '{m.group(0)}' is above the {level} cap of {YEARS_CAP_UPTO[level]} years")
            for m in YEARS_ANY_RE.finditer(text):
                if not any(a <= m.start() < b for a, b in handled):
                    err(f"{label}: write experience as 'N+ years' (or 'up to N years' for junior roles): "
                        f"{m.group(0)!r}")

    # Acronyms must be known or spelled out in the template.
    for label, text in fields:
        if label.startswith("tools") or label == "title":
            continue
        for m in ACRONYM_RE.finditer(text):
            acr = m.group(0)
            base = acr[:-1] if acr.endswith("s") and acr[:-1].isupper() else acr
            if acr in KNOWN_ACRONYMS or base in KNOWN_ACRONYMS:
                continue
            if f"({base})" in full_text or f"({acr})" in full_text \
                    or re.search(re.escape(base) + r"s?( [\w-]+)? \(", full_text):
                continue
            err(f"{label}: acronym '{acr}' is not spelled out anywhere in the template")

    # Word count.
    total = sum(len(words(text)) for _, text in fields)
    if not WORDS_PER_TEMPLATE[0] <= total <= WORDS_PER_TEMPLATE[1]:
        err(f"{total} words, expected {WORDS_PER_TEMPLATE[0]}–{WORDS_PER_TEMPLATE[1]}")

    # Gender-coded wording.
    fem, masc = coded_words(full_text)
    if abs(len(fem) - len(masc)) > MAX_CODING_IMBALANCE:
        err(f"{coding_label(fem, masc)} ({len(fem)} feminine vs {len(masc)} masculine); "
            f"feminine: {', '.join(fem) or '-'}; masculine: {', '.join(masc) or '-'}")

    return total, coding_label(fem, masc)


def main():
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    if not directory.is_dir():
        print(f"error: templates folder not found: {directory}", file=sys.stderr)
        return 2
    errors = []
    files = sorted(directory.glob("*.json"))
    others = [p.name for p in directory.iterdir() if p.is_file() and p.suffix != ".json"]
    for name in others:
        errors.append(f"{name}: unexpected non-JSON file in the templates folder")

    templates = []
    stats = {}
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            errors.append(f"{path.name}: cannot be parsed: {exc}")
            continue
        result = check_template(path, data, errors)
        if isinstance(data, dict):
            templates.append((path, data))
            if result:
                stats[path.name] = result

    # Library-wide rules.
    if len(templates) < MIN_TEMPLATES:
        errors.append(f"library: {len(templates)} templates, expected at least {MIN_TEMPLATES}")
    for key in ["slug", "title"]:
        seen = defaultdict(list)
        for path, t in templates:
            if isinstance(t.get(key), str):
                seen[t[key].strip().lower()].append(path.name)
        for value, names in seen.items():
            if len(names) > 1:
                errors.append(f"library: duplicate {key} '{value}' in {', '.join(names)}")

    by_dept = Counter(t.get("department") for _, t in templates)
    by_level = Counter(t.get("level") for _, t in templates)
    for dept in DEPARTMENTS:
        need = MIN_PER_DEPARTMENT_OVERRIDES.get(dept, MIN_PER_DEPARTMENT)
        if by_dept[dept] < need:
            errors.append(f"library: department '{dept}' has {by_dept[dept]} templates, expected at least {need}")

    by_slug = {t.get("slug"): t for _, t in templates}
    for slug, (title, dept, level) in REQUIRED.items():
        t = by_slug.get(slug)
        if t is None:
            errors.append(f"library: required template '{slug}' ({title}) is missing")
            continue
        if t.get("title") != title:
            errors.append(f"library: '{slug}' should be titled '{title}', found '{t.get('title')}'")
        if t.get("department") != dept:
            errors.append(f"library: '{slug}' should be in department '{dept}'")
        if level and t.get("level") != level:
            errors.append(f"library: '{slug}' should have level '{level}'")
    for slug, tags in REQUIRED_TAGS.items():
        t = by_slug.get(slug)
        if t:
            missing = [x for x in tags if x not in (t.get("tags") or [])]
            if missing:
                errors.append(f"library: '{slug}' tags lack {missing}")

    if not any("{{team}}" in text for _, t in templates for _, text in text_fields(t)):
        errors.append("library: no template uses {{team}}")

    # Copy-paste check: long sentences must not repeat across templates.
    owners = defaultdict(set)
    for path, t in templates:
        for label, text in text_fields(t):
            if label.startswith(("tools", "collaboratesWith", "reportsTo", "title")):
                continue
            for s in sentences(text):
                norm = re.sub(r"\W+", " ", s.lower()).strip()
                if len(norm.split()) >= DUPLICATE_MIN_WORDS:
                    owners[norm].add(path.name)
    for norm, names in sorted(owners.items()):
        if len(names) > 1:
            errors.append(f"library: same sentence in {', '.join(sorted(names))}: {norm!r}")

    # Report.
    print(f"Templates: {len(templates)} in {directory}")
    print("\nPer department:")
    for dept in DEPARTMENTS:
        print(f"  {dept:<18}{by_dept[dept]:>3}")
    for dept in sorted(d for d in by_dept if d not in DEPARTMENTS):
        print(f"  {str(dept):<18}{by_dept[dept]:>3}  (unknown)")
    print("\nPer level:")
    for level in LEVELS:
        print(f"  {level:<18}{by_level[level]:>3}")
    if stats:
        counts = [w for w, _ in stats.values()]
        codings = Counter(c for _, c in stats.values())
        print(f"\nWords per template: min {min(counts)}, max {max(counts)}, "
              f"mean {sum(counts) // len(counts)}")
        print("Gender coding: " + ", ".join(f"{k} {v}" for k, v in sorted(codings.items())))

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(f"  - {e}")
        return 1
    print("\nOK: no problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
