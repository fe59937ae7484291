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
        /// How the one-click replacement must agree with the words around it.
        enum Grammar: Sendable {
            /// No agreement beyond case and "a"/"an".
            case plain
            /// A subject pronoun replaced by "they": the verb after it changes too ("he has" → "they have").
            case subjectPronoun
            /// A pronoun that is a possessive before a noun and an object elsewhere ("her team" / "ask her").
            case objectOrPossessive(object: String, possessive: String)
            /// A possessive that stands alone when no noun follows ("the choice is his" → "theirs").
            case possessive(standalone: String)
        }

        /// The pattern, in the syntax above.
        var pattern: String
        /// Words to use instead, best first; `$2` stands for the second matched word as written.
        var replacements: [String]
        /// The one-click replacement when the match describes the word right after it ("rockstar developer" →
        /// "skilled developer"), where the first replacement is a noun.
        var modifier: String?
        /// The one-click replacement right after a determiner ("the guys" → "the people").
        var afterDeterminer: String?
        /// How the one-click replacement agrees with its sentence.
        var grammar: Grammar

        /// A pattern with optional replacements.
        init(
            _ pattern: String, suggest replacements: String..., modifier: String? = nil, afterDeterminer: String? = nil,
            grammar: Grammar = .plain
        ) {
            self.pattern = pattern
            self.replacements = replacements
            self.modifier = modifier
            self.afterDeterminer = afterDeterminer
            self.grammar = grammar
        }

        /// A pattern without replacements.
        init(stringLiteral pattern: String) {
            self.init(pattern)
        }

        /// "Use “they” or “you” instead.", or `nil` without replacements; `$n` is filled in from `matchedWords`.
        func suggestion(matchedWords: [String]) -> String? {
            replacements.isEmpty
                ? nil : "Use " + replacements.map { "“\(Self.filled($0, matchedWords))”" }.joined(separator: " or ") + " instead."
        }

        /// `replacement` with `$1`…`$9` replaced by the matched words they stand for.
        static func filled(_ replacement: String, _ matchedWords: [String]) -> String {
            guard replacement.contains("$") else { return replacement }
            var out = ""
            var characters = replacement.makeIterator()
            while let character = characters.next() {
                guard character == "$", let digit = characters.next() else {
                    out.append(character)
                    continue
                }
                if let number = digit.wholeNumberValue, number >= 1, number <= matchedWords.count {
                    out += matchedWords[number - 1]
                } else {
                    out += "$" + String(digit)
                }
            }
            return out
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
    /// The suggestion for documents that have a salary, for rules whose advice depends on it; `nil` uses ``suggestion``.
    var suggestionWithSalary: String? = nil
    /// What to look for.
    var phrases: [Phrase]
    /// Words after a match that make it acceptable ("young people" in a youth worker's job).
    var notFollowedBy: [String] = []
    /// Sections the rule applies to; `nil` means all.
    var onlyIn: Set<DocumentSection>? = nil
    /// Phrases in the title, summary or responsibilities showing the requirement is part of the job, which silence the
    /// rule (a driver's license for a job that involves driving).
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
