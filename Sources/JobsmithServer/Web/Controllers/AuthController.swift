import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore

/// Sign-in, sign-out and first-run setup.
struct AuthController {
    let pages: WebPages
    let accounts: AccountService
    /// Tells the client's address for the sign-in throttle.
    let proxies: TrustedProxies

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

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/login") { request, context in
            if context.webSession != nil { return WebPages.redirect(to: WebPaths.safeReturn(request.uri.queryParameters["next"].map(String.init))) }
            if try await accounts.isSetupNeeded() {
                return pages.page(
                    "no-users", title: "Set up Jobsmith", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? ""),
                    content: ErrorView(status: 200, heading: "", message: "")
                )
            }
            let view = SignInView(email: "", next: WebPaths.safeReturn(request.uri.queryParameters["next"].map(String.init)), error: nil)
            return pages.page(
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
                pages.page(
                    "login", title: "Sign in", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? context.webSession?.csrfToken ?? ""),
                    content: SignInView(email: email, next: next, error: error), status: status
                )
            }
            let previous = request.cookies[WebSessionMiddleware.sessionCookie]?.value
            switch try await accounts.signIn(email: email, password: password, address: address, replacing: previous) {
            case .throttled(let wait):
                let minutes = max(1, Int((wait / 60).rounded(.up)))
                var response = again(
                    .tooManyRequests,
                    "Too many failed sign-ins. For your security, try again in \(minutes) minute\(minutes == 1 ? "" : "s")."
                )
                response.headers[.retryAfter] = String(Int(wait.rounded(.up)))
                return response
            case .rejected:
                return again(.unauthorized, "The email address or password is not right.")
            case .signedIn(let token, let session):
                return Self.signedIn(token: token, session: session, request: request, to: next)
            }
        }

        router.post("/logout") { request, context in
            if let token = request.cookies[WebSessionMiddleware.sessionCookie]?.value {
                try await accounts.signOut(token: token)
            }
            var response = WebPages.redirect(to: "/login?notice=signed-out")
            response.setCookie(WebSessionMiddleware.expiredSessionCookie(secure: WebSessionMiddleware.isSecure(request)))
            return response
        }

        router.get("/setup") { request, context in
            let token = request.uri.queryParameters["token"].map(String.init) ?? ""
            guard try await accounts.isSetupTokenValid(token) else { throw WebError.notFound }
            let view = SetupView(token: token, organizationName: "", organizationSlug: "", name: "", email: "", error: nil)
            return pages.page("setup", title: "Set up Jobsmith", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? ""), content: view)
        }

        router.post("/setup") { request, context in
            let form = context.form
            let token = form.value("token") ?? ""
            guard try await accounts.isSetupTokenValid(token) else { throw WebError.notFound }
            let setupRequest = FirstRunSetup.Request(
                organizationName: form.value("organizationName") ?? "", organizationSlug: form.value("organizationSlug") ?? "",
                name: form.value("name") ?? "", email: form.value("email") ?? "", password: form.value("password") ?? ""
            )
            func again(_ error: String) -> Response {
                let view = SetupView(
                    token: token, organizationName: setupRequest.organizationName, organizationSlug: setupRequest.organizationSlug,
                    name: setupRequest.name, email: setupRequest.email, error: error
                )
                return pages.page(
                    "setup", title: "Set up Jobsmith", chrome: .anonymous(csrf: context.anonymousCSRFToken ?? ""), content: view,
                    status: .unprocessableContent
                )
            }
            guard setupRequest.password == form.value("passwordConfirmation") else { return again("The two passwords are not the same.") }
            do {
                let (sessionToken, session) = try await accounts.completeSetup(token: token, with: setupRequest)
                return Self.signedIn(token: sessionToken, session: session, request: request, to: "/?notice=welcome")
            } catch let failure as UserStore.Failure {
                return again(Self.sentence(failure.description))
            } catch let failure as OrganizationDirectory.Failure {
                return again(Self.sentence(failure.description))
            } catch FirstRunSetup.Failure.unavailable {
                throw WebError.notFound
            }
        }
    }

    /// Sends the browser on with the cookie of its new session.
    private static func signedIn(token: String, session: SessionStore.Session, request: Request, to location: String) -> Response {
        var response = WebPages.redirect(to: location)
        response.setCookie(WebSessionMiddleware.sessionCookie(token, expiresAt: session.expiresAt, secure: WebSessionMiddleware.isSecure(request)))
        return response
    }

    /// The client's address: the peer, or what `X-Forwarded-For` says when the peer is a trusted proxy.
    private func clientAddress(_ request: Request, _ context: AppRequestContext) -> String? {
        proxies.client(peer: context.peerAddress, forwardedFor: request.headers[HTTPField.Name("X-Forwarded-For")!])
    }

    /// A message of the stores ("the password must be …") as a sentence.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
}
