import JobsmithDomain

/// Maps a heading or label to the section it names, through ``SectionSynonyms`` and ``QuestionRules``.
enum HeadingClassifier {
    /// Words that may follow a known heading without changing its meaning: "About the role at Acme",
    /// "Responsibilities of the Data Analyst", "Deine Aufgaben bei uns".
    private static let connectors: Set<Substring> = [
        "at", "with", "for", "of", "on", "as", "in", "here", "this", "bei", "im", "fur", "als", "zum", "zur",
    ]

    private static let headingTable: [String: DocumentSection] = table(SectionSynonyms.headings)
    private static let labelTable: [String: DocumentSection] = table(SectionSynonyms.headings + SectionSynonyms.labels)
    private static let keywordTable: [String: DocumentSection] = Dictionary(
        SectionSynonyms.keywords.map { ($0.word, $0.section) }, uniquingKeysWith: { first, _ in first }
    )

    /// What a heading means, or `nil` when nothing matches (the section goes to `otherSections` as unrecognized).
    ///
    /// - Parameter heading: the heading as written.
    static func classify(_ heading: String) -> HeadingMatch? {
        let normalized = HeadingText.normalize(heading)
        guard !normalized.isEmpty else { return nil }
        if let found = lookup(normalized, in: headingTable) {
            return HeadingMatch(section: found.section, method: .synonym, extendsSingleWord: found.baseWords == 1 && found.extended)
        }
        let words = normalized.split(separator: " ")
        // Template sites head the role's description with its name: "Backend Developer Job Description Template".
        if words.count <= 8, ["job description", "job description template", "job brief"].contains(where: { normalized.hasSuffix(" " + $0) }) {
            return HeadingMatch(section: .summary, method: .synonym)
        }
        if let first = words.first,
            ["about", "uber", "ueber"].contains(first) || normalized.hasPrefix("life at ")
                || normalized.hasPrefix("working at ") || normalized.hasPrefix("arbeiten bei ") || normalized.hasPrefix("join ")
        {
            return HeadingMatch(section: .otherSections, method: .synonym)
        }
        if heading.trimmed.hasSuffix("?") || words.first.map(QuestionRules.questionWords.contains) == true,
            let section = question(normalized)
        {
            return HeadingMatch(section: section, method: .question)
        }
        guard words.count <= 6 else { return nil }
        let sections = Set(words.compactMap { keywordTable[String($0)] })
        if sections.count == 1, let section = sections.first { return HeadingMatch(section: section, method: .keyword) }
        return nil
    }

    /// The section a "Label: value" label names, or `nil`. Labels match the synonym table only (no guessing), and also
    /// label-only words such as "Job title" and "Type".
    static func classifyLabel(_ label: some StringProtocol) -> DocumentSection? {
        let normalized = HeadingText.normalize(label)
        guard !normalized.isEmpty else { return nil }
        return lookup(normalized, in: labelTable)?.section
    }

    /// The section `normalized` names in `table`, as a whole or as a known heading followed by a connector ("What
    /// you'll do at Acme"), with the number of words of the known heading and whether more followed.
    private static func lookup(_ normalized: String, in table: [String: DocumentSection]) -> (
        section: DocumentSection, baseWords: Int, extended: Bool
    )? {
        let words = normalized.split(separator: " ")
        if let section = table[normalized] { return (section, words.count, false) }
        guard words.count >= 3 else { return nil }
        for length in stride(from: words.count - 1, through: 1, by: -1) where connectors.contains(words[length]) {
            if let section = table[words[..<length].joined(separator: " ")] { return (section, length, true) }
        }
        return nil
    }

    private static func question(_ normalized: String) -> DocumentSection? {
        // Padded so that rule words match at word starts: "lead " matches "lead" but not "leadership".
        let padded = " " + normalized + " "
        for rule in QuestionRules.rules {
            if let prefix = rule.prefix, !(normalized == prefix || normalized.hasPrefix(prefix + " ")) { continue }
            if let suffix = rule.suffix, !normalized.hasSuffix(" " + suffix) { continue }
            if rule.contains.allSatisfy({ padded.contains(" " + $0) }) { return rule.section }
        }
        return nil
    }

    private static func table(_ entries: [(section: DocumentSection, phrases: [String])]) -> [String: DocumentSection] {
        var table: [String: DocumentSection] = [:]
        for (section, phrases) in entries {
            for phrase in phrases {
                let key = HeadingText.normalize(phrase)
                if table[key] == nil { table[key] = section }
            }
        }
        for section in DocumentSection.allCases where section != .otherSections && section != .title {
            table[HeadingText.normalize(section.heading)] = section
        }
        return table
    }
}
