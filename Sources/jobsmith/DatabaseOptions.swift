import ArgumentParser
import Foundation
import JobsmithCore
import JobsmithLibrary
import JobsmithServer
import Logging

/// Where the data lives: the same options on every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "Folder for the SQLite database (env: JOBSMITH_DATA_DIR).")
    var dataDir: String?

    @Option(help: "postgres://USER:PASSWORD@HOST:PORT/DATABASE to use PostgreSQL instead of SQLite (env: DATABASE_URL or JOBSMITH_DATABASE_URL).")
    var databaseURL: String?

    /// The database these options and the environment select.
    func location() throws -> DatabaseLocation {
        let environment = ProcessInfo.processInfo.environment
        let url = databaseURL ?? environment["JOBSMITH_DATABASE_URL"] ?? environment["DATABASE_URL"]
        let folder = dataDir ?? environment["JOBSMITH_DATA_DIR"] ?? "jobsmith-data"
        do {
            return try DatabaseLocation(databaseURL: url, dataDirectory: folder)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    /// Opens the database, brings its schema up to date and builds the application services on it, for one command's
    /// work on data.
    func withServices<T>(_ body: (CoreServices) async throws -> T) async throws -> T {
        try await withDatabase { owner in
            var logger = Logger(label: "jobsmith")
            logger.logLevel = .warning
            return try await body(CoreServices(database: owner, clock: .system, builtInTemplates: try BuiltInTemplates.load(), logger: logger))
        }
    }

    /// Opens the database and brings its schema up to date, for one command's work.
    func withDatabase<T>(_ body: (DatabaseOwner) async throws -> T) async throws -> T {
        var logger = Logger(label: "jobsmith")
        logger.logLevel = .warning
        let owner: DatabaseOwner
        do {
            owner = try DatabaseOwner(location: try location(), logger: logger)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(message: StartupErrorMessage.describe(error))
        }
        do {
            try await owner.migrate()
            let result = try await body(owner)
            await owner.close()
            return result
        } catch let failure as CommandFailure {
            await owner.close()
            throw failure
        } catch {
            await owner.close()
            throw CommandFailure(message: StartupErrorMessage.describe(error))
        }
    }
}
