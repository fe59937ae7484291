import Foundation

/// The law table: every jurisdiction whose law requires pay (and more) in job postings, read once from
/// `Resources/pay-transparency-laws.json`. Not legal advice; see docs/pay-transparency-laws.md.
enum PayTransparencyLaws {
    /// The table as stored: when it was last reviewed, what it is, and the laws.
    struct Table: Sendable, Decodable {
        /// The month the table was last checked against its sources, e.g. `2026-07`.
        var reviewed: String
        /// What the table is and where its facts come from.
        var about: String
        /// Every law, in the order the documentation lists them.
        var laws: [PayTransparencyLaw]
    }

    /// The table's file as shipped. It is part of the build, so a missing file is a defect of the build itself (the
    /// tests load it) rather than something a user can cause.
    private static let data: Data = {
        guard let url = Bundle.module.url(forResource: "pay-transparency-laws", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else {
            preconditionFailure("pay-transparency-laws.json is missing from the JobsmithLint resources")
        }
        return data
    }()

    /// The table shipped with Jobsmith; one that does not decode is a defect of the build, like a missing file.
    static let table: Table = {
        do {
            return try JSONDecoder().decode(Table.self, from: data)
        } catch {
            preconditionFailure("pay-transparency-laws.json does not decode: \(error)")
        }
    }()

    /// The month the table was reviewed and a 64-bit FNV-1a hash of its file, e.g. `2026-07-1c0f4e2a9b3d5e77`: any
    /// edit to the table changes it. It identifies a version of the table; it is not a security measure.
    static let fingerprint: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\(table.reviewed)-" + String(repeating: "0", count: 16 - hex.count) + hex
    }()

    /// Every law, in the order the documentation lists them.
    static var all: [PayTransparencyLaw] { table.laws }

    /// The law with `id`, if there is one.
    static func law(_ id: String) -> PayTransparencyLaw? {
        all.first { $0.id == id }
    }
}
