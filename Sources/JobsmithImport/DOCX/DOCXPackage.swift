import Foundation
import ZIPFoundation

/// The ZIP package of a Word document, opened defensively: the archive's layout must pass ``ZIPStructure``, hold at most
/// ``maximumEntries`` entries, and the parts read may inflate to at most ``maximumPartBytes`` each and
/// ``maximumInflatedBytes`` together, counted while inflating (sizes an archive declares can lie), so a zip bomb stops
/// early instead of filling memory.
struct DOCXPackage {
    /// The most entries a package may hold; Word writes 10 to 30, plus one per image.
    static let maximumEntries = 1_000
    /// The most one part may inflate to (a 300-page document body is about 5 MiB).
    static let maximumPartBytes = 16 * 1_048_576
    /// The most all parts read may inflate to together.
    static let maximumInflatedBytes = 24 * 1_048_576

    private let archive: Archive
    /// Entries by lowercased part name: part names in a package are case-insensitive.
    private let entries: [String: Entry]
    private var inflated = 0

    /// Opens the package in `bytes`.
    ///
    /// - Throws: ``ImportError/damagedDocument(kind:)`` when the archive cannot be read (truncated, not a ZIP), and
    ///   ``ImportError/documentTooComplex(kind:reason:)`` when it holds too many entries.
    init(_ bytes: [UInt8]) throws(ImportError) {
        do {
            try ZIPStructure.check(bytes, maximumEntries: Self.maximumEntries)
        } catch {
            switch error {
            case .damaged: throw .damagedDocument(kind: DOCXReader.kind)
            case .tooManyEntries:
                throw .documentTooComplex(kind: DOCXReader.kind, reason: "it holds more than \(Self.maximumEntries) parts")
            }
        }
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read) else { throw .damagedDocument(kind: DOCXReader.kind) }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= Self.maximumEntries else {
                throw .documentTooComplex(kind: DOCXReader.kind, reason: "it holds more than \(Self.maximumEntries) parts")
            }
            let name = entry.path.lowercased()
            if entries[name] == nil { entries[name] = entry }
        }
        guard count > 0 else { throw .damagedDocument(kind: DOCXReader.kind) }
        self.archive = archive
        self.entries = entries
    }

    /// Whether the package has a part named `name`.
    func contains(_ name: String) -> Bool {
        entries[name.lowercased()] != nil
    }

    /// The bytes of part `name` (a path inside the package, such as `word/document.xml`), or `nil` when it is absent.
    ///
    /// - Throws: ``ImportError/documentTooComplex(kind:reason:)`` when the part inflates beyond the limits, and
    ///   ``ImportError/damagedDocument(kind:)`` when its data is corrupt.
    mutating func part(_ name: String) throws(ImportError) -> [UInt8]? {
        guard let entry = entries[name.lowercased()], entry.type == .file else { return nil }
        let tooLarge = ImportError.documentTooComplex(
            kind: DOCXReader.kind, reason: "its text expands to more than \(ByteCount.text(Self.maximumInflatedBytes))")
        guard entry.uncompressedSize <= UInt64(Self.maximumPartBytes), inflated + Int(entry.uncompressedSize) <= Self.maximumInflatedBytes else {
            throw tooLarge
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        let budget = min(Self.maximumPartBytes, Self.maximumInflatedBytes - inflated)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= budget else { throw InflationLimit() }
                bytes.append(contentsOf: chunk)
            }
        } catch is InflationLimit {
            throw tooLarge
        } catch {
            throw .damagedDocument(kind: DOCXReader.kind)
        }
        inflated += bytes.count
        return bytes
    }

    /// Thrown from inside the inflation of a part that grows beyond its budget.
    private struct InflationLimit: Error {}
}
