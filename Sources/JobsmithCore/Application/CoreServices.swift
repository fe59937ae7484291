import Foundation
import JobsmithDomain
import Logging

/// Every application service, built once per application on one database, one clock and one set of caches. Front
/// doors receive the services they use from here; nothing else constructs stores.
public struct CoreServices: Sendable {
    public let database: DatabaseOwner
    public let clock: WallClock
    /// The seams of every write: recorders inside the transaction, observers after it.
    public let events: DomainEvents
    public let caches: ReadCaches
    /// The application's measurements, for the front doors to add theirs to.
    public let metrics: OperationMetrics
    /// The API rate limits' counts, shared through the database.
    public let rateLimiter: RateLimiter
    public let jobDescriptions: JobDescriptionService
    public let publishing: PublishingService
    public let lint: LintService
    /// Open postings' compliance: the re-check and the report.
    public let compliance: ComplianceService
    public let templates: TemplateService
    public let profiles: CompanyProfileService
    public let organizations: OrganizationService
    public let accounts: AccountService
    /// Exporting and importing whole organizations (`jobsmith export`, `jobsmith import-org`).
    public let transfer: OrganizationTransfer
    /// On PostgreSQL, the service that applies other instances' announced changes to ``caches``; a server runs it, the
    /// command-line tools need not (their writes are announced all the same). Nil on SQLite, where one process writes.
    public let changeListener: ChangeListener?

    /// - Parameters:
    ///   - builtInTemplates: the shipped template library, which also files postings under a department.
    ///   - passwordHasher: bcrypt at the cost new passwords get.
    ///   - instance: names this application among those on one PostgreSQL database (see ``ChangeListener``).
    ///   - metrics: where cache lookups, lint durations and database writes in flight are recorded.
    ///   - logger: for background work (saving view counts).
    public init(
        database: DatabaseOwner, clock: WallClock, builtInTemplates: [JobTemplate], passwordHasher: PasswordHasher = PasswordHasher(),
        instance: UUID = UUID(), metrics: OperationMetrics = OperationMetrics(), logger: Logger
    ) {
        self.database = database
        self.clock = clock
        let events = DomainEvents()
        let caches = ReadCaches(metrics: metrics)
        self.events = events
        self.caches = caches
        self.metrics = metrics
        let writer = Writer(owner: database, events: events, clock: clock, metrics: metrics)
        let lint = LintService(database: database.database, clock: clock, metrics: metrics)
        self.lint = lint
        rateLimiter = RateLimiter(writer: writer, clock: clock, logger: logger)
        compliance = ComplianceService(writer: writer, lint: lint)
        jobDescriptions = JobDescriptionService(writer: writer, cache: caches.jobDescriptions)
        publishing = PublishingService(
            writer: writer, lint: lint, departments: DepartmentGuesser(templates: builtInTemplates),
            counters: PostingCounters(writer: writer, logger: logger)
        )
        templates = TemplateService(writer: writer, catalogs: caches.templateCatalogs)
        profiles = CompanyProfileService(writer: writer)
        organizations = OrganizationService(writer: writer, caches: caches)
        accounts = AccountService(writer: writer, hasher: passwordHasher)
        transfer = OrganizationTransfer(owner: database)
        if let connection = database.postgresConnection {
            // Other instances on the same database hear of this one's changes, and this one of theirs.
            events.addRecorder(ChangeAnnouncer(instance: instance))
            changeListener = ChangeListener(configuration: connection, caches: caches, instance: instance, logger: logger)
        } else {
            changeListener = nil
        }
        // Committed changes of this process evict what they made stale at once.
        events.onCommit { recorded in
            for entry in recorded {
                caches.invalidate(entry.event.invalidations, organizationSlug: entry.caller.organization.slug)
            }
        }
    }
}
