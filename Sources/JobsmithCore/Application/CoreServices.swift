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
    public let jobDescriptions: JobDescriptionService
    public let publishing: PublishingService
    public let lint: LintService
    /// Open postings' compliance: the re-check and the report.
    public let compliance: ComplianceService
    public let templates: TemplateService
    public let profiles: CompanyProfileService
    public let organizations: OrganizationService
    public let accounts: AccountService

    /// - Parameters:
    ///   - builtInTemplates: the shipped template library, which also files postings under a department.
    ///   - passwordHasher: bcrypt at the cost new passwords get.
    ///   - logger: for background work (saving view counts).
    public init(
        database: DatabaseOwner, clock: WallClock, builtInTemplates: [JobTemplate], passwordHasher: PasswordHasher = PasswordHasher(),
        logger: Logger
    ) {
        self.database = database
        self.clock = clock
        let events = DomainEvents()
        let caches = ReadCaches()
        self.events = events
        self.caches = caches
        let writer = Writer(owner: database, events: events, clock: clock)
        let lint = LintService(database: database.database, clock: clock)
        self.lint = lint
        compliance = ComplianceService(writer: writer, lint: lint)
        jobDescriptions = JobDescriptionService(writer: writer, cache: caches.jobDescriptions)
        publishing = PublishingService(
            writer: writer, lint: lint, departments: DepartmentGuesser(templates: builtInTemplates),
            counters: PostingCounters(writer: writer, logger: logger)
        )
        templates = TemplateService(writer: writer)
        profiles = CompanyProfileService(writer: writer)
        organizations = OrganizationService(writer: writer, caches: caches)
        accounts = AccountService(writer: writer, hasher: passwordHasher)
        // Committed changes of this process evict what they made stale at once.
        events.onCommit { recorded in
            for entry in recorded {
                caches.invalidate(entry.event.invalidations, organizationSlug: entry.caller.organization.slug)
            }
        }
    }
}
