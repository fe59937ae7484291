import Foundation
import Synchronization

/// The in-process read caches of one application and the one way to make them forget: ``invalidate(_:organizationSlug:)``,
/// called after every committed change of this process. Changes made through another instance show once an entry's
/// lifetime is over. Writes never read from these caches.
public final class ReadCaches: Sendable {
    /// Recently read job descriptions.
    public let jobDescriptions = JobDescriptionCache()
    /// Recently authenticated API tokens by hash. A token revoked through this process is evicted at once; the
    /// lifetime bounds how long it keeps working on other instances.
    let tokens = ExpiringCache<String, Caller>(lifetime: .seconds(10), capacity: 10_000)
    private let handlers = Mutex<[@Sendable (Invalidation, String) -> Void]>([])

    public init() {}

    /// Adds a cache kept outside the core (such as the public board) to those that are told of invalidations.
    public func onInvalidation(_ handler: @escaping @Sendable (_ invalidation: Invalidation, _ organizationSlug: String) -> Void) {
        handlers.withLock { $0.append(handler) }
    }

    /// Drops whatever `invalidations` make stale in the organization `organizationSlug`.
    public func invalidate(_ invalidations: [Invalidation], organizationSlug: String) {
        let handlers = handlers.withLock { $0 }
        for invalidation in invalidations {
            switch invalidation {
            case .jobDescription(let id): jobDescriptions.remove(id)
            case .token(let hash): tokens.remove(hash)
            case .board: break
            }
            for handler in handlers { handler(invalidation, organizationSlug) }
        }
    }
}
