import Foundation
import JobsmithCore
import JobsmithLibrary
import JobsmithServer
import Logging

/// The application services on a migrated database, with a caller in each of two organizations.
struct ServiceFixture: Sendable {
    let core: CoreServices
    let caller: Caller
    let otherCaller: Caller
}

/// Builds the services on `database` (on the system clock unless `clock` is given) and runs `body` with them.
func withServices<T: Sendable>(
    _ database: TestDatabase, clock: WallClock = .system, _ body: @escaping @Sendable (ServiceFixture) async throws -> T
) async throws -> T {
    try await database.limited {
        try await withMigratedDatabase(database) { owner in
            var logger = Logger(label: "jobsmith-test")
            logger.logLevel = .warning
            let core = CoreServices(database: owner, clock: clock, builtInTemplates: try BuiltInTemplates.load(), logger: logger)
            try await core.templates.syncBuiltIns(try BuiltInTemplates.load())
            let suffix = UUID().uuidString.prefix(8).lowercased()
            let first = try await core.organizations.createOrganization(slug: "acme-\(suffix)", name: "Acme", by: "test")
            let second = try await core.organizations.createOrganization(slug: "globex-\(suffix)", name: "Globex", by: "test")
            return try await body(
                ServiceFixture(
                    core: core, caller: Caller(organization: first, identity: .system("test"), role: .owner),
                    otherCaller: Caller(organization: second, identity: .system("test"), role: .owner)
                )
            )
        }
    }
}
