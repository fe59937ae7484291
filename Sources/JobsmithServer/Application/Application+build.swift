import FluentKit
import HTTPTypes
import Hummingbird
import JobsmithAPI
import JobsmithLibrary
import Logging
import OpenAPIHummingbird
import OpenAPIRuntime
import ServiceLifecycle

/// Assembles the Jobsmith server: storage, API, operations routes and the services that start and stop with it.
/// - Parameters:
///   - settings: address, database and limits.
///   - databaseOwner: an already opened database (tests pass one to seed data); opened from `settings` when nil.
public func buildApplication(
    _ settings: ServerSettings, databaseOwner: DatabaseOwner? = nil, logger: Logger? = nil
) async throws -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "jobsmith")
    logger.logLevel = settings.logLevel
    let owner = try databaseOwner ?? DatabaseOwner(location: settings.database, logger: logger)
    let publishing = Publishing(database: owner.database, settings: settings, logger: logger)
    let router = try buildRouter(settings: settings, database: owner, publishing: publishing)
    let startupLogger = logger
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Jobsmith"),
        onServerRunning: { channel in
            await FirstRunAnnouncement.announce(settings: settings, database: owner.database, channel: channel, logger: startupLogger)
        },
        logger: logger
    )
    // Shut down in reverse order: the view counters write their last counts before the database closes.
    app.addServices(owner, publishing.counters, TrashPurgeService(store: JobDescriptionStore(database: owner.database), logger: logger))
    let templates = try BuiltInTemplates.load()
    app.beforeServerStarts {
        try await owner.migrate()
        try await JobDescriptionStore(database: owner.database).purgeExpiredTrash()
        try await owner.withMigrationLock {
            let counts = try await TemplateStore(database: owner.database).syncBuiltIns(templates)
            if counts.added + counts.updated + counts.removed > 0 {
                startupLogger.debug("Built-in templates: \(counts.added) added, \(counts.updated) updated, \(counts.removed) removed")
            }
        }
        try await SessionStore(database: owner.database).purgeExpired()
        try await SignInThrottle(database: owner.database).purgeExpired()
    }
    return app
}

/// The routes and middleware of the server.
func buildRouter(settings: ServerSettings, database owner: DatabaseOwner, publishing: Publishing) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let database = owner.database
    var routes = APIReferencePage.routes(yaml: APISpecification.yaml).mapValues { $0.compactMap { HTTPRequest.Method($0) } }
    routes["/openapi.yaml"] = [.get]
    routes["/docs"] = [.get]
    for path in BoardController.paths { routes[path] = [.get, .head] }
    let cache = JobDescriptionCache()
    let responses = JobDescriptionResponseCache()
    let tokenAuth = TokenAuthMiddleware<AppRequestContext>(directory: OrganizationDirectory(database: database))
    let web = WebApp(
        database: database, pages: try WebPages(), hasher: PasswordHasher(cost: settings.passwordHashCost), cache: cache,
        recentTokens: tokenAuth.recentTokens, publishing: publishing
    )
    if let drain = settings.shutdownDrain {
        router.add(middleware: ShutdownDrainMiddleware(drain: drain))
    }
    router.addMiddleware {
        RequestIDMiddleware()
        NoSniffMiddleware()
        BoardAPICORSMiddleware()
        ProblemMiddleware()
        WebSecurityHeadersMiddleware()
        WebErrorMiddleware(pages: web.pages, sessions: SessionStore(database: database))
        MethodNotAllowedMiddleware(routes: routes)
        BodyLimitMiddleware(limit: settings.maximumBodySize)
        ControlCharacterMiddleware(bodyLimit: settings.maximumBodySize)
        tokenAuth
        JobDescriptionFastReadMiddleware(descriptions: cache, responses: responses)
        HeaderEncodingMiddleware()
        FormatQueryMiddleware()
        BoardAPICacheMiddleware(board: publishing.board)
        WebSessionMiddleware(sessions: SessionStore(database: database), bodyLimit: settings.maximumBodySize)
    }
    APIDocumentationController().addRoutes(to: router)
    BoardController(publishing: publishing).addRoutes(to: router)
    web.addRoutes(to: router)
    let handler = APIHandler(database: database, cache: cache, responses: responses, publishing: publishing)
    try handler.registerHandlers(
        on: router, configuration: .init(dateTranscoder: APIDateTranscoder(), jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes])
    )
    return router
}
