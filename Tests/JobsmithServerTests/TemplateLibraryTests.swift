import FluentKit
import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithLint
import JobsmithServer
import Logging
import Testing

@Suite("The built-in template library")
struct TemplateLibraryTests {
    @Test("every built-in template is complete, unique and free of lint errors")
    func builtInsAreSound() throws {
        let library = try BuiltInTemplates.load()
        #expect(library.count >= 60)
        #expect(Set(library.map(\.department)).count >= 10)
        #expect(LibraryAudit.problems(in: library) == [])
        for template in library {
            let level = JobLevel(rawValue: template.level)
            let result = Linter.lint(template.document, options: LintOptions(level: level, checksJobFacts: false))
            #expect(!result.hasErrors, "\(template.slug): \(result.findings.filter { $0.severity == .error }.map(\.rule))")
        }
    }

    @Test("the audit rejects an incomplete template and a duplicate slug or title")
    func auditRejects() throws {
        let library = try BuiltInTemplates.load()
        let backend = try #require(library.first { $0.slug == "backend-developer" })
        var incomplete = backend
        incomplete.slug = "incomplete"
        incomplete.document.title = "Incomplete"
        incomplete.document.kpis = []
        incomplete.document.responsibilities = Array(backend.document.responsibilities.prefix(2))
        #expect(
            LibraryAudit.problems(in: [incomplete]) == [
                "incomplete: responsibilities has 2 items, not 6–10", "incomplete: kpis has 0 items, not 3–5",
            ])

        var sameSlug = backend
        sameSlug.document.title = "Another Title"
        #expect(LibraryAudit.problems(in: [backend, sameSlug]) == ["backend-developer: duplicate slug"])
        var sameTitle = backend
        sameTitle.slug = "backend-developer-2"
        #expect(LibraryAudit.problems(in: [backend, sameTitle]) == ["backend-developer-2: duplicate title \"Backend Developer\""])
    }

    @Test("a template with lint errors fails the library's lint check")
    func lintErrorsAreCaught() throws {
        var template = try #require(try BuiltInTemplates.load().first)
        template.document.requirements.append("Young, energetic digital natives only")
        let result = Linter.lint(template.document, options: LintOptions(checksJobFacts: false))
        #expect(result.hasErrors)
    }

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
