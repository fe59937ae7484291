import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Control characters")
struct ControlCharacterTests {
    @Test(
        "control characters become spaces, so the document validates",
        arguments: [
            ("Cook\u{7}\n\nResponsibilities\n- Chop\u{1B}onions\u{85}fast\n", ImportFormat.text),
            ("# Cook\n\n## Responsibilities\n\n- Chop\u{1B}onions\u{9F}fast\n", .markdown),
            ("<h1>Cook&#7;</h1><h2>Responsibilities</h2><ul><li>Chop\u{1B}onions&#x85;fast\u{9F}</li></ul>", .html),
        ])
    func replaced(_ content: String, _ format: ImportFormat) throws {
        let document = try Importer.parse(content, format: format).document
        #expect(document.title == "Cook")
        #expect(document.responsibilities.count == 1)
        #expect(!document.responsibilities[0].containsControlCharacters)
        #expect(document.validate().isEmpty)
    }
}
