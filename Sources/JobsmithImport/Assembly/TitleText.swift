/// Cleans up the line a title was found on: a template site's "Backend Developer job description (template)" becomes
/// "Backend Developer", and facts written into the title ("Account Executive (Chicago, IL)",
/// "Registered Nurse – Boston, MA", "Designer | Remote") are taken out of it.
enum TitleText {
    /// A title and the facts its line carried.
    struct Reading: Equatable {
        var title: String
        var facts: [FactLine.Fact]
        /// The text the facts were read from, for the report.
        var factText: String?
    }

    /// Endings template sites add to a role name, normalized.
    private static let templateEndings = [
        " job description template", " job description sample", " job description example", " job description", " job template",
        " jd template", " job ad template", " job posting template", " stellenbeschreibung", " stellenanzeige",
    ]
    /// Openings with the same meaning ("Job description: Backend Developer").
    private static let templateOpenings = ["job description", "sample job description", "job description template", "jd"]

    /// The role named by a template site's title, or `text` unchanged when it is not one.
    static func role(_ text: String) -> String {
        let trimmed = text.trimmed
        let lowered = trimmed.lowercased()
        for opening in templateOpenings {
            for separator in [": ", " – ", " — ", " - ", " | "] where lowered.hasPrefix(opening + separator) {
                return String(trimmed.dropFirst(opening.count + separator.count)).trimmed
            }
        }
        for ending in templateEndings where lowered.hasSuffix(ending) && lowered.count > ending.count + 1 {
            var role = String(trimmed.dropLast(ending.count))
            while let last = role.last, " –—-:,|".contains(last) { role.removeLast() }
            return role
        }
        return trimmed
    }

    /// Whether `text` is a generic label for the whole document ("Job description", "Job posting") rather than a title.
    static func isDocumentLabel(_ text: String) -> Bool {
        let normalized = HeadingText.normalize(text)
        return ["job description", "position description", "job posting", "job advertisement", "job ad", "stellenanzeige", "stellenbeschreibung"]
            .contains(normalized)
    }

    /// The title of `text` without the facts written into it: a parenthesized part at the end, or a last part after
    /// " – ", " | " or " · ", when that part is nothing but facts (a place, a work mode, an employment type).
    static func read(_ text: String) -> Reading {
        let title = text.trimmed
        if title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex {
            let inner = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
            let before = String(title[..<open]).trimmed
            if !before.isEmpty, let facts = facts(inner) { return Reading(title: before, facts: facts, factText: inner) }
        }
        for separator in [" – ", " — ", " - ", " | ", " · "] {
            let pieces = title.splitting(on: separator)
            guard pieces.count >= 2, let last = pieces.last else { continue }
            let before = title.dropLast(last.count + separator.count).trimmed
            if !before.isEmpty, let facts = facts(String(last)) { return Reading(title: before, facts: facts, factText: last.trimmed) }
        }
        return Reading(title: title, facts: [], factText: nil)
    }

    private static func facts(_ text: String) -> [FactLine.Fact]? {
        guard let reading = FactLine.read(text), reading.pure else { return nil }
        // A salary is no part of a title's end in practice, and "(2 positions)" is not a fact at all.
        guard reading.facts.allSatisfy({ if case .salary = $0 { false } else { true } }) else { return nil }
        return reading.facts
    }
}
