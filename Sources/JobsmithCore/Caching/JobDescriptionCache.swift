import Foundation

/// Recently read job descriptions, shared by the requests of one server. Entries live two seconds: long enough to
/// serve a hot description from memory under load, and the bound on how long another instance's change stays unseen
/// if its announcement is missed. Every committed change evicts its entry (see ``ReadCaches``). Writes never read it.
public final class JobDescriptionCache: Sendable {
    typealias Entries = ExpiringCache<UUID, StoredJobDescription>
    let entries: Entries

    /// - Parameter lookups: counts hits and misses, for `/metrics`.
    public init(lookups: CacheLookups? = nil) {
        entries = Entries(lifetime: .seconds(2), capacity: 10_000, lookups: lookups)
    }

    /// The cached job description `id`, if read recently.
    public func value(for id: UUID) -> StoredJobDescription? { entries.value(for: id) }
    var generation: Entries.Generation { entries.generation }
    func set(_ stored: StoredJobDescription, for id: UUID, readSince generation: Entries.Generation) {
        entries.set(stored, for: id, readSince: generation)
    }
    func remove(_ id: UUID) { entries.remove(id) }
    func removeAll() { entries.removeAll() }
}
