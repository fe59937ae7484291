import Foundation
import Synchronization

/// The in-process read caches of one application and the ways to make them forget: ``invalidate(_:organizationSlug:)``,
/// called after every committed change of this process and, on PostgreSQL, for every change another instance
/// announces (``ChangeListener``); and ``invalidateEverything()`` when announcements may have been missed. The
/// entries' lifetimes bound staleness if an announcement is lost. Writes never read from these caches.
public final class ReadCaches: Sendable {
    /// Recently read job descriptions.
    public let jobDescriptions: JobDescriptionCache
    /// Recently authenticated API tokens by hash. A revoked token is evicted as soon as its revocation commits here
    /// or is announced by another instance; the lifetime bounds how long it works on an instance that missed that.
    let tokens: ExpiringCache<String, Caller>
    /// The template search catalogs: the built-in library's and organizations' own.
    let templateCatalogs: TemplateCatalogCache
    private let handlers = Mutex<[@Sendable (CacheEviction) -> Void]>([])

    /// - Parameter metrics: counts each cache's hits and misses.
    public init(metrics: OperationMetrics = OperationMetrics()) {
        jobDescriptions = JobDescriptionCache(lookups: metrics.cacheLookups("job_descriptions"))
        tokens = ExpiringCache(lifetime: .seconds(10), capacity: 10_000, lookups: metrics.cacheLookups("tokens"))
        templateCatalogs = TemplateCatalogCache(lookups: metrics.cacheLookups("template_catalogs"))
    }

    /// Adds a cache kept outside the core (such as the public board) to those that are told of evictions.
    public func onEviction(_ handler: @escaping @Sendable (CacheEviction) -> Void) {
        handlers.withLock { $0.append(handler) }
    }

    /// Drops whatever `invalidations` make stale in the organization `organizationSlug`.
    public func invalidate(_ invalidations: [Invalidation], organizationSlug: String) {
        let handlers = handlers.withLock { $0 }
        for invalidation in invalidations {
            switch invalidation {
            case .jobDescription(let id): jobDescriptions.remove(id)
            case .token(let hash): tokens.remove(hash)
            case .templates: templateCatalogs.remove(organizationSlug)
            case .board: break
            }
            for handler in handlers { handler(.changed(invalidation, organizationSlug: organizationSlug)) }
        }
    }

    /// Drops everything cached, here and in the caches outside the core.
    public func invalidateEverything() {
        jobDescriptions.removeAll()
        tokens.removeAll()
        templateCatalogs.removeAll()
        for handler in handlers.withLock({ $0 }) { handler(.everything) }
    }
}

/// What a cache outside the core is told to forget.
public enum CacheEviction: Sendable, Equatable {
    /// What one change in the organization `organizationSlug` made stale.
    case changed(Invalidation, organizationSlug: String)
    /// Everything: changes may have been missed.
    case everything
}
