import Foundation
import JobsmithServer
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
}
