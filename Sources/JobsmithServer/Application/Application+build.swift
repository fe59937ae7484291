import HTTPTypes
import Hummingbird
import JobsmithAPI
import JobsmithCore
import JobsmithLibrary
import Logging
import OpenAPIHummingbird
import OpenAPIRuntime
import ServiceLifecycle

/// Assembles the Jobsmith server: storage, the application services, the API, the public board, the web app and the
/// services that start and stop with it. Every dependency is built here, once.
/// - Parameters:
///   - settings: address, database and limits.
///   - databaseOwner: an already opened database (tests pass one to seed data); opened from `settings` when nil.
public func buildApplication(
    _ settings: ServerSettings, databaseOwner: DatabaseOwner? = nil, logger: Logger? = nil
) async throws -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "jobsmith")
    logger.logLevel = settings.logLevel
    let owner = try databaseOwner ?? DatabaseOwner(location: settings.database, logger: logger)
    let templates = try BuiltInTemplates.load()
    let core = CoreServices(
        database: owner, clock: WallClock(settings.now), builtInTemplates: templates,
        passwordHasher: PasswordHasher(cost: settings.passwordHashCost), instance: settings.instance, logger: logger
    )
    let publishing = Publishing(core: core, publicBaseURL: settings.publicBaseURL)
    let router = try buildRouter(settings: settings, core: core, publishing: publishing)
    let startupLogger = logger
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Jobsmith"),
        onServerRunning: { channel in
            await FirstRunAnnouncement.announce(settings: settings, accounts: core.accounts, channel: channel, logger: startupLogger)
        },
        logger: logger
    )
    // Shut down in reverse order: the view counters write their last counts before the database closes.
    app.addServices(owner, publishing.counters, TrashPurgeService(jobDescriptions: core.jobDescriptions, logger: logger))
    if let listener = core.changeListener { app.addServices(listener) }
    let started = StartupSignal()
    if let interval = settings.complianceRecheckInterval {
        app.addServices(ComplianceRecheckService(compliance: core.compliance, interval: interval, started: started, logger: logger))
    }
    app.beforeServerStarts {
        try await owner.migrate()
        // Listening before the first request, so no other instance's change is missed by what this one caches.
        await core.changeListener?.waitUntilStarted()
        try await core.jobDescriptions.purgeExpiredTrash()
        try await owner.withMigrationLock {
            let counts = try await core.templates.syncBuiltIns(templates)
            if counts.added + counts.updated + counts.removed > 0 {
                startupLogger.debug("Built-in templates: \(counts.added) added, \(counts.updated) updated, \(counts.removed) removed")
            }
        }
        try await core.accounts.purgeExpired()
        started.open()
    }
    return app
}

/// The routes and middleware of the server.
func buildRouter(settings: ServerSettings, core: CoreServices, publishing: Publishing) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    var routes = APIReferencePage.routes(yaml: APISpecification.yaml).mapValues { $0.compactMap { HTTPRequest.Method($0) } }
    routes["/openapi.yaml"] = [.get]
    routes["/docs"] = [.get]
    for path in BoardController.paths { routes[path] = [.get, .head] }
    let responses = JobDescriptionResponseCache()
    let pages = try WebPages()
    if let drain = settings.shutdownDrain {
        router.add(middleware: ShutdownDrainMiddleware(drain: drain))
    }
    router.addMiddleware {
        RequestIDMiddleware()
        NoSniffMiddleware()
        BoardAPICORSMiddleware()
        ProblemMiddleware()
        WebSecurityHeadersMiddleware()
        WebErrorMiddleware(pages: pages, accounts: core.accounts)
        MethodNotAllowedMiddleware(routes: routes)
        BodyLimitMiddleware(limit: settings.maximumBodySize)
        ControlCharacterMiddleware(bodyLimit: settings.maximumBodySize)
        FormatQueryMiddleware()
        WebSessionMiddleware(accounts: core.accounts, bodyLimit: settings.maximumBodySize)
    }
    APIDocumentationController().addRoutes(to: router)
    BoardController(publishing: publishing).addRoutes(to: router)
    WebRoutes(pages: pages, core: core, links: publishing.links).addRoutes(to: router)
    let handler = APIHandler(
        jobDescriptions: core.jobDescriptions, publishing: core.publishing, lint: core.lint, compliance: core.compliance, templates: core.templates,
        profiles: core.profiles, accounts: core.accounts, organizations: core.organizations, publicBoard: publishing.board, links: publishing.links,
        responses: responses, clock: core.clock, database: core.database
    )
    let groups = APIRouteGroups(
        organizationAPI: router.group()
            .add(middleware: TokenAuthMiddleware(organizations: core.organizations))
            .add(middleware: JobDescriptionFastReadMiddleware(descriptions: core.caches.jobDescriptions, responses: responses))
            .add(middleware: HeaderEncodingMiddleware()),
        boardAPI: router.group()
            .add(middleware: HeaderEncodingMiddleware())
            .add(middleware: BoardAPICacheMiddleware(board: publishing.board)),
        other: router.group()
    )
    try handler.registerHandlers(
        on: groups, configuration: .init(dateTranscoder: APIDateTranscoder(), jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes])
    )
    return router
}
