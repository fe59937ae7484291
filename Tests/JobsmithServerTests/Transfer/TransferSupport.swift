import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import JobsmithCore
import JobsmithServer
import Logging
import SQLKit
import Synchronization

// Exporting and importing organizations straight through the core, and running the real application on a database an
// import filled.

/// The lines `owner`'s export of `slug` writes.
func exportLines(_ owner: DatabaseOwner, slug: String) async throws -> [String] {
    final class Collected: Sendable {
        let text = Mutex("")
    }
    let collected = Collected()
    _ = try await OrganizationTransfer(owner: owner).export(slug: slug) { line in collected.text.withLock { $0 += line } }
    return collected.text.withLock { $0 }.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
}

/// Imports the export `text` into `owner`.
@discardableResult
func importText(_ text: String, into owner: DatabaseOwner, as slug: String? = nil) async throws -> OrganizationTransfer.Summary {
    try await OrganizationTransfer(owner: owner).importOrganization(from: TransferLineReader(data: Data(text.utf8)), as: slug)
}

/// Opens and migrates `location`, runs `body` and always closes it.
func withDatabase<T: Sendable>(at location: DatabaseLocation, _ body: (DatabaseOwner) async throws -> T) async throws -> T {
    var logger = Logger(label: "jobsmith-test")
    logger.logLevel = .warning
    let owner = try DatabaseOwner(location: location, logger: logger)
    do {
        try await owner.migrate()
        let result = try await body(owner)
        await owner.close()
        return result
    } catch {
        await owner.close()
        throw error
    }
}

/// Runs the real application on the database at `location` as it is, without seeding anything.
func withApplication<T: Sendable>(at location: DatabaseLocation, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> T) async throws
    -> T
{
    var logger = Logger(label: "jobsmith-test")
    logger.logLevel = .warning
    var settings = ServerSettings(port: 0, database: location, logLevel: .warning)
    settings.passwordHashCost = 4
    settings.complianceRecheckInterval = nil
    let application = try await buildApplication(settings, logger: logger)
    return try await application.test(.router) { client in try await body(client) }
}

/// How many rows `database` holds in each table an import writes.
func rowCounts(_ database: any Database) async throws -> [String: Int] {
    var counts: [String: Int] = [:]
    for table in [
        "organizations", "users", "api_tokens", "company_profiles", "templates", "job_descriptions", "job_description_versions", "job_postings",
        "posting_daily_counts",
    ] {
        struct Count: Decodable { let count: Int }
        let row = try await (database as! any SQLDatabase).raw("SELECT COUNT(*) AS count FROM \(unsafeRaw: table)").first(decoding: Count.self)
        counts[table] = row?.count ?? -1
    }
    return counts
}
