import JobsmithDomain

/// Uses of gender-coded words that an editor would not flag, found by checking the built-in templates and real
/// postings; each is listed in docs/lint-rules.md. The word lists themselves stay as published (``GenderCodedStems``).
enum GenderCodingExceptions {
    /// Fields that hold job titles and team names rather than prose about the candidate.
    static let roleFields: Set<DocumentSection> = [.title, .reportsTo, .collaboratesWith]

    /// Words that name a kind of worker or a job, after which "lead" is part of a title ("lead nurse", "lead role").
    static let roleNouns = workerNouns + ["role*", "position*"]

    /// Words that name a kind of worker.
    static let workerNouns = [
        "engineer*", "developer*", "designer*", "nurse*", "architect*", "scientist*", "analyst*", "technician*", "teacher*",
        "chef*", "cook*", "agent*", "consultant*", "counsel", "attorney*", "accountant*", "auditor*", "researcher*", "writer*",
        "editor*", "producer*", "recruiter*", "carer*", "caregiver*", "pharmacist*", "physician*", "therapist*", "mechanic*",
        "electrician*", "operator*", "driver*", "representative*", "specialist*", "coordinator*", "administrator*", "officer*",
        "strategist*", "planner*", "buyer*", "programmer*", "tester*", "artist*", "investigator*", "generalist*",
        "associate*", "assistant*", "advisor*", "adviser*", "clinician*", "practitioner*", "paralegal*", "bartender*",
        "server*", "host*", "barista*", "cashier*", "picker*", "packer*", "supervisor*", "manager*",
    ]

    /// Teams, areas and shifts a "lead" or "leader" can be the head of.
    static let ledAreas = [
        "team", "teams", "tech", "technical", "design", "shift", "project", "program", "programme", "product", "engineering",
        "squad", "workstream", "site", "account", "practice", "area", "section", "ward", "unit", "store", "floor", "group",
        "delivery", "release", "qa", "test", "testing", "ux", "ui", "data", "platform", "security", "clinical", "crew", "line",
        "pod", "chapter", "guild", "campaign", "content", "research", "frontend", "backend", "mobile", "infrastructure",
        "operations", "support", "sales", "marketing", "brand", "creative", "kitchen", "warehouse", "depot", "bar", "department",
        "hr", "people", "finance", "legal", "compliance", "incident", "workshop", "stream",
    ]

    /// Words that start a noun phrase: after one, "lead" is a verb with an object ("the team lead the review").
    static let determiners = [
        "the", "a", "an", "our", "your", "their", "its", "this", "these", "those", "his", "her", "my", "every", "each", "all",
    ]

    /// Every exception.
    static let all: [CodedWordException] = leadership + otherMasculine + feminine

    private static let leadForms = ["lead", "leads", "leader", "leaders"]

