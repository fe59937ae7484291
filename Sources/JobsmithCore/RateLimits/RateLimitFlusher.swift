import Logging
import ServiceLifecycle

/// Adds what the ``RateLimiter`` counted and has not yet shared to the database every second, so other instances see
/// it, and removes the windows that have passed once a minute.
public struct RateLimitFlusher: Service {
    let limiter: RateLimiter
    let logger: Logger

    public init(limiter: RateLimiter, logger: Logger) {
        self.limiter = limiter
        self.logger = logger
    }

    /// Shares the counts every second until graceful shutdown, then once more.
    public func run() async throws {
        let limiter = limiter
        let logger = logger
        await cancelWhenGracefulShutdown {
            var ticks = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                await limiter.flush()
                ticks += 1
                guard ticks % 60 == 0 else { continue }
                do { try await limiter.purgeExpired() } catch { logger.warning("Rate limit windows not purged: \(String(reflecting: error))") }
            }
        }
        await limiter.flush()
    }
}
