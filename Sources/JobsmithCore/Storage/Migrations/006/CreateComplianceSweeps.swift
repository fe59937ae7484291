import FluentKit
import SQLKit

/// The claim of the daily re-check of open postings: one row, whose day and law-table version an instance updates
/// in a single conditional statement before it re-checks, so that several instances on one database re-check once.
struct CreateComplianceSweeps: JobsmithMigration {
    static let schema = "compliance_sweeps"
    /// The name of the one row.
    static let openPostings = "open-postings"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("name", .string, .required)
            .field("day", .string, .required)
            .field("law_version", .string, .required)
            .field("claimed_at", .datetime)
            .unique(on: "name")
            .create()
        try await (database as! any SQLDatabase).insert(into: Self.schema)
            .columns("name", "day", "law_version")
            .values(SQLBind(Self.openPostings), SQLBind(""), SQLBind(""))
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
