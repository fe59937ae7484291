import JobsmithDomain

/// The synonym table: which headings and labels mean which document section (data; matching is ``HeadingClassifier``).
///
/// Entries are written as people write them; they are normalized (case, accents, apostrophes, punctuation) when the
/// table is built, so "What you’ll do:" and "WHAT YOU'LL DO" both match "What you'll do". `otherSections` means a
/// known heading whose section has no field of its own and is kept under its original heading.
enum SectionSynonyms {
    /// Headings (and labels) per section, English first, then German.
    static let headings: [(section: DocumentSection, phrases: [String])] = [
        (
            .summary,
            [
                "Summary", "About the role", "About this role", "About the job", "About this job", "About the position",
                "About this position", "About the opportunity", "Position summary", "Job summary", "Role summary", "Overview",
                "Role overview", "Position overview", "Job overview", "The job", "Job description", "Description",
                "The position", "The opportunity", "Opportunity", "Job brief", "Purpose of the role", "Role purpose", "Job purpose",
                "Purpose", "The role in brief", "Über die Stelle", "Über die Rolle", "Die Stelle", "Stellenbeschreibung",
                "Zusammenfassung", "Deine Mission", "Die Rolle", "Über den Job",
            ]
        ),
        (
            .responsibilities,
            [
                "Responsibilities", "Key responsibilities", "Main responsibilities", "Core responsibilities",
                "Primary responsibilities", "Your responsibilities", "Job responsibilities", "Role responsibilities",
                "Responsibilities include", "Duties", "Duties and responsibilities", "Responsibilities and duties",
                "Key duties", "Main duties", "Essential duties", "Essential duties and responsibilities", "Essential functions",
                "Job duties", "What you'll do", "What you will do", "What you'll be doing", "What you will be doing",
                "What you'll work on", "What you will work on", "Your role", "The role", "In this role", "In this role you will",
                "In this role, you'll", "As a team member you will", "You will", "Your impact", "Your mission", "Day to day",
                "Day-to-day", "A day in the life", "What you'll achieve", "Role and responsibilities",
                "Roles and responsibilities", "Tasks", "Your tasks", "Main tasks", "Key tasks", "Accountabilities",
                "Key accountabilities", "Deine Aufgaben", "Ihre Aufgaben", "Aufgaben", "Deine Aufgaben bei uns",
                "Ihre Aufgaben bei uns", "Aufgabengebiet", "Dein Aufgabengebiet", "Ihr Aufgabengebiet", "Aufgabenschwerpunkte",
                "Ihre Aufgabenschwerpunkte", "Deine Aufgabenschwerpunkte", "Was dich erwartet", "Was Sie erwartet",
                "Das erwartet dich", "Das erwartet Sie", "Deine Rolle", "Ihre Rolle", "Tätigkeiten", "Deine Tätigkeiten",
                "Ihre Tätigkeiten", "Verantwortlichkeiten", "Deine Verantwortung", "Ihre Verantwortung",
            ]
        ),
        (
            .requirements,
            [
                "Requirements", "Job requirements", "Key requirements", "Minimum requirements", "Essential requirements",
                "Basic qualifications", "Minimum qualifications", "Required qualifications", "Essential qualifications",
                "Required skills", "Required experience", "Skills", "Key skills", "Technical skills", "Skills and requirements",
                "Requirements and skills", "Skills and experience", "Experience and skills", "Skills and qualifications",
                "Qualifications and skills", "Experience", "What you'll bring", "What you will bring", "What you bring",
                "What you bring to the table", "What we're looking for", "What we are looking for", "Who we're looking for",
                "Who we are looking for", "Who you are", "About you", "Your profile", "Profile", "You have", "You are",
                "You'll have", "You will have", "You bring", "What you need", "What you'll need", "What you need to succeed",
                "Must have", "Must haves", "Must-have", "Must-haves", "Ideal candidate", "The ideal candidate",
                "Your background", "Your experience", "Your skills", "Is this you", "Person specification", "Candidate profile", "Dein Profil",
                "Ihr Profil", "Profil",
                "Anforderungen", "Deine Anforderungen", "Anforderungsprofil", "Was du mitbringst", "Was Sie mitbringen",
                "Das bringst du mit", "Das bringen Sie mit", "Das zeichnet dich aus", "Das zeichnet Sie aus", "Was wir erwarten",
                "Was wir von dir erwarten", "Was wir von Ihnen erwarten", "Deine Skills", "Deine Kenntnisse", "Ihre Kenntnisse",
                "Dein Know-how", "Ihr Know-how",
            ]
        ),
        (
            .niceToHave,
            [
                "Nice to have", "Nice-to-have", "Nice to haves", "Nice-to-haves", "Bonus points", "Bonus points if",
                "Bonus points if you have", "Bonus", "Bonus skills", "Preferred qualifications", "Preferred skills",
                "Preferred experience", "Preferred", "Desired qualifications", "Desired skills", "Desirable", "Desirable skills",
                "Pluses", "Plus", "Plus points", "It's a plus if", "It's a plus if you have", "Extra credit", "Even better if",
                "Even better if you have", "Optional", "Wünschenswert", "Von Vorteil", "Idealerweise", "Wünschenswerte Kenntnisse",
                "Pluspunkte", "Das ist ein Plus", "Nice to have Kenntnisse",
            ]
        ),
        (
            .kpis,
            [
                "How success is measured", "KPIs", "KPI", "Key performance indicators", "Key performance indicators KPIs",
                "How we measure success", "How success will be measured", "How you'll be measured", "How your success is measured",
                "Success metrics", "Success measures", "Measures of success", "Metrics", "Key metrics", "What success looks like",
                "Success in this role", "Success looks like", "Success criteria", "OKRs", "Erfolgskennzahlen", "Kennzahlen",
                "Woran wir Erfolg messen", "Woran wir deinen Erfolg messen", "Erfolgskriterien", "So messen wir Erfolg",
            ]
        ),
        (
            .reportsTo,
            [
                "Reports to", "Reporting to", "Reporting line", "Reporting lines", "Reporting structure", "Reporting relationship",
                "Reporting relationships", "Who you'll report to", "Who you will report to", "Your manager", "Line manager",
                "Berichtet an", "Berichtslinie", "Du berichtest an", "Sie berichten an", "Vorgesetzte", "Vorgesetzter",
            ]
        ),
        (
            .collaboratesWith,
            [
                "Collaborates with", "Works with", "Working with", "Works closely with", "Who you'll work with",
                "Who you will work with", "Key relationships", "Key stakeholders", "Stakeholders", "Internal relationships",
                "Internal stakeholders", "Collaboration", "Collaborators", "Zusammenarbeit mit", "Arbeitet mit",
                "Schnittstellen", "Deine Schnittstellen", "Ihre Schnittstellen",
            ]
        ),
        (
            .leads,
            [
                "Leads", "Manages", "Direct reports", "Supervises", "Supervisory responsibilities", "People management",
                "Team size", "Manages a team of", "Who you'll lead", "Who you will lead", "Führt", "Führungsverantwortung",
                "Direkte Mitarbeitende",
            ]
        ),
        (
            .tools,
            [
                "Tools", "Tech stack", "Technology stack", "Our stack", "Our tech stack", "Stack", "Technologies",
                "Technologies we use", "Tools we use", "Tools you'll use", "Tools you will use", "Tools and technologies", "Tools and software",
                "Software", "Systems",
                "Tools and systems", "Equipment", "Tools and equipment", "Platforms", "Deine Tools", "Ihre Tools", "Werkzeuge",
                "Tools und Technologien", "Technologien", "Tech-Stack", "Unser Tech-Stack", "Unser Stack", "Software und Tools",
            ]
        ),
        (
            .qualifications,
            [
                "Qualifications", "Education", "Education and experience", "Education and training", "Certifications",
                "Certificates", "Licenses", "Licenses and certifications", "Licences and certifications",
                "Education and certifications", "Required education", "Credentials", "Ausbildung", "Qualifikationen",
                "Deine Qualifikationen", "Ihre Qualifikationen", "Abschluss", "Ausbildung und Qualifikationen",
            ]
        ),
        (
            .benefits,
            [
                "Benefits", "Perks", "Perks and benefits", "Benefits and perks", "What we offer", "What we provide",
                "We offer", "Our offer", "Compensation and benefits", "Salary and benefits", "What's in it for you",
                "What you'll get", "What you get", "Rewards", "Total rewards", "Why you'll love it here", "Wir bieten",
                "Was wir bieten", "Wir bieten dir", "Wir bieten Ihnen", "Was wir dir bieten", "Was wir Ihnen bieten",
                "Unser Angebot", "Das bieten wir", "Das bieten wir dir", "Das bieten wir Ihnen", "Deine Vorteile",
                "Ihre Vorteile", "Vorteile", "Deine Benefits", "Ihre Benefits",
            ]
        ),
        (
            .location,
            [
                "Location", "Locations", "Job location", "Work location", "Office location", "Based in", "Where",
                "Standort", "Arbeitsort", "Einsatzort", "Dienstort", "Ort",
            ]
        ),
        (
            .workplaceType,
            [
                "Workplace", "Workplace type", "Work mode", "Work model", "Working model", "Remote policy", "Work arrangement",
                "Working arrangement", "Arbeitsmodell", "Arbeitsweise",
            ]
        ),
        (
            .employmentType,
            [
                "Employment type", "Employment", "Job type", "Contract type", "Position type", "Type of employment",
                "Anstellungsart", "Beschäftigungsart", "Vertragsart", "Arbeitszeit", "Anstellung",
            ]
        ),
        (
            .salary,
            [
                "Salary", "Salary range", "Pay", "Pay range", "Compensation", "Base salary", "Base salary range", "Base pay",
                "Base pay range", "Pay rate", "Hourly rate", "Rate", "Wage", "Salary band", "Compensation range", "Gehalt",
                "Vergütung", "Gehaltsspanne", "Jahresgehalt", "Gehaltsband", "Bezahlung",
            ]
        ),
        (
            .otherSections,
            [
                "About us", "About the company", "About the team", "The team", "Our team", "Who we are", "Our company", "Company overview",
                "Our story",
                "Our mission", "Mission", "Our values", "Values", "Culture", "Our culture", "Why join us", "Why work with us",
                "Why you'll love working here", "Equal opportunity", "Equal opportunity employer", "Equal employment opportunity",
                "EEO statement", "EEO", "Diversity", "Diversity and inclusion", "Diversity equity and inclusion",
                "Diversity, equity and inclusion", "Our commitment to diversity", "Commitment to diversity", "Diversity statement",
                "Accommodations", "Accessibility", "How to apply", "Application process",
                "Hiring process", "Our hiring process", "How we hire", "Our process", "Interview process", "Recruitment process", "Next steps",
                "Introduction", "About this template", "Additional information", "Other information", "Notes", "Disclaimer", "Privacy notice",
                "Über uns", "Wer wir sind", "Das sind wir", "Unser Unternehmen", "Bewerbung", "Deine Bewerbung",
                "Ihre Bewerbung", "Kontakt", "Ansprechpartner", "Ansprechpartnerin", "So bewirbst du dich",
                "So bewerben Sie sich", "Bewerbungsprozess", "Chancengleichheit", "Vielfalt",
            ]
        ),
    ]

