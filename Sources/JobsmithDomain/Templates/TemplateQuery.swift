/// A search query read the way people type role names: normalized words, each word (or known pair of words) widened
/// to its synonyms, and the last word of every alternative matched as a prefix so half-typed words match.
public struct TemplateQuery: Sendable, Equatable {
    /// One thing the query asks for; any alternative satisfies it. Each alternative is a phrase of normal-form words.
    public struct Term: Sendable, Equatable {
        public var alternatives: [[String]]
    }

    /// Every term must match for a template to be found.
    public var terms: [Term]

    /// The most terms a query keeps; the rest of a very long query is ignored.
    public static let maximumTerms = 8

    /// Reads `text`; an empty or punctuation-only query has no terms.
    public init(_ text: String) {
        let words = SearchText.words(String(text.prefix(200))).map { String($0.prefix(40)) }
        var terms: [Term] = []
        var index = 0
        while index < words.count && terms.count < Self.maximumTerms {
            let pair = index + 1 < words.count ? "\(words[index]) \(words[index + 1])" : nil
            if let pair, Synonyms.group(containing: pair) != nil || Synonyms.expansions[pair] != nil {
                terms.append(Self.term(typed: [words[index], words[index + 1]], phrase: pair))
                index += 2
            } else {
                terms.append(Self.term(typed: [words[index]], phrase: words[index]))
                index += 1
            }
        }
        self.terms = terms
    }

    /// Whether the query asks for anything.
    public var isEmpty: Bool { terms.isEmpty }

    /// The typed words first, then what they abbreviate or stand for, then their looser synonyms.
    private static func term(typed: [String], phrase: String) -> Term {
        var alternatives = [typed]
        for member in (Synonyms.expansions[phrase] ?? []) + (Synonyms.group(containing: phrase) ?? []) {
            let words = member.split(separator: " ").map(String.init)
            if !alternatives.contains(words) { alternatives.append(words) }
        }
        return Term(alternatives: alternatives)
    }
}
