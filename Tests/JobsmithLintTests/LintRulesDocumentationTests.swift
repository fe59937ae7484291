import JobsmithLint
import Testing

/// docs/lint-rules.md is rendered from ``LintRuleCatalog``; this test keeps it current.
@Suite("docs/lint-rules.md")
struct LintRulesDocumentationTests {
    @Test("docs/lint-rules.md matches the rule catalog")
    func documentIsCurrent() throws {
        try GeneratedPage(name: "lint-rules.md").expectCurrent(LintRuleCatalog.markdown(), source: "LintRuleCatalog")
    }

    @Test("The document describes every rule")
    func everyRuleDocumented() {
        let markdown = LintRuleCatalog.markdown()
        for rule in LintRuleCatalog.all {
            #expect(markdown.contains("### `\(rule.id)` (\(rule.severity.rawValue))"))
        }
    }
}
