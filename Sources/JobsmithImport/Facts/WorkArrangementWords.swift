import JobsmithDomain

/// The words for employment types and work modes, in English and German (data).
enum WorkArrangementWords {
    /// Employment-type phrases.
    static let employment: [(phrase: String, type: EmploymentType)] = [
        ("Full-time", .fullTime), ("Full time", .fullTime), ("Fulltime", .fullTime), ("Full-time permanent", .fullTime),
        ("Permanent full-time", .fullTime), ("Full-time employee", .fullTime), ("Full-time position", .fullTime),
        ("Full-time role", .fullTime), ("Full-time, permanent", .fullTime), ("Vollzeit", .fullTime),
        ("Vollzeit, unbefristet", .fullTime), ("Festanstellung in Vollzeit", .fullTime), ("Part-time", .partTime),
        ("Part time", .partTime), ("Parttime", .partTime), ("Part-time position", .partTime), ("Teilzeit", .partTime),
        ("Werkstudent", .partTime), ("Werkstudentin", .partTime), ("Working student", .partTime), ("Minijob", .partTime),
        ("Contract", .contract), ("Contractor", .contract), ("Freelance", .contract), ("Freelancer", .contract),
        ("Contract-to-hire", .contract), ("Contract to hire", .contract), ("Freie Mitarbeit", .contract),
        ("Temporary", .temporary), ("Temp", .temporary), ("Fixed-term", .temporary), ("Fixed term", .temporary),
        ("Seasonal", .temporary), ("Befristet", .temporary), ("Saisonal", .temporary), ("Aushilfe", .temporary),
        ("Internship", .internship), ("Intern", .internship), ("Praktikum", .internship), ("Pflichtpraktikum", .internship),
        ("Praktikant", .internship), ("Praktikantin", .internship),
    ]

    /// Work-mode phrases.
    static let workplace: [(phrase: String, type: WorkplaceType)] = [
        ("Remote", .remote), ("Fully remote", .remote), ("Full remote", .remote), ("100% remote", .remote),
        ("Remote-first", .remote), ("Remote only", .remote), ("Remote-friendly", .remote), ("Work from home", .remote),
        ("WFH", .remote), ("Homeoffice", .remote), ("Home office", .remote), ("Home-Office", .remote),
        ("100% Homeoffice", .remote), ("Remote work", .remote), ("Hybrid", .hybrid), ("Hybrid remote", .hybrid),
        ("Hybrid work", .hybrid), ("Hybrides Arbeiten", .hybrid), ("Mobiles Arbeiten", .hybrid), ("Teilweise remote", .hybrid),
        ("On-site", .onsite), ("Onsite", .onsite), ("On site", .onsite), ("In-office", .onsite), ("In office", .onsite),
        ("In person", .onsite), ("In-person", .onsite), ("Office-based", .onsite), ("Office based", .onsite),
        ("Vor Ort", .onsite), ("Präsenz", .onsite), ("In Präsenz", .onsite), ("Im Büro", .onsite),
    ]
}
