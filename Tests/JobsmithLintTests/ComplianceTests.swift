import Foundation
import JobsmithDomain
import JobsmithLint
import Testing

/// The compliance engine: every place and remote jurisdiction, as of any day, with the late-2026 law table.
@Suite("Pay-transparency compliance across places and dates")
struct ComplianceTests {
    private let austin = Location(city: "Austin", region: "TX", country: "US")
    private let seattle = Location(city: "Seattle", region: "WA", country: "US")
    private let range = Salary(min: 95_000, max: 120_000, currency: "USD", period: .year)

    private func job(_ places: [Location], salary: Salary? = nil, remote: RemoteEligibility? = nil, title: String = "Backend Engineer") -> JobDocument
    {
        var doc = document(title: title, salary: salary, location: nil)
        doc.locations = places
        doc.remote = remote
        return doc
    }

    @Test("A posting open in Austin TX and Seattle WA without pay fails, citing Washington for Seattle")
    func austinAndSeattle() throws {
        let result = Linter.lint(job([austin, seattle]), options: options(employees: 200, today: "2026-12-01"))
        let findings = result.findings(prefix: "pay-transparency")
        #expect(findings.map(\.rule) == ["pay-transparency-washington"])
        let washington = try #require(findings.first)
        #expect(washington.severity == .error)
        #expect(washington.section == "/salary")
        #expect(washington.message.contains("RCW 49.58.110"))
        #expect(washington.message.contains("Seattle, WA, US"))
        #expect(!washington.message.contains("Austin"))
        #expect(result.hasErrors)
        #expect(
            Linter.lint(job([austin, seattle], salary: range), options: options(today: "2026-12-01")).findings(prefix: "pay-transparency").isEmpty)
    }

    @Test("Delaware: fine today, an upcoming warning within 90 days, an error once in force")
    func delaware() throws {
        let wilmington = job([Location(city: "Wilmington", region: "DE", country: "US")])
        func severities(_ day: String, employees: Int? = 40) -> [Severity] {
            Linter.lint(wilmington, options: options(employees: employees, today: day)).findings("pay-transparency-delaware").map(\.severity)
        }
        #expect(severities("2026-12-01") == [.info])
        #expect(
            !Linter.lint(wilmington, options: options(employees: 40, today: "2026-12-01")).findings(prefix: "pay-transparency").contains {
                $0.severity == .error
            })
        let upcoming = try #require(
            Linter.lint(wilmington, options: options(employees: 40, today: "2027-08-01")).findings("pay-transparency-delaware").first)
        #expect(upcoming.severity == .warning)
        #expect(upcoming.message.contains("Upcoming: it takes effect on 2027-09-26, in 56 days"))
        #expect(severities("2027-10-01") == [.error])
        #expect(severities("2027-10-01", employees: 25).isEmpty)
        #expect(severities("2027-10-01", employees: nil) == [.warning])
    }

    @Test("Cleveland and Columbus are checked as cities on top of Ohio, which has no law of its own")
    func ohioCities() throws {
        let cleveland = job([Location(city: "Cleveland", region: "OH", country: "US")])
        let finding = try #require(
            Linter.lint(cleveland, options: options(employees: 20, today: "2026-12-01")).findings(prefix: "pay-transparency").first)
        #expect(finding.rule == "pay-transparency-cleveland")
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Ord. No. 104-2025"))
        #expect(Linter.lint(cleveland, options: options(employees: 14, today: "2026-12-01")).findings(prefix: "pay-transparency").isEmpty)
        #expect(
            Linter.lint(cleveland, options: options(employees: 20, today: "2025-10-26")).findings("pay-transparency-cleveland").map(\.severity)
                == [.warning])
        let columbus = job([Location(city: "Columbus", region: "Ohio", country: "US")])
        #expect(
            Linter.lint(columbus, options: options(employees: 20, today: "2026-12-01")).findings("pay-transparency-columbus").map(\.severity)
                == [.warning])
        #expect(
            Linter.lint(columbus, options: options(employees: 20, today: "2027-01-01")).findings("pay-transparency-columbus").map(\.severity)
                == [.error])
        let georgia = job([Location(city: "Columbus", region: "GA", country: "US")])
        #expect(Linter.lint(georgia, options: options(today: "2027-01-01")).findings(prefix: "pay-transparency").isEmpty)
    }

    @Test("Virginia applies to every employer from 2026-07-01, and to remote jobs open to Virginia")
    func virginia() throws {
        let richmond = job([Location(city: "Richmond", region: "VA", country: "US")])
        let finding = try #require(
            Linter.lint(richmond, options: options(employees: nil, today: "2026-12-01")).findings("pay-transparency-virginia").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Va. Code § 40.1-28.7:12"))
        #expect(Linter.lint(richmond, options: options(today: "2026-06-30")).findings("pay-transparency-virginia").map(\.severity) == [.warning])
        let remote = job([], remote: RemoteEligibility(countries: ["US"], regions: ["VA", "TX"]))
        let rules = Linter.lint(remote, options: options(today: "2026-12-01")).findings(prefix: "pay-transparency").map(\.rule)
        #expect(rules == ["pay-transparency-virginia"])
        let message = try #require(Linter.lint(remote, options: options(today: "2026-12-01")).findings(prefix: "pay-transparency").first?.message)
        #expect(message.contains("remote applicants in US (VA, TX)"))
    }

    @Test("Maine and Prince Edward Island are in the table")
    func maineAndPrinceEdwardIsland() {
        let portland = job([Location(city: "Portland", region: "ME", country: "US")])
        #expect(
            Linter.lint(portland, options: options(employees: 12, today: "2026-12-01")).findings("pay-transparency-maine").map(\.severity) == [.error]
        )
        #expect(Linter.lint(portland, options: options(employees: 9, today: "2026-12-01")).findings("pay-transparency-maine").isEmpty)
        let charlottetown = job([Location(city: "Charlottetown", region: "PE", country: "CA")])
        #expect(
            Linter.lint(charlottetown, options: options(employees: 3, today: "2026-12-01")).findings("pay-transparency-prince-edward-island").map(
                \.severity) == [.error])
    }

    @Test("A remote job open to the whole US is checked against every state that covers remote roles, as errors")
    func statedRemoteUnitedStates() {
        let remote = job([], remote: RemoteEligibility(countries: ["US"]))
        let findings = Linter.lint(remote, options: options(employees: 200, today: "2026-12-01")).findings(prefix: "pay-transparency")
        #expect(
            Set(findings.map(\.rule)) == [
                "pay-transparency-colorado", "pay-transparency-california", "pay-transparency-washington", "pay-transparency-new-york",
                "pay-transparency-illinois", "pay-transparency-maryland", "pay-transparency-virginia",
            ])
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test("Pay that differs by place is checked place by place, at the zone that pays it")
    func payZones() throws {
        var doc = job([austin, seattle], salary: range)
        doc.payByLocation = [PayZone(locations: [seattle], salary: Salary(min: 0, max: 150_000, currency: "USD", period: .year))]
        let finding = try #require(Linter.lint(doc, options: options(today: "2026-12-01")).findings("pay-transparency-washington").first)
        #expect(finding.section == "/payByLocation/0/salary")
        #expect(finding.message.contains("open-ended"))
        #expect(finding.message.contains("Seattle, WA, US"))
        doc.payByLocation[0].salary = Salary(min: 130_000, max: 150_000, currency: "USD", period: .year)
        #expect(Linter.lint(doc, options: options(today: "2026-12-01")).findings(prefix: "pay-transparency").isEmpty)
        // Ontario's range cap applies per place too.
        var toronto = job([Location(city: "Toronto", region: "ON", country: "CA"), Location(city: "Ottawa", region: "ON", country: "CA")])
        toronto.hiring = HiringDisclosures(existingVacancy: true, aiScreening: false)
        toronto.salary = Salary(min: 80_000, max: 120_000, currency: "CAD", period: .year)
        toronto.payByLocation = [
            PayZone(
                locations: [Location(city: "Ottawa", region: "ON", country: "CA")],
                salary: Salary(min: 70_000, max: 130_000, currency: "CAD", period: .year))
        ]
        let ontario = Linter.lint(toronto, options: options(employees: 40, today: "2026-12-01")).findings("pay-transparency-ontario")
        #expect(ontario.map(\.section) == ["/payByLocation/0/salary"])
        #expect(ontario.first?.message.contains("Ottawa, ON, CA") == true)
    }

    @Test("Ontario: the vacancy and AI statements, and no Canadian-experience requirement")
    func ontarioPostingRules() throws {
        var toronto = job(
            [Location(city: "Toronto", region: "ON", country: "CA")], salary: Salary(min: 80_000, max: 120_000, currency: "CAD", period: .year))
        let missing = Linter.lint(toronto, options: options(employees: 40, today: "2026-12-01")).findings("pay-transparency-ontario")
        #expect(missing.map(\.section) == ["/hiring/existingVacancy", "/hiring/aiScreening"])
        #expect(missing.map(\.severity) == [.error, .warning])
        toronto.hiring = HiringDisclosures(existingVacancy: false, aiScreening: true)
        #expect(Linter.lint(toronto, options: options(employees: 40, today: "2026-12-01")).findings("pay-transparency-ontario").isEmpty)
        toronto.requirements.append("Two years of Canadian experience in retail")
        let result = Linter.lint(toronto, options: options(employees: 40, today: "2026-12-01"))
        let phrase = try #require(result.findings("exclusionary-local-experience").first)
        let law = try #require(result.findings("pay-transparency-ontario").first)
        #expect(law.severity == .error)
        #expect((law.section, law.start, law.end) == (phrase.section, phrase.start, phrase.end))
        #expect(law.message.contains("forbids requiring Canadian experience"))
        #expect(Linter.lint(toronto, options: options(employees: 10, today: "2026-12-01")).findings("pay-transparency-ontario").isEmpty)
    }

    @Test("EU: member states' own laws replace the directive; where none is in force the deadline has passed")
    func europeanUnion() throws {
        func rules(_ place: Location, title: String = "Backend Engineer") -> [String: Severity] {
            let findings = Linter.lint(job([place], title: title), options: options(today: "2026-12-01")).findings(prefix: "pay-transparency")
            return Dictionary(findings.map { ($0.rule, $0.severity) }, uniquingKeysWith: max)
        }
        let paris = try #require(
            Linter.lint(job([Location(city: "Paris", country: "FR")]), options: options(today: "2026-12-01")).findings("pay-transparency-eu").first)
        #expect(paris.severity == .warning)
        #expect(paris.message.contains("deadline for member states to transpose it passed on 2026-06-07"))
        #expect(rules(Location(city: "Warsaw", country: "PL")) == ["pay-transparency-poland": .warning])
        #expect(rules(Location(city: "Rome", country: "IT")) == ["pay-transparency-italy": .error])
        #expect(rules(Location(city: "Valletta", country: "MT")) == ["pay-transparency-malta": .warning])
        #expect(rules(Location(city: "Milan", country: "IT"), title: "Salesman") == ["pay-transparency-italy": .error])
        let title = try #require(
            Linter.lint(
                job(
                    [Location(city: "Milan", country: "IT")], salary: Salary(min: 30_000, max: 40_000, currency: "EUR", period: .year),
                    title: "Salesman"), options: options(today: "2026-12-01")
            )
            .findings("pay-transparency-italy").first)
        #expect(title.section == "/title")
        #expect((title.start, title.end) == (0, 8))
        // Before Poland's own law took effect, the directive (not yet due) was the only one, as info.
        #expect(rules(Location(city: "Warsaw", country: "PL")).keys.contains("pay-transparency-poland"))
        let before = Linter.lint(job([Location(city: "Warsaw", country: "PL")]), options: options(today: "2025-06-01")).findings(
            prefix: "pay-transparency")
        #expect(Set(before.map(\.rule)) == ["pay-transparency-poland", "pay-transparency-eu"])
        #expect(before.allSatisfy { $0.severity == .info })
    }

    @Test("The day checked is a parameter: LintOptions reads ISO days and refuses others")
    func asOfDays() throws {
        #expect(LintOptions.date(ofDay: "2027-10-01") == Date(timeIntervalSince1970: 1_822_348_800))
        #expect(LintOptions.date(ofDay: "2028-02-29") != nil)
        #expect(LintOptions.date(ofDay: "2000-01-01") != nil && LintOptions.date(ofDay: "2100-12-31") != nil)
        for bad in [
            "2027-02-29", "2027-13-01", "2027-1-01", "27-10-01", "", "0000-01-01", "2027-10-01T00:00:00Z", "２０２７-10-01", "1999-12-31", "2101-01-01",
            "9999-12-31",
        ] {
            #expect(LintOptions.date(ofDay: bad) == nil, "\(bad)")
        }
        // Far-off days neither trap nor misbehave.
        let far = LintOptions(asOf: Date(timeIntervalSince1970: 1e18))
        #expect(Linter.lint(job([seattle]), options: far).findings("pay-transparency-washington").map(\.severity) == [.warning])
    }
}
