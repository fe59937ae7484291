import Foundation
import Hummingbird
import JobsmithCore

/// People: everyone in the organization with their role and state; admins add people, change roles, deactivate and
/// reactivate them, and owners transfer ownership. Each form is one call of ``AccountService``, which decides what the
/// signed-in user's role allows.
struct PeopleController {
    let pages: WebPages
    let accounts: AccountService

    struct PersonRow: Sendable {
        let id: String
        let name: String
        let email: String
        let role: String
        let roles: [SettingsController.Option]
        let active: Bool
        let lastSignIn: String?
        let isYou: Bool
        /// Whether the signed-in user may change this person's role and state.
        let canChange: Bool
        let canTransfer: Bool
    }

    struct View: Sendable {
        let people: [PersonRow]
        /// The roles the signed-in user may give a new person.
        let newRoles: [SettingsController.Option]
        let error: String?
        let minimumPasswordLength = UserStore.minimumPasswordLength
    }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/people") { request, context in
            let session = try context.session(for: request)
            return try await page(session: session, notice: Notice.text(request))
        }

        router.post("/people/users") { request, context in
            let session = try context.session(for: request)
            let form = context.form
            let role = try Self.role(form.value("role"))
            do {
                _ = try await accounts.createUser(
                    email: form.value("email") ?? "", name: form.value("name"), password: form.value("password") ?? "", role: role,
                    by: session.caller
                )
            } catch let failure as UserStore.Failure {
                return try await page(session: session, error: AuthController.sentence(failure.description), status: .unprocessableContent)
            }
            return WebPages.redirect(to: "/people?notice=user")
        }

        router.post("/people/:user/role") { request, context in
            let session = try context.session(for: request)
            let id = try Self.userID(context)
            let role = try Self.role(context.form.value("role"))
            return try await change(session: session, notice: "role") { _ = try await accounts.changeRole(of: id, to: role, by: session.caller) }
        }

        router.post("/people/:user/deactivate") { request, context in
            let session = try context.session(for: request)
            let id = try Self.userID(context)
            return try await change(session: session, notice: "deactivated") { _ = try await accounts.deactivate(id, by: session.caller) }
        }

        router.post("/people/:user/reactivate") { request, context in
            let session = try context.session(for: request)
            let id = try Self.userID(context)
            return try await change(session: session, notice: "reactivated") { _ = try await accounts.reactivate(id, by: session.caller) }
        }

        router.post("/people/:user/transfer-ownership") { request, context in
            let session = try context.session(for: request)
            let id = try Self.userID(context)
            return try await change(session: session, notice: "transferred") {
                _ = try await accounts.transferOwnership(to: id, by: session.caller)
            }
        }
    }

    /// Runs one change and redirects with `notice`, or shows the page with the reason it was refused.
    private func change(session: SessionStore.Session, notice: String, _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
        } catch let failure as PeopleFailure {
            return try await page(session: session, error: AuthController.sentence(failure.description), status: .conflict)
        }
        return WebPages.redirect(to: "/people?notice=\(notice)")
    }

    private func page(
        session: SessionStore.Session, notice: String? = nil, error: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let caller = session.caller
        let people = try await accounts.users(by: caller)
        func options(selected: Role?) -> [SettingsController.Option] {
            Role.allCases.filter { $0 != .owner || caller.can(.manageOwners) }
                .map { SettingsController.Option(value: $0.rawValue, label: $0.displayName, selected: $0 == selected) }
        }
        let rows = people.map { user in
            let isYou = user.id == session.user.id
            let reachable = caller.can(.manageUsers) && (user.role != .owner || caller.can(.manageOwners))
            return PersonRow(
                id: user.id.uuidString.lowercased(), name: user.name, email: user.email, role: user.role.displayName,
                roles: options(selected: user.role), active: user.isActive, lastSignIn: user.lastSignInAt.map(TimeText.absolute), isYou: isYou,
                canChange: reachable && !isYou, canTransfer: caller.can(.manageOwners) && !isYou && user.isActive && user.role != .owner
            )
        }
        let view = View(people: rows, newRoles: options(selected: .editor), error: error)
        return pages.page("people", title: "People", chrome: .signedIn(session, section: "/people", notice: notice), content: view, status: status)
    }

    private static func userID(_ context: AppRequestContext) throws -> UUID {
        guard let text = context.parameters.get("user"), let id = UUID(uuidString: text) else { throw WebError.notFound }
        return id
    }

    private static func role(_ text: String?) throws -> Role {
        guard let role = text.flatMap(Role.init(named:)) else { throw WebError.badRequest("Choose a role: \(Role.choices).") }
        return role
    }
}
