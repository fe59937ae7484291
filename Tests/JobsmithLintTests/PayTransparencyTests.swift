import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Pay transparency by location")
struct PayTransparencyTests {
    private let denver = Location(city: "Denver", region: "CO", country: "US")
    private let range = Salary(min: 95_000, max: 120_000, currency: "USD", period: .year)

    /// A Toronto posting with the statements Ontario requires besides pay, so only its pay is in question.
    private func ontario(_ salary: Salary?, location: Location) -> JobDocument {
        var doc = document(salary: salary, location: location)
        doc.hiring = HiringDisclosures(existingVacancy: true, aiScreening: false)
        return doc
    }

    @Test("A Denver, Colorado job without salary gets an error citing Colorado's law")
    func denverWithoutSalary() throws {
        let result = Linter.lint(document(salary: nil, location: denver), options: options(employees: nil))
        let finding = try #require(result.findings("pay-transparency-colorado").first)
        #expect(finding.severity == .error)
        #expect(finding.section == "/salary")
        #expect(finding.message.contains("Colorado Equal Pay for Equal Work Act"))
        #expect(finding.message.contains("C.R.S. 8-5-201"))
        #expect(finding.suggestion?.contains("benefits") == true)
        #expect(result.hasErrors)
    }

    @Test("The same job with a range and benefits gets no pay-transparency finding")
    func denverWithRange() {
        let result = Linter.lint(document(salary: range, location: denver), options: options(employees: nil))
        #expect(result.findings(prefix: "pay-transparency").isEmpty)
    }

    @Test("Region names match as well as codes")
    func regionNames() {
        let location = Location(city: "Boulder", region: "Colorado", country: "US")
        #expect(Linter.lint(document(salary: nil, location: location), options: options()).findings("pay-transparency-colorado").count == 1)
    }

