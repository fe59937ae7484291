import FluentKit

struct CreateCompanyProfiles: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CompanyProfileModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(OrganizationModel.schema, .id, onDelete: .cascade))
            .field("profile", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CompanyProfileModel.schema).delete()
    }
}
