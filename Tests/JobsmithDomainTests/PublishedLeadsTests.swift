import JobsmithDomain
import Testing

@Suite("Leads that say there are none")
struct PublishedLeadsTests {
    @Test(
        "Items that only say there are none are not published",
        arguments: [
            "None", "none.", "N/A", "n/a", "-", "—", "Not applicable", "No one", "No direct reports", "No direct reports.",
            "No formal direct reports", "No people management responsibilities", "No line management", "No supervisory responsibilities",
        ])
    func noneOnly(item: String) {
        let document = JobDocument(title: "Backend Developer", leads: [item])
        #expect(document.publishedLeads.isEmpty)
        #expect(!MarkdownRenderer.render(document).contains("## Leads"), "\(item)")
        #expect(!HTMLRenderer.fragment(document).contains("<h2>Leads</h2>"), "\(item)")
        #expect(!PlainTextRenderer.render(document).contains("LEADS"), "\(item)")
    }

    @Test(
        "A leading none clause is dropped and the rest published",
        arguments: [
            ("No direct reports; mentors junior developers and guides design reviews", "Mentors junior developers and guides design reviews"),
            ("No formal direct reports; guides commis chefs", "Guides commis chefs"),
            ("No direct reports in most offices; coordinates reception staff", "Coordinates reception staff"),
            ("None — acts as incident commander during outages", "Acts as incident commander during outages"),
            ("N/A, but owns the release checklist", "But owns the release checklist"),
        ])
    func noneClauseDropped(item: String, published: String) {
        let document = JobDocument(title: "Backend Developer", leads: [item])
        #expect(document.publishedLeads == [published])
        #expect(MarkdownRenderer.render(document).contains("## Leads\n\n- \(published)\n"))
        #expect(!HTMLRenderer.fragment(document).contains("No direct reports"))
    }

    @Test(
        "Real leads are published as written",
        arguments: [
            "A team of five to eight software engineers", "Nobody's fool", "Two or three in-house writers", "No-code automation specialists",
            "Team of 4", "None of the regional managers directly, but the two site leads", "123 volunteers",
        ])
    func realLeads(item: String) {
        #expect(JobDocument(title: "Manager", leads: [item]).publishedLeads == [item])
    }

    @Test("Published leads keep their order and drop only the none items")
    func mixedList() {
        let document = JobDocument(title: "Sales Manager", leads: ["Six account executives", "None", "Two sales development representatives"])
        #expect(document.publishedLeads == ["Six account executives", "Two sales development representatives"])
        #expect(document.leads.count == 3)
    }
}