    private static let leadership: [CodedWordException] = [
        CodedWordException(
            words: leadForms + ["leadership"], conditions: [.inSections(roleFields)],
            reason: "Job titles and team names in the title, reports-to and collaborates-with fields are not wording about the candidate.",
            example: "Reports to: Support Team Lead"),
        CodedWordException(
            words: ["lead", "leads"], conditions: [.after(ledAreas), .notBefore(determiners)],
            reason: "A role: the person in charge of a team, shift or area (but “the team lead the review” is the verb).",
            example: "works with the tech lead"),
        CodedWordException(
            words: ["leader", "leaders"], conditions: [.after(ledAreas)], reason: "A role: the person in charge of a team, shift or area.",
            example: "routes to shift leader roles"),
        CodedWordException(
            words: ["leader", "leaders"],
            conditions: [
                .after([
                    "give", "gives", "help", "helps", "brief", "briefs", "advise", "advises", "inform", "informs", "coach", "coaches",
                    "sure", "with", "to", "other", "every", "each",
                ])
            ],
            reason: "The company's managers, whom the job serves.", example: "give leaders the information they need"),
        CodedWordException(
            words: ["leaders"], conditions: [.before(["who report*", "report", "reporting"])], reason: "The managers who report to the role.",
            example: "coach the leaders who report to you"),
        CodedWordException(
            words: ["lead"], conditions: [.after(["speed to", "time to"])], reason: "A sales measure: how fast a new lead is contacted.",
            example: "Speed to lead"),
        CodedWordException(
            words: leadForms, conditions: [.titleCase, .notBefore(determiners)], reason: "Part of a job title written as one.",
            example: "hand over to the Lead Nurse"),
        CodedWordException(
            words: ["lead", "leads"],
            conditions: [
                .after([
                    "sales", "marketing", "inbound", "outbound", "qualified", "unqualified", "new", "warm", "cold", "hot", "potential",
                    "prospective", "incoming", "b2b", "customer", "generate", "generates", "generating", "qualify", "qualifies",
                    "qualifying", "chase", "chases", "chasing", "convert", "converts", "converting", "nurture", "nurtures",
                    "nurturing", "source", "sources", "sourcing", "route", "routes", "routing", "score", "scores", "scoring",
                    "track", "tracks", "tracking", "pass", "passes", "passing", "follow up on", "follow up", "of", "sourced", "each", "every",
                    "per",
                ])
            ],
            reason: "Sales leads: prospective customers.", example: "qualify inbound leads"),
        CodedWordException(
            words: ["lead", "leads"],
            conditions: [
                .before([
                    "generation", "gen", "time", "times", "scoring", "score", "nurturing", "qualification", "list", "lists",
                    "magnet*", "source", "sources", "conversion*", "capture", "routing", "flow", "volume*", "form", "forms",
                    "paint", "free", "based", "acid", "poisoning", "pipe*", "definition*", "generated", "created", "captured",
                    "converted", "handoff*", "hand",
                ])
            ],
            reason: "Sales and supply-chain terms (lead generation, lead time), or the metal.", example: "shorten supplier lead times"),
        CodedWordException(
            words: ["lead", "leads"], conditions: [.after(["and", "or", "of", "on", "pipeline", "improve", "improving"]), .before(["quality"])],
            reason: "Sales leads.", example: "pipeline targets and lead quality"),
        CodedWordException(
            words: ["lead", "leads", "leading"], conditions: [.before(["to"])], reason: "“Leads to” means “results in”.",
            example: "a diploma that leads to registration"),
        CodedWordException(
            words: ["lead"], conditions: [.after(["a", "an", "the", "our", "your", "their", "as", "as a", "as the"]), .before(roleNouns)],
            reason: "A job title: the senior person of a kind.", example: "as the lead engineer for payments"),
        CodedWordException(
            words: ["lead"], conditions: [.after(["as", "act as", "acts as", "acting as", "serve as", "serves as"])],
            reason: "A role someone acts in.", example: "act as lead for the release"),
        CodedWordException(
            words: ["leadership"],
            conditions: [
                .before(["team", "teams", "group", "meeting", "meetings", "forum", "offsite", "offsites", "committee", "actions"])
            ],
            reason: "A group of people: the company's managers.", example: "presents to the leadership team"),
        CodedWordException(
            words: ["leadership"],
            conditions: [
                .after([
                    "senior", "executive", "company", "from", "with", "to", "product", "engineering", "sales", "marketing", "finance", "regional",
                ])
            ],
            reason: "The company's managers as a group.", example: "answer questions from senior leadership"),
    ]

