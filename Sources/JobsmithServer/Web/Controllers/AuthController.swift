import Foundation
import HTTPTypes
import Hummingbird

/// Sign-in, sign-out and first-run setup.
struct AuthController {
    let app: WebApp

    struct SignInView: Sendable {
        let email: String
        let next: String
        let error: String?
    }

    struct SetupView: Sendable {
        let token: String
        let organizationName: String
        let organizationSlug: String
        let name: String
        let email: String
        let error: String?
        let minimumPasswordLength = UserStore.minimumPasswordLength
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/login") { request, context in
            if context.webSession != nil { return WebPages.redirect(to: WebPaths.safeReturn(request.uri.queryParameters["next"].map(String.init))) }
            if try await app.setup.isNeeded() {
                return app.pages.page(
                    "no-users", title: "Set up Jobsmith", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? ""),
                    content: ErrorView(status: 200, heading: "", message: "")
                )
            }
            let view = SignInView(email: "", next: WebPaths.safeReturn(request.uri.queryParameters["next"].map(String.init)), error: nil)
            return app.pages.page(
                "login", title: "Sign in", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? "", notice: Notice.text(request)), content: view
            )
        }

        router.post("/login") { request, context in
            let form = context.form
            let email = (form.value("email") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let password = form.value("password") ?? ""
            let next = WebPaths.safeReturn(form.value("next"))
            let address = clientAddress(request, context)
            func again(_ status: HTTPResponse.Status, _ error: String) -> Response {
                app.pages.page(
                    "login", title: "Sign in", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? context.webSession?.csrfToken ?? ""),
                    content: SignInView(email: email, next: next, error: error), status: status
                )
            }
            // Counted before the password is checked, so parallel guesses cannot all slip under the limit.
            if let wait = try await app.throttle.admit(email: email, address: address) {
                let minutes = max(1, Int((wait / 60).rounded(.up)))
                var response = again(
                    .tooManyRequests,
                    "Too many failed sign-ins. For your security, try again in \(minutes) minute\(minutes == 1 ? "" : "s")."
                )
                response.headers[.retryAfter] = String(Int(wait.rounded(.up)))
                return response
            }
            guard let user = try await app.users.authenticate(email: email, password: password) else {
                return again(.unauthorized, "The email address or password is not right.")
            }
            try await app.throttle.succeeded(email: email, address: address)
            return try await signIn(user, request: request, to: next, previous: request.cookies[WebSessionMiddleware.sessionCookie]?.value)
        }

        router.post("/logout") { request, context in
            if let token = request.cookies[WebSessionMiddleware.sessionCookie]?.value {
                try await app.sessions.delete(token: token)
            }
            var response = WebPages.redirect(to: "/login?notice=signed-out")
            response.setCookie(WebSessionMiddleware.expiredSessionCookie(secure: WebSessionMiddleware.isSecure(request)))
            return response
        }

        router.get("/setup") { request, context in
            let token = request.uri.queryParameters["token"].map(String.init) ?? ""
            guard try await app.setup.isValid(token: token) else { throw WebError.notFound }
            let view = SetupView(token: token, organizationName: "", organizationSlug: "", name: "", email: "", error: nil)
            return app.pages.page("setup", title: "Set up Jobsmith", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? ""), content: view)
        }

        router.post("/setup") { request, context in
            let form = context.form
            let token = form.value("token") ?? ""
            guard try await app.setup.isValid(token: token) else { throw WebError.notFound }
            let setupRequest = FirstRunSetup.Request(
                organizationName: form.value("organizationName") ?? "", organizationSlug: form.value("organizationSlug") ?? "",
                name: form.value("name") ?? "", email: form.value("email") ?? "", password: form.value("password") ?? ""
            )
            func again(_ error: String) -> Response {
                let view = SetupView(
                    token: token, organizationName: setupRequest.organizationName, organizationSlug: setupRequest.organizationSlug,
                    name: setupRequest.name, email: setupRequest.email, error: error
                )
                return app.pages.page(
                    "setup", title: "Set up Jobsmith", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? ""), content: view,
                    status: .unprocessableContent
                )
            }
            guard setupRequest.password == form.value("passwordConfirmation") else { return again("The two passwords are not the same.") }
            do {
                let (_, user) = try await app.setup.complete(token: token, with: setupRequest)
                return try await signIn(user, request: request, to: "/?notice=welcome", previous: nil)
            } catch let failure as UserStore.Failure {
                return again(Self.sentence(failure.description))
            } catch let failure as OrganizationDirectory.Failure {
                return again(Self.sentence(failure.description))
            } catch FirstRunSetup.Failure.unavailable {
                throw WebError.notFound
            }
        }
    }

    /// Starts a new session (a fresh token, so a planted cookie is useless) and sends the browser on.
    private func signIn(_ user: UserStore.User, request: Request, to location: String, previous: String?) async throws -> Response {
        if let previous { try await app.sessions.delete(token: previous) }
        let (token, session) = try await app.sessions.create(userID: user.id)
        var response = WebPages.redirect(to: location)
        response.setCookie(WebSessionMiddleware.sessionCookie(token, expiresAt: session.expiresAt, secure: WebSessionMiddleware.isSecure(request)))
        return response
    }

    /// The client's address: the peer, or the last `X-Forwarded-For` hop when the peer is a proxy on this host.
    private func clientAddress(_ request: Request, _ context: AppRequestContext) -> String? {
        let peer = context.peerAddress
        let fromLocalProxy = peer == nil || peer == "127.0.0.1" || peer == "::1" || peer?.hasPrefix("::ffff:127.") == true
        if fromLocalProxy, let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!],
            let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        {
            return String(last.prefix(64))
        }
        return peer
    }

    /// A message of the stores ("the password must be …") as a sentence.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
}
