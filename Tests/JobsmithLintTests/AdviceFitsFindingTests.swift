import JobsmithDomain
import JobsmithLint
import Testing

/// Each finding says one thing once, and its advice is about that finding only.
@Suite("Advice fits its finding")
struct AdviceFitsFindingTests {
    private let denver = Location(city: "Denver", region: "CO", country: "US")
    private let austin = Location(city: "Austin", region: "TX", country: "US")
    private let range = Salary(min: 95_000, max: 120_000, currency: "USD", period: .year)

    @Test("A pay-transparency error replaces the generic missing-salary warning")
    func lawReplacesGenericWarning() {
        let result = Linter.lint(document(salary: nil, location: denver), options: options())
        #expect(result.findings.filter { $0.section == "/salary" }.map(\.rule) == ["pay-transparency-colorado"])
    }

    @Test("A pay-transparency warning (employer size unknown) replaces it too")
    func lawWarningReplacesGenericWarning() throws {
        let oakland = Location(city: "Oakland", region: "CA", country: "US")
        let salaryFindings = Linter.lint(document(salary: nil, location: oakland), options: options(employees: nil)).findings.filter {
            $0.section == "/salary"
        }
        #expect(salaryFindings.map(\.rule) == ["pay-transparency-california"])
        #expect(try #require(salaryFindings.first).severity == .warning)
    }

    @Test("Without a law, or before the law is in force, the generic warning stays")
    func genericWarningWithoutLaw() {
        let texas = Linter.lint(document(salary: nil, location: austin), options: options()).findings.filter { $0.section == "/salary" }
        #expect(texas.map(\.rule) == ["completeness-missing-salary"])
        let early = Linter.lint(document(salary: nil, location: denver), options: options(today: "2020-06-01")).findings.filter {
            $0.section == "/salary"
        }
        #expect(early.map(\.rule) == ["completeness-missing-salary", "pay-transparency-colorado"])
        #expect(early.map(\.severity) == [.warning, .info])
    }

    @Test("The benefits finding of a pay law does not ask for pay when pay is there")
    func benefitsAdviceWithPay() throws {
        let result = Linter.lint(document(benefits: [], salary: range, location: denver), options: options())
        let benefits = try #require(result.findings("pay-transparency-colorado").first { $0.section == "/benefits" })
        let suggestion = try #require(benefits.suggestion)
        #expect(suggestion.contains("benefits"))
        #expect(!suggestion.lowercased().contains("pay"), "\(suggestion)")
        #expect(result.findings("pay-transparency-colorado").count == 1)
    }

    @Test("Missing pay and missing benefits are two findings, each with its own advice")
    func separateAdvice() {
        let findings = Linter.lint(document(benefits: [], salary: nil, location: denver), options: options()).findings("pay-transparency-colorado")
        #expect(findings.map(\.section).sorted() == ["/benefits", "/salary"])
        let salary = findings.first { $0.section == "/salary" }?.suggestion ?? ""
        let benefits = findings.first { $0.section == "/benefits" }?.suggestion ?? ""
        #expect(salary.contains("pay"))
        #expect(!benefits.lowercased().contains("pay"))
    }

    @Test("An open-ended range asks for both ends, not for benefits the posting has")
    func openEndedAdvice() throws {
        let salary = Salary(min: 0, max: 120_000, currency: "USD", period: .year)
        let finding = try #require(
            Linter.lint(document(salary: salary, location: denver), options: options()).findings("pay-transparency-colorado").first)
        #expect(finding.suggestion?.contains("lowest and the highest") == true)
        #expect(finding.suggestion?.contains("benefits") == false)
    }

    @Test("“Competitive salary” advice depends on whether the salary field is filled in")
    func competitiveSalaryAdvice() throws {
        let paid = Linter.lint(document(benefits: ["A competitive salary"], salary: range, location: austin), options: options())
        let withSalary = try #require(paid.findings("jargon-competitive-salary").first?.suggestion)
        #expect(!withSalary.contains("fill in"))
        #expect(withSalary.contains("salary field"))
        let unpaid = Linter.lint(document(benefits: ["A competitive salary"], salary: nil, location: austin), options: options())
        #expect(unpaid.findings("jargon-competitive-salary").first?.suggestion?.contains("fill in the salary field") == true)
    }

    @Test("A short description's advice names only what it lacks")
    func shortDescriptionAdvice() throws {
        let full = document(
            responsibilities: (1...6).map { "Responsibility \($0)" }, requirements: ["One", "Two", "Three"], salary: range, location: austin)
        var withTeam = full
        withTeam.reportsTo = "Engineering Manager"
        let suggestion = try #require(Linter.lint(withTeam, options: options()).findings("length-too-short").first?.suggestion)
        #expect(!suggestion.contains("pay"))
        #expect(!suggestion.contains("responsibilities"))
        #expect(!suggestion.contains("team"))
        let bare = document(responsibilities: ["Build"], requirements: ["SQL"], benefits: [], salary: nil, location: austin)
        let bareSuggestion = try #require(Linter.lint(bare, options: options()).findings("length-too-short").first?.suggestion)
        #expect(bareSuggestion == "Describe the responsibilities, the requirements, the team, the pay and the benefits in more detail.")
        let template = try #require(Linter.lint(bare, options: options(jobFacts: false)).findings("length-too-short").first?.suggestion)
        #expect(!template.contains("pay"))
    }
}
