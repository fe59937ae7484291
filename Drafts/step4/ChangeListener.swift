import FluentPostgresDriver
import Foundation
import Logging
import NIOPosix
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// Listens, on a connection of its own, for the changes other instances on the same PostgreSQL database announce (see
/// ``ChangeAnnouncements``) and evicts what they made stale from this instance's caches, typically within a few
/// milliseconds of their commit. When the connection drops (a database restart), it reconnects with backoff and then
/// empties the caches, since announcements may have been missed meanwhile; the caches' lifetimes bound staleness
/// until then.
public final class ChangeListener: Service, Sendable {
    private let configuration: PostgresConnection.Configuration
    private let caches: ReadCaches
    private let instance: UUID
    private let logger: Logger
    private let listening = Mutex<(connection: PostgresConnection, notifications: PostgresNotificationSequence)?>(nil)
    private let connections = Atomic<Int>(0)

    init(url: String, caches: ReadCaches, instance: UUID, logger: Logger) throws {
        configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        self.caches = caches
        self.instance = instance
        self.logger = logger
    }

    /// Connects and starts listening; once this returns, no announcement is missed. Start-up calls it before the
    /// server takes requests.
    public func start() async throws {
        let started = try await listen()
        listening.withLock { $0 = started }
    }

    /// Applies announcements until graceful shutdown, reconnecting whenever the connection drops.
    public func run() async throws {
        await cancelWhenGracefulShutdown { [self] in
            var delay = Duration.milliseconds(100)
            while !Task.isCancelled {
                let current = listening.withLock { current in
                    defer { current = nil }
                    return current
                }
                guard let (connection, notifications) = current else {
                    do {
                        let reconnected = try await listen()
                        // Announcements made while disconnected are lost: forget everything cached.
                        caches.invalidateEverything()
                        listening.withLock { $0 = reconnected }
                        delay = .milliseconds(100)
                    } catch {
                        if Task.isCancelled { break }
                        logger.warning(
                            "Cannot listen for changes of other instances; retrying", metadata: ["error": "\(String(reflecting: error))"]
                        )
                        try? await Task.sleep(for: delay)
                        delay = min(delay * 2, .seconds(5))
                    }
                    continue
                }
                do {
                    for try await notification in notifications {
                        apply(notification.payload)
                    }
                } catch {
                    if !Task.isCancelled {
                        logger.notice("Lost the connection that listens for changes; reconnecting", metadata: ["error": "\(error)"])
                    }
                }
                try? await connection.close()
            }
        }
        if let (connection, _) = listening.withLock({ $0 }) { try? await connection.close() }
    }

    /// Applies one announcement, unless this instance made it (its own changes were applied at commit).
    func apply(_ payload: String) {
        guard let message = try? JSONDecoder().decode(ChangeAnnouncements.Message.self, from: Data(payload.utf8)) else {
            logger.warning("Ignored an unreadable change announcement", metadata: ["payload": "\(payload.prefix(200))"])
            return
        }
        guard message.instance != instance else { return }
        caches.invalidate(message.invalidations, organizationSlug: message.organization)
    }

    private func listen() async throws -> (PostgresConnection, PostgresNotificationSequence) {
        let id = connections.wrappingAdd(1, ordering: .relaxed).newValue
        var quiet = logger
        quiet.logLevel = .critical
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: id, logger: quiet
        )
        do {
            return (connection, try await connection.listen(ChangeAnnouncements.channel))
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