    private static let otherMasculine: [CodedWordException] = [
        CodedWordException(
            words: [
                "active", "assertion", "defender", "defenders", "logic", "challenger", "force", "champion", "champions", "trust", "support",
                "analyzer", "analyser",
            ],
            conditions: [.titleCase, .notBefore(determiners)],
            reason: "Part of the name of a product, standard or organization.",
            example: "Active Directory, Microsoft Defender, Security Assertion Markup Language, The Challenger Sale"),
        CodedWordException(
            words: ["objective"], conditions: [.before(["c"])], reason: "A programming language.", example: "Swift and Objective-C"),
        CodedWordException(
            words: ["competitor", "competitors"], reason: "Rival companies, not rivalry in the team.", example: "track competitors and market trends"),
        CodedWordException(
            words: ["champion", "champions"], conditions: [.before(["group", "groups", "programme", "program", "network", "community"])],
            reason: "The name of a programme.", example: "runs the security champions group"),
        CodedWordException(
            words: ["confidential*"], reason: "About secrecy, not self-assurance.", example: "handles confidential records"),
        CodedWordException(
            words: ["analyst", "analysts", "analyst's", "analytics", "analysis", "analyses"],
            reason: "Names the work or the job, not a trait.", example: "a data analyst who builds analytics dashboards"),
        CodedWordException(
            words: ["principle", "principles"], reason: "Rules and standards (“accounting principles”), not being principled.",
            example: "applies generally accepted accounting principles"),
        CodedWordException(
            words: ["competence", "competences", "competency", "competencies", "competent"],
            reason: "Ability, not competitiveness.", example: "core competencies"),
        CodedWordException(
            words: ["competitive"],
            conditions: [
                .before(["salary", "salaries", "pay", "compensation", "remuneration", "wage", "wages", "package", "packages", "rates"])
            ],
            reason: "About pay, not people; the “competitive salary” rule reports it with better advice.",
            example: "competitive salary"),
        CodedWordException(
            words: ["competing"], conditions: [.before(["priorities", "demands", "deadlines", "interests", "requests", "needs"])],
            reason: "Workload, not rivalry.", example: "balance competing priorities"),
        CodedWordException(
            words: ["determine", "determines", "determining"], reason: "To find out or decide, not being determined.",
            example: "determine eligibility for benefits"),
        CodedWordException(
            words: ["objectives"], reason: "Goals, as in objectives and key results.", example: "set quarterly objectives"),
        CodedWordException(
            words: ["individual"], conditions: [.before(["contributor", "contributors", "seller", "sellers", "producer", "producers"])],
            reason: "A career track.", example: "a senior individual contributor"),
        CodedWordException(
            words: ["individual"],
            conditions: [
                .before([
                    "project*", "need*", "goal*", "session*", "account*", "case*", "client*", "customer*", "patient*", "item*", "task*",
                    "ticket*", "contribution*", "learning", "coaching", "development", "plan", "plans", "basis", "feedback", "meeting*",
                ])
            ],
            reason: "One at a time (individual projects, individual needs), not individualism.", example: "guides freelancers on individual projects"),
        CodedWordException(
            words: ["opinion"], conditions: [.after(["second"])], reason: "An idiom: asking someone else to check.",
            example: "ask for a second opinion"),
        CodedWordException(
            words: ["competition"], conditions: [.before(["result*", "entr*", "win", "wins"])], reason: "A contest someone entered.",
            example: "competition results you can walk us through"),
        CodedWordException(
            words: ["individuals"], reason: "People, as in equal-opportunity and privacy wording; not individualism.",
            example: "privacy requests from individuals"),
        CodedWordException(
            words: ["individual"], conditions: [.before(["with disabilit*", "with a disability"])],
            reason: "The wording of equal-opportunity statements.", example: "an individual with a disability"),
        CodedWordException(
            words: ["force", "forces"],
            conditions: [.after(["air", "armed", "task", "labor", "labour", "police", "work", "sales", "in", "into"])],
            reason: "A body of people (Air Force, task force) or a law in force.", example: "veterans of the Air Force"),
        CodedWordException(
            words: ["driven"],
            conditions: [
                .after([
                    "data", "event", "test", "domain", "model", "behavior", "behaviour", "metadata", "api", "ai", "design", "research",
                    "evidence", "schema", "config", "configuration", "hypothesis",
                ])
            ],
            reason: "A method (data-driven, test-driven), not a trait.", example: "data-driven decisions"),
        CodedWordException(
            words: ["driven"], conditions: [.after(["distance", "miles", "kilometres", "kilometers", "km", "mileage"])],
            reason: "Driving a vehicle.", example: "fuel used per distance driven"),
        CodedWordException(
            words: ["active"],
            conditions: [
                .before([
                    "directory", "listening", "ingredient*", "duty", "service", "user*", "customer*", "viewer*", "subscriber*",
                    "account*", "licen*", "registration", "registered", "certification", "clearance",
                ])
            ],
            reason: "In use or current (active users, an active license), or a named skill.",
            example: "an active registered nurse license"),
        CodedWordException(
            words: ["active"], conditions: [.after(["daily", "weekly", "monthly"])], reason: "A usage measure.",
            example: "weekly active users"),
        CodedWordException(
            words: ["hierarchy", "hierarchies"],
            conditions: [.after(["visual", "information", "type", "class", "data", "content", "page", "navigation", "file"])],
            reason: "A structure in design or data.", example: "a clear visual hierarchy"),
        CodedWordException(
            words: ["logic"],
            conditions: [.after(["business", "application", "game", "fuzzy", "boolean", "ladder", "digital", "backend", "server", "domain"])],
            reason: "Code or circuitry.", example: "business logic"),
        CodedWordException(
            words: ["intellectual"], conditions: [.before(["property"])], reason: "A legal term.", example: "intellectual property"),
        CodedWordException(
            words: ["independent"],
            conditions: [.before(["contractor*", "auditor*", "audit*", "living", "pharmacy", "pharmacies", "school*", "agency", "agencies"])],
            reason: "A legal or business status.", example: "work with independent contractors"),
        CodedWordException(
            words: ["persistent", "persistence"],
            conditions: [.before(["storage", "volume*", "connection*", "layer", "data", "disk*", "queue*", "state", "cache*"])],
            reason: "A software term.", example: "persistent storage"),
        CodedWordException(
            words: ["persistence"], conditions: [.after(["local", "data", "session", "offline"])], reason: "A software term.",
            example: "local persistence and secure storage"),
        CodedWordException(
            words: ["decision"], conditions: [.before(["tree", "trees", "criteria", "maker", "makers"])],
            reason: "A kind of model, or the buyer in a sale.", example: "reach the decision makers"),
    ]

