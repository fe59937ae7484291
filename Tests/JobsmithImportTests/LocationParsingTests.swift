import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Location lines")
struct LocationParsingTests {
    struct Shape: Sendable, CustomStringConvertible {
        var line: String
        var location: Location?
        var workplace: WorkplaceType?
        var description: String { line }
    }

    static let shapes: [Shape] = [
        Shape(line: "Location: Denver, CO (hybrid)", location: Location(city: "Denver", region: "CO", country: "US"), workplace: .hybrid),
        Shape(line: "Location: Remote (US)", location: Location(country: "US"), workplace: .remote),
        Shape(line: "Location: Berlin, Germany", location: Location(city: "Berlin", country: "DE")),
        Shape(line: "Standort: München", location: Location(city: "München", country: "DE")),
        Shape(line: "Location: Toronto, ON", location: Location(city: "Toronto", region: "ON", country: "CA")),
        Shape(line: "Location: Toronto, Ontario, Canada", location: Location(city: "Toronto", region: "Ontario", country: "CA")),
        Shape(line: "Location: London, UK", location: Location(city: "London", country: "GB")),
        Shape(line: "Location: New York, NY, USA", location: Location(city: "New York", region: "NY", country: "US")),
        Shape(line: "Location: Hybrid – Austin, TX", location: Location(city: "Austin", region: "TX", country: "US"), workplace: .hybrid),
        Shape(line: "Location: US-Remote", location: Location(country: "US"), workplace: .remote),
        Shape(line: "Location: Remote, Germany", location: Location(country: "DE"), workplace: .remote),
        Shape(line: "Location: Springfield", location: Location(city: "Springfield")),
        Shape(line: "Arbeitsort: Wien, Österreich (Homeoffice möglich)", location: Location(city: "Wien", country: "AT")),
        Shape(line: "Location: Colorado", location: Location(region: "Colorado", country: "US")),
        Shape(line: "**Location:** Denver, CO, US", location: Location(city: "Denver", region: "CO", country: "US")),
        Shape(line: "**Location:** Berlin, DE", location: Location(city: "Berlin", country: "DE")),
    ]

    @Test("reads the location and work mode", arguments: shapes)
    func reads(_ shape: Shape) throws {
        let result = try Importer.parse("Line Cook\n\n\(shape.line)\n", format: shape.line.hasPrefix("**") ? .markdown : .text)
        #expect(result.document.location == shape.location)
        #expect(result.document.workplaceType == shape.workplace)
    }

    @Test(
        "unlabelled location lines before the first heading",
        arguments: [
            ("Denver, CO · Full-time · Hybrid", Location(city: "Denver", region: "CO", country: "US")),
            ("Berlin, Germany", Location(city: "Berlin", country: "DE")),
            ("Remote (US)", Location(country: "US")),
        ])
    func unlabelled(_ line: String, _ location: Location) throws {
        let result = try Importer.parse("Line Cook\n\(line)\n\nResponsibilities\n- Cook.\n", format: .text)
        #expect(result.document.location == location)
        #expect(result.document.summary == nil)
    }

    @Test("a line that only looks like a place stays text")
    func notAPlace() throws {
        let result = try Importer.parse("Line Cook\nAcme, Inc.\n\nResponsibilities\n- Cook.\n", format: .text)
        #expect(result.document.location == nil)
        #expect(result.document.summary == "Acme, Inc.")
    }

    @Test("an inferred country is reported")
    func inference() throws {
        let result = try Importer.parse("Line Cook\n\nLocation: Denver, CO (hybrid)\n", format: .text)
        #expect(result.report.warnings == ["Inferred country US from the state CO in “Location: Denver, CO (hybrid)”."])
    }

    @Test("the Jobsmith facts line with a country code alone reads the code as a country, as the renderer writes it")
    func exactFacts() throws {
        let result = try Importer.parse("# Cook\n\n**Location:** Bogotá, CO\n")
        #expect(result.document.location == Location(city: "Bogotá", country: "CO"))
        #expect(try Importer.parse("# Cook\n\n**Location:** Berlin, DE\n").document.location == Location(city: "Berlin", country: "DE"))
        #expect(try Importer.parse("# Cook\n\n**Location:** Lyon, FR\n").document.location == Location(city: "Lyon", country: "FR"))
    }

    @Test(
        "a hand-written Markdown location with a US state code is the state, not the country with that code",
        arguments: [
            ("Denver, CO", "Denver", "CO"), ("Dover, DE", "Dover", "DE"), ("Indianapolis, IN", "Indianapolis", "IN"), ("Boise, ID", "Boise", "ID"),
        ]
    )
    func markdownStateCode(_ value: String, _ city: String, _ state: String) throws {
        let result = try Importer.parse("# Registered Nurse\n\n**Location:** \(value)\n\n## Responsibilities\n\n- Care for patients\n")
        #expect(result.document.location == Location(city: city, region: state, country: "US"))
        #expect(result.report.warnings == ["Inferred country US from the state \(state) in “Location: \(value)”."])
    }

    @Test(
        "employment types and work modes",
        arguments: [
            ("Full-time", EmploymentType.fullTime, WorkplaceType?.none), ("Part time · Remote", .partTime, .remote),
            ("Vollzeit | Homeoffice", .fullTime, .remote), ("Teilzeit, Hybrid", .partTime, .hybrid), ("Contract · On-site", .contract, .onsite),
            ("Internship · Onsite", .internship, .onsite), ("Praktikum", .internship, nil), ("Temporary", .temporary, nil),
        ])
    func arrangements(_ line: String, _ employment: EmploymentType, _ workplace: WorkplaceType?) throws {
        let result = try Importer.parse("Line Cook\n\(line)\n\nResponsibilities\n- Cook.\n", format: .text)
        #expect(result.document.employmentType == employment)
        #expect(result.document.workplaceType == workplace)
    }
}
