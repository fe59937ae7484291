import FluentKit
import Foundation
import JobsmithDomain
import JobsmithLibrary
import JobsmithServer

@testable import JobsmithCore

// Seeding and inspecting data in tests straight through the stores, on the system clock. Changes the application
// makes go through its services; these shortcuts only set the stage or look at the result.

extension JobDescriptionStore {
    init(database: any Database) {
        self.init(database: database, clock: .system)
    }

    /// Stores `document` as version 1 of a new draft.
    func create(_ document: JobDocument, organizationID: UUID, author: String?) async throws -> StoredJobDescription {
        try await insert(document, organizationID: organizationID, author: author, at: WallClock.system.storedNow())
    }

    /// Saves `document` as the next version when `expectedVersion` is current.
    func save(_ document: JobDocument, id: UUID, organizationID: UUID, expectedVersion: Int, author: String?) async throws -> StoredJobDescription {
        try await database.transaction { database in
            let store = JobDescriptionStore(database: database)
            guard let model = try await store.lockedForChange(id, organizationID: organizationID) else { throw StoreError.notFound }
            guard model.version == expectedVersion else { throw StoreError.versionMismatch(current: model.version) }
            return try await store.appendVersion(document, to: model, author: author, at: WallClock.system.storedNow())
        }
    }
}

extension CompanyProfileStore {
    init(database: any Database) {
        self.init(database: database, clock: .system)
    }
}

extension TemplateStore {
    init(database: any Database) {
        self.init(database: database, clock: .system)
    }
}

extension OrganizationDirectory {
    /// Creates an organization with a unique `slug`.
    func createOrganization(slug: String, name: String) async throws -> Organization {
        let organization = try Self.validatedOrganization(slug: slug, name: name)
        try await insert(organization)
        return organization
    }

    /// Makes a new API token for the organization `slug` and returns its secret.
    func createToken(organizationSlug slug: String, name: String) async throws -> String {
        guard let organization = try await organization(slug: slug) else { throw Failure.unknownOrganization(slug) }
        return try await createToken(organizationID: organization.id, name: name).secret
    }
}

extension UserStore {
    /// Creates a user in the organization `organizationID`.
    func create(email: String, name: String?, password: String, role: Role = .owner, organizationID: UUID) async throws -> User {
        try await insert(try await prepare(email: email, name: name, password: password, role: role, organizationID: organizationID))
    }
}

extension SessionStore {
    /// Starts a session as if the time were `now`.
    func create(userID: UUID, now: Date) async throws -> (token: String, session: Session) {
        try await SessionStore(database: database, clock: WallClock { now }).create(userID: userID)
    }

    /// The session of `token` as if the time were `now`.
    func find(token: String, now: Date) async throws -> Session? {
        try await SessionStore(database: database, clock: WallClock { now }).find(token: token)
    }
}

extension DepartmentGuesser {
    /// The guesser over the built-in templates.
    static var builtIn: DepartmentGuesser {
        // The shipped templates always load; a broken file fails every test that needs them.
        DepartmentGuesser(templates: try! BuiltInTemplates.load())
    }
}
