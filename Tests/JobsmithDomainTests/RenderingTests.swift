import Foundation
import JobsmithDomain
import Testing

@Suite("Rendering")
struct RenderingTests {
    let document = JobDocument(
        title: "Engineer <script>alert(1)</script>",
        summary: "We \"build\" & ship.",
        responsibilities: ["Own <b>things</b>"],
        kpis: [KPI(name: "Lead time", description: "Days from commit to production.")],
        salary: Salary(min: 42, max: 51.5, currency: "USD", period: .hour),
        location: Location(city: "Austin", region: "TX", country: "US"),
        workplaceType: .remote,
        employmentType: .partTime,
        otherSections: [OtherSection(heading: "About <us>", body: "Line one\nLine two")]
    )

    @Test("HTML escapes every user string")
    func htmlEscapes() {
        let html = HTMLRenderer.page(document)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("<title>Engineer &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(html.contains("We &quot;build&quot; &amp; ship."))
        #expect(html.contains("<li>Own &lt;b&gt;things&lt;/b&gt;</li>"))
        #expect(html.contains("<h2>About &lt;us&gt;</h2><p>Line one</p><p>Line two</p>"))
    }

    @Test("Markdown and text carry facts and sections")
    func markdownAndText() {
        let markdown = MarkdownRenderer.render(document)
        #expect(markdown.contains("**Salary:** USD 42 – 51.50 per hour"))
        #expect(markdown.contains("**Workplace:** Remote"))
        #expect(markdown.contains("- **Lead time:** Days from commit to production."))
        let text = PlainTextRenderer.render(document)
        #expect(text.contains("Employment type: Part-time"))
        #expect(text.contains("HOW SUCCESS IS MEASURED\n* Lead time: Days from commit to production."))
    }

    @Test("JSON-LD uses TELECOMMUTE for remote jobs and is safe inside a script element")
    func jsonLD() throws {
        let context = PostingContext(organizationName: "Acme", identifier: "42", datePosted: Date(timeIntervalSince1970: 0))
        let json = JobPostingJSONLD.render(document, context: context)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["jobLocationType"] as? String == "TELECOMMUTE")
        #expect(object["jobLocation"] == nil)
        #expect((object["applicantLocationRequirements"] as? [String: Any])?["name"] as? String == "US")
        #expect(object["employmentType"] as? String == "PART_TIME")
        #expect(!JobPostingJSONLD.scriptSafe(document, context: context).contains("</script>"))
    }
}

@Suite("Rendering places and pay")
struct PlacesRenderingTests {
    let document = JobDocument(
        title: "Platform Engineer",
        salary: Salary(min: 120_000, max: 150_000, currency: "USD", period: .year),
        locations: [
            Location(city: "Denver", region: "CO", country: "US", postalCode: "80202"), Location(city: "Seattle", region: "WA", country: "US"),
        ],
        remote: RemoteEligibility(countries: ["US"], regions: ["CO", "WA"]),
        payByLocation: [
            PayZone(
                name: "Zone A", locations: [Location(city: "Seattle", region: "WA", country: "US")],
                salary: Salary(min: 140_000, max: 170_000, currency: "USD", period: .year))
        ],
        otherCompensation: [OtherCompensation(kind: .equity, description: "Stock options <vesting over 4 years>")],
        hiring: HiringDisclosures(existingVacancy: true, aiScreening: false),
        workplaceType: .hybrid
    )

    @Test("Markdown, HTML and text list every place and its pay")
    func everyPlaceAndItsPay() {
        let markdown = MarkdownRenderer.render(document)
        #expect(markdown.contains("**Locations:** Denver, CO, US; Seattle, WA, US"))
        #expect(markdown.contains("**Remote:** open to applicants in US (CO, WA)"))
        #expect(markdown.contains("**Base salary:** USD 120,000 – 150,000 per year"))
        #expect(
            markdown.contains(
                "## Pay by location\n\n- Denver, CO, US: USD 120,000 – 150,000 per year\n- Seattle, WA, US (Zone A): USD 140,000 – 170,000 per year"))
        #expect(markdown.contains("## Other compensation\n\n- Equity: Stock options <vesting over 4 years>"))
        #expect(markdown.contains("**Vacancy:** This posting is for an existing vacancy."))
        let html = HTMLRenderer.page(document)
        #expect(html.contains("<li>Seattle, WA, US (Zone A): USD 140,000 – 170,000 per year</li>"))
        #expect(html.contains("<li>Equity: Stock options &lt;vesting over 4 years&gt;</li>"))
        #expect(html.contains("<strong>Locations:</strong> Denver, CO, US; Seattle, WA, US"))
        let text = PlainTextRenderer.render(document)
        #expect(text.contains("PAY BY LOCATION\n* Denver, CO, US: USD 120,000 – 150,000 per year\n* Seattle, WA, US (Zone A)"))
        #expect(text.contains("Artificial intelligence: Artificial intelligence is not used to screen, assess or select applicants."))
    }

    @Test("JSON-LD: one jobLocation per place, TELECOMMUTE with the regions remote applicants may live in, a baseSalary per pay zone")
    func jsonLD() throws {
        let context = PostingContext(organizationName: "Acme", identifier: "7", datePosted: Date(timeIntervalSince1970: 0))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(JobPostingJSONLD.render(document, context: context).utf8)) as? [String: Any])
        let places = try #require(object["jobLocation"] as? [[String: Any]])
        #expect(places.compactMap { ($0["address"] as? [String: Any])?["addressLocality"] as? String } == ["Denver", "Seattle"])
        #expect((places[0]["address"] as? [String: Any])?["postalCode"] as? String == "80202")
        #expect(object["jobLocationType"] as? String == "TELECOMMUTE")
        let areas = try #require(object["applicantLocationRequirements"] as? [[String: Any]])
        #expect(areas.map { $0["@type"] as? String } == ["State", "State"])
        #expect(areas.map { $0["name"] as? String } == ["CO", "WA"])
        let salaries = try #require(object["baseSalary"] as? [[String: Any]])
        #expect(salaries.map { $0["description"] as? String } == ["Seattle, WA, US", "Denver, CO, US"])
        #expect(salaries.map { ($0["value"] as? [String: Any])?["minValue"] as? Double } == [140_000, 120_000])
    }

    @Test("JSON-LD keeps one object for one place and one salary, and no TELECOMMUTE for on-site jobs")
    func singlePlace() throws {
        let onsite = JobDocument(
            title: "Cook", salary: Salary(min: 20, max: 24, currency: "USD", period: .hour),
            location: Location(city: "Austin", region: "TX", country: "US"),
            workplaceType: .onsite)
        let context = PostingContext(organizationName: "Acme", identifier: "8", datePosted: Date(timeIntervalSince1970: 0))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(JobPostingJSONLD.render(onsite, context: context).utf8)) as? [String: Any])
        #expect((object["jobLocation"] as? [String: Any])?["@type"] as? String == "Place")
        #expect((object["baseSalary"] as? [String: Any])?["currency"] as? String == "USD")
        #expect(object["jobLocationType"] == nil)
        #expect(object["applicantLocationRequirements"] == nil)
    }
}
