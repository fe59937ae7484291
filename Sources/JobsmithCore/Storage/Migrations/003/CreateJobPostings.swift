import FluentKit
import SQLKit

/// The public postings: one row per job description that has ever been published, holding the snapshot that is
/// public. Unpublishing keeps the row (its id is the public URL and its counts stay) with `unpublished_at` set.
struct CreateJobPostings: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(JobPostingModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(OrganizationModel.schema, .id, onDelete: .cascade))
            .field("job_description_id", .uuid, .required, .references(JobDescriptionModel.schema, .id, onDelete: .cascade))
            .field("version", .int, .required)
            .field("title", .string, .required)
            .field("document", .string, .required)
            .field("department", .string, .required)
            .field("requisition_id", .string)
            .field("apply_url", .string)
            .field("apply_email", .string)
            .field("valid_through", .datetime)
            .field("forced", .bool, .required)
            .field("forced_rules", .string, .required)
            .field("published_by", .string)
            .field("first_published_at", .datetime, .required)
            .field("published_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("unpublished_at", .datetime)
            .unique(on: "job_description_id")
            .create()
        // The public board reads an organization's open postings.
        try await (database as! any SQLDatabase).create(index: "job_postings_org_open")
            .on(JobPostingModel.schema)
            .column("organization_id").column("unpublished_at")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(JobPostingModel.schema).delete()
    }
}
