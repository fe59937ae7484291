import Foundation
import JobsmithCore
import JobsmithDomain
import Logging
import Testing

@Suite("Trash")
struct TrashTests {
    @Test("a description deleted more than 30 days ago is purged and can no longer be restored", arguments: TestDatabase.available)
    func purge(database: TestDatabase) async throws {
        try await withMigratedDatabase(database) { owner in
            let clock = TestClock()
            let core = CoreServices(database: owner, clock: WallClock { clock.now }, builtInTemplates: [], logger: Logger(label: "jobsmith-test"))
            let organization = try await core.organizations.createOrganization(
                slug: "trash-\(UUID().uuidString.prefix(8).lowercased())", name: "Trash", by: "test"
            )
            let caller = Caller(organization: organization, identity: .system("test"), role: .owner)
            let jobs = core.jobDescriptions
            let old = try await jobs.create(JobDocument(title: "Old"), by: caller)
            let recent = try await jobs.create(JobDocument(title: "Recent"), by: caller)
            try await jobs.delete(old.id, expected: .exactly(1), by: caller)
            clock.advance(by: 2 * 24 * 3600)
            try await jobs.delete(recent.id, expected: .exactly(1), by: caller)
            clock.advance(by: 29 * 24 * 3600)

            #expect(try await jobs.purgeExpiredTrash() >= 1)
            await #expect(throws: StoreError.notFound) { try await jobs.restore(old.id, by: caller) }
            #expect(try await jobs.restore(recent.id, by: caller).document.title == "Recent")
        }
    }
}
