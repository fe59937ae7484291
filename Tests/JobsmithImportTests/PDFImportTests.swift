import Foundation
import JobsmithDomain
import Testing

@testable import JobsmithImport

/// PDF import through poppler's `pdftotext`, which `.ci/run` installs; these tests fail, rather than skip, without it.
@Suite("PDF files")
struct PDFImportTests {
    private func engine() throws -> PDFTextExtractor {
        try #require(PDFTextExtractor.installed(), "pdftotext (Debian package poppler-utils) must be installed for PDF import")
    }

    private static func sample(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Samples", withExtension: nil)).appendingPathComponent(name)
        return [UInt8](try Data(contentsOf: url))
    }

    /// A shell script standing in for the engine, for the limits a real PDF rarely reaches.
    private static func fakeEngine(_ script: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fake-pdftotext-\(UUID().uuidString)")
        try Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
        return url.path
    }

    @Test("an encrypted PDF is refused as password-protected")
    func encrypted() throws {
        #expect(throws: ImportError.encryptedDocument) { try Importer.parse(try Self.sample("encrypted.pdf"), pdfText: try engine()) }
    }

    @Test("a scanned PDF, an image without text, has no text layer")
    func imageOnly() throws {
        #expect(throws: ImportError.noTextLayer) { try Importer.parse(try Self.sample("scanned.pdf"), pdfText: try engine()) }
        #expect(ImportError.noTextLayer.description.hasPrefix("This PDF has no text layer"))
    }

    @Test("a damaged PDF is refused")
    func damaged() throws {
        let garbage = Array("%PDF-1.7\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 2_000)
        #expect(throws: ImportError.damagedDocument(kind: "PDF")) { try Importer.parse(garbage, pdfText: try engine()) }
    }

    @Test("a missing engine is named; without an engine PDFs are refused")
    func missingEngine() throws {
        let nowhere = PDFTextExtractor(executable: "/nonexistent/pdftotext")
        let expected = ImportError.engineUnavailable(kind: "PDF", engine: "pdftotext (poppler-utils)")
        #expect(throws: expected) { try Importer.parse(try Self.sample("scanned.pdf"), pdfText: nowhere) }
        #expect(PDFTextExtractor.installed(searchPath: "/nonexistent:/also-nonexistent") == nil)
    }

    @Test("a run that takes too long is stopped")
    func timeLimit() throws {
        let slow = PDFTextExtractor(executable: try Self.fakeEngine("exec sleep 30"), timeout: .milliseconds(300))
        let start = ContinuousClock.now
        #expect(throws: ImportError.timedOut(seconds: 1)) { try slow.text(of: Array("%PDF-1.4".utf8)) }
        // Well under the 30 seconds the engine would sleep: it was stopped, not waited for.
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test("a run whose text grows beyond the limit is stopped")
    func sizeLimit() throws {
        let chatty = PDFTextExtractor(executable: try Self.fakeEngine("exec yes 'A line of text, over and over.'"), maximumTextBytes: 10_000)
        #expect(throws: ImportError.documentTooComplex(kind: "PDF", reason: "its text is longer than 10000 bytes")) {
            try chatty.text(of: Array("%PDF-1.4".utf8))
        }
    }

    @Test("random and mutated PDFs give a document or a clear error, never a crash or a hang")
    func fuzz() throws {
        let engine = try engine()
        let original = try Self.sample("encrypted.pdf")
        var random = SeededRandom(seed: 78)
        let rounds = max(20, FuzzDOCXTests.rounds / 10)
        for round in 0..<rounds {
            let bytes =
                round % 3 == 0
                ? Array("%PDF-1.4\n".utf8) + (0..<random.next(upTo: 3_000)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                : random.mutate(original)
            do {
                _ = try Importer.parse(bytes, pdfText: engine)
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}

@Suite("PDF text lines")
struct PDFTextLinesTests {
    private func texts(_ text: String) -> [String] {
        PDFTextLines.read(text).filter { $0.kind != .blank }.map(\.text)
    }

    @Test("running headers, footers and page numbers are dropped")
    func runningLines() {
        let page1 = "Acme Corp – Careers\nWarehouse Associate\nResponsibilities\n• Pick orders\nPage 1 of 2\n"
        let page2 = "Acme Corp – Careers\n• Load trucks\nRequirements\n• Lift 50 lbs\nPage 2 of 2\n"
        #expect(
            texts(page1 + "\u{0C}" + page2 + "\u{0C}") == [
                "Warehouse Associate", "Responsibilities", "Pick orders", "Load trucks", "Requirements", "Lift 50 lbs",
            ])
    }

    @Test("bullets written as a column of their own go back before their items")
    func bulletColumn() {
        let lines = PDFTextLines.read("Benefits\n•\n•\n\nHealth insurance\nPaid time off\n").filter { $0.kind != .blank }
        #expect(lines.map(\.text) == ["Benefits", "Health insurance", "Paid time off"])
        #expect(lines.dropFirst().allSatisfy { $0.isItem })
    }

    @Test("lines that wrapped at the margin are joined; short lines and headings stay apart")
    func unwrapping() {
        let text = """
            Our team builds the scheduling software that more than two thousand clinics use to
            Plan their day, and we are growing quickly across the United States this year.
            About the role
            You will own the mobile app end to end, from the first sketch to the release that
            reaches every clinic.
            • Ship a release every two weeks and keep the crash rate below one in a thousand
            Sessions across every supported device.
            • Mentor two engineers.
            """
        #expect(
            texts(text) == [
                "Our team builds the scheduling software that more than two thousand clinics use to Plan their day, and we are growing quickly across the United States this year.",
                "About the role",
                "You will own the mobile app end to end, from the first sketch to the release that reaches every clinic.",
                "Ship a release every two weeks and keep the crash rate below one in a thousand Sessions across every supported device.",
                "Mentor two engineers.",
            ])
    }
}
