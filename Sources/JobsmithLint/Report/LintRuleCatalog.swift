/// Every rule the linter can report, with its severity, reason and suggestion; docs/lint-rules.md is rendered from it
/// (``markdown``).
public enum LintRuleCatalog {
    /// All rules, grouped by category in documentation order.
    public static let all: [LintRuleInfo] = {
        let rules =
            GenderCodingRules.all + PhraseRules.all.map(\.info) + ReadabilityRules.all + CompletenessRules.all
            + PayTransparencyRules.all
        return LintRuleCategory.allCases.flatMap { category in rules.filter { $0.category == category } }
    }()

    /// The rule with `id`, if there is one.
    public static func rule(_ id: String) -> LintRuleInfo? {
        all.first { $0.id == id }
    }
}
