import HTTPTypes
import Hummingbird
import JobsmithAPI
import JobsmithCore
import JobsmithLibrary
import Logging
import OpenAPIHummingbird
import OpenAPIRuntime
import Prometheus
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
    let metrics = settings.metrics.map { OperationMetrics(factory: PrometheusMetricsFactory(registry: $0.registry)) } ?? OperationMetrics()
    let core = CoreServices(
        database: owner, clock: WallClock(settings.now), builtInTemplates: templates,
        passwordHasher: PasswordHasher(cost: settings.passwordHashCost), instance: settings.instance, metrics: metrics, logger: logger
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
    if settings.rateLimits.isOn { app.addServices(RateLimitFlusher(limiter: core.rateLimiter, logger: logger)) }
    if let metricsSettings = settings.metrics { app.addServices(MetricsServer.application(metricsSettings, logger: logger)) }
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

/// The routes and middleware of the server (see ``FrontDoors``).
func buildRouter(settings: ServerSettings, core: CoreServices, publishing: Publishing) throws -> Router<AppRequestContext> {
    try FrontDoors(settings: settings, core: core, publishing: publishing).router()
}
