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
            ("text", .text), ("docx", .docx), ("DOCM", .docx), ("pdf", .pdf), ("doc", nil), ("odt", nil), ("", nil),
        ])
    func fileExtension(_ fileExtension: String, _ format: ImportFormat?) {
        #expect(ImportFormat(fileExtension: fileExtension) == format)
    }

    @Test(
        "from Content-Type",
        arguments: [
            ("text/html; charset=utf-8", ImportFormat?.some(.html)), ("text/markdown", .markdown), ("text/plain", .text),
            ("TEXT/PLAIN; charset=ISO-8859-1", .text), ("text/x-markdown; charset=UTF-8", .markdown), ("application/json", nil),
            ("application/pdf", .pdf), ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", .docx),
            ("application/msword", nil),
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
        #expect(ImportFormat.allCases.map(\.rawValue) == ["text", "markdown", "html", "docx", "pdf"])
    }

    @Test(
        "Word and PDF files are known by their first bytes",
        arguments: [
            (Array("PK\u{3}\u{4}rest".utf8), ImportFormat?.some(.docx)), (Array("PK\u{5}\u{6}".utf8), .docx), (Array("%PDF-1.7\n".utf8), .pdf),
            (Array("\u{FEFF}junk before the header %PDF-1.4".utf8), .pdf), (Array("Our pdf policy".utf8), nil), (Array("% PDF".utf8), nil),
        ])
    func packaged(_ bytes: [UInt8], _ format: ImportFormat?) {
        #expect(ImportFormat.packaged(bytes) == format)
    }
}
