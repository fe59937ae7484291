import FluentKit
import Foundation
import Synchronization

/// Writes what an event needs written in the same transaction as the change (an audit row, an outbox entry, a
/// change notification): if it throws, the change is rolled back; if the change rolls back, so does what it wrote.
public protocol DomainEventRecorder: Sendable {
    /// Called for every event a service method emits, inside its write transaction.
    func record(_ event: RecordedEvent, in transaction: any Database) async throws
}

/// The two seams every write goes through: recorders inside the transaction, observers after the commit (cache and
/// board invalidation, notifications). One value per application, shared by all services.
public final class DomainEvents: Sendable {
    private let recorders = Mutex<[any DomainEventRecorder]>([])
    private let observers = Mutex<[@Sendable ([RecordedEvent]) -> Void]>([])

    public init() {}

    /// Adds a recorder called inside every write transaction.
    public func addRecorder(_ recorder: any DomainEventRecorder) {
        recorders.withLock { $0.append(recorder) }
    }

    /// Adds an observer called with a transaction's events once it has committed. It must not block: it runs on the
    /// request that made the change.
    public func onCommit(_ observer: @escaping @Sendable ([RecordedEvent]) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    func record(_ event: RecordedEvent, in transaction: any Database) async throws {
        for recorder in recorders.withLock({ $0 }) {
            try await recorder.record(event, in: transaction)
        }
    }

    func committed(_ events: [RecordedEvent]) {
        guard !events.isEmpty else { return }
        for observer in observers.withLock({ $0 }) { observer(events) }
    }
}
