import JobsmithDomain

extension JobLevel {
    /// The level a job title suggests ("Senior Backend Engineer" → senior), or `nil` when it names none. Internships
    /// are entry level whatever their title.
    static func inferred(from document: JobDocument) -> JobLevel? {
        if document.employmentType == .internship { return .entry }
        var scanner = TextScanner()
        scanner.scan(document.title)
        let tokens = scanner.tokens
        var found: JobLevel?
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let level: JobLevel? =
                switch String(decoding: scanner.word(token), as: UTF8.self) {
                case "intern", "internship", "trainee", "apprentice", "graduate": .entry
                case "entry" where next.map { scanner.token($0, is: "level") } ?? false: .entry
                case "junior", "jr": .junior
                case "director", "vp", "chief", "cto", "ceo", "cfo", "coo", "cio", "ciso", "cpo": .director
                case "head" where next.map { scanner.token($0, is: "of") } ?? false: .director
                case "vice" where next.map { scanner.token($0, is: "president") } ?? false: .director
                case "manager": .manager
                case "lead", "principal": .lead
                // "Staff" is a level only in tech titles; a staff nurse or staff accountant is not a lead.
                case "staff" where next.map { Self.technicalRoles.contains(String(decoding: scanner.word($0), as: UTF8.self)) } ?? false: .lead
                case "senior", "sr": .senior
                default: nil
                }
            if let level, found.map({ level.titlePriority > $0.titlePriority }) ?? true { found = level }
        }
        return found
    }

    /// Words after "Staff" that make it a level above senior.
    private static let technicalRoles: Set<String> = [
        "engineer", "developer", "software", "data", "scientist", "designer", "architect", "product", "machine", "security",
    ]

    /// Which level wins when a title names several ("Junior Product Manager" is junior, "Senior Director" a director).
    private var titlePriority: Int {
        switch self {
        case .entry: 7
        case .junior: 6
        case .director: 5
        case .manager: 4
        case .lead: 3
        case .senior: 2
        case .mid: 1
        }
    }
}