    @Test("Missing benefits are a warning where the law asks for them")
    func missingBenefits() throws {
        let result = Linter.lint(document(benefits: [], salary: range, location: denver), options: options())
        let finding = try #require(result.findings("pay-transparency-colorado").first)
        #expect(finding.severity == .warning)
        #expect(finding.section == "/benefits")
        #expect(finding.message.contains("C.R.S. 8-5-201"))
        let california = Location(city: "Oakland", region: "CA", country: "US")
        #expect(
            Linter.lint(document(benefits: [], salary: range, location: california), options: options()).findings(prefix: "pay-transparency").isEmpty)
    }

    @Test(
        "An open-ended range is an error",
        arguments: [
            Salary(min: 0, max: 120_000, currency: "USD", period: .year), Salary(min: 90_000, max: 0, currency: "USD", period: .year),
        ])
    func openEnded(salary: Salary) throws {
        let finding = try #require(
            Linter.lint(document(salary: salary, location: denver), options: options()).findings("pay-transparency-colorado").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("open-ended"))
    }

    @Test("Ontario: a range wider than CAD 50,000 is an error")
    func ontarioRangeWidth() throws {
        let toronto = Location(city: "Toronto", region: "ON", country: "CA")
        let wide = Salary(min: 80_000, max: 140_000, currency: "CAD", period: .year)
        let finding = try #require(
            Linter.lint(ontario(wide, location: toronto), options: options(employees: 40, today: "2026-02-01")).findings(
                "pay-transparency-ontario"
            ).first
        )
        #expect(finding.severity == .error)
        #expect(finding.message.contains("50,000"))
        #expect(finding.message.contains("60,000"))
        let narrow = Salary(min: 80_000, max: 125_000, currency: "CAD", period: .year)
        #expect(
            Linter.lint(ontario(narrow, location: toronto), options: options(employees: 40, today: "2026-02-01")).findings(
                prefix: "pay-transparency"
            ).isEmpty)
        let hourlyWide = Salary(min: 30, max: 60, currency: "CAD", period: .hour)
        #expect(
            Linter.lint(ontario(hourlyWide, location: toronto), options: options(employees: 40, today: "2026-02-01")).findings(
                "pay-transparency-ontario"
            ).count == 1)
    }

    @Test("Ontario: postings with a top above CAD 200,000 are exempt, and the law starts in 2026")
    func ontarioExemptionAndStart() throws {
        let toronto = Location(city: "Toronto", region: "Ontario", country: "CA")
        let senior = Salary(min: 150_000, max: 260_000, currency: "CAD", period: .year)
        #expect(
            Linter.lint(ontario(senior, location: toronto), options: options(employees: 40, today: "2026-02-01")).findings(
                prefix: "pay-transparency"
            ).isEmpty)
        let before = try #require(
            Linter.lint(ontario(nil, location: toronto), options: options(employees: 40, today: "2025-06-01")).findings(
                "pay-transparency-ontario"
            ).first
        )
        #expect(before.severity == .info)
        #expect(before.message.contains("2026-01-01"))
    }

    @Test("Unknown employee count: a threshold law warns instead of guessing")
    func unknownEmployeeCount() throws {
        let oakland = Location(city: "Oakland", region: "CA", country: "US")
        let unknown = try #require(
            Linter.lint(document(salary: nil, location: oakland), options: options(employees: nil)).findings("pay-transparency-california").first)
        #expect(unknown.severity == .warning)
        #expect(unknown.message.contains("applies if you have 15 or more employees"))
        #expect(Linter.lint(document(salary: nil, location: oakland), options: options(employees: 10)).findings(prefix: "pay-transparency").isEmpty)
        #expect(
            Linter.lint(document(salary: nil, location: oakland), options: options(employees: 15)).findings("pay-transparency-california").first?
                .severity == .error)
    }

    @Test("Laws for all employers are errors even when the size is unknown")
    func allEmployersLaw() {
        let baltimore = Location(city: "Baltimore", region: "MD", country: "US")
        let findings = Linter.lint(document(salary: nil, location: baltimore), options: options(employees: nil)).findings("pay-transparency-maryland")
        #expect(findings.map(\.severity) == [.error])
    }

    @Test("City laws apply on top of state laws")
    func cityLaws() {
        let brooklyn = Linter.lint(document(salary: nil, location: Location(city: "Brooklyn", region: "NY", country: "US")), options: options())
        #expect(Set(brooklyn.findings(prefix: "pay-transparency").map(\.rule)) == ["pay-transparency-new-york", "pay-transparency-new-york-city"])
        let jerseyCity = Linter.lint(document(salary: nil, location: Location(city: "Jersey City", region: "NJ", country: "US")), options: options())
        #expect(Set(jerseyCity.findings(prefix: "pay-transparency").map(\.rule)) == ["pay-transparency-jersey-city", "pay-transparency-new-jersey"])
        let ithaca = Linter.lint(document(salary: nil, location: Location(city: "Ithaca", region: nil, country: "US")), options: options())
        #expect(ithaca.findings(prefix: "pay-transparency").map(\.rule) == ["pay-transparency-ithaca"])
        let dc = Linter.lint(document(salary: nil, location: Location(city: "Washington, D.C.", region: nil, country: "US")), options: options())
        #expect(dc.findings(prefix: "pay-transparency").map(\.rule) == ["pay-transparency-washington-dc"])
    }

    @Test("Laws take effect on their date")
    func effectiveDates() {
        let chicago = document(salary: nil, location: Location(city: "Chicago", region: "IL", country: "US"))
        #expect(Linter.lint(chicago, options: options(today: "2024-09-01")).findings("pay-transparency-illinois").map(\.severity) == [.info])
        // Within 90 days of taking effect, a law gives an "upcoming" warning with its date.
        let upcoming = Linter.lint(chicago, options: options(today: "2024-12-31")).findings("pay-transparency-illinois")
        #expect(upcoming.map(\.severity) == [.warning])
        #expect(upcoming.first?.message.contains("Upcoming: it takes effect on 2025-01-01, in 1 days") == true)
        #expect(Linter.lint(chicago, options: options(today: "2025-01-01")).findings("pay-transparency-illinois").map(\.severity) == [.error])
    }

    @Test("EU: from the transposition deadline, missing pay is a warning since it may be given before the interview")
    func europeanUnion() throws {
        let berlin = document(salary: nil, location: Location(city: "Berlin", region: nil, country: "DE"))
        let finding = try #require(Linter.lint(berlin, options: options(today: "2026-07-01")).findings("pay-transparency-eu").first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("2023/970"))
        #expect(Linter.lint(berlin, options: options(today: "2026-01-01")).findings("pay-transparency-eu").map(\.severity) == [.info])
        let zurich = document(salary: nil, location: Location(city: "Zurich", region: nil, country: "CH"))
        #expect(Linter.lint(zurich, options: options(today: "2026-07-01")).findings(prefix: "pay-transparency").isEmpty)
    }

    @Test("Templates are not checked for pay transparency")
    func templates() {
        let result = Linter.lint(document(salary: nil, location: denver), options: options(jobFacts: false))
        #expect(result.findings(prefix: "pay-transparency").isEmpty)
    }

    @Test("Jobs elsewhere get no pay-transparency finding")
    func elsewhere() {
        let austin = Linter.lint(document(salary: nil), options: options())
        #expect(austin.findings(prefix: "pay-transparency").isEmpty)
        #expect(austin.findings("completeness-missing-salary").count == 1)
    }
}
