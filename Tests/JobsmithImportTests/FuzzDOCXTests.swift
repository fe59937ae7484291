import Foundation
import Testing

@testable import JobsmithImport

/// Random and mutated Word files: the reader must answer each with a document or an ``ImportError``, never crash,
/// hang or take long. Seeded, so a failure repeats; `JOBSMITH_FUZZ_ROUNDS` runs more rounds.
@Suite("Fuzzing the Word reader")
struct FuzzDOCXTests {
    static let rounds = ProcessInfo.processInfo.environment["JOBSMITH_FUZZ_ROUNDS"].flatMap(Int.init) ?? 300

    private static func sample() throws -> [UInt8] {
        let body = [
            WordPackage.paragraph("Warehouse Associate", style: "Title"), WordPackage.paragraph("Location: Reno, NV"),
            WordPackage.paragraph("Responsibilities", style: "berschrift1"), WordPackage.paragraph("Pick and pack orders", numID: 1),
            WordPackage.paragraph("Load trucks", numID: 2),
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Pay</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>$19 per hour</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        ].joined()
        return try WordPackage(body: body).bytes()
    }

    @Test("random bytes behind a ZIP signature")
    func randomBytes() {
        var random = SeededRandom(seed: 12)
        for _ in 0..<Self.rounds {
            let bytes = [0x50, 0x4B, 0x03, 0x04] + (0..<random.next(upTo: 4_000)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            Self.expectNoCrash(bytes)
        }
    }

    @Test("a valid archive with bytes flipped, cut, repeated or inserted")
    func mutatedArchive() throws {
        let original = try Self.sample()
        var random = SeededRandom(seed: 34)
        for _ in 0..<Self.rounds {
            Self.expectNoCrash(random.mutate(original))
        }
    }

    @Test("valid archives holding mutated XML")
    func mutatedXML() throws {
        let xml = Array(
            """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/>\
            </w:pPr><w:r><w:t>Cook</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r>\
            <w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve">Cook &amp; clean &#x2013; daily</w:t><w:br/></w:r></w:p><w:tbl><w:tr><w:tc>\
            <w:p><w:r><w:t>Pay</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>
            """.utf8)
        var random = SeededRandom(seed: 56)
        for _ in 0..<Self.rounds / 2 {
            let styles = Array(
                ("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + WordPackage.wordStyles + "</w:styles>").utf8)
            let numbering = Array(
                ("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + WordPackage.wordNumbering
                    + "</w:numbering>").utf8)
            let parts = [
                ("word/document.xml", random.mutate(xml)), ("word/styles.xml", random.mutate(styles)),
                ("word/numbering.xml", random.mutate(numbering)),
            ]
            var package = WordPackage(body: "", styles: nil, numbering: nil, includesBody: false)
            package.extraParts = parts.map { (name: $0.0, bytes: $0.1) }
            Self.expectNoCrash(try package.bytes())
        }
    }

    /// Imports `bytes`, expecting a result or an import error, in well under a second.
    private static func expectNoCrash(_ bytes: [UInt8]) {
        let start = ContinuousClock.now
        do {
            _ = try Importer.parse(bytes)
        } catch {
            #expect(!error.description.isEmpty)
        }
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}

/// A small seeded generator (SplitMix64) with the mutations fuzzing uses.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func next(upTo bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }

    /// `bytes` with one to eight random changes: a flipped byte, a cut, a repeated stretch or inserted noise.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + next(upTo: 8)) where !out.isEmpty {
            let position = next(upTo: out.count)
            switch next(upTo: 4) {
            case 0: out[position] ^= UInt8(truncatingIfNeeded: 1 << next(upTo: 8))
            case 1: out.removeSubrange(position..<min(out.count, position + 1 + next(upTo: 64)))
            case 2: out.insert(contentsOf: out[position..<min(out.count, position + 1 + next(upTo: 64))], at: position)
            default: out.insert(contentsOf: (0..<(1 + next(upTo: 16))).map { _ in UInt8(truncatingIfNeeded: next()) }, at: position)
            }
        }
        return out
    }
}
