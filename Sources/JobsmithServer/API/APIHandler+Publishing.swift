import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithDomain
import JobsmithLint

extension APIHandler {
    func publishJobDescription(_ input: Operations.PublishJobDescription.Input) async throws -> Operations.PublishJobDescription.Output {
        let caller = try Caller.required()
        let id = try Self.uuid(input.path.id)
        guard let current = try await jobDescriptions.find(id, organizationID: caller.organizationID) else { throw APIProblem.notFound() }
        if let ifMatch = input.headers.ifMatch, !ifMatch.trimmingWhitespace.isEmpty,
            try EntityTags.version(from: ifMatch, current: current.version) != current.version
        {
            throw StoreError.versionMismatch(current: current.version)
        }
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let now = publishing.storedNow()
        let settings: PostingSettings
        switch PostingSettings.validated(
            applyURL: body.applyUrl, applyEmail: body.applyEmail, validThrough: body.validThrough.map(Self.storedPrecision),
            department: body.department, requisitionID: body.requisitionId,
            defaultDepartment: publishing.departments.department(forTitle: current.document.title), now: now
        ) {
        case .success(let valid): settings = valid
        case .failure(let failure): throw APIProblem.validation(failure.problems)
        }
        let profile = try await CompanyProfileStore(database: database).profile(organizationID: caller.organizationID)
        let lintOptions = LintOptions(employeeCount: profile.employeeCount, asOf: now)
        let errors = Linter.lint(current.document, options: lintOptions).findings.filter { $0.severity == .error }
        if !errors.isEmpty && body.force != true { throw APIProblem.publishingBlocked(by: errors) }
        var forcedRules: [String] = []
        for rule in errors.map(\.rule) where !forcedRules.contains(rule) { forcedRules.append(rule) }
        let posting = try await publishing.store.publish(
            current.document, version: current.version, jobDescriptionID: id, organizationID: caller.organizationID,
            settings: settings, forcedRules: forcedRules, publishedBy: caller.author, now: now
        )
        publishing.board.invalidate(slug: caller.organizationSlug)
        jobDescriptions.forget(id)
        return .ok(.init(body: .json(representation(of: posting, slug: caller.organizationSlug))))
    }

    func unpublishJobDescription(
        _ input: Operations.UnpublishJobDescription.Input
    ) async throws -> Operations.UnpublishJobDescription.Output {
        let caller = try Caller.required()
        let id = try Self.uuid(input.path.id)
        try await publishing.store.unpublish(jobDescriptionID: id, organizationID: caller.organizationID, now: publishing.storedNow())
        publishing.board.invalidate(slug: caller.organizationSlug)
        jobDescriptions.forget(id)
        return .noContent(.init())
    }

    func listPostings(_ input: Operations.ListPostings.Input) async throws -> Operations.ListPostings.Output {
        let caller = try Caller.required()
        var jobDescriptionID: UUID?
        if let text = input.query.jobDescriptionId {
            guard let id = UUID(uuidString: text) else { throw APIProblem.badRequest("jobDescriptionId must be a UUID.") }
            jobDescriptionID = id
        }
        do {
            let page = try await publishing.store.list(
                organizationID: caller.organizationID, jobDescriptionID: jobDescriptionID,
                status: input.query.status.flatMap { PostingStatus(rawValue: $0.rawValue) }, now: publishing.now(),
                after: input.query.cursor, limit: try Self.pageSize(input.query.limit)
            )
            let items = page.items.map { representation(of: $0, slug: caller.organizationSlug) }
            return .ok(.init(body: .json(.init(items: items, nextCursor: .cursor(page.nextCursor)))))
        } catch is InvalidCursor {
            throw APIProblem.badRequest("cursor is not one this server gave out; start again without it.")
        }
    }

    func getPostingStats(_ input: Operations.GetPostingStats.Input) async throws -> Operations.GetPostingStats.Output {
        let caller = try Caller.required()
        let id = try Self.uuid(input.path.id)
        guard try await jobDescriptions.find(id, organizationID: caller.organizationID) != nil else { throw APIProblem.notFound() }
        guard let posting = try await publishing.store.posting(jobDescriptionID: id, organizationID: caller.organizationID) else {
            return .ok(.init(body: .json(.init(views: 0, applyClicks: 0, days: []))))
        }
        // Counts wait in memory for a few seconds; write this server's so the answer includes them.
        try await publishing.counters.flush()
        let counts = try await publishing.store.counts(postingID: posting.id, days: 90)
        let days = counts.daily.map { Components.Schemas.PostingStats.DaysPayloadPayload(date: $0.day, views: $0.views, applyClicks: $0.applyClicks) }
        return .ok(
            .init(body: .json(.init(views: counts.views, applyClicks: counts.applyClicks, since: posting.firstPublishedAt, days: days)))
        )
    }

    /// The API form of a posting.
    func representation(of posting: Posting, slug: String) -> Components.Schemas.Posting {
        Components.Schemas.Posting(
            id: posting.id.uuidString.lowercased(),
            jobDescriptionId: posting.jobDescriptionID.uuidString.lowercased(),
            version: posting.version,
            status: .init(rawValue: posting.status(at: publishing.now()).rawValue) ?? .open,
            department: posting.department,
            requisitionId: posting.requisitionID,
            applyUrl: posting.applyURL,
            applyEmail: posting.applyEmail,
            validThrough: posting.validThrough,
            publishedAt: posting.publishedAt,
            updatedAt: posting.updatedAt,
            firstPublishedAt: posting.firstPublishedAt,
            unpublishedAt: posting.unpublishedAt,
            url: publishing.links.posting(slug, posting.id),
            forced: posting.forced,
            forcedRules: posting.forcedRules,
            publishedBy: posting.publishedBy
        )
    }

    /// A client's date at the millisecond precision both engines store exactly.
    static func storedPrecision(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}

extension APIProblem {
    /// Publishing refused because of lint errors: each is listed in `errors` (pointer, message, rule) and in full in
    /// `findings`.
    static func publishingBlocked(by errors: [LintFinding]) -> APIProblem {
        let rules = errors.map(\.rule)
        let summary = rules.prefix(3).joined(separator: ", ") + (rules.count > 3 ? " and \(rules.count - 3) more" : "")
        return APIProblem(
            status: .unprocessableContent,
            detail: "Publishing is blocked by \(errors.count == 1 ? "a lint error" : "\(errors.count) lint errors") (\(summary)). "
                + "Fix the document, or publish with \"force\": true to publish anyway (recorded on the posting).",
            errors: errors.map { FieldError(pointer: $0.section, detail: $0.message, rule: $0.rule) },
            findings: errors
        )
    }
}
