import JobsmithDomain

/// A rule that flags phrases, as data: what to look for, how serious it is, why, and what to write instead.
///
/// Patterns are words separated by spaces and matched against the words of a text, ignoring case and punctuation
/// between words (but not across sentences): `a|b` matches either word, `word*` any word starting with "word",
/// `(a|b)` is optional, `<num>` is a number (digits or one to twenty) and `<any>` any one word. Write hyphenated and
/// slashed words as separate words ("self starter" matches "self-starter"); apostrophes stay ("driver's").
struct PhraseRule: Sendable {
    /// One pattern, with replacements that suit it better than the rule's general suggestion.
    struct Phrase: Sendable, ExpressibleByStringLiteral {
        /// The pattern, in the syntax above.
        var pattern: String
        /// Words to use instead, best first.
        var replacements: [String]

        /// A pattern with optional replacements.
        init(_ pattern: String, suggest replacements: String...) {
            self.pattern = pattern
            self.replacements = replacements
        }

        /// A pattern without replacements.
        init(stringLiteral pattern: String) {
            self.init(pattern)
        }

        /// "Use “they” or “you” instead.", or `nil` without replacements.
        var suggestion: String? {
            replacements.isEmpty ? nil : "Use " + replacements.map { "“\($0)”" }.joined(separator: " or ") + " instead."
        }
    }

    /// The stable rule id.
    var id: String
    /// The severity of every match.
    var severity: Severity
    /// Its family.
    var category: LintRuleCategory
    /// One line for documentation and SARIF.
    var title: String
    /// Why it matters; findings quote it.
    var reason: String
    /// What to write instead, unless the phrase has its own replacements.
    var suggestion: String
    /// What to look for.
    var phrases: [Phrase]
    /// Words after a match that make it acceptable ("young people" in a youth worker's job).
    var notFollowedBy: [String] = []
    /// Sections the rule applies to; `nil` means all.
    var onlyIn: Set<DocumentSection>? = nil
    /// Phrases in the title, summary or responsibilities showing the requirement is part of the job, which silence the
    /// rule (a driving licence for a job that involves driving).
    var unlessJobInvolves: [String] = []

    /// The rule's entry in the catalog.
    var info: LintRuleInfo {
        LintRuleInfo(
            id: id,
            severity: severity,
            category: category,
            title: title,
            reason: reason,
            suggestion: suggestion,
            matches: phrases.map { phrase in
                phrase.replacements.isEmpty ? phrase.pattern : "\(phrase.pattern) → \(phrase.replacements.joined(separator: " / "))"
            }
        )
    }

    /// Sections whose wording shows what the job involves, for ``unlessJobInvolves``.
    static let jobDefiningSections: Set<DocumentSection> = [.title, .summary, .responsibilities]
}
