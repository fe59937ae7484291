import FluentKit
import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithLibrary
import Logging
import Testing

@testable import JobsmithCore

@Suite("Write transactions that share a commit")
struct WriteBatchingTests {
    private struct Refused: Error {}

    @Test(
        "concurrent writes all commit, and one that fails after writing takes only its own changes with it",
        arguments: TestDatabase.available
    )
    func failingWriteUndoesOnlyItself(database: TestDatabase) async throws {
        try await database.limited {
            try await withMigratedDatabase(database) { owner in
                var logger = Logger(label: "jobsmith-test")
                logger.logLevel = .warning
                let core = CoreServices(database: owner, clock: .system, builtInTemplates: try BuiltInTemplates.load(), logger: logger)
                let suffix = UUID().uuidString.prefix(8).lowercased()
                let organization = try await core.organizations.createOrganization(slug: "batch-\(suffix)", name: "Batch", by: "test")
                let caller = Caller(organization: organization, identity: .system("test"), role: .owner)
                let outcomes = try await withThrowingTaskGroup(of: (title: String, stored: Bool).self) { group in
                    for number in 0..<60 {
                        let title = "Writer \(number)"
                        group.addTask {
                            guard number % 4 == 3 else {
                                _ = try await core.jobDescriptions.create(JobDocument(title: title), by: caller)
                                return (title, true)
                            }
                            // Writes a description, then fails: nothing of it may remain, and its neighbors must commit.
                            do {
                                try await owner.writeTransaction { connection in
                                    _ = try await JobDescriptionStore(database: connection, clock: .system).insert(
                                        JobDocument(title: title), organizationID: organization.id, author: nil, at: Date()
                                    )
                                    throw Refused()
                                }
                            } catch is Refused {}
                            return (title, false)
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                let listed = try await core.jobDescriptions.list(
                    titleContains: nil, status: nil, inTrash: false, after: nil, limit: 100, by: caller
                ).items.map(\.document.title)
                #expect(Set(listed) == Set(outcomes.filter(\.stored).map(\.title)))
                #expect(listed.count == 45)
            }
        }
    }
}
