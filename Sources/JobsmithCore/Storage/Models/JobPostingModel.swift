import FluentKit
import Foundation

/// A job description's public posting: the snapshot of the version that was published and how to apply.
final class JobPostingModel: Model, @unchecked Sendable {
    static let schema = "job_postings"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "job_description_id") var jobDescriptionID: UUID
    @Field(key: "version") var version: Int
    @Field(key: "title") var title: String
    @Field(key: "document") var document: String
    @Field(key: "department") var department: String
    @OptionalField(key: "requisition_id") var requisitionID: String?
    @OptionalField(key: "apply_url") var applyURL: String?
    @OptionalField(key: "apply_email") var applyEmail: String?
    @OptionalField(key: "valid_through") var validThrough: Date?
    @Field(key: "forced") var forced: Bool
    /// The lint rules that `force` overrode, as a JSON array of rule ids.
    @Field(key: "forced_rules") var forcedRules: String
    @OptionalField(key: "published_by") var publishedBy: String?
    @Field(key: "first_published_at") var firstPublishedAt: Date
    /// When the current open period began: kept when an open posting is published again, reset after unpublishing.
    @Field(key: "published_at") var publishedAt: Date
    /// The last publish.
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "unpublished_at") var unpublishedAt: Date?
    /// The latest compliance verdict, `passing` or `failing`; nil until first checked.
    @OptionalField(key: "compliance") var compliance: String?
    /// The law rules the posting fails, as a JSON array of rule ids.
    @OptionalField(key: "compliance_rules") var complianceRules: String?
    /// The law table's version (``ComplianceCheck/lawTableVersion``) the verdict was made with.
    @OptionalField(key: "compliance_law_version") var complianceLawVersion: String?
    @OptionalField(key: "compliance_checked_at") var complianceCheckedAt: Date?

    init() {}
}
