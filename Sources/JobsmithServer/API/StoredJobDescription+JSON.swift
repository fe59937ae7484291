import Foundation
import JobsmithAPI
import JobsmithCore
import JobsmithDomain

/// The API's JSON form of a stored job description: the document's fields plus read-only metadata.
struct StoredJobDescriptionJSON: Encodable {
    let stored: StoredJobDescription

    private enum MetadataKeys: String, CodingKey {
        case id, version, status, createdAt, updatedAt
    }

    func encode(to encoder: any Encoder) throws {
        try stored.document.encode(to: encoder)
        var container = encoder.container(keyedBy: MetadataKeys.self)
        try container.encode(stored.id.uuidString.lowercased(), forKey: .id)
        try container.encode(stored.version, forKey: .version)
        try container.encode(stored.status.rawValue, forKey: .status)
        try container.encode(stored.createdAt, forKey: .createdAt)
        try container.encode(stored.updatedAt, forKey: .updatedAt)
    }
}

extension StoredJobDescription {
    /// The generated response type for this job description.
    func apiRepresentation() throws -> Components.Schemas.JobDescription {
        try JSONBridge.convert(StoredJobDescriptionJSON(stored: self), to: Components.Schemas.JobDescription.self)
    }
}
