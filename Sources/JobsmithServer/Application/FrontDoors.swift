import HTTPTypes
import Hummingbird
import JobsmithAPI
import JobsmithCore
import OpenAPIHummingbird
import OpenAPIRuntime

/// The server's front doors: the organization API, the public job-board API, the operations endpoints, the public
/// board and the web app. Each is a router of its own with the middleware that belongs to it, mounted on the top-level
/// router by path; a door's middleware also wraps its answers for unknown addresses and methods, so those come in the
/// door's own format (problem+json, or an HTML page in the web app) without any middleware looking at the path.
struct FrontDoors {
    let settings: ServerSettings
    let core: CoreServices
    let publishing: Publishing

    /// The top-level router: what applies to every request, then the doors.
    func router() throws -> Router<AppRequestContext> {
        let router = Router(context: AppRequestContext.self)
        if let drain = settings.shutdownDrain {
            router.add(middleware: ShutdownDrainMiddleware(drain: drain))
        }
        if settings.metrics != nil {
            router.add(middleware: RequestMetricsMiddleware(metrics: RequestMetrics(factory: core.metrics.factory)))
        }
        router.addMiddleware {
            RequestIDMiddleware()
            NoSniffMiddleware()
            UnknownMethodMiddleware()
        }
        let organizationAPI = problemDoor(rateLimited: true)
        let boardAPI = problemDoor(outermost: BoardAPICORSMiddleware<AppRequestContext>(), rateLimited: true)
        let operations = problemDoor()
        try registerAPI(organizationAPI: organizationAPI, boardAPI: boardAPI, operations: operations)
        APIDocumentationController().addRoutes(to: operations)
        let board = problemDoor(options: .autoGenerateHeadEndpoints)
        BoardController(publishing: publishing).addRoutes(to: board)
        for door in [organizationAPI, boardAPI, operations] { door.refuseOtherMethods() }
        board.refuseOtherMethods(headFromGet: true)

        router.mount(try webApp().buildResponder(), at: ["/", "/**"])
        router.mount(organizationAPI.buildResponder(), at: ["/api", "/api/v1", "/api/**"])
        router.mount(boardAPI.buildResponder(), at: ["/api/v1/boards", "/api/v1/boards/**"])
        // The router does not fall back to a wildcard from the first path component, so a door that owns a first
        // component owns everything below it.
        router.mount(operations.buildResponder(), at: ["/health", "/health/**", "/openapi.yaml", "/openapi.yaml/**", "/docs", "/docs/**"])
        router.mount(board.buildResponder(), at: ["/boards", "/boards/**"])
        return router
    }

    /// A door that answers problem+json: errors, the body limit, control characters in the path and query, and
    /// `?format=` winning over `Accept`.
    /// - Parameters:
    ///   - outermost: middleware that must also see the door's error answers (the board API's CORS headers).
    ///   - rateLimited: whether the API rate limits apply, before the body is read.
    private func problemDoor(
        options: RouterOptions = [], outermost: (any MiddlewareProtocol<Request, Response, AppRequestContext>)? = nil,
        rateLimited: Bool = false
    ) -> Router<AppRequestContext> {
        let door = Router(context: AppRequestContext.self, options: options)
        if let outermost { door.add(middleware: outermost) }
        door.add(middleware: ProblemMiddleware())
        if rateLimited, settings.rateLimits.isOn {
            door.add(middleware: RateLimitMiddleware(limiter: core.rateLimiter, limits: settings.rateLimits, proxies: settings.trustedProxies))
        }
        door.addMiddleware {
            BodyLimitMiddleware(limit: settings.maximumBodySize)
            ControlCharacterMiddleware(wording: .problem)
            FormatQueryMiddleware()
        }
        return door
    }

    /// The generated API operations, each in the route group of its door and operation (see ``APIRouteGroups``).
    private func registerAPI(
        organizationAPI: Router<AppRequestContext>, boardAPI: Router<AppRequestContext>, operations: Router<AppRequestContext>
    ) throws {
        let responses = JobDescriptionResponseCache(lookups: core.metrics.cacheLookups("job_description_responses"))
        let handler = APIHandler(
            jobDescriptions: core.jobDescriptions, publishing: core.publishing, lint: core.lint, compliance: core.compliance,
            templates: core.templates, profiles: core.profiles, accounts: core.accounts, organizations: core.organizations,
            publicBoard: publishing.board, links: publishing.links, responses: responses, clock: core.clock, database: core.database,
            metrics: core.metrics
        )
        let limit = settings.maximumBodySize
        func organizationGroup(exempt: String? = nil) -> RouterGroup<AppRequestContext> {
            organizationAPI.group()
                .add(middleware: JSONControlCharacterMiddleware(bodyLimit: limit, exempt: exempt))
                .add(middleware: TokenAuthMiddleware(organizations: core.organizations))
        }
        let readiness = operations.group()
        if let drain = settings.shutdownDrain { readiness.add(middleware: DrainingReadinessMiddleware(drain: drain)) }
        let groups = APIRouteGroups(
            organizationAPI: organizationGroup().add(middleware: HeaderEncodingMiddleware()),
            importAPI: organizationGroup(exempt: "/content").add(middleware: HeaderEncodingMiddleware()),
            jobDescriptionRead: organizationGroup()
                .add(middleware: JobDescriptionFastReadMiddleware(descriptions: core.caches.jobDescriptions, responses: responses))
                .add(middleware: HeaderEncodingMiddleware()),
            boardAPI: boardAPI.group()
                .add(middleware: HeaderEncodingMiddleware())
                .add(middleware: BoardAPICacheMiddleware(board: publishing.board)),
            readiness: readiness,
            operations: operations.group()
        )
        try handler.registerHandlers(
            on: groups, configuration: .init(dateTranscoder: APIDateTranscoder(), jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes])
        )
    }

    /// The web app: HTML error pages for everything, its security headers, the body limit, then control characters in
    /// the path and query worded as a page; sessions, CSRF and forms in the route groups of ``WebRoutes``.
    private func webApp() throws -> Router<AppRequestContext> {
        let pages = try WebPages()
        let door = Router(context: AppRequestContext.self)
        door.addMiddleware {
            WebSecurityHeadersMiddleware()
            WebErrorMiddleware(pages: pages, accounts: core.accounts)
            BodyLimitMiddleware(limit: settings.maximumBodySize)
            ControlCharacterMiddleware(wording: .page)
        }
        WebRoutes(pages: pages, core: core, links: publishing.links, proxies: settings.trustedProxies).addRoutes(
            to: door, bodyLimit: settings.maximumBodySize)
        return door
    }
}
