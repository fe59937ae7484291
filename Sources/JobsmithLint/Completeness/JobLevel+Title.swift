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
                case "chief", "ceo", "cfo", "coo", "cto", "cio", "ciso", "cpo", "cmo", "cro", "chro", "cso": .executive
                case "vp", "svp", "evp": .vp
                case "vice" where next.map { scanner.token($0, is: "president") } ?? false: .vp
                case "director": .director
                case "head" where next.map { scanner.token($0, is: "of") } ?? false: .director
                case "manager": .manager
                case "lead": .lead
                case "principal": .principal
                // "Staff" is a level only in tech titles; a staff nurse or staff accountant is not above senior.
                case "staff" where next.map { Self.technicalRoles.contains(String(decoding: scanner.word($0), as: UTF8.self)) } ?? false: .staff
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

    /// Which level wins when a title names several ("Junior Product Manager" is junior, "Senior Director" a director,
    /// "VP, Engineering Director" a VP).
    private var titlePriority: Int {
        switch self {
        case .entry: 11
        case .junior: 10
        case .executive: 9
        case .vp: 8
        case .director: 7
        case .manager: 6
        case .lead: 5
        case .principal: 4
        case .staff: 3
        case .senior: 2
        case .mid: 1
        }
    }
}
