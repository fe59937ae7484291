import FluentKit
import Foundation
import Synchronization

/// Opens the write transactions of the services: each holds the write lock from its start (see
/// ``DatabaseOwner/writeTransaction(_:)``), records its events inside, and tells the post-commit observers after.
package struct Writer: Sendable {
    let owner: DatabaseOwner
    let events: DomainEvents
    let clock: WallClock
    var metrics = OperationMetrics()

    /// Runs `body` in one write transaction on behalf of `caller`; its events reach the observers once it committed.
    package func write<T: Sendable>(by caller: Caller, _ body: @escaping @Sendable (WriteTransaction) async throws -> T) async throws -> T {
        let events = events
        let now = clock.storedNow()
        let (result, emitted) = try await metrics.measureWrite {
            try await owner.writeTransaction { database in
                let transaction = WriteTransaction(database: database, caller: caller, now: now, events: events)
                let result = try await body(transaction)
                return (result, transaction.emitted)
            }
        }
        events.committed(emitted)
        return result
    }

    /// Runs `body` in one write transaction that changes no domain object and so emits no event: bookkeeping such as
    /// sessions, sign-in counts, view counts and purges. It takes the same write lock as ``write(by:_:)``, since on
    /// SQLite a write that does not would wait inside SQLite, holding a thread every query needs.
    package func bookkeeping<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await metrics.measureWrite { try await owner.writeTransaction(body) }
    }

    /// Runs `body`, whose writes are each complete in one statement and change no domain object (see
    /// ``DatabaseOwner/singleStatementWrites(_:)``).
    package func singleStatements<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await metrics.measureWrite { try await owner.singleStatementWrites(body) }
    }
}

/// One write transaction of a service method: the database to write on, who acts, the time of the change, and the
/// events it emits.
package final class WriteTransaction: Sendable {
    /// Queries on this run inside the transaction.
    package let database: any Database
    package let caller: Caller
    /// The time of the change, at stored precision.
    package let now: Date
    private let events: DomainEvents
    private let recorded = Mutex<[RecordedEvent]>([])

    init(database: any Database, caller: Caller, now: Date, events: DomainEvents) {
        self.database = database
        self.caller = caller
        self.now = now
        self.events = events
    }

    /// Records `event` inside this transaction and keeps it for the post-commit observers.
    package func emit(_ event: DomainEvent) async throws {
        let entry = RecordedEvent(event: event, caller: caller, occurredAt: now)
        try await events.record(entry, in: database)
        recorded.withLock { $0.append(entry) }
    }

    var emitted: [RecordedEvent] { recorded.withLock { $0 } }
}
