import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Completeness")
struct CompletenessTests {
    @Test("Missing summary, responsibilities and requirements are errors; location and salary warnings")
    func missingSections() {
        let doc = JobDocument(title: "Engineer")
        let result = Linter.lint(doc, options: options())
        let severities = Dictionary(uniqueKeysWithValues: result.findings(prefix: "completeness-missing").map { ($0.rule, $0.severity) })
        #expect(
            severities == [
                "completeness-missing-summary": .error,
                "completeness-missing-responsibilities": .error,
                "completeness-missing-requirements": .error,
                "completeness-missing-location": .warning,
                "completeness-missing-salary": .warning,
            ])
        #expect(result.findings("completeness-missing-salary").first?.section == "/salary")
    }

    @Test("Blank items count as missing")
    func blankItems() {
        let doc = document(summary: "  ", responsibilities: [" "])
        let rules = Set(Linter.lint(doc, options: options()).findings(prefix: "completeness-missing").map(\.rule))
        #expect(rules == ["completeness-missing-summary", "completeness-missing-responsibilities"])
    }

    @Test("Templates skip location and salary")
    func templates() {
        let doc = document(salary: nil, location: nil)
        let result = Linter.lint(doc, options: options(jobFacts: false))
        #expect(result.findings(prefix: "completeness-missing").isEmpty)
        #expect(Linter.lint(doc, options: options()).findings(prefix: "completeness-missing").count == 2)
    }

    @Test("More than 10 requirements is a wish list")
    func tooManyRequirements() {
        let ten = document(responsibilities: Array(repeating: "Build services", count: 6), requirements: Array(repeating: "Know SQL", count: 10))
        #expect(Linter.lint(ten, options: options()).findings("completeness-too-many-requirements").isEmpty)
        let eleven = document(responsibilities: Array(repeating: "Build services", count: 6), requirements: Array(repeating: "Know SQL", count: 11))
        let finding = Linter.lint(eleven, options: options()).findings("completeness-too-many-requirements").first
        #expect(finding?.severity == .warning)
        #expect(finding?.section == "/requirements")
    }

    @Test("Requirements more than twice the responsibilities")
    func requirementsOutweighResponsibilities() {
        let even = document(responsibilities: ["A", "B", "C"], requirements: Array(repeating: "Know SQL", count: 6))
        #expect(Linter.lint(even, options: options()).findings("completeness-requirements-outweigh-responsibilities").isEmpty)
        let lopsided = document(responsibilities: ["A", "B", "C"], requirements: Array(repeating: "Know SQL", count: 7))
        #expect(Linter.lint(lopsided, options: options()).findings("completeness-requirements-outweigh-responsibilities").count == 1)
    }
}
