import FluentKit
import Foundation
import JobsmithServer
import Logging
import SQLKit
import Testing

@testable import JobsmithCore

@Suite("Migrations")
struct MigrationTests {
    @Test("migrate creates the schema on an empty database and is idempotent", arguments: TestDatabase.available)
    func emptyDatabase(database: TestDatabase) async throws {
        try await withFreshDatabase(database) { owner in
            try await owner.migrate()
            try await owner.migrate()
            let directory = OrganizationDirectory(database: owner.database)
            let organization = try await directory.createOrganization(slug: "fresh", name: "Fresh")
            #expect(try await directory.organization(slug: "fresh") == organization)
        }
    }

    @Test("a database made by an older build keeps its data when upgraded", arguments: TestDatabase.available)
    func existingDatabase(database: TestDatabase) async throws {
        try await withFreshDatabase(database) { owner in
            // The first build shipped only the first migration batch; later ones must upgrade it in place.
            try await owner.migrate(upTo: 1)
            let directory = OrganizationDirectory(database: owner.database)
            _ = try await directory.createOrganization(slug: "old", name: "Old Data")
            try await owner.migrate()
            try await owner.migrate()
            #expect(try await directory.organization(slug: "old")?.name == "Old Data")
            let token = try await directory.createToken(organizationSlug: "old", name: "after-upgrade")
            #expect(try await directory.authenticate(token: token)?.organization.slug == "old")
        }
    }

    @Test("users made before roles become owners and tokens made before roles admin service tokens", arguments: TestDatabase.available)
    func rolesMigration(database: TestDatabase) async throws {
        try await withFreshDatabase(database) { owner in
            try await owner.migrate(upTo: 5)
            let directory = OrganizationDirectory(database: owner.database)
            let organization = try await directory.createOrganization(slug: "before-roles", name: "Before Roles")
            let sql = owner.database as! any SQLDatabase
            let userID = UUID()
            try await sql.insert(into: "users")
                .columns("id", "organization_id", "email", "name", "password_hash", "created_at")
                .values(SQLBind(userID), SQLBind(organization.id), SQLBind("old@example.com"), SQLBind("Old"), SQLBind("x"), SQLBind(Date()))
                .run()
            try await sql.insert(into: "api_tokens")
                .columns("id", "organization_id", "name", "token_hash", "created_at")
                .values(
                    SQLBind(UUID()), SQLBind(organization.id), SQLBind("old"), SQLBind(OrganizationDirectory.hash("jsm_old-token")), SQLBind(Date())
                )
                .run()
            try await owner.migrate()
            #expect(try await UserStore(database: owner.database).find(userID)?.role == .owner)
            #expect(try await directory.authenticate(token: "jsm_old-token")?.role == .admin)
        }
    }

