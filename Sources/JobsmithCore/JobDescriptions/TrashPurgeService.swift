import FluentKit
import Logging
import ServiceLifecycle

/// Deletes job descriptions that have been in the trash for more than 30 days, every hour (start-up does it once
/// after migrating).
public struct TrashPurgeService: Service {
    let jobDescriptions: JobDescriptionService
    let logger: Logger

    public init(jobDescriptions: JobDescriptionService, logger: Logger) {
        self.jobDescriptions = jobDescriptions
        self.logger = logger
    }

    public func run() async throws {
        // Graceful shutdown cancels the hourly sleep; that is this service's normal end, not an error.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(3600))
                do {
                    let purged = try await jobDescriptions.purgeExpiredTrash()
                    if purged > 0 { logger.info("Purged \(purged) job descriptions deleted more than 30 days ago") }
                } catch {
                    logger.warning("Purging the trash failed; will retry in an hour", metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        }
    }
}
