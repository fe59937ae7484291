import HTTPTypes
import Hummingbird
import JobsmithCore

/// Errors of the web app that ``WebErrorMiddleware`` turns into a page or a redirect.
enum WebError: Error {
    /// The page needs a signed-in user: redirect to the sign-in page, coming back to `returnTo` afterwards.
    case signInRequired(returnTo: String)
    /// A form came without the right CSRF token.
    case invalidFormToken
    /// Nothing at this address for this user (including another organization's ids).
    case notFound
    /// A request the page cannot act on; `message` is shown.
    case badRequest(String)
}

/// The paths served by the web app, as opposed to the JSON API and operations endpoints that answer in JSON.
enum WebPaths {
    /// Whether `path` belongs to the web app: everything but the API, health checks, the API documentation and the
    /// public job boards (which render their own pages).
    static func isWeb(_ path: String) -> Bool {
        !(path.hasPrefix("/api/") || path == "/api" || path.hasPrefix("/health") || path == "/openapi.yaml" || path == "/docs"
            || path.hasPrefix("/boards/"))
    }

    /// `path` if it is a safe place to return to after signing in (a local path), else the dashboard.
    static func safeReturn(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.hasPrefix("/\\"), path.count < 2000,
            !path.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F })
        else { return "/" }
        return path
    }
}
