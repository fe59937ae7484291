import FluentKit

struct CreateJobDescriptionVersions: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(JobDescriptionVersionModel.schema)
            .id()
            .field(
                "job_description_id", .uuid, .required,
                .references(JobDescriptionModel.schema, .id, onDelete: .cascade)
            )
            .field("number", .int, .required)
            .field("document", .string, .required)
            .field("author", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "job_description_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(JobDescriptionVersionModel.schema).delete()
    }
}
