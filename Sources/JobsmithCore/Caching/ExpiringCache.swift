import Foundation
import Synchronization

/// A small thread-safe cache whose entries expire after a fixed time, for hot reads that tolerate being briefly behind
/// writes made by other server instances. Writes in this process replace or remove entries at once.
package final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        let value: Value
        let expires: ContinuousClock.Instant
    }

    private let entries = Mutex<[Key: Entry]>([:])
    private let lifetime: Duration
    private let capacity: Int

    /// - Parameters:
    ///   - lifetime: how long an entry is served before it must be read again.
    ///   - capacity: most entries kept; when full, expired entries are dropped, then everything.
    package init(lifetime: Duration, capacity: Int) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The value for `key` if present and not expired.
    package func value(for key: Key) -> Value? {
        let now = ContinuousClock.now
        return entries.withLock { entries in
            guard let entry = entries[key] else { return nil }
            guard entry.expires > now else {
                entries[key] = nil
                return nil
            }
            return entry.value
        }
    }

    /// Stores `value` for `key`.
    package func set(_ value: Value, for key: Key) {
        let now = ContinuousClock.now
        entries.withLock { entries in
            if entries.count >= capacity {
                entries = entries.filter { $0.value.expires > now }
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = Entry(value: value, expires: now + lifetime)
        }
    }

    /// Forgets `key`.
    package func remove(_ key: Key) {
        entries.withLock { _ = $0.removeValue(forKey: key) }
    }
}
