import JobsmithLint
import Testing

/// docs/pay-transparency-laws.md is rendered from the law table; this test keeps it current.
@Suite("docs/pay-transparency-laws.md")
struct PayTransparencyDocumentationTests {
    @Test("docs/pay-transparency-laws.md matches the law table")
    func documentIsCurrent() throws {
        try GeneratedPage(name: "pay-transparency-laws.md").expectCurrent(PayTransparencyDocumentation.markdown(), source: "the law table")
    }

    @Test("The page says it is not legal advice and lists every law with its citation")
    func contents() {
        let markdown = PayTransparencyDocumentation.markdown()
        #expect(markdown.contains("**Not legal advice.**"))
        for id in ["colorado", "washington", "cleveland", "columbus", "virginia", "delaware", "maine", "prince-edward-island", "eu", "poland"] {
            #expect(markdown.contains("<a id=\"pay-transparency-\(id)\"></a>"), "\(id)")
        }
        #expect(markdown.contains("Ord. No. 104-2025"))
        #expect(markdown.contains("| DE | none in this table: the deadline has passed |"))
    }
}
