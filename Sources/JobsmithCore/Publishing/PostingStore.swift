import FluentKit
import Foundation
import JobsmithDomain
import SQLKit

/// Reads and writes postings; ``PublishingService`` is its one caller for changes. Methods taking an organization are
/// scoped to it, like ``JobDescriptionStore``.
package struct PostingStore: Sendable {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// Makes the current version of `description` (a row read for change) its public posting, creating the posting on
    /// first publish, and marks the job description published. Runs inside the caller's write transaction.
    /// - Parameters:
    ///   - forcedRules: the lint error rules published over with `force`; empty when there were none.
    ///   - compliance: the verdict of the published version.
    package func publish(
        _ description: JobDescriptionModel, settings: PostingSettings, forcedRules: [String], compliance: PostingCompliance, publishedBy: String?,
        now: Date
    ) async throws -> Posting {
        let jobDescriptionID = try description.requireID()
        let existing = try await JobPostingModel.query(on: database).filter(\.$jobDescriptionID == jobDescriptionID).first()
        let model = existing ?? JobPostingModel()
        if existing == nil {
            model.id = UUID()
            model.organizationID = description.organizationID
            model.jobDescriptionID = jobDescriptionID
            model.firstPublishedAt = now
            model.publishedAt = now
        } else if let posting = try? Self.posting(model), !posting.isOpen(at: now) {
            // Withdrawn or expired: publishing again starts a new open period.
            model.publishedAt = now
        }
        model.version = description.version
        model.title = description.title
        model.document = description.document
        model.department = settings.department
        model.requisitionID = settings.requisitionID
        model.applyURL = settings.applyURL
        model.applyEmail = settings.applyEmail
        model.validThrough = settings.validThrough
        model.forced = !forcedRules.isEmpty
        model.forcedRules = Self.encodeRules(forcedRules)
        model.publishedBy = publishedBy
        model.updatedAt = now
        model.unpublishedAt = nil
        Self.store(compliance, on: model)
        try await model.save(on: database)
        if description.status != JobStatus.published.rawValue {
            description.status = JobStatus.published.rawValue
            try await description.update(on: database)
        }
        return try Self.posting(model)
    }

    /// Withdraws the posting of `description` (a row read for change) and marks the job description a draft again;
    /// returns the withdrawn posting, or nil when none was open. Runs inside the caller's write transaction.
    @discardableResult
    package func unpublish(_ description: JobDescriptionModel, now: Date) async throws -> Posting? {
        if description.status != JobStatus.draft.rawValue {
            description.status = JobStatus.draft.rawValue
            try await description.update(on: database)
        }
        guard
            let model = try await JobPostingModel.query(on: database)
                .filter(\.$jobDescriptionID == description.requireID()).filter(\.$unpublishedAt == nil).first()
        else { return nil }
        model.unpublishedAt = now
        try await model.update(on: database)
        return try Self.posting(model)
    }

    /// The job description's posting (open, expired or withdrawn), or nil when it was never published.
    package func posting(jobDescriptionID: UUID, organizationID: UUID) async throws -> Posting? {
        try await JobPostingModel.query(on: database)
            .filter(\.$jobDescriptionID == jobDescriptionID).filter(\.$organizationID == organizationID)
            .first().map(Self.posting)
    }

    /// One page of the organization's postings, most recently published first.
    /// - Parameters:
    ///   - jobDescriptionID: only this job description's posting.
    ///   - status: only postings in this state at `now`.
    ///   - compliance: only postings whose latest verdict is this.
    ///   - cursor: the `nextCursor` of the previous page.
    /// - Throws: ``InvalidCursor`` for a cursor this server did not make.
    package func list(
        organizationID: UUID, jobDescriptionID: UUID?, status: PostingStatus?, compliance: PostingCompliance.Status? = nil, now: Date,
        after cursor: String?, limit: Int
    ) async throws -> (items: [Posting], nextCursor: String?) {
        var query = JobPostingModel.query(on: database).filter(\.$organizationID == organizationID)
        if let jobDescriptionID { query = query.filter(\.$jobDescriptionID == jobDescriptionID) }
        if let compliance { query = query.filter(\.$compliance == compliance.rawValue) }
        switch status {
        case .open:
            query = query.filter(\.$unpublishedAt == nil).group(.or) { $0.filter(\.$validThrough == nil).filter(\.$validThrough > now) }
        case .expired:
            query = query.filter(\.$unpublishedAt == nil).filter(\.$validThrough <= now)
        case .unpublished:
            query = query.filter(\.$unpublishedAt != nil)
        case nil:
            break
        }
        if let cursor {
            guard let position = PageCursor(cursor) else { throw InvalidCursor() }
            let updatedAt = position.createdAt
            query = query.group(.or) {
                $0.filter(\.$updatedAt < updatedAt).group(.and) { $0.filter(\.$updatedAt == updatedAt).filter(\.$id < position.id) }
            }
        }
        let models = try await query.sort(\.$updatedAt, .descending).sort(\.$id, .descending).limit(limit + 1).all()
        let page = try models.prefix(limit).map(Self.posting)
        let next = models.count > limit ? page.last.map { PageCursor(createdAt: $0.updatedAt, id: $0.id).encoded } : nil
        return (page, next)
    }

    /// The organization's open postings at `now`, newest publish first. One query on the `(organization_id,
    /// unpublished_at)` index.
    package func openPostings(organizationID: UUID, now: Date) async throws -> [Posting] {
        try await openQuery(now: now).filter(\.$organizationID == organizationID).sort(\.$updatedAt, .descending).sort(\.$id).all()
            .map(Self.posting)
    }

    /// The organization ids that have open postings at `now`, for the re-check of every organization.
    package func organizationsWithOpenPostings(now: Date) async throws -> [UUID] {
        Array(Set(try await openQuery(now: now).field(\.$organizationID).all().map(\.organizationID))).sorted { $0.uuidString < $1.uuidString }
    }

    /// The open rows of `organizationID` to re-check, read for change in the caller's write transaction.
    func openRowsForRecheck(organizationID: UUID, now: Date) async throws -> [JobPostingModel] {
        try await openQuery(now: now).filter(\.$organizationID == organizationID).sort(\.$id).all()
    }

    /// Postings that are public at `now`: not withdrawn and not past `validThrough`.
    private func openQuery(now: Date) -> QueryBuilder<JobPostingModel> {
        JobPostingModel.query(on: database).filter(\.$unpublishedAt == nil)
            .group(.or) { $0.filter(\.$validThrough == nil).filter(\.$validThrough > now) }
    }

    /// Views and apply clicks of a posting: totals, and the latest `days` days that have any.
    package func counts(postingID: UUID, days: Int) async throws -> (views: Int, applyClicks: Int, daily: [DailyCount]) {
        let sql = database as! any SQLDatabase
        let rows = try await sql.select()
            .column("day").column("views").column("apply_clicks")
            .from(CreatePostingDailyCounts.schema)
            .where("posting_id", .equal, postingID)
            .orderBy("day", .descending)
            .all()
        var daily: [DailyCount] = []
        var views = 0
        var clicks = 0
        for row in rows {
            let count = DailyCount(
                day: try row.decode(column: "day", as: String.self), views: try row.decode(column: "views", as: Int.self),
                applyClicks: try row.decode(column: "apply_clicks", as: Int.self)
            )
            views += count.views
            clicks += count.applyClicks
            if daily.count < days { daily.append(count) }
        }
        return (views, clicks, daily)
    }

    /// Adds to a posting's counts for one day: a single parameterized upsert, so concurrent writers never lose counts.
    func addCounts(postingID: UUID, day: String, views: Int, applyClicks: Int) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw(
            """
            INSERT INTO posting_daily_counts (posting_id, day, views, apply_clicks) \
            VALUES (\(bind: postingID), \(bind: day), \(bind: views), \(bind: applyClicks)) \
            ON CONFLICT (posting_id, day) DO UPDATE SET \
            views = posting_daily_counts.views + excluded.views, \
            apply_clicks = posting_daily_counts.apply_clicks + excluded.apply_clicks
            """
        ).run()
    }

    /// The posting a stored row holds.
    static func posting(_ model: JobPostingModel) throws -> Posting {
        let id = try model.requireID()
        return Posting(
            id: id,
            organizationID: model.organizationID,
            jobDescriptionID: model.jobDescriptionID,
            version: model.version,
            document: try DocumentCoding.decode(model.document, id: model.jobDescriptionID),
            department: model.department,
            requisitionID: model.requisitionID,
            applyURL: model.applyURL,
            applyEmail: model.applyEmail,
            validThrough: model.validThrough,
            forced: model.forced,
            forcedRules: (try? JSONDecoder().decode([String].self, from: Data(model.forcedRules.utf8))) ?? [],
            publishedBy: model.publishedBy,
            firstPublishedAt: model.firstPublishedAt,
            publishedAt: model.publishedAt,
            updatedAt: model.updatedAt,
            unpublishedAt: model.unpublishedAt,
            compliance: Self.compliance(model)
        )
    }

    /// The stored verdict of a row, nil when it has none (or an unknown status).
    private static func compliance(_ model: JobPostingModel) -> PostingCompliance? {
        guard let status = model.compliance.flatMap(PostingCompliance.Status.init(rawValue:)), let checkedAt = model.complianceCheckedAt else {
            return nil
        }
        let rules = model.complianceRules.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        return PostingCompliance(status: status, failingRules: rules, lawTableVersion: model.complianceLawVersion ?? "", checkedAt: checkedAt)
    }

    /// Stores `compliance` on `model` (saved by the caller).
    static func store(_ compliance: PostingCompliance, on model: JobPostingModel) {
        model.compliance = compliance.status.rawValue
        model.complianceRules = encodeRules(compliance.failingRules)
        model.complianceLawVersion = compliance.lawTableVersion
        model.complianceCheckedAt = compliance.checkedAt
    }

    private static func encodeRules(_ rules: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(rules)) ?? Data("[]".utf8), as: UTF8.self)
    }
}

/// One day's counts of a posting.
public struct DailyCount: Sendable, Equatable {
    /// The UTC day, `YYYY-MM-DD`.
    public let day: String
    public let views: Int
    public let applyClicks: Int
}
