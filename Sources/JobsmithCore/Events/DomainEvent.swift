import Foundation

/// Something that changed, as a service method reports it. Each write emits its events inside its transaction (see
/// ``DomainEventRecorder``) and hands them to the post-commit observers once the change is durable.
public enum DomainEvent: Sendable, Equatable {
    /// How a job description came to exist.
    public enum Origin: Sendable, Equatable {
        case written
        case composed(template: String)
        case imported
        case duplicated(from: UUID)
    }

    case jobDescriptionCreated(id: UUID, version: Int, origin: Origin)
    case jobDescriptionUpdated(id: UUID, version: Int)
    case jobDescriptionDeleted(id: UUID, version: Int)
    case jobDescriptionRestored(id: UUID, version: Int)
    case jobDescriptionPublished(id: UUID, postingID: UUID, version: Int, forcedRules: [String])
    /// `postingID` is nil when no posting was open.
    case jobDescriptionUnpublished(id: UUID, postingID: UUID?)
    /// A re-check found that an open posting's compliance changed: a law came into force (or the law table or the
    /// employer's size changed) and it now fails, or it passes again.
    case postingComplianceChanged(jobDescriptionID: UUID, postingID: UUID, status: PostingCompliance.Status, failingRules: [String])
    case templateCreated(slug: String)
    case templateReplaced(slug: String)
    case templateDeleted(slug: String)
    case companyProfileUpdated
    case organizationCreated(id: UUID)
    case tokenCreated(id: UUID)
    case tokenRevoked(id: UUID, hash: String)
    case userCreated(id: UUID)
    case passwordChanged(userID: UUID)
    /// `tokenHashes` are the user's personal tokens, whose cached callers carry the old role.
    case userRoleChanged(id: UUID, role: Role, tokenHashes: [String])
    /// Sessions ended and personal tokens (`tokenHashes`) revoked with it.
    case userDeactivated(id: UUID, tokenHashes: [String])
    case userReactivated(id: UUID)

    /// What readers may have cached that this change makes stale.
    public var invalidations: [Invalidation] {
        switch self {
        // A new id cannot be cached anywhere yet.
        case .jobDescriptionCreated: []
        case .jobDescriptionUpdated(let id, _), .jobDescriptionRestored(let id, _): [.jobDescription(id)]
        case .jobDescriptionDeleted(let id, _), .jobDescriptionPublished(let id, _, _, _), .jobDescriptionUnpublished(let id, _):
            // Deleting withdraws the posting, so the board changes too.
            [.jobDescription(id), .board]
        case .companyProfileUpdated: [.board]
        case .tokenRevoked(_, let hash): [.token(hash: hash)]
        case .userRoleChanged(_, _, let hashes), .userDeactivated(_, let hashes): hashes.map { .token(hash: $0) }
        case .templateCreated, .templateReplaced, .templateDeleted: [.templates]
        case .postingComplianceChanged, .organizationCreated, .tokenCreated, .userCreated, .passwordChanged, .userReactivated:
            []
        }
    }
}

/// A cached thing a change makes stale, in the organization of the event.
public enum Invalidation: Sendable, Hashable, Codable {
    case jobDescription(UUID)
    /// The organization's public board (open postings, branding).
    case board
    /// A bearer token, by its stored hash.
    case token(hash: String)
    /// The organization's own templates, as the search catalog holds them.
    case templates
}

/// One event with who caused it, where and when.
public struct RecordedEvent: Sendable, Equatable {
    public let event: DomainEvent
    public let caller: Caller
    public let occurredAt: Date
}
