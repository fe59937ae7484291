import FluentKit

/// Page views and apply clicks per posting per UTC day: counters only, nothing about who viewed or clicked.
struct CreatePostingDailyCounts: JobsmithMigration {
    static let schema = "posting_daily_counts"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("posting_id", .uuid, .required, .references(JobPostingModel.schema, .id, onDelete: .cascade))
            .field("day", .string, .required)
            .field("views", .int, .required)
            .field("apply_clicks", .int, .required)
            // The conflict target of the counting upsert.
            .unique(on: "posting_id", "day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
