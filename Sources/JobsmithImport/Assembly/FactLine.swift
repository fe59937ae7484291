import JobsmithDomain

/// Reads lines that are nothing but facts: "Full-time · Remote", "Denver, CO | Hybrid | $120k–$140k",
/// "Type: Full-time | Location: Berlin", "$145,000 – $175,000 per year".
enum FactLine {
    /// One fact from a line.
    enum Fact: Equatable {
        /// A place, possibly with a work mode ("Denver, CO (hybrid)").
        case location(LocationMatch)
        /// A work mode ("Remote").
        case workplace(WorkplaceType)
        /// An employment type ("Full-time").
        case employment(EmploymentType)
        /// A salary.
        case salary(SalaryMatch)

        /// Whether this is an employment type or work mode.
        var isArrangement: Bool {
            switch self {
            case .employment, .workplace: true
            case .location, .salary: false
            }
        }
    }

    /// Facts read from a line, and whether they are all the line says.
    struct Reading: Equatable {
        var facts: [Fact]
        /// `false` when a part had more to it, such as "Teilzeit (25–30 Stunden pro Woche)"; the line is then kept.
        var pure: Bool
    }

    /// The facts of `text` when every part of it is a fact (a part may carry a parenthesized remark); `nil` otherwise.
    static func read(_ text: String) -> Reading? {
        guard text.count <= 160, !text.hasSuffix("?") else { return nil }
        var parts: [Substring] = [text[...]]
        for separator in ["·", "|", "•", ";", " / "] {
            parts = parts.flatMap { $0.splitting(on: separator) }
        }
        parts = parts.map { $0.trimmed[...] }.filter { !$0.isEmpty }
        if parts.count == 1, !text.contains(where: \.isNumber) {
            let dashed = parts.flatMap { part in [" – ", " — ", " - "].reduce([part]) { pieces, dash in pieces.flatMap { $0.splitting(on: dash) } } }
            if dashed.count > 1 { parts = dashed.map { $0.trimmed[...] } }
        }
        var reading = Reading(facts: [], pure: true)
        var unknownParts = 0
        for part in parts {
            if let found = Self.facts(in: part) {
                reading.facts += found
            } else if let open = part.firstIndex(of: "("), part.hasSuffix(")"),
                let found = Self.facts(in: part[..<open].trimmed[...]), found.allSatisfy(\.isArrangement)
            {
                // "Teilzeit (25–30 Stunden pro Woche)": the type is clear, the remark stays in the text.
                reading.facts += found
                reading.pure = false
            } else if parts.count > 1, HeadingCandidate.wordCount(part) <= 4 {
                // "Acme Corp · San Francisco, CA (Hybrid)": the company name stays in the text.
                unknownParts += 1
                reading.pure = false
            } else {
                return nil
            }
        }
        guard unknownParts < parts.count - unknownParts || unknownParts <= 1 else { return nil }
        return reading.facts.isEmpty ? nil : reading
    }

    private static func facts(in part: Substring) -> [Fact]? {
        if let type = WorkArrangement.employment(part) { return [.employment(type)] }
        if let mode = WorkArrangement.workplace(part) { return [.workplace(mode)] }
        if let labeled = LabeledLine(SourceLine(kind: .text, text: String(part))), let section = labeled.section {
            return labelledFact(section, labeled.value)
        }
        // "Full-time, Remote"
        let commaParts = part.split(separator: ",").map { $0.trimmed }
        if commaParts.count > 1 {
            let keywords = commaParts.compactMap { piece -> Fact? in
                if let type = WorkArrangement.employment(piece) { return .employment(type) }
                return WorkArrangement.workplace(piece).map { .workplace($0) }
            }
            if keywords.count == commaParts.count { return keywords }
        }
        if part.contains(where: \.isNumber), let salary = SalaryParser.parse(String(part)), salary.pure { return [.salary(salary)] }
        if let location = LocationParser.parse(String(part), labelled: false), location.pure { return [.location(location)] }
        return nil
    }

    /// The parts of a value listing several places, split at semicolons or else at " or ".
    private static func places(in value: String) -> [String] {
        if value.contains(";") { return value.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty } }
        var parts: [String] = []
        var words: [Substring] = []
        for word in value.split(separator: " ") {
            if word == "or" {
                parts.append(words.joined(separator: " ").trimmed)
                words = []
            } else {
                words.append(word)
            }
        }
        parts.append(words.joined(separator: " ").trimmed)
        return parts.filter { !$0.isEmpty }
    }

    /// The fact a labelled part names ("Type: Full-time"), when its value is entirely that fact.
    static func labelledFact(_ section: DocumentSection, _ value: String, exactLocation: Bool = false) -> [Fact]? {
        switch section {
        case .employmentType, .workplaceType:
            // "Vollzeit · Hybrid", "Full-time, On-site" under either label.
            guard let reading = read(value), reading.pure, reading.facts.allSatisfy(\.isArrangement) else { return nil }
            return reading.facts
        case .salary:
            guard let salary = SalaryParser.parse(value), salary.pure else { return nil }
            return [.salary(salary)]
        case .location:
            if let location = LocationParser.parse(value, labelled: true, exact: exactLocation), location.pure { return [.location(location)] }
            // Several places: "Denver, CO, US; Austin, TX, US" (Jobsmith's own form) or "Denver, CO or Austin, TX".
            let parts = Self.places(in: value)
            guard parts.count > 1 else { return nil }
            let places = parts.compactMap { LocationParser.parse($0, labelled: true) }.filter { $0.pure && $0.location != nil }
            return places.count == parts.count ? places.map { .location($0) } : nil
        default:
            return nil
        }
    }
}
