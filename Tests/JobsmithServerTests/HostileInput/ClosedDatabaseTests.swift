import Logging
import Testing

@testable import JobsmithCore

/// Work that outlives the database (a background service still finishing when a failing service cancels the group,
/// which closes the database at once) must get an error it can log, never a trap that ends the server process.
@Suite("Hostile input: the database after shutdown")
struct ClosedDatabaseTests {
    @Test("a query after the database is closed throws instead of ending the process", arguments: TestDatabase.available)
    func queryAfterShutdown(engine: TestDatabase) async throws {
        var logger = Logger(label: "jobsmith-test")
        logger.logLevel = .critical
        let owner = try DatabaseOwner(location: engine.makeLocation(), logger: logger)
        try await owner.ping()
        await owner.close()
        await #expect(throws: (any Error).self) { try await owner.ping() }
    }
}
