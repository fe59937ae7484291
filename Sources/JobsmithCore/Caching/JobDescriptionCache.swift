import Foundation

/// Recently read job descriptions, shared by the requests of one server. Entries live two seconds: long enough to
/// serve a hot description from memory under load, and the bound on how long another instance's change stays unseen.
/// Every committed change of this process evicts its entry (see ``ReadCaches``). Writes never read it.
public final class JobDescriptionCache: Sendable {
    let entries = ExpiringCache<UUID, StoredJobDescription>(lifetime: .seconds(2), capacity: 10_000)

    public init() {}

    /// The cached job description `id`, if read recently.
    public func value(for id: UUID) -> StoredJobDescription? { entries.value(for: id) }
    func set(_ stored: StoredJobDescription, for id: UUID) { entries.set(stored, for: id) }
    func remove(_ id: UUID) { entries.remove(id) }
}
