import Foundation
import JobsmithDomain
import JobsmithImport
import Testing

/// HTML fixtures saved as Word and PDF by LibreOffice (`soffice --headless --convert-to docx|pdf`): real files with
/// the styles, list numbering and text layers an office suite writes. Each must import as its HTML original does, with
/// nothing of the original lost.
@Suite("Word and PDF files made by LibreOffice")
struct ConvertedDocumentTests {
    /// Every converted file, as `name.docx` or `name.pdf` where `name.html` is the fixture it was made from.
    static let files: [String] = {
        let folder = Bundle.module.url(forResource: "Samples", withExtension: nil)!.appendingPathComponent("LibreOffice")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    private static func bytes(_ file: String) throws -> [UInt8] {
        let folder = try #require(Bundle.module.url(forResource: "Samples", withExtension: nil)).appendingPathComponent("LibreOffice")
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
    }

    private static func original(_ file: String) -> String {
        String(file[..<file.lastIndex(of: ".")!]) + ".html"
    }

    @Test("both formats of at least five originals are present")
    func corpus() {
        #expect(Self.files.filter { $0.hasSuffix(".docx") }.count >= 5)
        #expect(Self.files.filter { $0.hasSuffix(".pdf") }.count >= 4)
        #expect(Self.files.allSatisfy { Fixture.names.contains(Self.original($0)) })
    }

    @Test("imports as its HTML original: title, facts, every section, nothing lost", arguments: files)
    func converted(_ file: String) throws {
        let expected = try #require(FixtureTests.expectations.first { $0.file == Self.original(file) })
        let pdfText = try #require(PDFTextExtractor.installed(), "pdftotext (Debian package poppler-utils) must be installed")
        let result = try Importer.parse(try Self.bytes(file), pdfText: pdfText)
        #expect(result.report.format == (file.hasSuffix(".pdf") ? .pdf : .docx))
        expected.check(result)
        let lost = NothingLost.lostLines(Fixture.content(expected.file), format: .html, in: result.document)
        #expect(lost.isEmpty, "lost: \(lost)")
    }
}
