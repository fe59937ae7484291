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

/// The paths served by the web app, as opposed to the JSON API and operations endpoints that answer in JSON.
enum WebPaths {
    /// Whether `path` belongs to the web app: everything but the API, health checks, the API documentation and the
    /// public job boards (which render their own pages).
    static func isWeb(_ path: String) -> Bool {
        !(path.hasPrefix("/api/") || path == "/api" || path.hasPrefix("/health") || path == "/openapi.yaml" || path == "/docs"
            || path.hasPrefix("/boards/"))
    }

    /// Whether `path` takes a job-description form (the editor, its live check, import and its review), whose
    /// document validation reports control characters next to each field and whose imported text the importer cleans.
    static func validatesDocumentInline(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 2: return parts[1] == "import"
        case 3: return (parts[1] == "import" && ["check", "save"].contains(parts[2])) || parts[1] == "jobs"
        case 4: return parts[1] == "jobs" && parts[3] == "check"
        default: return false
        }
    }

    /// `path` if it is a safe place to return to after signing in (a local path), else the dashboard.
    static func safeReturn(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.hasPrefix("/\\"), path.count < 2000,
            !path.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F })
        else { return "/" }
        return path
    }
}
