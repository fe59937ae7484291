import Foundation
import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Input errors and encodings")
struct InputErrorTests {
    @Test("empty input", arguments: ["", "   \n\t\n", "<p>&nbsp;</p><div></div>"])
    func empty(_ content: String) {
        #expect(throws: ImportError.empty) { try Importer.parse(content) }
    }

    @Test("empty bytes")
    func emptyBytes() {
        #expect(throws: ImportError.empty) { try Importer.parse([UInt8]()) }
    }

    @Test("NUL bytes are binary")
    func nulBytes() {
        #expect(throws: ImportError.binary) { try Importer.parse(Array("Engineer\n\u{0}\u{0}".utf8)) }
        #expect(throws: ImportError.binary) { try Importer.parse("Engineer\u{0}") }
    }

    @Test("images and control-character soup are binary")
    func binary() {
        #expect(throws: ImportError.binary) { try Importer.parse([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) }
        let soup = (0..<400).map { UInt8($0 % 31 + 1) }
        #expect(throws: ImportError.binary) { try Importer.parse(soup) }
        let garbage = (0..<400).map { _ in UInt8.random(in: 0x80...0xBF) } + Array("é".utf8)
        #expect(throws: ImportError.binary) { try Importer.parse(garbage) }
    }

    @Test(
        "documents that need converting",
        arguments: [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "Word 97–2003 (.doc)"), (Array("{\\rtf1\\ansi".utf8), "RTF"),
        ])
    func unsupported(_ bytes: [UInt8], _ kind: String) {
        #expect(throws: ImportError.unsupportedDocument(kind: kind)) { try Importer.parse(bytes) }
    }

    @Test("a PDF without a text engine is refused with the engine named, whatever format is claimed")
    func pdfWithoutEngine() {
        for format in [nil, ImportFormat.pdf, .text] {
            #expect(throws: ImportError.engineUnavailable(kind: "PDF", engine: "pdftotext (poppler-utils)")) {
                try Importer.parse(Array("%PDF-1.7\n".utf8), format: format)
            }
        }
    }

    @Test("input over 1 MiB is too large")
    func tooLarge() {
        let big = "Engineer\n" + String(repeating: "- Build things that matter.\n", count: 40_000)
        #expect(big.utf8.count > Importer.maximumBytes)
        #expect(throws: ImportError.tooLarge(limit: 1_048_576)) { try Importer.parse(big) }
        #expect(throws: ImportError.tooLarge(limit: 1_048_576)) { try Importer.parse(Array(big.utf8)) }
        #expect(throws: ImportError.tooLarge(limit: 1_048_576)) { try Importer.parse(Data(big.utf8)) }
    }

    @Test("exactly 1 MiB is accepted")
    func limit() throws {
        var text = "Engineer\n\nSummary\n"
        text += String(repeating: "x", count: Importer.maximumBytes - text.utf8.count)
        #expect(try Importer.parse(text).document.title == "Engineer")
    }

    @Test("no title")
    func noTitle() {
        #expect(throws: ImportError.noTitle) { try Importer.parse("- Build things\n- Ship them\n") }
        #expect(throws: ImportError.noTitle) { try Importer.parse("<h2>Responsibilities</h2><ul><li>Build</li></ul>") }
        let long = String(repeating: "This sentence is far too long to be the title of a job. ", count: 5)
        #expect(throws: ImportError.noTitle) { try Importer.parse(long) }
    }

    @Test("a 'Job title:' line gives the title")
    func titleLabel() throws {
        let result = try Importer.parse("Acme Careers\nJob title: Staff Accountant\n\nResponsibilities\n- Close the books.\n", format: .text)
        #expect(result.document.title == "Staff Accountant")
        #expect(result.document.summary == "Acme Careers")
    }

    @Test(
        "errors describe themselves in one line",
        arguments: [
            ImportError.empty, .binary, .tooLarge(limit: 1_048_576), .noTitle, .unsupportedDocument(kind: "RTF"), .encryptedDocument,
            .noTextLayer, .timedOut(seconds: 10), .engineUnavailable(kind: "PDF", engine: "pdftotext (poppler-utils)"),
        ])
    func descriptions(_ error: ImportError) {
        #expect(!error.description.isEmpty)
        #expect(!error.description.contains("\n"))
    }

    @Test("the too-large message names the limit")
    func tooLargeMessage() {
        #expect(ImportError.tooLarge(limit: 1_048_576).description == "The document is larger than 1 MiB, the most one import accepts.")
    }

    @Test("UTF-8 with a byte-order mark")
    func utf8BOM() throws {
        let result = try Importer.parse([0xEF, 0xBB, 0xBF] + Array("Köchin\n\nAufgaben\n- Kochen\n".utf8))
        #expect(result.document.title == "Köchin")
        #expect(result.document.responsibilities == ["Kochen"])
        #expect(result.report.warnings.isEmpty)
    }

    @Test("UTF-16 with a byte-order mark", arguments: [true, false])
    func utf16(_ bigEndian: Bool) throws {
        let units = Array("Köchin\r\n\r\nAufgaben\r\n- Kochen\r\n".utf16)
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in units { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try Importer.parse(bytes)
        #expect(result.document.title == "Köchin")
        #expect(result.document.responsibilities == ["Kochen"])
    }

    @Test("Windows-1252 from old Word exports")
    func windows1252() throws {
        // "Café Manager", "What you’ll do", "– Run the café"
        let bytes: [UInt8] =
            Array("Caf".utf8) + [0xE9] + Array(" Manager\n\nWhat you".utf8) + [0x92] + Array("ll do\n".utf8) + [0x96]
            + Array(" Run the caf".utf8) + [0xE9, 0x0A]
        let result = try Importer.parse(bytes)
        #expect(result.document.title == "Café Manager")
        #expect(result.document.responsibilities == ["Run the café"])
        #expect(result.report.warnings == ["The file is not UTF-8; it was read as Windows-1252."])
    }

    @Test("a few broken bytes in UTF-8 are replaced, with a warning")
    func tolerance() throws {
        let bytes = Array("Kellner – Café Süd\n\nAufgaben\n- Gäste bedienen\n".utf8) + [0xFF] + Array("\n".utf8)
        let result = try Importer.parse(bytes)
        #expect(result.document.title == "Kellner – Café Süd")
        #expect(result.report.warnings == ["1 invalid UTF-8 byte sequence was replaced with \u{FFFD}."])
    }
}
