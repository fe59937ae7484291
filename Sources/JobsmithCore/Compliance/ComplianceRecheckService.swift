import Logging
import ServiceLifecycle

/// Keeps the compliance verdicts of open postings current: once start-up is complete and then every `interval` it
/// asks ``ComplianceService/recheckIfDue()``, which re-checks once per UTC day and whenever the law table changed, on
/// one instance of those sharing the database.
public struct ComplianceRecheckService: Service {
    let compliance: ComplianceService
    let interval: Duration
    let started: StartupSignal
    let logger: Logger

    /// - Parameters:
    ///   - interval: how often to ask whether a re-check is due; an hour in production, so a new day is noticed
    ///     within the hour.
    ///   - started: opened when migrations have run; the first re-check waits for it, so it never reads tables that
    ///     do not exist yet.
    public init(compliance: ComplianceService, interval: Duration, started: StartupSignal, logger: Logger) {
        self.compliance = compliance
        self.interval = interval
        self.started = started
        self.logger = logger
    }

    public func run() async throws {
        // Graceful shutdown cancels the sleep; that is this service's normal end, not an error.
        try? await cancelWhenGracefulShutdown {
            await started.wait()
            while !Task.isCancelled {
                do {
                    if let recheck = try await compliance.recheckIfDue() {
                        // Only a change is news to an operator; a start-up log stays quiet otherwise.
                        logger.log(
                            level: recheck.changed > 0 ? .info : .debug,
                            "Re-checked open postings for compliance",
                            metadata: ["checked": "\(recheck.checked)", "changed": "\(recheck.changed)", "failing": "\(recheck.failing)"])
                    }
                } catch {
                    // Cancelled means the server is stopping (it may have failed to start): the database closing under
                    // this re-check is expected then, not worth a warning.
                    guard !Task.isCancelled else { break }
                    logger.warning("Re-checking open postings failed; will retry", metadata: ["error": "\(String(reflecting: error))"])
                }
                try await Task.sleep(for: interval)
            }
        }
    }
}
