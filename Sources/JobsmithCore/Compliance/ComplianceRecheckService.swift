import Logging
import ServiceLifecycle

/// Keeps the compliance verdicts of open postings current: at start and then every `interval` it asks
/// ``ComplianceService/recheckIfDue()``, which re-checks once per UTC day and whenever the law table changed, on one
/// instance of those sharing the database.
public struct ComplianceRecheckService: Service {
    let compliance: ComplianceService
    let interval: Duration
    let logger: Logger

    /// - Parameter interval: how often to ask whether a re-check is due; an hour in production, so a new day is
    ///   noticed within the hour.
    public init(compliance: ComplianceService, interval: Duration, logger: Logger) {
        self.compliance = compliance
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        // Graceful shutdown cancels the sleep; that is this service's normal end, not an error.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    if let recheck = try await compliance.recheckIfDue() {
                        logger.info(
                            "Re-checked open postings for compliance",
                            metadata: ["checked": "\(recheck.checked)", "changed": "\(recheck.changed)", "failing": "\(recheck.failing)"])
                    }
                } catch {
                    logger.warning("Re-checking open postings failed; will retry", metadata: ["error": "\(String(reflecting: error))"])
                }
                try await Task.sleep(for: interval)
            }
        }
    }
}
