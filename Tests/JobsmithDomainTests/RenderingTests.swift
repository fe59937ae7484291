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
