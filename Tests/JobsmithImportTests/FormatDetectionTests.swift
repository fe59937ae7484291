import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Format detection")
struct FormatDetectionTests {
    @Test(
        "from content",
        arguments: [
            ("<p><strong>Title</strong></p><ul><li>One</li></ul>", ImportFormat.html),
            ("<!DOCTYPE html><html><body>Hi</body></html>", .html),
            ("  \n<div>Engineer</div>", .html),
            ("Engineer\n\nWe use <b>Go</b> and <i>Rust</i>.", .html),
            ("# Engineer\n\n- Build things", .markdown),
            ("Engineer\n\n**Responsibilities**\n- Build", .markdown),
            ("Engineer\n\nApply [here](https://example.com).", .markdown),
            ("ENGINEER\n\nRESPONSIBILITIES\n- Build things\n* Ship", .text),
            ("Engineer\n========\n\nSalary < $100k and > $80k", .text),
            ("#1 employer in Denver\nEngineer", .text),
            ("# Engineer\n\nWe use <b>Go</b>.<br>\nAnd <i>Rust</i>.", .markdown),
        ])
    func detect(_ content: String, _ format: ImportFormat) {
        #expect(ImportFormat.detect(content) == format)
    }

    @Test(
        "from file extensions",
        arguments: [
            ("md", ImportFormat?.some(.markdown)), (".markdown", .markdown), ("HTML", .html), ("htm", .html), ("txt", .text),
            ("text", .text), ("docx", nil), ("", nil),
        ])
    func fileExtension(_ fileExtension: String, _ format: ImportFormat?) {
        #expect(ImportFormat(fileExtension: fileExtension) == format)
    }

    @Test(
        "from Content-Type",
        arguments: [
            ("text/html; charset=utf-8", ImportFormat?.some(.html)), ("text/markdown", .markdown), ("text/plain", .text),
            ("TEXT/PLAIN; charset=ISO-8859-1", .text), ("text/x-markdown; charset=UTF-8", .markdown), ("application/json", nil),
            ("application/pdf", nil),
        ])
    func contentType(_ contentType: String, _ format: ImportFormat?) {
        #expect(ImportFormat(contentType: contentType) == format)
    }

    @Test("a given format wins over detection")
    func givenFormat() throws {
        let text = "Engineer\n\nWe use **Go** daily.\n"
        let detected = try Importer.parse(text)
        #expect(detected.report.format == .markdown)
        #expect(detected.document.summary == "We use Go daily.")
        let asText = try Importer.parse(text, format: .text)
        #expect(asText.report.format == .text)
        #expect(asText.document.summary == "We use **Go** daily.")
    }

    @Test("codable as its raw value")
    func codable() {
        #expect(ImportFormat.allCases.map(\.rawValue) == ["text", "markdown", "html"])
    }
}
