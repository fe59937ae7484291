import FluentKit
import Foundation

/// One saved version of a job description, never changed after it is written.
final class JobDescriptionVersionModel: Model, @unchecked Sendable {
    static let schema = "job_description_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "job_description_id") var jobDescriptionID: UUID
    @Field(key: "number") var number: Int
    @Field(key: "document") var document: String
    @OptionalField(key: "author") var author: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(jobDescriptionID: UUID, number: Int, document: String, author: String?, createdAt: Date) {
        self.jobDescriptionID = jobDescriptionID
        self.number = number
        self.document = document
        self.author = author
        self.createdAt = createdAt
    }
}
