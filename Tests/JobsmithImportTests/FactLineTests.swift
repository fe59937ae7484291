import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Fact lines")
struct FactLineTests {
    @Test("several labelled facts on one line")
    func severalLabels() throws {
        let markdown = "# Cook\n\n**Location:** Denver, CO · **Type:** Full-time · **Salary:** $20 - $24 per hour\n"
        let result = try Importer.parse(markdown)
        #expect(result.document.location == Location(city: "Denver", region: "CO", country: "US"))
        #expect(result.document.employmentType == .fullTime)
        #expect(result.document.salary == Salary(min: 20, max: 24, currency: "USD", period: .hour))
        #expect(result.document.summary == nil)
    }

    @Test("a fact with a remark is read and the line is kept")
    func remark() throws {
        let result = try Importer.parse("Cook\nTeilzeit (25 Stunden pro Woche)\n\nAufgaben\n- Kochen\n", format: .text)
        #expect(result.document.employmentType == .partTime)
        #expect(result.document.summary == "Teilzeit (25 Stunden pro Woche)")
    }

    @Test("reports to and collaborates with on one line each")
    func relations() throws {
        let text = "Cook\n\nResponsibilities\n- Cook\nReports to: Head Chef\nCollaborates with: Front of house, Purchasing and Events\n"
        let document = try Importer.parse(text, format: .text).document
        #expect(document.reportsTo == "Head Chef")
        #expect(document.collaboratesWith == ["Front of house", "Purchasing", "Events"])
        #expect(document.responsibilities == ["Cook"])
    }

    @Test("facts are taken from a line that also names the company, and the line is kept")
    func companyLine() throws {
        let result = try Importer.parse("Product Manager\nAcme Corp · San Francisco, CA (Hybrid)\n\nAbout the job\nWe ship.\n", format: .text)
        #expect(result.document.location == Location(city: "San Francisco", region: "CA", country: "US"))
        #expect(result.document.workplaceType == .hybrid)
        #expect(result.document.otherSections == [OtherSection(heading: "Introduction", body: "Acme Corp · San Francisco, CA (Hybrid)")])
    }

    @Test("YAML front matter in Markdown reads as facts")
    func frontMatter() throws {
        let markdown =
            "---\ntitle: Staff Data Engineer\nlocation: Berlin, Germany\ntype: Full-time\n---\n\n## Responsibilities\n\n- Build pipelines\n"
        let result = try Importer.parse(markdown)
        #expect(result.document.title == "Staff Data Engineer")
        #expect(result.document.location == Location(city: "Berlin", country: "DE"))
        #expect(result.document.employmentType == .fullTime)
        #expect(result.document.responsibilities == ["Build pipelines"])
        #expect(result.document.otherSections.isEmpty)
    }

    @Test("a fact line written as a heading is a fact")
    func factHeading() throws {
        let result = try Importer.parse("<h1>Cook</h1><h3>Location: Denver, CO</h3><h3>Salary: $20 - $24 per hour</h3><p>We cook.</p>")
        #expect(result.document.location == Location(city: "Denver", region: "CO", country: "US"))
        #expect(result.document.salary == Salary(min: 20, max: 24, currency: "USD", period: .hour))
        #expect(result.document.otherSections.isEmpty)
        #expect(result.document.summary == "We cook.")
    }
}
