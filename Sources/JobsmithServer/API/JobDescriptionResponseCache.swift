import Foundation
import JobsmithCore
import NIOCore

/// The encoded JSON of recently read job-description versions, keyed by id, version and status, so a hot read is
/// answered from memory by ``JobDescriptionFastReadMiddleware`` without decoding, re-encoding or a database read.
final class JobDescriptionResponseCache: Sendable {
    struct Key: Hashable, Sendable {
        let id: UUID
        let version: Int
        let status: JobStatus
    }

    private let entries: ExpiringCache<Key, ByteBuffer>

    /// - Parameter lookups: counts hits and misses, for `/metrics`.
    init(lookups: CacheLookups? = nil) {
        entries = ExpiringCache(lifetime: .seconds(60), capacity: 10_000, lookups: lookups)
    }

    func value(for stored: StoredJobDescription) -> ByteBuffer? {
        entries.value(for: Key(id: stored.id, version: stored.version, status: stored.status))
    }

    func set(_ body: ByteBuffer, for stored: StoredJobDescription) {
        entries.set(body, for: Key(id: stored.id, version: stored.version, status: stored.status))
    }
}