    /// Words that only name a section as the label of a "Label: value" line, never as a heading on their own.
    static let labels: [(section: DocumentSection, phrases: [String])] = [
        (
            .title,
            [
                "Job title", "Title", "Position title", "Role title", "Role", "Position", "Job", "Job name", "Stellenbezeichnung",
                "Jobtitel", "Stelle", "Position (m/w/d)",
            ]
        ),
        (.employmentType, ["Type", "Schedule", "Hours", "Employment status"]),
    ]

    /// Words that suggest a section when a heading matches nothing else: a guess, reported as one.
    static let keywords: [(word: String, section: DocumentSection)] = [
        ("responsibilities", .responsibilities), ("responsibility", .responsibilities), ("duties", .responsibilities),
        ("aufgaben", .responsibilities), ("tasks", .responsibilities),
        ("requirements", .requirements), ("requirement", .requirements), ("anforderungen", .requirements),
        ("profile", .requirements), ("profil", .requirements), ("skills", .requirements), ("mitbringst", .requirements),
        ("bonus", .niceToHave), ("preferred", .niceToHave), ("desirable", .niceToHave), ("vorteil", .niceToHave),
        ("kpis", .kpis), ("kpi", .kpis), ("metrics", .kpis), ("success", .kpis),
        ("benefits", .benefits), ("perks", .benefits), ("bieten", .benefits),
        ("tools", .tools), ("stack", .tools), ("technologies", .tools), ("software", .tools),
        ("qualifications", .qualifications), ("education", .qualifications), ("certifications", .qualifications),
        ("qualifikationen", .qualifications),
        ("salary", .salary), ("compensation", .salary), ("gehalt", .salary),
        ("location", .location), ("standort", .location),
    ]
}
