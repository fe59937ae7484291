import FluentKit
import Foundation
import SQLKit

/// How instances on one PostgreSQL database tell each other what a committed change made stale: each write
/// transaction adds a `NOTIFY` on ``channel`` (PostgreSQL delivers it at commit and drops it on rollback), and every
/// instance's ``ChangeListener`` applies the announcements of the others to its ``ReadCaches``.
enum ChangeAnnouncements {
    /// The notification channel.
    static let channel = "jobsmith_changes"

    /// One announcement: what changed in which organization, and which instance changed it.
    struct Message: Codable, Equatable {
        let instance: UUID
        let organization: String
        let invalidations: [Invalidation]
    }
}

/// Announces the invalidations of every event inside its write transaction (PostgreSQL only).
struct ChangeAnnouncer: DomainEventRecorder {
    /// This instance, so its listener can skip what the post-commit observers already applied.
    let instance: UUID

    func record(_ event: RecordedEvent, in transaction: any Database) async throws {
        let invalidations = event.event.invalidations
        guard !invalidations.isEmpty else { return }
        let message = ChangeAnnouncements.Message(
            instance: instance, organization: event.caller.organization.slug, invalidations: invalidations
        )
        let payload = String(decoding: try JSONEncoder().encode(message), as: UTF8.self)
        try await (transaction as! any SQLDatabase).raw("SELECT pg_notify(\(bind: ChangeAnnouncements.channel), \(bind: payload))").run()
    }
}
