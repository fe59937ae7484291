import FluentKit

/// Each posting keeps its latest compliance verdict: `compliance` (`passing` or `failing`), the failing law rules as
/// a JSON array, the law table's version the verdict was made with, and when. Postings published before have none
/// until the first re-check (which runs at start-up, since no verdict has this table's version).
struct AddPostingCompliance: JobsmithMigration {
    static let fields: [(name: FieldKey, type: DatabaseSchema.DataType)] = [
        ("compliance", .string), ("compliance_rules", .string), ("compliance_law_version", .string), ("compliance_checked_at", .datetime),
    ]

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for field in Self.fields {
            try await database.schema(JobPostingModel.schema).field(field.name, field.type).update()
        }
    }

    func revert(on database: any Database) async throws {
        for field in Self.fields.reversed() {
            try await database.schema(JobPostingModel.schema).deleteField(field.name).update()
        }
    }
}
