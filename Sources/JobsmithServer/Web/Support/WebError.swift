import HTTPTypes
import Hummingbird
import JobsmithCore

/// Errors of the web app that ``WebErrorMiddleware`` turns into a page or a redirect.
enum WebError: Error {
    /// The page needs a signed-in user: redirect to the sign-in page, coming back to `returnTo` afterwards.
    case signInRequired(returnTo: String)
    /// A form came without the right CSRF token.
    case invalidFormToken
    /// A form was sent from a page of another site (its `Origin` is not this server's).
    case foreignOrigin
    /// Nothing at this address for this user (including another organization's ids).
    case notFound
    /// A request the page cannot act on; `message` is shown.
    case badRequest(String)
}

/// Where the web app may send a browser back to.
enum WebPaths {
    /// `path` if it is a safe place to return to after signing in (a local path), else the dashboard.
    static func safeReturn(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.hasPrefix("/\\"), path.count < 2000,
            !path.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F })
        else { return "/" }
        return path
    }
}
