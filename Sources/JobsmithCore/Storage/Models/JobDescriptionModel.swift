import FluentKit
import Foundation

/// The current state of a job description. Its document is kept as JSON text so both engines store it alike; every
/// save also writes an immutable ``JobDescriptionVersionModel``.
package final class JobDescriptionModel: Model, @unchecked Sendable {
    package static let schema = "job_descriptions"

    @ID(key: .id) package var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "title") var title: String
    @Field(key: "status") var status: String
    @Field(key: "version") var version: Int
    @Field(key: "document") var document: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "deleted_at") var deletedAt: Date?

    package init() {}
}
