import FluentKit
import Foundation
import Hummingbird
import JobsmithDomain
import JobsmithLint

/// The browser app: server-rendered pages over the same stores as the API. Every page but sign-in, setup and the
/// assets needs a signed-in user, and shows only that user's organization.
struct WebApp: Sendable {
    let database: any Database
    let pages: WebPages
    let hasher: PasswordHasher
    /// The API's cache of recent reads, kept current by the web app's writes.
    let cache: JobDescriptionCache
    /// The API's cache of recently seen tokens, from which revoked tokens are evicted at once.
    let recentTokens: ExpiringCache<String, Caller>
    /// Postings, the public board's cache and the view counters.
    let publishing: Publishing

    init(
        database: any Database, pages: WebPages, hasher: PasswordHasher, cache: JobDescriptionCache, recentTokens: ExpiringCache<String, Caller>,
        publishing: Publishing
    ) {
        self.database = database
        self.pages = pages
        self.hasher = hasher
        self.cache = cache
        self.recentTokens = recentTokens
        self.publishing = publishing
    }

    var jobs: JobDescriptionStore { JobDescriptionStore(database: database, cache: cache) }
    var templates: TemplateStore { TemplateStore(database: database) }
    var profiles: CompanyProfileStore { CompanyProfileStore(database: database) }
    var directory: OrganizationDirectory { OrganizationDirectory(database: database) }
    var users: UserStore { UserStore(database: database, hasher: hasher) }
    var sessions: SessionStore { SessionStore(database: database) }
    var throttle: SignInThrottle { SignInThrottle(database: database) }
    var setup: FirstRunSetup { FirstRunSetup(database: database, hasher: hasher) }

    /// Adds every web-app route.
    func addRoutes(to router: Router<AppRequestContext>) {
        AssetsController(pages: pages).addRoutes(to: router)
        AuthController(app: self).addRoutes(to: router)
        DashboardController(app: self).addRoutes(to: router)
        LibraryController(app: self).addRoutes(to: router)
        ComposeController(app: self).addRoutes(to: router)
        EditorController(app: self).addRoutes(to: router)
        HistoryController(app: self).addRoutes(to: router)
        PublishController(app: self).addRoutes(to: router)
        ImportController(app: self).addRoutes(to: router)
        SettingsController(app: self).addRoutes(to: router)
    }

    /// Lint options for the organization: its employee count decides which pay-transparency laws apply.
    func lintOptions(organizationID: UUID) async throws -> LintOptions {
        LintOptions(employeeCount: try await profiles.profile(organizationID: organizationID).employeeCount)
    }

    /// The organization's job description `id` from a path parameter; 404 for malformed, unknown and foreign ids.
    func job(_ request: Request, _ context: AppRequestContext, session: SessionStore.Session) async throws -> StoredJobDescription {
        guard let text = context.parameters.get("id"), let id = UUID(uuidString: text),
            let job = try await jobs.find(id, organizationID: session.organization.id)
        else { throw WebError.notFound }
        return job
    }

    /// The name versions record as their author.
    static func author(_ session: SessionStore.Session) -> String {
        "\(session.user.name) <\(session.user.email)>"
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
        case "restored": return number.map { "Restored; it is now version \($0)." } ?? "Restored."
        case "deleted": return "Moved to the trash. You can restore it from the trash for 30 days."
        case "undeleted": return "Restored from the trash."
        case "profile": return "Company profile saved."
        case "revoked": return "Token revoked. Requests with it are refused within seconds."
        case "user": return "User added. They can sign in now."
        case "welcome": return "Welcome to Jobsmith. Start from a template in the library, or import a job description you already have."
        case "signed-out": return "You are signed out."
        case "published": return "Published. It is on your public board now."
        case "unpublished": return "Unpublished. It is no longer on your public board."
        case "password": return "Password changed. Other browsers signed in as you have been signed out."
        default: return nil
        }
    }
}
