import FluentKit
import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithLibrary
import JobsmithServer
import Logging
import Testing

@Suite("Syncing the built-in template library")
struct TemplateLibraryTests {
    // On SQLite only: the shared PostgreSQL test database holds the library the other tests search.
    @Test("loading is idempotent, picks up edited files and never touches an organization's own")
    func syncIsIdempotent() async throws {
        try await withMigratedDatabase(.sqlite) { owner in
            let store = TemplateStore(database: owner.database)
            let library = try BuiltInTemplates.load()
            let first = try await store.syncBuiltIns(library)
            #expect(first.added == library.count)
            let again = try await store.syncBuiltIns(library)
            #expect(again.added == 0 && again.updated == 0 && again.removed == 0)

            let organization = try await OrganizationDirectory(database: owner.database).createOrganization(slug: "own", name: "Own")
            var own = library[0]
            own.slug = "our-own-role"
            _ = try await store.create(own, organizationID: organization.id)

            var edited = library
            edited[0].document.summary = "At {{company}}, an edited summary. It has two sentences."
            edited.removeLast()
            let changed = try await store.syncBuiltIns(edited)
            #expect(changed.updated == 1 && changed.removed == 1 && changed.added == 0)
            let reread = try await store.find(edited[0].slug, organizationID: organization.id)
            #expect(reread?.template.document.summary == edited[0].document.summary)
            #expect(try await store.find("our-own-role", organizationID: organization.id) != nil)
        }
    }
}
