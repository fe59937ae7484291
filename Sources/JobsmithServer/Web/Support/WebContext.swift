import Foundation
import Hummingbird
import JobsmithCore
import JobsmithDomain

extension JobDescriptionService {
    /// The caller's job description named by the `id` path parameter; 404 for malformed, unknown and foreign ids.
    func job(_ context: AppRequestContext, by caller: Caller) async throws -> StoredJobDescription {
        guard let text = context.parameters.get("id"), let id = UUID(uuidString: text), let job = try await find(id, by: caller) else {
            throw WebError.notFound
        }
        return job
    }
}

extension AppRequestContext {
    /// The signed-in session, or a redirect to the sign-in page that comes back to this request's page.
    func session(for request: Request) throws -> SessionStore.Session {
        guard let webSession else {
            let path = request.method == .get ? request.uri.path + (request.uri.query.map { "?" + $0 } ?? "") : "/"
            throw WebError.signInRequired(returnTo: WebPaths.safeReturn(path))
        }
        return webSession
    }

    /// The POSTed form (already CSRF-checked); empty for other requests.
    var form: WebForm { webForm ?? WebForm() }
}

/// Short confirmations shown after a redirect, chosen by a code in the query so no text is reflected from the URL.
enum Notice {
    static func text(_ request: Request) -> String? {
        let number = request.uri.queryParameters["n"].flatMap { ClientNumbers.parse($0, in: ClientNumbers.version) }
        switch request.uri.queryParameters["notice"].map(String.init) {
        case "saved": return number.map { "Saved as version \($0)." } ?? "Saved."
        case "created": return "Created. Edit it below; every save keeps a version."
        case "imported": return "Imported and saved as a draft."
        case "duplicated": return "Duplicated: this is the copy, saved as a new draft."
        case "restored": return number.map { "Restored; it is now version \($0)." } ?? "Restored."
        case "deleted": return "Moved to the trash. You can restore it from the trash for 30 days."
        case "undeleted": return "Restored from the trash."
        case "profile": return "Company profile saved."
        case "revoked": return "Token revoked. Requests with it are refused within seconds."
        case "user": return "Person added. They can sign in now."
        case "role": return "Role changed. It applies from their next click."
        case "deactivated": return "Deactivated. They are signed out and their personal tokens no longer work."
        case "reactivated": return "Reactivated. They can sign in again."
        case "transferred": return "Ownership transferred. You are an admin now."
        case "welcome": return "Welcome to Jobsmith. Start from a template in the library, or import a job description you already have."
        case "signed-out": return "You are signed out."
        case "published": return "Published. It is on your public board now."
        case "unpublished": return "Unpublished. It is no longer on your public board."
        case "password": return "Password changed. Other browsers signed in as you have been signed out."
        default: return nil
        }
    }
}