    @Test("documents stored with a single location are rewritten with locations, keeping the alias", arguments: TestDatabase.available)
    func documentsGetLocations(database: TestDatabase) async throws {
        try await withFreshDatabase(database) { owner in
            try await owner.migrate(upTo: 6)
            let organization = try await OrganizationDirectory(database: owner.database).createOrganization(slug: "old", name: "Old Data")
            let sql = owner.database as! any SQLDatabase
            let id = UUID()
            let old = #"{"title":"Analyst","location":{"city":"Denver","region":"CO","country":"US"},"responsibilities":["Analyze"]}"#
            let now = Date()
            try await sql.insert(into: JobDescriptionModel.schema)
                .columns("id", "organization_id", "title", "document", "status", "version", "created_at", "updated_at")
                .values(
                    SQLBind(id), SQLBind(organization.id), SQLBind("Analyst"), SQLBind(old), SQLBind("draft"), SQLBind(1), SQLBind(now), SQLBind(now)
                )
                .run()
            try await sql.insert(into: JobDescriptionVersionModel.schema)
                .columns("id", "job_description_id", "number", "document", "created_at")
                .values(SQLBind(UUID()), SQLBind(id), SQLBind(1), SQLBind(old), SQLBind(now))
                .run()
            let unreadable = #"{"location": 42}"#
            try await sql.insert(into: JobDescriptionVersionModel.schema)
                .columns("id", "job_description_id", "number", "document", "created_at")
                .values(SQLBind(UUID()), SQLBind(id), SQLBind(2), SQLBind(unreadable), SQLBind(now))
                .run()
            try await owner.migrate()
            for table in [JobDescriptionModel.schema, JobDescriptionVersionModel.schema] {
                let documents = try await sql.select().column("document").from(table).all().map { try $0.decode(column: "document", as: String.self) }
                let rewritten = try #require(documents.first { $0.contains("Analyst") })
                #expect(rewritten.contains(#""locations":[{"city":"Denver","country":"US","region":"CO"}]"#), "\(table): \(rewritten)")
                #expect(rewritten.contains(#""location":{"city":"Denver""#), "the alias stays for older readers")
            }
            let versions = try await sql.select().column("document").from(JobDescriptionVersionModel.schema).all()
            #expect(
                try versions.map { try $0.decode(column: "document", as: String.self) }.contains(unreadable), "an unreadable document is left alone")
        }
    }

    @Test("descriptions stored before the title index are found by the title filter after the upgrade", arguments: TestDatabase.available)
    func titleIndexBackfill(database: TestDatabase) async throws {
        try await withFreshDatabase(database) { owner in
            try await owner.migrate(upTo: 8)
            let organization = try await OrganizationDirectory(database: owner.database).createOrganization(slug: "old", name: "Old Data")
            let id = UUID()
            let now = Date()
            try await (owner.database as! any SQLDatabase).insert(into: JobDescriptionModel.schema)
                .columns("id", "organization_id", "title", "document", "status", "version", "created_at", "updated_at")
                .values(
                    SQLBind(id), SQLBind(organization.id), SQLBind("Lighthouse Keeper"), SQLBind(#"{"title":"Lighthouse Keeper"}"#),
                    SQLBind("draft"), SQLBind(1), SQLBind(now), SQLBind(now)
                )
                .run()
            try await owner.migrate()
            let found = try await JobDescriptionStore(database: owner.database, clock: .system).list(
                organizationID: organization.id, titleContains: "thouse", status: nil, inTrash: false, after: nil, limit: 10
            )
            #expect(found.items.map(\.id) == [id])
        }
    }

    @Test("migrations keep the names existing databases recorded them under")
    func stableNames() {
        let names = JobsmithMigrations.batches.flatMap { $0 }.map(\.name)
        #expect(names.first == "JobsmithServer.CreateOrganizations")
        #expect(names.allSatisfy { $0.hasPrefix("JobsmithServer.") })
        #expect(Set(names).count == names.count)
    }

    /// Runs `body` on an empty database: a new SQLite file, or a new PostgreSQL database dropped afterwards.
    private func withFreshDatabase(_ database: TestDatabase, _ body: (DatabaseOwner) async throws -> Void) async throws {
        var logger = Logger(label: "jobsmith-test")
        logger.logLevel = .warning
        switch database {
        case .sqlite:
            let owner = try DatabaseOwner(location: database.makeLocation(), logger: logger)
            do { try await body(owner) } catch {
                await owner.close()
                throw error
            }
            await owner.close()
        case .postgres:
            let admin = try DatabaseOwner(location: database.makeLocation(), logger: logger)
            let name = "jobsmith_migration_\(UUID().uuidString.prefix(8).lowercased())"
            let sql = admin.database as! any SQLDatabase
            // template0 never has connections, so tests running at the same time can all copy it.
            do {
                try await sql.raw("CREATE DATABASE \(ident: name) TEMPLATE template0").run()
            } catch {
                await admin.close()
                throw error
            }
            var components = URLComponents(string: TestDatabase.postgresURL!)!
            components.path = "/" + name
            let owner = try DatabaseOwner(location: .postgres(url: components.string!), logger: logger)
            var failure: (any Error)?
            do { try await body(owner) } catch { failure = error }
            await owner.close()
            try await sql.raw("DROP DATABASE \(ident: name)").run()
            await admin.close()
            if let failure { throw failure }
        }
    }
}
