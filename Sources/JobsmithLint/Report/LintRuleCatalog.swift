/// Every rule the linter can report, with its severity, reason and suggestion; docs/lint-rules.md is rendered from it
/// (``markdown``).
public enum LintRuleCatalog {
    /// All rules, grouped by category in documentation order.
    public static let all: [LintRuleInfo] = {
        let rules =
            GenderCodingRules.all + PhraseRules.all.map(\.info) + ReadabilityRules.all + CompletenessRules.all
            + FormattingRules.all + SpellingRules.all + PayTransparencyRules.all
        return LintRuleCategory.allCases.flatMap { category in rules.filter { $0.category == category } }
    }()

    /// The family of the rule with `id`, if there is one.
    public static func category(of id: String) -> LintRuleCategory? {
        categories[id]
    }

    private static let categories = Dictionary(all.map { ($0.id, $0.category) }) { first, _ in first }

    /// The rule with `id`, if there is one.
    public static func rule(_ id: String) -> LintRuleInfo? {
        all.first { $0.id == id }
    }
}
