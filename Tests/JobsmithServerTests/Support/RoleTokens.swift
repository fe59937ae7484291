import FluentKit
import Foundation

@testable import JobsmithCore

/// One user of every role in an organization, each with a personal API token, for tests of what each role may do.
struct RoleTokens: Sendable {
    struct Member: Sendable {
        let id: UUID
        let email: String
        let token: String
    }

    let members: [Role: Member]

    func token(_ role: Role) -> String { members[role]!.token }
    func id(_ role: Role) -> UUID { members[role]!.id }

    /// Adds a user of every role to the organization `slug`, each with a personal token.
    static func seed(in slug: String, on database: any Database) async throws -> RoleTokens {
        let directory = OrganizationDirectory(database: database)
        guard let organization = try await directory.organization(slug: slug) else { throw TestFailure("no organization \(slug)") }
        let store = UserStore(database: database, hasher: PasswordHasher(cost: 4))
        var members: [Role: Member] = [:]
        for role in Role.allCases {
            let email = "\(role.rawValue)-\(UUID().uuidString.prefix(8).lowercased())@\(slug).test"
            let user = try await store.create(
                email: email, name: role.displayName, password: "correct horse battery", role: role, organizationID: organization.id)
            let token = try await directory.createToken(organizationID: organization.id, name: role.rawValue, role: role, userID: user.id)
            members[role] = Member(id: user.id, email: email, token: token.secret)
        }
        return RoleTokens(members: members)
    }
}
