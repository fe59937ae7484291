import FluentKit
import SQLKit

struct CreateJobDescriptions: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(JobDescriptionModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(OrganizationModel.schema, .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("document", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("deleted_at", .datetime)
            .create()
        // Listing pages through an organization's descriptions newest first.
        try await (database as! any SQLDatabase).create(index: "job_descriptions_org_created")
            .on(JobDescriptionModel.schema)
            .column("organization_id").column("created_at").column("id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(JobDescriptionModel.schema).delete()
    }
}
