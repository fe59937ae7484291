import Foundation

/// Who is acting: every service method receives one, so scoping to the organization (and, later, permission checks)
/// happens in one place, and every version and event records its author.
public struct Caller: Sendable, Equatable {
    /// The person or program behind the call.
    public enum Identity: Sendable, Equatable {
        /// A signed-in web-app user.
        case user(id: UUID, name: String, email: String)
        /// An API token.
        case token(id: UUID, name: String)
        /// A command-line tool or start-up work, with the label recorded as author (such as `import: jd.md`).
        case system(String)
    }

    /// The organization the call acts in; nothing of another organization is visible to it.
    public let organization: OrganizationDirectory.Organization
    public let identity: Identity

    public init(organization: OrganizationDirectory.Organization, identity: Identity) {
        self.organization = organization
        self.identity = identity
    }

    public var organizationID: UUID { organization.id }

    /// The name versions record as their author: `Name <email>` for users, `token: name` for tokens.
    public var author: String {
        switch identity {
        case .user(_, let name, let email): "\(name) <\(email)>"
        case .token(_, let name): "token: \(name)"
        case .system(let label): label
        }
    }
}
