import Foundation
import JobsmithLint
import Testing

/// docs/lint-rules.md is rendered from ``LintRuleCatalog``; this test keeps it current.
@Suite("docs/lint-rules.md")
struct LintRulesDocumentationTests {
    /// docs/lint-rules.md of the repository this test file lives in (symbolic links resolved).
    private static let documentURL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/lint-rules.md")

    @Test("docs/lint-rules.md matches the rule catalog")
    func documentIsCurrent() throws {
        let expected = LintRuleCatalog.markdown()
        if ProcessInfo.processInfo.environment["JOBSMITH_UPDATE_DOCS"] == "1" {
            try expected.write(to: Self.documentURL, atomically: true, encoding: .utf8)
        }
        let actual = try? String(contentsOf: Self.documentURL, encoding: .utf8)
        #expect(
            actual == expected,
            """
            \(Self.documentURL.path) is out of date with LintRuleCatalog. Regenerate it with:
                JOBSMITH_UPDATE_DOCS=1 swift test --filter LintRulesDocumentationTests
            """
        )
    }

    @Test("The document describes every rule")
    func everyRuleDocumented() {
        let markdown = LintRuleCatalog.markdown()
        for rule in LintRuleCatalog.all {
            #expect(markdown.contains("### `\(rule.id)` (\(rule.severity.rawValue))"))
        }
    }
}
