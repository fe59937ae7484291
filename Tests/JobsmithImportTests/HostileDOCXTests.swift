import Foundation
import Testing

@testable import JobsmithImport

@Suite("Hostile Word files")
struct HostileDOCXTests {
    private let body = WordPackage.paragraph("Cook", style: "Title") + WordPackage.paragraph("Cook food", numID: 1)

    @Test("a truncated archive is a damaged file")
    func truncated() throws {
        let bytes = try WordPackage(body: body).bytes()
        for length in [bytes.count / 2, bytes.count - 10, 30] {
            #expect(throws: ImportError.damagedDocument(kind: "Word (.docx)")) { try Importer.parse(Array(bytes.prefix(length))) }
        }
        #expect(throws: ImportError.damagedDocument(kind: "Word (.docx)")) {
            try Importer.parse([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 7, count: 200))
        }
    }

    @Test("a zip bomb is refused while it inflates, whatever sizes it declares")
    func zipBomb() throws {
        let bomb = Array("<w:p><w:r><w:t>".utf8) + Array(repeating: UInt8(ascii: "a"), count: 30 * 1_048_576)
        let bytes = try WordPackage(body: body, extraParts: [("word/document.xml", bomb)], includesBody: false).bytes()
        #expect(bytes.count < 200_000)
        #expect(throws: ImportError.documentTooComplex(kind: "Word (.docx)", reason: "its text expands to more than 24 MiB")) {
            try Importer.parse(bytes)
        }
        // The same bomb declaring a small size in its headers: the count while inflating stops it, or the archive is
        // refused as damaged; either way it is never read whole.
        var lying = bytes
        for signature in [[0x50, 0x4B, 0x01, 0x02] as [UInt8], [0x50, 0x4B, 0x03, 0x04]] {
            var index = 0
            while let found = Self.find(signature, in: lying, from: index) {
                let sizeOffset = found + (signature[2] == 0x01 ? 24 : 22)
                if Self.name(in: lying, header: found, central: signature[2] == 0x01) == "word/document.xml" {
                    lying.replaceSubrange(sizeOffset..<(sizeOffset + 4), with: [0x00, 0x10, 0x00, 0x00])
                }
                index = found + 4
            }
        }
        #expect(throws: ImportError.self) { try Importer.parse(lying) }
        do {
            _ = try Importer.parse(lying)
        } catch {
            let expected: [ImportError] = [
                .documentTooComplex(kind: "Word (.docx)", reason: "its text expands to more than 24 MiB"), .damagedDocument(kind: "Word (.docx)"),
            ]
            #expect(expected.contains(error))
        }
    }

    @Test("records that point outside the archive, and ZIP64 records, are refused before the ZIP library follows them")
    func outOfRangeRecords() throws {
        let bytes = try WordPackage(body: body).bytes()
        let end = try #require(Self.find([0x50, 0x4B, 0x05, 0x06], in: bytes, from: 0))
        let central = try #require(Self.find([0x50, 0x4B, 0x01, 0x02], in: bytes, from: 0))
        func patched(_ offset: Int, _ value: [UInt8]) -> [UInt8] {
            var copy = bytes
            copy.replaceSubrange(offset..<(offset + value.count), with: value)
            return copy
        }
        let attacks: [[UInt8]] = [
            patched(central + 42, [0xF0, 0xFF, 0xFF, 0x7F]),  // local header far beyond the end
            patched(central + 42, [0xFF, 0xFF, 0xFF, 0xFF]),  // ZIP64 marker for the local header offset
            patched(central + 20, [0xFF, 0xFF, 0xFF, 0x0F]),  // compressed data running past the end
            patched(end + 16, [0xFF, 0xFF, 0xFF, 0x7F]),  // central directory beyond the end
            patched(end + 10, [0xFF, 0xFF]),  // ZIP64 entry count
            patched(end - 20, [0x50, 0x4B, 0x06, 0x07]),  // a ZIP64 locator before the end record
            Array(bytes[..<central]) + [0x50, 0x4B, 0x01, 0x02] + Array(bytes[(central + 4)..<end]) + [0x50, 0x4B, 0x05, 0x06],
        ]
        for attack in attacks {
            #expect(throws: ImportError.damagedDocument(kind: "Word (.docx)")) { try Importer.parse(attack) }
        }
    }

    @Test("an archive of thousands of entries is refused")
    func tooManyEntries() throws {
        let parts = (0..<1_100).map { (name: "word/media/image\($0).png", bytes: [UInt8(0)]) }
        let bytes = try WordPackage(body: body, extraParts: parts).bytes()
        #expect(throws: ImportError.documentTooComplex(kind: "Word (.docx)", reason: "it holds more than 1000 parts")) { try Importer.parse(bytes) }
    }

    @Test("XML entity expansion is refused before any entity is read", arguments: ["word/document.xml", "word/styles.xml", "_rels/.rels"])
    func entityExpansion(_ part: String) throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>
            """
        var package = WordPackage(body: body)
        switch part {
        case "word/document.xml": package.includesBody = false
        case "word/styles.xml": package.styles = nil
        default: package.includesPackageParts = false
        }
        package.extraParts = [(part, Array(laughs.utf8))]
        if part == "word/document.xml" || part == "_rels/.rels" {
            package.extraParts.append(("[Content_Types].xml", Array("<Types/>".utf8)))
        }
        if part == "word/document.xml" {
            package.extraParts.append(("word/_rels/document.xml.rels", Array("<Relationships/>".utf8)))
        }
        #expect(throws: ImportError.unsafeDocument(kind: "Word (.docx)")) { try Importer.parse(try package.bytes()) }
    }

    @Test("a package without its document body names the missing part")
    func missingBody() throws {
        let bytes = try WordPackage(body: body, includesBody: false).bytes()
        #expect(throws: ImportError.missingPart(kind: "Word (.docx)", part: "word/document.xml")) { try Importer.parse(bytes) }
    }

    @Test("unterminated markup in the body is a damaged file")
    func brokenXML() throws {
        let broken = Array("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Cook".utf8)
        let bytes = try WordPackage(body: body, extraParts: [("word/document.xml", broken + Array("<w:t".utf8))], includesBody: false).bytes()
        #expect(throws: ImportError.damagedDocument(kind: "Word (.docx)")) { try Importer.parse(bytes) }
    }

    @Test(
        "other ZIP packages are named and refused",
        arguments: [
            ([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")], "OpenDocument text (.odt)"),
            (
                [
                    ("[Content_Types].xml", "<Types/>"),
                    (
                        "_rels/.rels",
                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
                    ), ("xl/workbook.xml", "<workbook/>"),
                ], "Excel (.xlsx)"
            ),
            ([("photos/cat.jpg", "not really a cat"), ("notes.txt", "hello")], "ZIP"),
        ])
    func otherPackages(_ parts: [(String, String)], _ kind: String) throws {
        let bytes = try WordPackage.zip(parts.map { ($0.0, Array($0.1.utf8)) })
        #expect(throws: ImportError.unsupportedDocument(kind: kind)) { try Importer.parse(bytes) }
    }

    @Test(
        "errors say in one line what happened",
        arguments: [
            ImportError.damagedDocument(kind: "Word (.docx)"), .documentTooComplex(kind: "Word (.docx)", reason: "it holds more than 1000 parts"),
            .unsafeDocument(kind: "Word (.docx)"), .missingPart(kind: "Word (.docx)", part: "word/document.xml"),
        ])
    func messages(_ error: ImportError) {
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix("The Word (.docx) file"))
    }

    private static func find(_ signature: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start + signature.count <= bytes.count else { return nil }
        for index in start...(bytes.count - signature.count) where bytes[index..<(index + signature.count)].elementsEqual(signature) { return index }
        return nil
    }

    /// The entry name of a local (30-byte) or central (46-byte) header.
    private static func name(in bytes: [UInt8], header: Int, central: Bool) -> String {
        let lengthOffset = header + (central ? 28 : 26)
        let length = Int(bytes[lengthOffset]) | Int(bytes[lengthOffset + 1]) << 8
        let start = header + (central ? 46 : 30)
        guard start + length <= bytes.count else { return "" }
        return String(decoding: bytes[start..<(start + length)], as: UTF8.self)
    }
}