    private static let feminine: [CodedWordException] = [
        CodedWordException(
            words: ["support"], conditions: [.inSections(roleFields)], reason: "A team or job title, not wording about the candidate.",
            example: "Collaborates with: Customer Support"),
        CodedWordException(
            words: ["support"],
            conditions: [
                .after([
                    "customer", "technical", "tech", "it", "product", "desk", "application", "production", "line", "1st", "2nd", "3rd", "life",
                    "l1", "l2", "l3", "tier", "helpdesk", "service", "client", "user", "member", "desktop", "field", "premium",
                ])
            ],
            reason: "A department or service (customer support, second-line support), or a certification (basic life support).",
            example: "join the customer support team"),
        CodedWordException(
            words: ["support"],
            conditions: [
                .before([
                    "team", "teams", "team's", "engineer*", "specialist*", "agent*", "analyst*", "ticket*", "queue*", "desk", "center",
                    "centre", "lead*", "manager*", "rota", "role", "roles", "staff", "function", "department", "organisation",
                    "organization", "org", "channel*", "case*", "request*", "hub", "tier", "line", "portal", "worker*", "technician*",
                    "associate*", "representative*", "rep", "reps", "assistant*", "hours", "contract*", "plan", "plans", "escalation*",
                    "colleague*",
                ])
            ],
            reason: "A department or job (support team, support worker).", example: "a support engineer on the night rota"),
        CodedWordException(
            words: ["commit", "commits"],
            conditions: [
                .after([
                    "git", "each", "every", "small", "atomic", "frequent", "signed", "initial", "code", "your", "a", "the", "first", "from", "last",
                ])
            ],
            reason: "A change in version control.", example: "from first commit to production"),
        CodedWordException(
            words: ["committee", "committees"], reason: "A group of people.", example: "promotion committees"),
        CodedWordException(
            words: ["commit", "committed"], conditions: [.before(["forecast*"])], reason: "A sales forecast term.",
            example: "the committed forecast"),
        CodedWordException(
            words: ["committed"], conditions: [.after(["forecast", "forecasts"])], reason: "A sales forecast term.",
            example: "the forecast committed at the start of the quarter"),
        CodedWordException(
            words: ["commit", "commits"],
            conditions: [.before(["message*", "history", "hook*", "log", "logs", "access", "rights", "sha", "hash*", "code", "changes"])],
            reason: "Version control.", example: "clear commit messages"),
        CodedWordException(
            words: ["kind", "kinds"], conditions: [.before(["of"])], reason: "“Kind of” means “type of”.",
            example: "any kind of spreadsheet"),
        CodedWordException(
            words: ["kind"], conditions: [.after(["in"])], reason: "Benefits in kind: non-cash pay.", example: "benefits in kind"),
        CodedWordException(
            words: ["dependency", "dependencies", "dependents", "dependants", "depending"],
            reason: "Software dependencies, family members on a plan, or “depending on”.", example: "cover for your dependants"),
        CodedWordException(
            words: ["agreement", "agreements"], reason: "Contracts.", example: "negotiate service-level agreements"),
        CodedWordException(
            words: ["agreed"], reason: "Settled in advance (agreed rates), not being agreeable.", example: "check invoices against agreed rates"),
        CodedWordException(
            words: ["sensitive"],
            conditions: [
                .before(["data", "information", "material*", "document*", "record*", "personal", "files", "customer", "client", "matters"])
            ],
            reason: "About data and matters to keep private, not feelings.", example: "handles sensitive data"),
        CodedWordException(
            words: ["sensitive"], conditions: [.after(["time", "price", "cost", "security", "latency", "context", "case", "temperature"])],
            reason: "About deadlines, prices, goods or systems (time-sensitive).", example: "temperature-sensitive medicines"),
        CodedWordException(
            words: ["response", "responses"], reason: "An answer or a reaction (survey responses, incident response), not being responsive.",
            example: "on-call incident response"),
        CodedWordException(
            words: ["responsible"], conditions: [.before(["alcohol", "service", "disclosure", "gambling", "sourcing", "lending"])],
            reason: "A regulated practice.", example: "responsible alcohol service"),
        CodedWordException(
            words: ["responsive"], conditions: [.before(["design", "layout*", "web*", "ui", "interface*", "page*", "email*"])],
            reason: "A web design term.", example: "responsive layouts"),
        CodedWordException(
            words: ["tenders", "tendering"], reason: "Procurement bids.", example: "prepare responses to tenders"),
        CodedWordException(
            words: ["tender"], conditions: [.before(["process*", "document*", "submission*", "bid*", "response*", "pack*"])],
            reason: "A procurement bid.", example: "write tender documents"),
        CodedWordException(
            words: ["share"], conditions: [.after(["market", "wallet", "voice"])], reason: "A proportion.", example: "grow market share"),
        CodedWordException(
            words: ["share"], conditions: [.before(["of"])], reason: "A proportion.", example: "the share of shortlisted candidates"),
        CodedWordException(
            words: ["share", "shares"], conditions: [.before(["option*", "scheme*", "price*", "plan", "plans", "register*", "capital"])],
            reason: "Equity.", example: "a share option scheme"),
        CodedWordException(
            words: ["shared"],
            conditions: [
                .before([
                    "service*", "drive*", "inbox*", "mailbox*", "folder*", "calendar*", "library", "libraries", "repositor*", "repo", "repos",
                    "document*", "spreadsheet*", "codebase*", "code", "cross platform",
                ])
            ],
            reason: "Shared infrastructure.", example: "the shared services team"),
        CodedWordException(
            words: ["trust"], conditions: [.after(["nhs", "foundation", "hospital", "zero", "charitable", "academy"])],
            reason: "An organization or a security model.", example: "an NHS foundation trust"),
        CodedWordException(
            words: ["trust"], conditions: [.before(["and safety"])], reason: "A team name.", example: "the trust and safety team"),
        CodedWordException(
            words: ["childcare"], reason: "A benefit or a sector.", example: "childcare vouchers"),
        CodedWordException(
            words: ["child"], conditions: [.before(["care", "protection", "safeguarding"])], reason: "A sector or a legal duty.",
            example: "child protection training"),
        CodedWordException(
            words: ["quiet"], conditions: [.before(["space*", "room*", "area*", "zone*", "hours", "carriage*"])], reason: "A place or time.",
            example: "quiet spaces and adjustable desks"),
        CodedWordException(
            words: ["loyalty"], conditions: [.before(["program*", "programme*", "scheme*", "card*", "member*", "points"])],
            reason: "A marketing scheme.", example: "runs the loyalty programme"),
    ]
}
