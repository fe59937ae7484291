import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Fixtures")
struct FixtureTests {
    static let expectations: [FixtureExpectation] = [
        FixtureExpectation(
            file: "markdown-backend-engineer.md", title: "Senior Backend Engineer, Payments",
            location: Location(city: "Austin", region: "TX", country: "US"), workplace: .hybrid, employment: .fullTime,
            salary: Salary(min: 145_000, max: 175_000, currency: "USD", period: .year),
            counts: ["responsibilities": 8, "requirements": 6, "niceToHave": 3, "kpis": 3, "tools": 5, "benefits": 5],
            otherHeadings: ["About us", "Equal opportunity"]
        ),
        FixtureExpectation(
            file: "greenhouse-product-designer.html", title: "Product Designer",
            location: Location(country: "US"), workplace: .remote,
            salary: Salary(min: 120_000, max: 150_000, currency: "USD", period: .year),
            counts: ["responsibilities": 6, "requirements": 5, "niceToHave": 2, "benefits": 4],
            otherHeadings: ["Introduction", "Compensation", "Equal Opportunity"]
        ),
        FixtureExpectation(
            file: "workday-registered-nurse.html", title: "Registered Nurse – Cardiac Step-Down Unit",
            location: Location(city: "Seattle", region: "WA", country: "US"), employment: .partTime,
            salary: Salary(min: 42, max: 51.5, currency: "USD", period: .hour),
            reportsTo: "The Nurse Manager of the Cardiac Step-Down Unit.",
            counts: ["responsibilities": 7, "requirements": 3, "niceToHave": 3, "qualifications": 1, "benefits": 5],
            otherHeadings: ["Introduction", "Equal opportunity"]
        ),
        FixtureExpectation(
            file: "word-export-office-manager.html", title: "Office Manager",
            location: Location(city: "London", country: "GB"), workplace: .onsite, employment: .fullTime,
            salary: Salary(min: 45_000, max: 55_000, currency: "GBP", period: .year), reportsTo: "Operations Director",
            counts: ["responsibilities": 7, "requirements": 4, "benefits": 3],
            otherHeadings: ["Equal opportunity"]
        ),
        FixtureExpectation(
            file: "allcaps-warehouse-supervisor.txt", title: "WAREHOUSE OPERATIONS SUPERVISOR",
            location: Location(city: "Reno", region: "NV", country: "US"), workplace: .onsite, employment: .fullTime,
            salary: Salary(min: 25, max: 30, currency: "USD", period: .hour), reportsTo: "Warehouse Operations Manager",
            counts: ["responsibilities": 7, "requirements": 5, "kpis": 3, "tools": 3, "benefits": 4],
            otherHeadings: ["ABOUT SUMMIT"]
        ),
        FixtureExpectation(
            file: "questions-customer-success.txt", title: "Customer Success Manager (Mid-Market)",
            location: Location(city: "Boston", region: "MA", country: "US"), workplace: .hybrid, employment: .fullTime,
            reportsTo: "The Director of Customer Success.",
            counts: ["responsibilities": 6, "requirements": 4, "tools": 1, "kpis": 4, "benefits": 4],
            otherHeadings: ["Why join us?"]
        ),
        FixtureExpectation(
            file: "inline-colon-sdr.txt", title: "Sales Development Representative",
            location: Location(city: "Chicago", region: "IL", country: "US"), workplace: .hybrid, employment: .fullTime,
            salary: Salary(min: 80_000, max: 80_000, currency: "USD", period: .year), reportsTo: "Sales Development Manager",
            counts: [
                "responsibilities": 5, "requirements": 4, "niceToHave": 2, "collaboratesWith": 3, "tools": 4, "kpis": 3, "benefits": 4,
            ],
            otherHeadings: ["Our hiring process"]
        ),
        FixtureExpectation(
            file: "german-frontend-entwickler.md", title: "Senior Frontend-Entwickler (m/w/d)",
            location: Location(city: "München", country: "DE"), workplace: .hybrid, employment: .fullTime,
            salary: Salary(min: 60_000, max: 75_000, currency: "EUR", period: .year),
            counts: ["responsibilities": 6, "requirements": 5, "niceToHave": 3, "tools": 5, "benefits": 5],
            otherHeadings: ["Über uns"]
        ),
        FixtureExpectation(
            file: "german-pflegefachkraft.txt", title: "Pflegefachkraft (m/w/d) für unsere Tagespflege",
            location: Location(city: "Hamburg-Eimsbüttel", country: "DE"), employment: .partTime,
            salary: Salary(min: 3_200, max: 3_800, currency: "EUR", period: .month), reportsTo: "Pflegedienstleitung",
            counts: ["responsibilities": 6, "requirements": 4, "niceToHave": 2, "benefits": 6],
            otherHeadings: ["Über uns"]
        ),
        FixtureExpectation(
            file: "bold-headings-data-analyst.md", title: "Data Analyst, Growth",
            location: Location(city: "Berlin", country: "DE"), workplace: .hybrid, employment: .fullTime,
            salary: Salary(min: 55_000, max: 68_000, currency: "EUR", period: .year),
            counts: ["responsibilities": 5, "requirements": 5, "niceToHave": 2, "tools": 5, "benefits": 4],
            otherHeadings: ["Our hiring process"]
        ),
        FixtureExpectation(
            file: "setext-devops-engineer.md", title: "DevOps Engineer",
            location: Location(city: "Toronto", region: "ON", country: "CA"), employment: .contract,
            salary: Salary(min: 62_000, max: 70_000, currency: "CAD", period: .year), reportsTo: "Platform Engineering Manager",
            counts: ["responsibilities": 6, "requirements": 5, "tools": 7, "collaboratesWith": 3],
            otherHeadings: ["Introduction", "How to apply"]
        ),
        FixtureExpectation(
            file: "unknown-section-marketing-manager.txt", title: "Content Marketing Manager",
            location: Location(country: "GB"), workplace: .remote, employment: .fullTime,
            salary: Salary(min: 50_000, max: 60_000, currency: "GBP", period: .year),
            counts: ["responsibilities": 6, "requirements": 4, "benefits": 4],
            otherHeadings: ["A Typical Week", "Life At Northwind", "Our commitment to diversity"], unrecognized: ["A Typical Week"]
        ),
        FixtureExpectation(
            file: "jobsmith-export-engineering-manager.md", title: "Engineering Manager, Mobile",
            location: Location(city: "Amsterdam", region: "North Holland", country: "NL"), workplace: .hybrid, employment: .fullTime,
            salary: Salary(min: 95_000, max: 115_000, currency: "EUR", period: .year), reportsTo: "Director of Engineering",
            counts: [
                "responsibilities": 6, "requirements": 4, "niceToHave": 2, "kpis": 3, "collaboratesWith": 3, "leads": 3, "tools": 5,
                "qualifications": 1, "benefits": 4,
            ],
            otherHeadings: ["About Tulpen"]
        ),
        FixtureExpectation(
            file: "kpi-name-lines-account-executive.txt", title: "Account Executive, DACH",
            location: Location(city: "Berlin", country: "DE"), workplace: .onsite, employment: .fullTime,
            salary: Salary(min: 70_000, max: 90_000, currency: "EUR", period: .year), reportsTo: "VP Sales Europe",
            counts: ["responsibilities": 5, "requirements": 4, "kpis": 4, "benefits": 4, "collaboratesWith": 3]
        ),
        FixtureExpectation(
            file: "lever-support-engineer.html", title: "Technical Support Engineer",
            location: Location(city: "Denver", region: "CO", country: "US"), workplace: .hybrid, employment: .contract,
            salary: Salary(min: 32, max: 38, currency: "USD", period: .hour),
            counts: ["responsibilities": 6, "requirements": 4, "tools": 4],
            otherHeadings: ["About Pinecone"]
        ),
        FixtureExpectation(
            file: "paste-noblank-data-engineer.txt", title: "Senior Data Engineer",
            location: Location(city: "Columbus", region: "OH", country: "US"), workplace: .hybrid, employment: .fullTime,
            salary: Salary(min: 150_000, max: 175_000, currency: "USD", period: .year),
            counts: ["responsibilities": 6, "requirements": 5, "niceToHave": 2, "benefits": 4],
            otherHeadings: ["Introduction", "Salary", "Equal opportunity"]
        ),
        FixtureExpectation(
            file: "template-site-backend-developer.txt", title: "Backend Developer", reportsTo: "Engineering Manager",
            counts: ["responsibilities": 7, "requirements": 5, "kpis": 4, "collaboratesWith": 3, "leads": 1, "tools": 5, "qualifications": 1],
            otherHeadings: ["About this template", "Key Performance Indicators"]
        ),
        FixtureExpectation(
            file: "template-site-customer-service.html", title: "Customer Service Representative",
            location: Location(city: "Tampa", region: "FL", country: "US"), salary: Salary(min: 17, max: 20, currency: "USD", period: .hour),
            reportsTo: "Customer Service Supervisor",
            counts: ["responsibilities": 6, "requirements": 5, "kpis": 3, "tools": 3],
            otherHeadings: ["About this template", "Key performance indicators", "Equal opportunity"]
        ),
        FixtureExpectation(
            file: "title-location-account-executive.txt", title: "Account Executive, Mid-Market",
            location: Location(city: "Chicago", region: "IL", country: "US"), workplace: .hybrid, employment: .fullTime,
            salary: Salary(min: 85_000, max: 100_000, currency: "USD", period: .year),
            counts: ["responsibilities": 6, "requirements": 4, "niceToHave": 2, "kpis": 3, "benefits": 3],
            otherHeadings: ["Compensation", "Equal opportunity"]
        ),
        FixtureExpectation(
            file: "markdown-handwritten-registered-nurse.md", title: "Registered Nurse – Medical/Surgical Unit",
            location: Location(city: "Denver", region: "CO", country: "US"), employment: .fullTime,
            salary: Salary(min: 41.5, max: 55, currency: "USD", period: .hour),
            counts: ["responsibilities": 6, "requirements": 4, "niceToHave": 3, "benefits": 4],
            otherHeadings: ["About Mile High Community Hospital"]
        ),
    ]

    @Test("every fixture has an expectation")
    func everyFixtureIsChecked() {
        #expect(Set(Fixture.names) == Set(Self.expectations.map(\.file)))
        #expect(Fixture.names.count >= 20)
    }

    @Test("fixture imports with the expected title, facts and sections", arguments: expectations)
    func fixture(_ expected: FixtureExpectation) throws {
        expected.check(try Fixture.imported(expected.file))
    }

    @Test("fixture word counts are realistic", arguments: Fixture.names)
    func realisticLength(_ name: String) {
        let words = NothingLost.lines(Fixture.content(name), format: Fixture.format(name))
            .reduce(0) { $0 + $1.split(separator: " ").count }
        #expect((250...800).contains(words), "\(name) has \(words) words")
    }
}
