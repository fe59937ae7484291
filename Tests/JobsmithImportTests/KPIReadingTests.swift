import JobsmithDomain
import JobsmithImport
import Testing

@Suite("KPIs")
struct KPIReadingTests {
    @Test(
        "KPI shapes",
        arguments: [
            "- **Win rate:** 25% of qualified opportunities close.", "- Win rate: 25% of qualified opportunities close.",
            "- Win rate – 25% of qualified opportunities close.", "Win rate - 25% of qualified opportunities close.",
            "Win rate\n25% of qualified opportunities close.", "**Win rate**\n25% of qualified opportunities close.",
            "- __Win rate__: 25% of qualified opportunities close.",
        ])
    func shapes(_ body: String) throws {
        let document = try Importer.parse("# Seller\n\n## KPIs\n\n\(body)\n", format: .markdown).document
        #expect(document.kpis == [KPI(name: "Win rate", description: "25% of qualified opportunities close.")])
    }

    @Test("name lines and sentences in HTML")
    func html() throws {
        let html =
            "<h1>Seller</h1><h2>How success is measured</h2><p><strong>Win rate</strong></p><p>25% close.</p>"
            + "<p><strong>Pipeline</strong></p><p>3x coverage.</p>"
        let document = try Importer.parse(html).document
        #expect(document.kpis == [KPI(name: "Win rate", description: "25% close."), KPI(name: "Pipeline", description: "3x coverage.")])
        #expect(document.otherSections.isEmpty)
    }

    @Test("a list of metric names gives KPIs without descriptions")
    func namesOnly() throws {
        let document = try Importer.parse("# Seller\n\n## Success metrics\n\n- Win rate\n- Net revenue retention\n").document
        #expect(document.kpis == [KPI(name: "Win rate", description: ""), KPI(name: "Net revenue retention", description: "")])
    }

    @Test("prose under a KPI heading is kept as its own section")
    func prose() throws {
        let text = "# Seller\n\n## How success is measured\n\nWe look at the whole picture of how you work with customers over time.\n"
        let result = try Importer.parse(text)
        #expect(result.document.kpis.isEmpty)
        #expect(result.document.otherSections.map(\.heading) == ["How success is measured"])
        #expect(result.report.warnings == ["“How success is measured” did not read as a list of KPIs; kept it as its own section."])
    }
}
