import Foundation
import JobsmithDomain

/// Where a job description is in its life.
public enum JobStatus: String, Sendable, Codable, CaseIterable {
    case draft, published
}

/// A job description as stored: the current document plus its metadata.
public struct StoredJobDescription: Sendable, Equatable {
    public let id: UUID
    public let organizationID: UUID
    public var document: JobDocument
    public var version: Int
    public var status: JobStatus
    public var createdAt: Date
    public var updatedAt: Date
    public var deletedAt: Date?

    /// The strong entity tag of the current version, as sent in `ETag` and expected in `If-Match`.
    public var entityTag: String { "\"v\(version)\"" }
}

/// One saved version of a job description.
public struct StoredVersion: Sendable, Equatable {
    public let number: Int
    public let document: JobDocument
    public let author: String?
    public let createdAt: Date
}

/// Why a store operation did not happen; nothing was changed.
public enum StoreError: Error, Equatable {
    /// No such job description in the organization (or in the trash, past its 30 days).
    case notFound
    /// The caller edited an older version than the current one.
    case versionMismatch(current: Int)
    /// A stored document could not be read back; a server-side fault, never the client's.
    case corruptDocument(UUID)
}
