/// The families of rules, in the order the documentation lists them.
public enum LintRuleCategory: String, Codable, Sendable, CaseIterable {
    case genderCoding = "gender-coding"
    case exclusionary
    case ableist
    case jargon
    case readability
    case completeness
    case formatting
    case spelling
    case payTransparency = "pay-transparency"

    /// The heading the documentation uses.
    public var title: String {
        switch self {
        case .genderCoding: "Gender-coded language"
        case .exclusionary: "Exclusionary language"
        case .ableist: "Ableist language"
        case .jargon: "Jargon and clichés"
        case .readability: "Readability and length"
        case .completeness: "Completeness"
        case .formatting: "Formatting"
        case .spelling: "US and British spelling"
        case .payTransparency: "Pay transparency"
        }
    }
}

/// What one rule checks and why: the source of docs/lint-rules.md and of SARIF rule descriptions.
public struct LintRuleInfo: Codable, Sendable, Equatable {
    /// The stable id findings carry.
    public var id: String
    /// The severity of its findings (the most severe one, for rules whose severity depends on the case).
    public var severity: Severity
    /// Its family.
    public var category: LintRuleCategory
    /// A one-line description.
    public var title: String
    /// Why it matters.
    public var reason: String
    /// What to do instead.
    public var suggestion: String
    /// The phrases or word stems it looks for, for rules that match text (`*` ends a word prefix).
    public var matches: [String]
    /// Where to read more, if anywhere.
    public var helpUri: String?

    /// Creates a rule description.
    public init(
        id: String,
        severity: Severity,
        category: LintRuleCategory,
        title: String,
        reason: String,
        suggestion: String,
        matches: [String] = [],
        helpUri: String? = nil
    ) {
        self.id = id
        self.severity = severity
        self.category = category
        self.title = title
        self.reason = reason
        self.suggestion = suggestion
        self.matches = matches
        self.helpUri = helpUri
    }
}
