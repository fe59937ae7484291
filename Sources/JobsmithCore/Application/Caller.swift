import Foundation

/// Who is acting: every service method receives one, so scoping to the organization, the permission check and the
/// author every version and event records all happen in one place.
public struct Caller: Sendable, Equatable {
    /// The person or program behind the call.
    public enum Identity: Sendable, Equatable {
        /// A signed-in web-app user, or a personal API token acting as that user.
        case user(id: UUID, name: String, email: String)
        /// A service API token, with a role of its own.
        case token(id: UUID, name: String)
        /// A command-line tool or start-up work, with the label recorded as author (such as `import: jd.md`).
        case system(String)
    }

    /// The organization the call acts in; nothing of another organization is visible to it.
    public let organization: OrganizationDirectory.Organization
    public let identity: Identity
    /// What the caller may do (``RolePermissions``); command-line and start-up work act as owners.
    public let role: Role

    public init(organization: OrganizationDirectory.Organization, identity: Identity, role: Role) {
        self.organization = organization
        self.identity = identity
        self.role = role
    }

    public var organizationID: UUID { organization.id }

    /// The user behind the call: a signed-in user or the user of a personal token.
    public var userID: UUID? {
        if case .user(let id, _, _) = identity { return id }
        return nil
    }

    /// The name versions record as their author: `Name <email>` for users, `token: name` for tokens.
    public var author: String {
        switch identity {
        case .user(_, let name, let email): "\(name) <\(email)>"
        case .token(_, let name): "token: \(name)"
        case .system(let label): label
        }
    }

    /// Everything the caller's role allows.
    public var permissions: Set<Permission> { RolePermissions.permissions(of: role) }

    /// Whether the caller's role allows `permission`.
    public func can(_ permission: Permission) -> Bool {
        permissions.contains(permission)
    }

    /// Refuses unless the caller's role allows `permission`; the first line of every service method.
    /// - Throws: ``PermissionDenied``.
    public func require(_ permission: Permission) throws(PermissionDenied) {
        guard can(permission) else { throw PermissionDenied(permission, role: role) }
    }
}
