extension JobDocument {
    /// The leads as renderers publish them: an item that only says the role leads no one ("None", "N/A", "No direct
    /// reports") is left out, and one that starts by saying so keeps only what follows ("No direct reports; mentors
    /// new hires" → "Mentors new hires"), so no posting shows "Leads: No direct reports".
    public var publishedLeads: [String] {
        leads.compactMap(NoneStatement.remainder)
    }
}

/// Recognizes list items that state an absence ("None", "No direct reports") rather than list something.
enum NoneStatement {
    /// `item` without a leading statement that there is none, or `nil` when nothing else is left.
    static func remainder(of item: String) -> String? {
        let trimmed = item.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        let clauseEnd = trimmed.firstIndex(where: separators.contains) ?? trimmed.endIndex
        let clause = trimmed[..<clauseEnd].lowercased().trimmingWhitespace
        guard Self.isNone(clause) else { return String(trimmed) }
        let rest = trimmed[clauseEnd...].drop { separators.contains($0) || $0.isWhitespace }
        guard let first = rest.first else { return nil }
        return first.uppercased() + rest.dropFirst()
    }

    /// Whether the first clause of an item says there is none: "none", "n/a", "-", "no direct reports (in most
    /// offices)", "no people management responsibilities".
    private static func isNone(_ clause: String) -> Bool {
        let words = clause.split { !$0.isLetter && $0 != "/" }
        guard let first = words.first else { return clause.allSatisfy { $0.isPunctuation || $0.isSymbol || $0.isWhitespace } }
        if words.count == 1 { return singleWords.contains(first) }
        if words.elementsEqual(["not", "applicable"]) || words.elementsEqual(["no", "one"]) { return true }
        guard first == "no", let noun = words.dropFirst().first(where: { !qualifiers.contains($0) }) else { return false }
        return nouns.contains(noun)
    }

    private static let singleWords: Set<Substring> = ["none", "n/a", "na", "nil", "nobody", "no"]
    private static let qualifiers: Set<Substring> = ["formal", "direct", "line", "people"]
    private static let nouns: Set<Substring> = ["reports", "report", "management", "supervisory", "supervision", "team", "staff"]

    /// Characters that end the first clause of an item.
    private static let separators: Set<Character> = [";", ",", ":", ".", "–", "—", "(", ")"]
}
