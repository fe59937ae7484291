import FluentKit
import Foundation
import JobsmithDomain
import JobsmithLint

/// Publishing for every front door: put the current version of a job description on the public board behind the lint
/// gate, take it down, and read postings and their counts. Publish reads the version it publishes inside its own
/// transaction, so it always publishes what is stored, never a cached copy.
public struct PublishingService: Sendable {
    let writer: Writer
    let jobDescriptions: JobDescriptionStore
    let postings: PostingStore
    let lint: LintService
    /// The department a posting is filed under when the request names none.
    package let departments: DepartmentGuesser
    /// View and apply counts, kept in memory and written every few seconds.
    public let counters: PostingCounters

    package init(writer: Writer, lint: LintService, departments: DepartmentGuesser, counters: PostingCounters) {
        self.writer = writer
        let database = writer.owner.database
        jobDescriptions = JobDescriptionStore(database: database, clock: writer.clock)
        postings = PostingStore(database: database)
        self.lint = lint
        self.departments = departments
        self.counters = counters
    }

    /// Publishes the current version of `id` with the settings of `request`; publishing again updates the posting.
    /// - Parameter expected: when given, the version the caller means to publish (`If-Match`, the version a form showed).
    /// - Throws: ``StoreError/notFound``, ``StoreError/versionMismatch(current:)``, ``ValidationFailure`` for the
    ///   settings, ``PublishingBlocked`` for lint errors without `force`; nothing is changed then.
    public func publish(_ id: UUID, _ request: PublishRequest, expected: VersionPrecondition?, by caller: Caller) async throws -> Posting {
        try caller.require(.publishJobs)
        return try await writer.write(by: caller) { transaction in
            let store = JobDescriptionStore(database: transaction.database, clock: writer.clock)
            guard let model = try await store.lockedForChange(id, organizationID: caller.organizationID) else { throw StoreError.notFound }
            if let expected, !expected.allows(model.version) { throw StoreError.versionMismatch(current: model.version) }
            let document = try JobDescriptionStore.stored(model).document
            let settings: PostingSettings
            switch PostingSettings.validated(
                applyURL: request.applyURL, applyEmail: request.applyEmail, validThrough: request.validThrough.map(WallClock.storedPrecision),
                department: request.department, requisitionID: request.requisitionID,
                defaultDepartment: departments.department(forTitle: document.title), now: transaction.now
            ) {
            case .success(let valid): settings = valid
            case .failure(let failure): throw failure
            }
            let options = try await lint.options(organizationID: caller.organizationID, on: transaction.database)
            let errors = LintService.blockers(in: Linter.lint(document, options: options))
            if !errors.isEmpty && !request.force { throw PublishingBlocked(errors: errors) }
            var forcedRules: [String] = []
            for rule in errors.map(\.rule) where !forcedRules.contains(rule) { forcedRules.append(rule) }
            let posting = try await PostingStore(database: transaction.database).publish(
                model, settings: settings, forcedRules: forcedRules,
                compliance: PostingCompliance.of(document, options: options, at: transaction.now),
                publishedBy: caller.author, now: transaction.now
            )
            try await transaction.emit(
                .jobDescriptionPublished(id: id, postingID: posting.id, version: posting.version, forcedRules: forcedRules)
            )
            return posting
        }
    }

    /// Takes the posting of `id` off the board and makes the job description a draft again; returns the withdrawn
    /// posting, or nil when none was open. Idempotent.
    /// - Throws: ``StoreError/notFound``.
    @discardableResult
    public func unpublish(_ id: UUID, by caller: Caller) async throws -> Posting? {
        try caller.require(.publishJobs)
        return try await writer.write(by: caller) { transaction in
            let store = JobDescriptionStore(database: transaction.database, clock: writer.clock)
            guard let model = try await store.lockedForChange(id, organizationID: caller.organizationID) else { throw StoreError.notFound }
            let posting = try await PostingStore(database: transaction.database).unpublish(model, now: transaction.now)
            try await transaction.emit(.jobDescriptionUnpublished(id: id, postingID: posting?.id))
            return posting
        }
    }

    /// The posting of the job description `id` (open, expired or withdrawn), or nil when it was never published.
    public func posting(of id: UUID, by caller: Caller) async throws -> Posting? {
        try caller.require(.readJobs)
        return try await postings.posting(jobDescriptionID: id, organizationID: caller.organizationID)
    }

    /// One page of the caller's postings, most recently published first.
    /// - Parameters:
    ///   - jobDescriptionID: only this job description's posting.
    ///   - status: only postings in this state now.
    ///   - compliance: only postings whose latest compliance verdict is this. Only open postings are re-checked, so
    ///     without a `status` it lists open postings only.
    /// - Throws: ``InvalidCursor`` for a cursor this server did not make.
    public func postings(
        jobDescriptionID: UUID?, status: PostingStatus?, compliance: PostingCompliance.Status? = nil, after cursor: String?, limit: Int,
        by caller: Caller
    ) async throws -> (items: [Posting], nextCursor: String?) {
        try caller.require(.readJobs)
        return try await postings.list(
            organizationID: caller.organizationID, jobDescriptionID: jobDescriptionID, status: status ?? (compliance == nil ? nil : .open),
            compliance: compliance, now: writer.clock.now(), after: cursor, limit: limit
        )
    }

    /// The views and apply clicks of the posting of `id`, in total and for the latest `days` days that have any,
    /// including this server's counts not yet written; nil when it was never published.
    /// - Throws: ``StoreError/notFound`` for an unknown job description.
    public func stats(of id: UUID, days: Int, by caller: Caller) async throws -> (
        posting: Posting, views: Int, applyClicks: Int, daily: [DailyCount]
    )? {
        try caller.require(.readJobs)
        guard try await jobDescriptions.find(id, organizationID: caller.organizationID) != nil else { throw StoreError.notFound }
        guard let posting = try await postings.posting(jobDescriptionID: id, organizationID: caller.organizationID) else { return nil }
        try await counters.flush()
        let counts = try await postings.counts(postingID: posting.id, days: days)
        return (posting, counts.views, counts.applyClicks, counts.daily)
    }

    /// What the public board of the organization `slug` shows, read from the database; nil for an unknown slug.
    public func board(slug: String) async throws -> BoardContent? {
        let database = writer.owner.database
        guard let organization = try await OrganizationDirectory(database: database).organization(slug: slug) else { return nil }
        let branding = try await PostingBranding.load(organizationID: organization.id, name: organization.name, on: database)
        let postings = try await postings.openPostings(organizationID: organization.id, now: writer.clock.now())
        return BoardContent(organization: organization, branding: branding, postings: postings)
    }
}

/// An organization's public board as stored: its branding and open postings, newest publish first.
public struct BoardContent: Sendable {
    public let organization: OrganizationDirectory.Organization
    public let branding: PostingBranding
    public let postings: [Posting]
}
