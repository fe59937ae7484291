import Hummingbird
import JobsmithCore

/// The browser app: server-rendered pages over the application services. Every page but sign-in, setup and the
/// assets needs a signed-in user, and shows only that user's organization.
struct WebRoutes {
    let pages: WebPages
    let core: CoreServices
    let links: PublicLinks
    /// The proxies whose `X-Forwarded-For` names the client, for the sign-in throttle.
    let proxies: TrustedProxies

    /// Adds every web-app route to the web app's front door, giving each controller only the services it uses. The
    /// assets need no session; the pages run ``WebSessionMiddleware``, and every form but the document forms (the
    /// editor and import) also ``FormControlCharacterMiddleware``.
    /// - Parameter bodyLimit: the body limit the door enforced; forms are read within it.
    func addRoutes(to door: Router<AppRequestContext>, bodyLimit: Int) {
        AssetsController(pages: pages).addRoutes(to: door)
        let documentForms = door.group().add(middleware: WebSessionMiddleware(accounts: core.accounts, bodyLimit: bodyLimit))
        let router = documentForms.group().add(middleware: FormControlCharacterMiddleware())
        AuthController(pages: pages, accounts: core.accounts, proxies: proxies).addRoutes(to: router)
        DashboardController(pages: pages, jobDescriptions: core.jobDescriptions, lint: core.lint, publishing: core.publishing).addRoutes(to: router)
        ComplianceController(pages: pages, compliance: core.compliance, links: links).addRoutes(to: router)
        LibraryController(pages: pages, templates: core.templates, jobDescriptions: core.jobDescriptions).addRoutes(to: router)
        ComposeController(pages: pages, templates: core.templates, profiles: core.profiles, jobDescriptions: core.jobDescriptions)
            .addRoutes(to: router)
        EditorController(pages: pages, jobDescriptions: core.jobDescriptions, lint: core.lint).addRoutes(to: router, documentForms: documentForms)
        HistoryController(pages: pages, jobDescriptions: core.jobDescriptions).addRoutes(to: router)
        PublishController(
            pages: pages, jobDescriptions: core.jobDescriptions, publishing: core.publishing, lint: core.lint, profiles: core.profiles,
            links: links, clock: core.clock
        ).addRoutes(to: router)
        ImportController(pages: pages, jobDescriptions: core.jobDescriptions, lint: core.lint, metrics: core.metrics).addRoutes(to: documentForms)
        SettingsController(pages: pages, profiles: core.profiles, organizations: core.organizations, accounts: core.accounts)
            .addRoutes(to: router)
        PeopleController(pages: pages, accounts: core.accounts).addRoutes(to: router)
    }
}
