import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import PostgresNIO
import SQLKit
import ServiceLifecycle

/// Owns FluentKit's `Databases` for one application: opens the configured database, runs migrations and is added to
/// the application's services so graceful shutdown closes it after the HTTP server has stopped.
public final class DatabaseOwner: Service, Sendable {
    public let databases: Databases
    public let location: DatabaseLocation
    let logger: Logger
    /// How to open a connection of its own to the PostgreSQL database (for ``ChangeListener``); nil on SQLite.
    let postgresConnection: PostgresConnection.Configuration?
    /// The configured database as opened by `init`; what ``database`` answers once `databases` is shut down.
    private let closedAfterShutdown: any Database
    /// Runs this process's SQLite write transactions, in batches that share a commit (see ``SQLiteGroupCommit``).
    private let groupCommit: SQLiteGroupCommit

    /// Opens `location`; creates the SQLite folder when missing.
    /// - Throws: ``SettingsError`` when the data folder cannot be created or written.
    public init(location: DatabaseLocation, logger: Logger) throws {
        self.location = location
        self.logger = logger
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        switch location {
        case .sqlite(let path):
            try Self.prepareFolder(for: path)
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
            postgresConnection = nil
        case .postgres(let url):
            let configuration: SQLPostgresConfiguration
            do {
                configuration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw SettingsError("the PostgreSQL URL is not valid: expected postgres://USER:PASSWORD@HOST:PORT/DATABASE")
            }
            databases.use(
                .postgres(
                    configuration: configuration, maxConnectionsPerEventLoop: 4, connectionPoolTimeout: .seconds(5), encodingContext: .default,
                    decodingContext: .default, sqlLogLevel: .trace
                ),
                as: .psql
            )
            postgresConnection = configuration.coreConfiguration
        }
        self.databases = databases
        // The configured database always exists here: it was registered as the default just above.
        let closedAfterShutdown = databases.database(logger: logger, on: databases.eventLoopGroup.any())!
        self.closedAfterShutdown = closedAfterShutdown
        groupCommit = SQLiteGroupCommit { databases.database(logger: logger, on: databases.eventLoopGroup.any()) ?? closedAfterShutdown }
    }

    /// The database all queries go to.
    public var database: any Database {
        // After shutdown `Databases` no longer knows the database; a service still finishing its work (the group is
        // cancelled when any service fails, which closes the database at once) then gets the closed pool, whose
        // queries fail with an error, instead of a trap that would end the process.
        databases.database(logger: logger, on: databases.eventLoopGroup.any()) ?? closedAfterShutdown
    }

    /// Runs `body` in a transaction that holds the write lock from its first statement, so reading a row, checking its
    /// version and writing it cannot interleave with another writer: on SQLite, one write of this process at a time,
    /// inside a `BEGIN IMMEDIATE` transaction (a deferred transaction would take the lock only at its first write, and
    /// two such writers can deadlock) that writes queued beside it share, each in a savepoint of its own, and that
    /// commits before any of them returns (``SQLiteGroupCommit``); on PostgreSQL, a transaction whose reads for change
    /// lock their rows (`SELECT … FOR UPDATE`). When `body` throws, its own writes are undone and nothing else.
    package func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        switch location {
        case .postgres:
            return try await database.transaction(body)
        case .sqlite:
            return try await groupCommit.write(body)
        }
    }

    /// How long an SQLite write waits for another process's write (the CLI next to a running server) before it gives up.
    package static let sqliteBusyTimeoutMilliseconds = 10_000

    /// Makes every SQLite connection wait, sleeping, up to ``sqliteBusyTimeoutMilliseconds`` for another process's
    /// write lock, instead of the driver's own handler, which retries at once for ever and so spins a thread. The pool
    /// holds one connection per event loop for its whole life, so setting each loop's connection once covers them all.
    private func setBusyTimeout(logger: Logger) async throws {
        for eventLoop in databases.eventLoopGroup.makeIterator() {
            try await (databases.database(logger: logger, on: eventLoop) as! any SQLDatabase)
                .raw("PRAGMA busy_timeout = \(literal: Self.sqliteBusyTimeoutMilliseconds)").run()
        }
    }

    /// Runs `body`, whose writes are each complete in one statement (the sign-in throttle's counter upserts), with
    /// the least locking: on PostgreSQL straight on the pool, so each statement commits on its own and holds its row
    /// lock only while it runs, however many requests queue for that row; on SQLite as one write transaction behind
    /// the write gate, like every other write.
    package func singleStatementWrites<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        switch location {
        case .postgres: try await body(database)
        case .sqlite: try await writeTransaction(body)
        }
    }

    /// Runs the cheapest query, to tell whether the database answers.
    public func ping() async throws {
        try await (database as! any SQLDatabase).raw("SELECT 1").run()
    }

    /// Brings the schema up to date; safe to run any number of times, and from several processes at once on PostgreSQL.
    /// - Parameter batchCount: apply only the first this many migration batches, as an older build would have.
    public func migrate(upTo batchCount: Int? = nil) async throws {
        let migrations = Migrations()
        migrations.add(JobsmithMigrations.batches.prefix(batchCount ?? .max).flatMap { $0 })
        // Connection failures are reported once, by the caller, as a single line; the pool's own error logs would repeat them.
        var quiet = logger
        quiet.logLevel = .critical
        let migrator = Migrator(databases: databases, migrations: migrations, logger: quiet, on: databases.eventLoopGroup.any())
        if case .sqlite = location {
            // Write-ahead logging: readers never wait for the writer nor the writer for readers, and with SQLite's
            // default synchronous=FULL every acknowledged commit survives a crash or power loss. The mode is kept in
            // the database file.
            try await (databases.database(logger: quiet, on: databases.eventLoopGroup.any()) as! any SQLDatabase)
                .raw("PRAGMA journal_mode=WAL").run()
            try await setBusyTimeout(logger: quiet)
        }
        try await MigrationLock.withLock(on: databases.database(logger: quiet, on: databases.eventLoopGroup.any())!) {
            try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
        }
    }

    /// Runs `body` while holding the lock migrations take, so start-up work that writes shared rows (the built-in
    /// templates) runs in one process at a time.
    public func withMigrationLock(_ body: @escaping @Sendable () async throws -> Void) async throws {
        try await MigrationLock.withLock(on: database, body)
    }

    /// Waits for graceful shutdown, then closes every connection.
    public func run() async throws {
        try? await gracefulShutdown()
        await databases.shutdownAsync()
    }

    /// Closes every connection now; for commands that never start the service.
    public func close() async {
        await databases.shutdownAsync()
    }

    private static func prepareFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        let files = FileManager.default
        do {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SettingsError("cannot create the data directory \(folder): a file is in the way or permission is denied")
        }
        guard files.isWritableFile(atPath: folder) else {
            throw SettingsError("the data directory \(folder) is not writable")
        }
    }
}
