import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import SQLKit
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

/// Writes that overlap on one SQLite file: the server's own, and another process's (the CLI next to a running server).
@Suite("Hostile input: overlapping writes on SQLite")
struct OverlappingWriteTests {
    @Test("parallel creates through HTTP while another connection holds the write lock: every one is 201, none 'database is locked'")
    func overlappingWrites() async throws {
        try await withTestApp(.sqlite) { client, organizations in
            var logger = Logger(label: "jobsmith-test")
            logger.logLevel = .warning
            let otherProcess = try DatabaseOwner(location: organizations.location, logger: logger)
            do {
                try await otherProcess.migrate()
                for eventLoop in otherProcess.databases.eventLoopGroup.makeIterator() {
                    let connection = otherProcess.databases.database(logger: logger, on: eventLoop) as! any SQLDatabase
                    let row = try await connection.raw("PRAGMA busy_timeout").first()
                    #expect(try row?.decode(column: "timeout", as: Int.self) == DatabaseOwner.sqliteBusyTimeoutMilliseconds)
                }
                let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                    for _ in 0..<24 {
                        group.addTask {
                            let response = try await client.send(.post, "/api/v1/job-descriptions", token: organizations.token, json: sampleDocument)
                            return response.status == .created ? "created" : "\(response.status) \(response.body)"
                        }
                    }
                    for attempt in 0..<6 {
                        group.addTask {
                            // Holds SQLite's write lock for a while, so the server's writers must wait for it.
                            try await otherProcess.writeTransaction { database in
                                try await Task.sleep(for: .milliseconds(40))
                                let organization = try OrganizationDirectory.validatedOrganization(
                                    slug: "other-\(UUID().uuidString.prefix(8).lowercased())", name: "Other process \(attempt)")
                                try await OrganizationDirectory(database: database).insert(organization)
                            }
                            return "created"
                        }
                    }
                    return try await group.reduce(into: [String]()) { $0.append($1) }
                }
                #expect(outcomes.allSatisfy { $0 == "created" }, "\(outcomes.filter { $0 != "created" })")
                let stored = try await (organizations.database as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM job_descriptions").first()
                #expect(try stored?.decode(column: "n", as: Int.self) == 24)
            } catch {
                await otherProcess.close()
                throw error
            }
            await otherProcess.close()
        }
    }
}
