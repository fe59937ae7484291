import JobsmithDomain
import Testing

@testable import JobsmithLint

@Suite("Rule catalog")
struct RuleCatalogTests {
    @Test("Rule ids are unique, and every rule has a reason and a suggestion")
    func uniqueAndDescribed() {
        let ids = LintRuleCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(LintRuleCatalog.all.allSatisfy { !$0.title.isEmpty && !$0.reason.isEmpty && !$0.suggestion.isEmpty })
    }

    @Test(
        "The required jurisdictions are in the table",
        arguments: [
            "colorado", "california", "washington", "new-york", "new-york-city", "jersey-city", "ithaca", "illinois", "maryland", "hawaii",
            "minnesota", "vermont", "massachusetts", "new-jersey", "washington-dc", "british-columbia", "ontario", "eu",
        ])
    func jurisdictions(id: String) throws {
        let rule = try #require(LintRuleCatalog.rule("pay-transparency-\(id)"))
        #expect(rule.category == .payTransparency)
        #expect(rule.severity == .error)
    }

    @Test("Every finding the linter reports is a catalog rule with the catalog's category")
    func findingsAreCataloged() {
        let documents = [
            JobDocument(title: "Rockstar Salesman", summary: "Young digital natives. He works hard, play hard.", requirements: ["15+ years"]),
            JobDocument(title: "Engineer"),
            document(salary: nil, location: Location(country: "US"), workplaceType: .remote),
        ]
        for document in documents {
            for finding in Linter.lint(document, options: options()).findings {
                let rule = LintRuleCatalog.rule(finding.rule)
                #expect(rule != nil, "\(finding.rule) is not in the catalog")
                #expect(finding.severity <= (rule?.severity ?? .info), "\(finding.rule) reported above its catalog severity")
            }
        }
    }

    @Test("Suggested alternatives for masculine-coded words are not gender-coded themselves")
    func alternativesAreNeutral() {
        let stems = LintRuleCatalog.rule("gender-coded-masculine-word")?.matches.map { String($0.dropLast()) } ?? []
        #expect(stems.count == 52)
        let alternatives = MasculineAlternatives.replacements
        #expect(alternatives.count > 60)
        let strict = LintOptions(employeeCount: 200, strictGenderLists: true)
        let check = Linter.lint(document(title: "Engineer", summary: alternatives.sorted().joined(separator: ". ")), options: strict).genderCoding
        #expect(check.masculineWords.isEmpty, "coded alternatives: \(check.masculineWords.map(\.word))")
        #expect(check.feminineWords.isEmpty, "coded alternatives: \(check.feminineWords.map(\.word))")
    }

    @Test("Replacements offered by phrase rules are not flagged themselves")
    func phraseReplacementsAreClean() {
        let replacements = PhraseRules.all.flatMap(\.phrases).flatMap { $0.replacements + [$0.modifier, $0.afterDeterminer].compactMap { $0 } }
        let text = replacements.map { PhraseRule.Phrase.filled($0, ["", "engineer"]) }.joined(separator: ". ")
        let strict = LintOptions(employeeCount: 200, strictGenderLists: true)
        let result = Linter.lint(document(title: "Engineer", summary: text), options: strict)
        #expect(result.findings.filter { $0.section == "/summary" }.map(\.rule).isEmpty)
        #expect(result.genderCoding.masculineWords.isEmpty)
    }

    @Test("Severity is ordered info < warning < error")
    func severityOrder() {
        #expect(Severity.info < .warning)
        #expect(Severity.warning < .error)
        #expect(Severity.allCases.max() == .error)
    }
}
