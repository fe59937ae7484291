import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Markdown round trip")
struct RoundTripTests {
    static let documents: [JobDocument] = [
        JobDocument(
            title: "Staff Platform Engineer",
            summary: "Own the platform that runs every Parcelly service.\nYou set direction for three teams.\n\nThis role is new.",
            responsibilities: ["Design the next version of our deployment system.", "Lead incident reviews and follow up on actions."],
            requirements: ["Eight years building distributed systems.", "Deep knowledge of Kubernetes internals."],
            niceToHave: ["Experience with eBPF."],
            kpis: [
                KPI(name: "Deploy lead time", description: "Median time from merge to production below 30 minutes."),
                KPI(name: "Availability", description: "99.95% for tier-1 services, measured monthly."),
            ],
            reportsTo: "VP Engineering",
            collaboratesWith: ["Security", "Data Platform", "Developer Experience"],
            leads: ["Platform team (6 engineers)"],
            tools: ["Kubernetes", "Terraform", "Argo CD"],
            qualifications: ["BSc in Computer Science or equivalent experience."],
            benefits: ["Equity in a growing company.", "Four weeks of vacation."],
            salary: Salary(min: 182_500.5, max: 215_000.75, currency: "USD", period: .year),
            location: Location(city: "Denver", region: "CO", country: "US"),
            workplaceType: .hybrid,
            employmentType: .fullTime,
            otherSections: [
                OtherSection(heading: "About Parcelly", body: "Parcelly ships parcels.\nWe are 400 people.\n\nFounded in 2015."),
                OtherSection(
                    heading: "How we hire", body: "- A call with the hiring manager\n- A systems design conversation\n\nWe reply within a week."),
            ]
        ),
        JobDocument(title: "Barista"),
        JobDocument(
            title: "Pflegefachkraft (m/w/d)",
            summary: "Wir suchen Verstärkung für unsere Tagespflege in Hamburg.",
            responsibilities: ["Planung und Dokumentation der Pflege.", "Anleitung von Auszubildenden."],
            benefits: ["30 Tage Urlaub.", "Zuschuss zum Deutschlandticket."],
            salary: Salary(min: 3_200, max: 3_800, currency: "EUR", period: .month),
            location: Location(city: "Hamburg", country: "DE"),
            workplaceType: .onsite,
            employmentType: .partTime
        ),
        JobDocument(
            title: "Night Shift Nurse",
            kpis: [KPI(name: "Patient satisfaction", description: ""), KPI(name: "Handover quality", description: "Audited weekly.")],
            salary: Salary(min: 42.5, max: 51.75, currency: "USD", period: .hour),
            location: Location(country: "US"),
            employmentType: .temporary
        ),
        JobDocument(
            title: "Summer Intern, Marketing",
            summary: "Twelve weeks with our brand team.",
            salary: Salary(min: 4_000, max: 4_000, currency: "CAD", period: .month),
            location: Location(city: "Toronto", region: "Ontario", country: "CA"),
            workplaceType: .remote,
            employmentType: .internship,
            otherSections: [OtherSection(heading: "Notes", body: "")]
        ),
        JobDocument(
            title: "Contract Translator",
            responsibilities: ["Translate product copy from English into French."],
            salary: Salary(min: 300, max: 450, currency: "EUR", period: .day),
            location: Location(city: "Lyon", country: "FR"),
            employmentType: .contract
        ),
    ]

    @Test("importing the rendered Markdown gives back the document", arguments: documents)
    func markdownRoundTrip(_ document: JobDocument) throws {
        let markdown = MarkdownRenderer.render(document)
        let result = try Importer.parse(markdown)
        #expect(result.document == document, "Markdown was:\n\(markdown)")
        #expect(result.report.format == .markdown)
        #expect(result.report.unrecognizedHeadings.isEmpty)
    }

    @Test("the full document round trip reports every section in order")
    func fullDocumentReport() throws {
        let result = try Importer.parse(MarkdownRenderer.render(Self.documents[0]))
        #expect(
            result.report.sectionsFound == [
                "title", "location", "workplaceType", "employmentType", "salary", "summary", "responsibilities", "requirements",
                "niceToHave", "kpis", "reportsTo", "collaboratesWith", "leads", "tools", "qualifications", "benefits",
                "otherSections",
            ]
        )
        #expect(result.report.confidence == 1)
        #expect(result.report.warnings.isEmpty)
    }

    @Test("importing the rendered HTML page gives back the document", arguments: [documents[0], documents[2], documents[5]])
    func htmlRoundTrip(_ document: JobDocument) throws {
        var expected = document
        // The HTML renderer writes each line of a prose field as its own paragraph.
        expected.summary = expected.summary.map { $0.split(separator: "\n").joined(separator: "\n\n") }
        expected.otherSections = expected.otherSections.map {
            OtherSection(heading: $0.heading, body: $0.body.split(separator: "\n").joined(separator: "\n\n"))
        }
        let result = try Importer.parse(HTMLRenderer.page(document))
        #expect(result.document == expected)
    }
}
