import Foundation
import Logging
import NIOPosix
import PostgresNIO
import ServiceLifecycle

/// Listens, on a PostgreSQL connection of its own, for the changes other instances on the same database announce
/// (``ChangeAnnouncements``) and evicts what they made stale from this instance's caches, within milliseconds of
/// their commit. When the connection drops (a database restart, a network failure), it reconnects with backoff and,
/// once listening again, empties the caches, since announcements may have been missed meanwhile; until then the
/// caches' lifetimes bound how stale a read can be.
///
/// The connection shows in `pg_stat_activity` with the application name ``applicationName``.
public final class ChangeListener: Service, Sendable {
    /// The `application_name` of the listening connection.
    public let applicationName: String
    private let configuration: PostgresConnection.Configuration
    private let caches: ReadCaches
    private let instance: UUID
    private let logger: Logger
    /// Opened once the first attempt to listen has succeeded or failed.
    private let firstAttempt = StartupSignal()

    /// - Parameters:
    ///   - configuration: how to connect to the database the other instances write to.
    ///   - instance: this instance, whose own announcements are skipped.
    init(configuration: PostgresConnection.Configuration, caches: ReadCaches, instance: UUID, logger: Logger) {
        var configuration = configuration
        applicationName = Self.applicationName(of: instance)
        configuration.options.additionalStartupParameters.append(("application_name", applicationName))
        self.configuration = configuration
        self.caches = caches
        self.instance = instance
        self.logger = logger
    }

    /// The `application_name` of the connection with which `instance` listens.
    public static func applicationName(of instance: UUID) -> String {
        "jobsmith changes \(instance.uuidString.lowercased())"
    }

    /// Returns once the first attempt to listen has succeeded or failed, so start-up can wait until no announcement
    /// is missed before the server takes requests.
    public func waitUntilStarted() async {
        await firstAttempt.wait()
    }

    /// Applies announcements until graceful shutdown, reconnecting whenever the connection drops.
    public func run() async throws {
        await cancelWhenGracefulShutdown { [self] in
            var delay = Duration.milliseconds(100)
            var connectionID = 0
            while !Task.isCancelled {
                connectionID += 1
                do {
                    let connection = try await PostgresConnection.connect(
                        on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: connectionID, logger: quietLogger
                    )
                    do {
                        try await connection.listen(on: ChangeAnnouncements.channel) { notifications in
                            // Announcements made while this instance was not listening are lost: forget everything.
                            caches.invalidateEverything()
                            firstAttempt.open()
                            delay = .milliseconds(100)
                            for try await notification in notifications {
                                apply(notification.payload)
                            }
                        }
                    } catch {
                        if !Task.isCancelled {
                            logger.notice(
                                "Lost the connection that listens for other instances' changes; reconnecting",
                                metadata: ["error": "\(String(reflecting: error))"]
                            )
                        }
                    }
                    try? await connection.close()
                } catch {
                    firstAttempt.open()
                    if !Task.isCancelled {
                        logger.warning(
                            "Cannot listen for other instances' changes; retrying in \(delay)", metadata: ["error": "\(String(reflecting: error))"]
                        )
                    }
                }
                guard !Task.isCancelled else { break }
                try? await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            }
        }
        firstAttempt.open()
    }

    /// Applies one announcement, unless this instance made it (its own changes were applied when they committed).
    func apply(_ payload: String) {
        guard let message = try? JSONDecoder().decode(ChangeAnnouncements.Message.self, from: Data(payload.utf8)) else {
            logger.warning("Ignored an unreadable change announcement", metadata: ["payload": "\(payload.prefix(200))"])
            return
        }
        guard message.instance != instance else { return }
        caches.invalidate(message.invalidations, organizationSlug: message.organization)
    }

    /// The connection's own logging repeats what the messages above say once.
    private var quietLogger: Logger {
        var quiet = logger
        quiet.logLevel = .critical
        return quiet
    }
}
