import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore

/// In the web app's page routes (not the assets): finds the signed-in session from its cookie (renewing the cookie when
/// the session was extended), gives anonymous visitors a CSRF cookie, and reads every POST body into
/// ``AppRequestContext/webForm`` after checking its CSRF token, so no form handler can forget the check.
struct WebSessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let sessionCookie = "jobsmith_session"
    static let csrfCookie = "jobsmith_csrf"
    /// The form field (or `X-CSRF-Token` header, for scripts) that carries the token.
    static let csrfField = "_csrf"

    let accounts: AccountService
    let bodyLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.sessionCookie]?.value {
            context.webSession = try await accounts.session(token: token)
        }
        var newAnonymousToken: String?
        if context.webSession == nil {
            if let existing = request.cookies[Self.csrfCookie]?.value, existing.utf8.count == 43 {
                context.anonymousCSRFToken = existing
            } else {
                newAnonymousToken = SecretToken.make()
                context.anonymousCSRFToken = newAnonymousToken
            }
        }
        var request = request
        if request.method == .post {
            guard Self.isSameOrigin(request) else { throw WebError.foreignOrigin }
            let body = try await request.collectBody(upTo: bodyLimit)
            let form = try WebForm.read(body, contentType: request.headers[.contentType])
            let expected = context.webSession?.csrfToken ?? context.anonymousCSRFToken ?? ""
            let sent = form.value(Self.csrfField) ?? request.headers[HTTPField.Name("X-CSRF-Token")!] ?? ""
            guard !expected.isEmpty, SecretToken.equal(sent, expected) else { throw WebError.invalidFormToken }
            context.webForm = form
        }
        var response = try await next(request, context)
        let secure = Self.isSecure(request)
        if let session = context.webSession, session.renewed, response.headers[.setCookie] == nil,
            let token = request.cookies[Self.sessionCookie]?.value
        {
            response.setCookie(Self.sessionCookie(token, expiresAt: session.expiresAt, secure: secure))
        }
        if let newAnonymousToken, context.webSession == nil {
            response.setCookie(Cookie(name: Self.csrfCookie, value: newAnonymousToken, path: "/", secure: secure, httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// The session cookie: HttpOnly, SameSite=Lax, Secure over TLS, living as long as the session.
    static func sessionCookie(_ token: String, expiresAt: Date, secure: Bool) -> Cookie {
        Cookie(
            name: sessionCookie, value: token, maxAge: max(0, Int(expiresAt.timeIntervalSinceNow)), path: "/", secure: secure, httpOnly: true,
            sameSite: .lax
        )
    }

    /// A cookie that makes the browser forget the session cookie.
    static func expiredSessionCookie(secure: Bool) -> Cookie {
        Cookie(name: sessionCookie, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// Whether a POST may come from this site's own pages: browsers send `Origin` with every form POST, and when it is
    /// there its host must be the host the request was sent to (`X-Forwarded-Host` or `Host`; ports are not
    /// compared, as cookies do not keep them apart either). Requests without `Origin` rely on the CSRF token alone.
    static func isSameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        let forwarded = request.headers[HTTPField.Name("X-Forwarded-Host")!]?.split(separator: ",").first.map(String.init)
        guard let originHost = URLComponents(string: origin)?.host?.lowercased(), !originHost.isEmpty,
            let authority = forwarded ?? request.head.authority ?? request.headers[HTTPField.Name("Host")!],
            let requestHost = URLComponents(string: "http://" + authority.trimmingCharacters(in: .whitespaces))?.host?.lowercased()
        else { return false }
        return originHost == requestHost
    }

    /// Whether the request came over TLS, directly or through a proxy that says so.
    static func isSecure(_ request: Request) -> Bool {
        request.head.scheme == "https"
            || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.split(separator: ",").first?.trimmingCharacters(in: .whitespaces)
                .lowercased() == "https"
    }
}
