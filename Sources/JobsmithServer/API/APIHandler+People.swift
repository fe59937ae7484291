import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithCore
import JobsmithDomain

extension APIHandler {
    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        let caller = try RequestCaller.required()
        var me = Components.Schemas.Me(
            organization: .init(slug: caller.organization.slug, name: caller.organization.name), kind: .service, role: Self.role(caller.role),
            permissions: Permission.allCases.filter(caller.can).map(\.rawValue)
        )
        switch caller.identity {
        case .user(let id, _, _):
            me.kind = .user
            me.user = Self.representation(try await accounts.user(id, by: caller))
        case .token(let id, let name):
            me.token = .init(id: id.uuidString.lowercased(), name: name)
        case .system:
            break
        }
        return .ok(.init(body: .json(me)))
    }

    func listUsers(_ input: Operations.ListUsers.Input) async throws -> Operations.ListUsers.Output {
        let users = try await accounts.users(by: try RequestCaller.required())
        return .ok(.init(body: .json(.init(items: users.map(Self.representation)))))
    }

    func getUser(_ input: Operations.GetUser.Input) async throws -> Operations.GetUser.Output {
        let user = try await accounts.user(try Self.userID(input.path.userId), by: try RequestCaller.required())
        return .ok(.init(body: .json(Self.representation(user))))
    }

    func updateUser(_ input: Operations.UpdateUser.Input) async throws -> Operations.UpdateUser.Output {
        let caller = try RequestCaller.required()
        let id = try Self.userID(input.path.userId)
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        guard body.role != nil || body.active != nil else {
            throw APIProblem.validation([.init(pointer: "", message: "give \"role\", \"active\" or both")])
        }
        var user = try await accounts.user(id, by: caller)
        if body.active == true { user = try await accounts.reactivate(id, by: caller) }
        if let role = body.role.flatMap({ Role(rawValue: $0.rawValue) }) { user = try await accounts.changeRole(of: id, to: role, by: caller) }
        if body.active == false { user = try await accounts.deactivate(id, by: caller) }
        return .ok(.init(body: .json(Self.representation(user))))
    }

    func deactivateUser(_ input: Operations.DeactivateUser.Input) async throws -> Operations.DeactivateUser.Output {
        _ = try await accounts.deactivate(try Self.userID(input.path.userId), by: try RequestCaller.required())
        return .noContent(.init())
    }

    func transferOwnership(_ input: Operations.TransferOwnership.Input) async throws -> Operations.TransferOwnership.Output {
        let user = try await accounts.transferOwnership(to: try Self.userID(input.path.userId), by: try RequestCaller.required())
        return .ok(.init(body: .json(Self.representation(user))))
    }

    func listTokens(_ input: Operations.ListTokens.Input) async throws -> Operations.ListTokens.Output {
        let tokens = try await organizations.tokens(by: try RequestCaller.required())
        return .ok(.init(body: .json(.init(items: tokens.map(Self.representation)))))
    }

    func createToken(_ input: Operations.CreateToken.Input) async throws -> Operations.CreateToken.Output {
        let caller = try RequestCaller.required()
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let grant: TokenGrant
        switch (body.role, body.userId) {
        case (.some, .some): throw TokenFailure.roleAndUser
        case (_, .some(let text)):
            guard let id = UUID(uuidString: text) else { throw APIProblem.validation([.init(pointer: "/userId", message: "must be a user's id")]) }
            grant = .personal(userID: id)
        case (let role, nil): grant = .service(role.flatMap { Role(rawValue: $0.rawValue) } ?? .admin)
        }
        let created = try await organizations.createToken(name: body.name, grant: grant, by: caller)
        let token = Self.representation(created.token)
        return .created(.init(body: .json(.init(value1: token, value2: .init(secret: created.secret)))))
    }

    func revokeToken(_ input: Operations.RevokeToken.Input) async throws -> Operations.RevokeToken.Output {
        guard let id = UUID(uuidString: input.path.tokenId) else { throw APIProblem.notFound(MissingObject.token.kind) }
        try await organizations.revokeToken(id, by: try RequestCaller.required())
        return .noContent(.init())
    }

    /// A path's user id; one that is not a UUID cannot exist, so it is answered like an unknown one.
    private static func userID(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw APIProblem.notFound(MissingObject.user.kind) }
        return id
    }

    static func role(_ role: Role) -> Components.Schemas.Role {
        Components.Schemas.Role(rawValue: role.rawValue) ?? .viewer
    }

    static func representation(_ user: UserStore.User) -> Components.Schemas.User {
        .init(
            id: user.id.uuidString.lowercased(), email: user.email, name: user.name, role: role(user.role), active: user.isActive,
            createdAt: user.createdAt, lastSignInAt: user.lastSignInAt, deactivatedAt: user.deactivatedAt
        )
    }

    static func representation(_ token: OrganizationDirectory.APIToken) -> Components.Schemas.Token {
        .init(
            id: token.id.uuidString.lowercased(), name: token.name, kind: token.userID == nil ? .service : .personal, role: role(token.role),
            userId: token.userID?.uuidString.lowercased(), createdAt: token.createdAt ?? Date(timeIntervalSince1970: 0), revokedAt: token.revokedAt
        )
    }
}
