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

    /// The table shipped with Jobsmith. It is part of the build, so a table that does not decode is a defect of the
    /// build itself (the tests load it) rather than something a user can cause.
    static let table: Table = {
        do {
            guard let url = Bundle.module.url(forResource: "pay-transparency-laws", withExtension: "json", subdirectory: "Resources") else {
                preconditionFailure("pay-transparency-laws.json is missing from the JobsmithLint resources")
            }
            return try JSONDecoder().decode(Table.self, from: Data(contentsOf: url))
        } catch {
            preconditionFailure("pay-transparency-laws.json does not decode: \(error)")
        }
    }()

    /// Every law, in the order the documentation lists them.
    static var all: [PayTransparencyLaw] { table.laws }

    /// The law with `id`, if there is one.
    static func law(_ id: String) -> PayTransparencyLaw? {
        all.first { $0.id == id }
    }
}
