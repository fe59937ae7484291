import FluentKit
import Foundation
import SQLKit

/// How instances on one PostgreSQL database tell each other what a committed change made stale: every write
/// transaction sends a `NOTIFY` on ``channel`` for each event that invalidates something (PostgreSQL delivers it when
/// the transaction commits and drops it when it rolls back), and every server's ``ChangeListener`` applies the
/// announcements of the others to its ``ReadCaches``. The command-line tools announce their writes the same way.
enum ChangeAnnouncements {
    /// The notification channel.
    static let channel = "jobsmith_changes"

    /// One announcement: what changed in which organization, and which instance changed it.
    struct Message: Codable, Equatable {
        /// The instance that made the change; its own listener skips it, since the change was applied at commit.
        let instance: UUID
        let organization: String
        let invalidations: [Invalidation]
    }
}

/// Announces the invalidations of every event inside its write transaction (PostgreSQL only).
struct ChangeAnnouncer: DomainEventRecorder {
    /// The instance whose writes this announces.
    let instance: UUID

    func record(_ event: RecordedEvent, in transaction: any Database) async throws {
        let invalidations = event.event.invalidations
        guard !invalidations.isEmpty else { return }
        let message = ChangeAnnouncements.Message(instance: instance, organization: event.caller.organization.slug, invalidations: invalidations)
        let payload = String(decoding: try JSONEncoder().encode(message), as: UTF8.self)
        // Every transaction of the services runs on FluentKit's SQL drivers.
        try await (transaction as! any SQLDatabase).raw("SELECT pg_notify(\(bind: ChangeAnnouncements.channel), \(bind: payload))").run()
    }
}
