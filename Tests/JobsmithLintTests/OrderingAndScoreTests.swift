import Foundation
import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Finding order and score")
struct OrderingAndScoreTests {
    /// Document order of the top-level fields, independent of the implementation.
    private static let sectionOrder = [
        "", "title", "summary", "responsibilities", "requirements", "niceToHave", "kpis", "reportsTo", "collaboratesWith", "leads",
        "tools", "qualifications", "benefits", "salary", "location", "otherSections",
    ]

    private static func key(_ finding: LintFinding) -> [Int] {
        let parts = finding.section.split(separator: "/").map(String.init)
        let field = parts.first ?? ""
        let index = parts.count > 1 ? Int(parts[1]) ?? -1 : -1
        let part = parts.count > 2 ? ["name": 1, "description": 2, "heading": 3, "body": 4][parts[2]] ?? 0 : 0
        return [sectionOrder.firstIndex(of: field) ?? 99, index, part, finding.start]
    }

    private let messy = JobDocument(
        title: "Rockstar Salesman",
        summary: "Young, aggressive self-starter wanted. He will hit the ground running.",
        responsibilities: ["Lead deals", "Chase leads", "Competitive analysis"],
        requirements: (1...12).map { "Requirement \($0) for a competitive, driven rockstar" },
        kpis: [KPI(name: "Dominance", description: "Dominate the market in a fast-paced environment")],
        benefits: ["Competitive salary", "Free snacks"],
        location: Location(city: "Denver", region: "CO", country: "US"),
        otherSections: [OtherSection(heading: "Perks", body: "Ping pong and free beer. Work hard, play hard.")]
    )

    @Test("Findings are ordered errors, then warnings, then tips, each by section, item, offset and rule id")
    func reportOrder() {
        let findings = Linter.lint(messy, options: options()).findings
        #expect(findings.count > 20)
        #expect(Set(findings.map(\.severity)) == [.error, .warning, .info])
        for (previous, next) in zip(findings, findings.dropFirst()) {
            #expect(previous.severity >= next.severity, "\(previous.rule) (\(previous.severity)) before \(next.rule) (\(next.severity))")
            guard previous.severity == next.severity else { continue }
            let order = Self.key(previous).lexicographicallyPrecedes(Self.key(next)) || Self.key(previous) == Self.key(next)
            #expect(order, "\(previous.section)@\(previous.start) \(previous.rule) before \(next.section)@\(next.start) \(next.rule)")
            if Self.key(previous) == Self.key(next) { #expect(previous.rule <= next.rule) }
        }
        #expect(findings.first?.severity == .error)
        #expect(findings.last?.severity == .info)
    }

    @Test("Same severity and place, different rules: sorted by rule id")
    func sameStart() {
        let summary = "An aggressive, ambitious and decisive engineer."
        let findings = Linter.lint(document(summary: summary), options: options()).findings.filter { $0.section == "" }
        #expect(findings.map(\.rule) == ["gender-coded-masculine", "length-too-short"])
        #expect(findings.allSatisfy { $0.severity == .warning })
    }

    @Test("Linting is deterministic")
    func deterministic() {
        #expect(Linter.lint(messy, options: options()) == Linter.lint(messy, options: options()))
    }

    @Test("The score deducts 15 per error, 5 per warning, 1 per info, at most three times per rule, never below 0")
    func score() {
        func finding(_ rule: String, _ severity: Severity) -> LintFinding {
            LintFinding(rule: rule, severity: severity, message: "m", suggestion: nil, section: "")
        }
        #expect(LintScore.score([]) == 100)
        #expect(LintScore.score([finding("a", .error), finding("b", .warning), finding("c", .info)]) == 79)
        #expect(LintScore.score(Array(repeating: finding("c", .info), count: 10)) == 97)
        #expect(LintScore.score((1...10).map { finding("e\($0)", .error) }) == 0)
        let messyResult = Linter.lint(messy, options: options())
        #expect(messyResult.score == LintScore.score(messyResult.findings))
        #expect(messyResult.score < 10)
    }

    @Test("A clean document scores high and has no errors")
    func cleanDocument() {
        let result = Linter.lint(document(), options: options())
        #expect(!result.hasErrors)
        #expect(result.score == 100 - 5)
        #expect(result.findings.map(\.rule) == ["length-too-short"])
    }

    @Test("The result encodes hasErrors and decodes back")
    func coding() throws {
        let result = Linter.lint(messy, options: options())
        let data = try JSONEncoder().encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["hasErrors"] as? Bool == true)
        #expect(try JSONDecoder().decode(LintResult.self, from: data) == result)
    }
}
