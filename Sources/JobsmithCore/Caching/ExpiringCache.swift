import Foundation
import Synchronization

/// A small thread-safe cache whose entries expire after a fixed time, for hot reads that tolerate being briefly behind
/// writes made by other server instances. Writes in this process, and announcements of other instances' writes, remove
/// entries at once.
///
/// A value read from the database is stored with ``set(_:for:readSince:)`` and the ``Generation`` taken before the
/// read: if anything was removed meanwhile, the value may predate that change and is not kept. Without that check a
/// read racing a write could put the old value back just after its eviction, to be served for a whole lifetime.
package final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// How many removals the cache had seen when a read from the database started.
    package struct Generation: Sendable, Equatable {
        fileprivate let removals: UInt64
    }

    private struct Entry {
        let value: Value
        let expires: ContinuousClock.Instant
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var removals: UInt64 = 0
    }

    private let state = Mutex(State())
    private let lifetime: Duration
    private let capacity: Int
    private let lookups: CacheLookups?

    /// - Parameters:
    ///   - lifetime: how long an entry is served before it must be read again.
    ///   - capacity: most entries kept; when full, expired entries are dropped, then everything.
    ///   - lookups: counts every lookup as a hit or a miss, for `/metrics`.
    package init(lifetime: Duration, capacity: Int, lookups: CacheLookups? = nil) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.lookups = lookups
    }

    /// The value for `key` if present and not expired.
    package func value(for key: Key) -> Value? {
        let now = ContinuousClock.now
        let value: Value? = state.withLock { state in
            guard let entry = state.entries[key] else { return nil }
            guard entry.expires > now else {
                state.entries[key] = nil
                return nil
            }
            return entry.value
        }
        lookups?.record(hit: value != nil)
        return value
    }

    /// Take this before reading a value to store with ``set(_:for:readSince:)``.
    package var generation: Generation {
        state.withLock { Generation(removals: $0.removals) }
    }

    /// Stores `value` for `key`, unless an entry was removed since `generation` was taken.
    package func set(_ value: Value, for key: Key, readSince generation: Generation) {
        let now = ContinuousClock.now
        state.withLock { state in
            guard state.removals == generation.removals else { return }
            if state.entries.count >= capacity {
                state.entries = state.entries.filter { $0.value.expires > now }
                if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            }
            state.entries[key] = Entry(value: value, expires: now + lifetime)
        }
    }

    /// Stores `value` for `key` unconditionally: for values that cannot go stale, such as those keyed by a version.
    package func set(_ value: Value, for key: Key) {
        set(value, for: key, readSince: generation)
    }

    /// Forgets `key`.
    package func remove(_ key: Key) {
        state.withLock { state in
            state.entries[key] = nil
            state.removals &+= 1
        }
    }

    /// Forgets everything.
    package func removeAll() {
        state.withLock { state in
            state.entries.removeAll()
            state.removals &+= 1
        }
    }
}
