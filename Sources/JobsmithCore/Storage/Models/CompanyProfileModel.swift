import FluentKit
import Foundation

/// An organization's company profile, kept as JSON text like documents.
final class CompanyProfileModel: Model, @unchecked Sendable {
    static let schema = "company_profiles"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "profile") var profile: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
