import FluentKit
import Foundation
import JobsmithDomain
import JobsmithServer
import Logging
import SQLKit
import Testing

@Suite("Trash")
struct TrashTests {
    @Test("a description deleted more than 30 days ago is purged and can no longer be restored", arguments: TestDatabase.available)
    func purge(database: TestDatabase) async throws {
        try await withMigratedDatabase(database) { owner in
            let organization = try await OrganizationDirectory(database: owner.database)
                .createOrganization(slug: "trash-\(UUID().uuidString.prefix(8).lowercased())", name: "Trash")
            let store = JobDescriptionStore(database: owner.database)
            let old = try await store.create(JobDocument(title: "Old"), organizationID: organization.id, author: nil)
            let recent = try await store.create(JobDocument(title: "Recent"), organizationID: organization.id, author: nil)
            try await store.delete(old.id, organizationID: organization.id, expectedVersion: 1)
            try await store.delete(recent.id, organizationID: organization.id, expectedVersion: 1)
            let longAgo = Date().addingTimeInterval(-31 * 24 * 3600)
            try await (owner.database as! any SQLDatabase).update("job_descriptions").set("deleted_at", to: longAgo).where("id", .equal, old.id).run()

            #expect(try await store.purgeExpiredTrash() >= 1)
            await #expect(throws: StoreError.notFound) { try await store.restore(old.id, organizationID: organization.id) }
            #expect(try await store.restore(recent.id, organizationID: organization.id).document.title == "Recent")
        }
    }
}
