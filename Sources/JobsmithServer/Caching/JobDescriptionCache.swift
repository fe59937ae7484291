import Foundation

/// Recently read job descriptions, shared by the requests of one server. Entries live two seconds: long enough to
/// serve a hot description from memory under load, short enough that an edit made through another instance on the
/// same PostgreSQL database shows within two seconds. Writes never trust it: they check the stored version.
public final class JobDescriptionCache: Sendable {
    let entries = ExpiringCache<UUID, StoredJobDescription>(lifetime: .seconds(2), capacity: 10_000)

    public init() {}

    func value(for id: UUID) -> StoredJobDescription? { entries.value(for: id) }
    func set(_ stored: StoredJobDescription, for id: UUID) { entries.set(stored, for: id) }
    func remove(_ id: UUID) { entries.remove(id) }
}
