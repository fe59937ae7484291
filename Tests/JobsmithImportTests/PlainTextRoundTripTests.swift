import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Plain-text round trip")
struct PlainTextRoundTripTests {
    @Test("importing the rendered plain text gives back the document, with headings in capitals", arguments: RoundTripTests.documents)
    func plainTextRoundTrip(_ document: JobDocument) throws {
        var expected = document
        expected.otherSections = document.otherSections.map { OtherSection(heading: $0.heading.uppercased(), body: $0.body) }
        let text = PlainTextRenderer.render(document)
        let result = try Importer.parse(text)
        #expect(result.report.format == .text)
        #expect(result.document == expected, "Text was:\n\(text)")
    }
}
