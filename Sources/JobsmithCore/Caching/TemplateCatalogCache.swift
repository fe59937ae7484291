import Foundation
import Synchronization

/// The template catalogs searches run on: the built-in library's, and each organization's own, built on first use
/// from the database. A template change evicts its organization's catalog (here at commit, on other instances through
/// ``ChangeListener``); a built-in sync evicts the built-in one. Catalogs also expire after ``lifetime``, the bound on
/// staleness if an announcement is lost. Organizations' catalogs share a memory budget of ``budget`` bytes (estimated,
/// see ``TemplateCatalog/approximateBytes``): the least recently used go first, and a catalog larger than the whole
/// budget is built for each search rather than kept.
final class TemplateCatalogCache: Sendable {
    /// The key of the built-in library's catalog; organizations' are keyed by their slug, which is never `builtin`'s.
    static let builtInKey = ":builtin"
    static let lifetime: Duration = .seconds(60)
    static let budget = 64 << 20

    private struct Entry {
        let catalog: TemplateCatalog
        let scope: String
        let expires: ContinuousClock.Instant
        var lastUse: UInt64
    }

    private struct Build {
        let id: UInt64
        let scope: String
        let task: Task<TemplateCatalog, any Error>
        /// Set when the key is evicted while building: the catalog may predate the change, so it is not kept.
        var evicted = false
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var builds: [String: Build] = [:]
        var uses: UInt64 = 0
    }

    private let state = Mutex(State())
    private let lookups: CacheLookups?

    /// - Parameter lookups: counts a catalog served from memory as a hit, one built or waited for as a miss.
    init(lookups: CacheLookups? = nil) {
        self.lookups = lookups
    }

    /// The catalog for `key` holding the templates of `scope`: the cached one, the one being built, or a new one from
    /// `build`.
    func catalog(
        for key: String, scope: String, build: @escaping @Sendable () async throws -> TemplateCatalog
    ) async throws -> TemplateCatalog {
        let now = ContinuousClock.now
        enum Found {
            case ready(TemplateCatalog)
            case building(Build)
        }
        let found: Found = state.withLock { state in
            state.uses += 1
            if var entry = state.entries[key], entry.scope == scope, entry.expires > now {
                entry.lastUse = state.uses
                state.entries[key] = entry
                return .ready(entry.catalog)
            }
            if let build = state.builds[key], build.scope == scope { return .building(build) }
            let started = Build(id: state.uses, scope: scope, task: Task { try await build() })
            state.builds[key] = started
            return .building(started)
        }
        let building: Build
        switch found {
        case .ready(let catalog):
            lookups?.record(hit: true)
            return catalog
        case .building(let started): building = started
        }
        lookups?.record(hit: false)
        do {
            let catalog = try await building.task.value
            keep(catalog, for: key, from: building)
            return catalog
        } catch {
            state.withLock { state in
                if state.builds[key]?.id == building.id { state.builds[key] = nil }
            }
            throw error
        }
    }

    private func keep(_ catalog: TemplateCatalog, for key: String, from building: Build) {
        state.withLock { state in
            guard let current = state.builds[key], current.id == building.id else { return }
            state.builds[key] = nil
            guard !current.evicted else { return }
            let isBuiltIn = key == Self.builtInKey
            guard isBuiltIn || catalog.approximateBytes <= Self.budget else { return }
            if !isBuiltIn {
                var used = state.entries.filter { $0.key != Self.builtInKey && $0.key != key }.values.reduce(0) { $0 + $1.catalog.approximateBytes }
                while used + catalog.approximateBytes > Self.budget,
                    let oldest = state.entries.filter({ $0.key != Self.builtInKey && $0.key != key }).min(by: { $0.value.lastUse < $1.value.lastUse })
                {
                    used -= oldest.value.catalog.approximateBytes
                    state.entries[oldest.key] = nil
                }
            }
            state.entries[key] = Entry(catalog: catalog, scope: building.scope, expires: ContinuousClock.now + Self.lifetime, lastUse: state.uses)
        }
    }

    /// Forgets the catalog of `key` (an organization's slug, or ``builtInKey``), also one being built.
    func remove(_ key: String) {
        state.withLock { state in
            state.entries[key] = nil
            state.builds[key]?.evicted = true
        }
    }

    /// Forgets every catalog.
    func removeAll() {
        state.withLock { state in
            state.entries.removeAll()
            for key in state.builds.keys { state.builds[key]?.evicted = true }
        }
    }
}
