import FluentKit
import Foundation
import JobsmithCore
import JobsmithServer
import Logging
import SQLKit
import Testing

/// The engines every behaviour test runs on: SQLite always, PostgreSQL when `JOBSMITH_TEST_DATABASE_URL` is set.
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static let postgresURL = ProcessInfo.processInfo.environment["JOBSMITH_TEST_DATABASE_URL"]

    /// The engines available in this run.
    static var available: [TestDatabase] {
        postgresURL.map { url in
            // Tests only ever talk to this machine.
            precondition(URLComponents(string: url)?.host.map { ["127.0.0.1", "localhost", "::1"].contains($0) } ?? false)
            return [.sqlite, .postgres]
        } ?? [.sqlite]
    }

    var testDescription: String { rawValue }

    /// A database location for one test: a new SQLite file, or the shared PostgreSQL test database (tests keep apart
    /// by using organizations of their own).
    func makeLocation() -> DatabaseLocation {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobsmith-tests-\(UUID().uuidString)")
            return .sqlite(path: folder.appendingPathComponent("jobsmith.sqlite").path)
        case .postgres:
            return .postgres(url: Self.postgresURL!)
        }
    }

    /// A location no other test uses: a new SQLite file, or a new PostgreSQL database on the test server (the test
    /// role needs CREATEDB; `scripts/start-postgres.sh` grants it). For tests that need an empty database, such as
    /// first-run setup.
    func makeScratchLocation() async throws -> DatabaseLocation {
        guard self == .postgres, let url = Self.postgresURL, var components = URLComponents(string: url) else { return makeLocation() }
        let name = "jobsmith_scratch_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try await Self.onServer(url) { try await $0.raw("CREATE DATABASE \(unsafeRaw: name)").run() }
        components.path = "/" + name
        return .postgres(url: components.string!)
    }

    /// Drops a database made by ``makeScratchLocation()``; SQLite files are left to the temporary folder.
    static func dropScratch(_ location: DatabaseLocation) async throws {
        guard case .postgres(let scratchURL) = location, let url = postgresURL, let components = URLComponents(string: scratchURL),
            components.path.hasPrefix("/jobsmith_scratch_")
        else { return }
        try await onServer(url) {
            try await $0.raw("DROP DATABASE IF EXISTS \(unsafeRaw: String(components.path.dropFirst())) WITH (FORCE)").run()
        }
    }

    /// Runs `body` on a connection to the PostgreSQL test server at `url`, and closes it whatever happens (a pool
    /// dropped unclosed stops the whole test process).
    private static func onServer(_ url: String, _ body: (any SQLDatabase) async throws -> Void) async throws {
        var logger = Logger(label: "jobsmith-test")
        logger.logLevel = .warning
        let admin = try DatabaseOwner(location: .postgres(url: url), logger: logger)
        do {
            try await body(admin.database as! any SQLDatabase)
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
    }
}
