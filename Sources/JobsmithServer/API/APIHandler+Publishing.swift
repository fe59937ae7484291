import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithCore
import JobsmithDomain
import JobsmithLint

extension APIHandler {
    func publishJobDescription(_ input: Operations.PublishJobDescription.Input) async throws -> Operations.PublishJobDescription.Output {
        let caller = try RequestCaller.required()
        let id = try Self.uuid(input.path.id)
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let request = PublishRequest(
            applyURL: body.applyUrl, applyEmail: body.applyEmail, validThrough: body.validThrough, department: body.department,
            requisitionID: body.requisitionId, force: body.force == true
        )
        let posting = try await publishing.publish(id, request, expected: EntityTags.optionalPrecondition(from: input.headers.ifMatch), by: caller)
        return .ok(.init(body: .json(representation(of: posting, slug: caller.organization.slug))))
    }

    func unpublishJobDescription(
        _ input: Operations.UnpublishJobDescription.Input
    ) async throws -> Operations.UnpublishJobDescription.Output {
        let caller = try RequestCaller.required()
        try await publishing.unpublish(try Self.uuid(input.path.id), by: caller)
        return .noContent(.init())
    }

    func listPostings(_ input: Operations.ListPostings.Input) async throws -> Operations.ListPostings.Output {
        let caller = try RequestCaller.required()
        var jobDescriptionID: UUID?
        if let text = input.query.jobDescriptionId {
            guard let id = UUID(uuidString: text) else { throw APIProblem.badRequest("jobDescriptionId must be a UUID.") }
            jobDescriptionID = id
        }
        do {
            let page = try await publishing.postings(
                jobDescriptionID: jobDescriptionID, status: input.query.status.flatMap { PostingStatus(rawValue: $0.rawValue) },
                compliance: input.query.compliance.flatMap { PostingCompliance.Status(rawValue: $0.rawValue) }, after: input.query.cursor,
                limit: try Self.pageSize(input.query.limit), by: caller
            )
            let items = page.items.map { representation(of: $0, slug: caller.organization.slug) }
            return .ok(.init(body: .json(.init(items: items, nextCursor: .cursor(page.nextCursor)))))
        } catch is InvalidCursor {
            throw APIProblem.badRequest("cursor is not one this server gave out; start again without it.")
        }
    }

    func getPostingStats(_ input: Operations.GetPostingStats.Input) async throws -> Operations.GetPostingStats.Output {
        let caller = try RequestCaller.required()
        guard let stats = try await publishing.stats(of: try Self.uuid(input.path.id), days: 90, by: caller) else {
            return .ok(.init(body: .json(.init(views: 0, applyClicks: 0, days: []))))
        }
        let days = stats.daily.map { Components.Schemas.PostingStats.DaysPayloadPayload(date: $0.day, views: $0.views, applyClicks: $0.applyClicks) }
        return .ok(
            .init(body: .json(.init(views: stats.views, applyClicks: stats.applyClicks, since: stats.posting.firstPublishedAt, days: days)))
        )
    }

    /// The API form of a posting.
    func representation(of posting: Posting, slug: String) -> Components.Schemas.Posting {
        Components.Schemas.Posting(
            id: posting.id.uuidString.lowercased(),
            jobDescriptionId: posting.jobDescriptionID.uuidString.lowercased(),
            version: posting.version,
            status: .init(rawValue: posting.status(at: clock.now()).rawValue) ?? .open,
            department: posting.department,
            requisitionId: posting.requisitionID,
            applyUrl: posting.applyURL,
            applyEmail: posting.applyEmail,
            validThrough: posting.validThrough,
            publishedAt: posting.publishedAt,
            updatedAt: posting.updatedAt,
            firstPublishedAt: posting.firstPublishedAt,
            unpublishedAt: posting.unpublishedAt,
            url: links.posting(slug, posting.id),
            forced: posting.forced,
            forcedRules: posting.forcedRules,
            publishedBy: posting.publishedBy,
            compliance: posting.compliance.map {
                .init(
                    status: .init(rawValue: $0.status.rawValue) ?? .failing, failingRules: $0.failingRules, lawTableVersion: $0.lawTableVersion,
                    checkedAt: $0.checkedAt)
            }
        )
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
