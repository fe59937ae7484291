import FluentKit
import Foundation
import SQLKit

extension OrganizationTransfer {
    /// Writes the organization `slug` line by line, from one consistent snapshot of the database, to `write` (each
    /// call one line with its newline).
    /// - Throws: ``OrganizationDirectory/Failure/unknownOrganization(_:)``, and what `write` throws.
    public func export(slug: String, to write: @escaping @Sendable (String) throws -> Void) async throws -> Summary {
        let isPostgres = if case .postgres = owner.location { true } else { false }
        return try await owner.database.transaction { database in
            if isPostgres {
                // One snapshot for every query of the export, so rows written meanwhile never tear it.
                try await (database as! any SQLDatabase).raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            }
            guard let organization = try await OrganizationModel.query(on: database).filter(\.$slug == slug).first() else {
                throw OrganizationDirectory.Failure.unknownOrganization(slug)
            }
            var writer = RecordWriter(write: write)
            writer.summary.slug = slug
            try writer.header(.header(.init(format: TransferCoding.format, formatVersion: TransferCoding.formatVersion, exportedAt: Date())))
            let organizationID = try organization.requireID()
            try writer.record(
                .organization(.init(id: organizationID, slug: organization.slug, name: organization.name, createdAt: organization.createdAt)))
            try await Self.exportRows(of: organizationID, on: database, to: &writer)
            try writer.header(.end(.init(records: writer.summary.records)))
            return writer.summary
        }
    }

    private static func exportRows(of organizationID: UUID, on database: any Database, to writer: inout RecordWriter) async throws {
        if let profile = try await CompanyProfileModel.query(on: database).filter(\.$organizationID == organizationID).first() {
            try writer.record(.companyProfile(.init(id: try profile.requireID(), profile: profile.profile, updatedAt: profile.updatedAt)))
        }
        try await pages(UserModel.query(on: database).filter(\.$organizationID == organizationID)) { user in
            writer.summary.users += 1
            try writer.record(.user(Self.record(user)))
        }
        try await pages(APITokenModel.query(on: database).filter(\.$organizationID == organizationID)) { token in
            writer.summary.apiTokens += 1
            try writer.record(
                .apiToken(
                    .init(
                        id: try token.requireID(), name: token.name, tokenHash: token.tokenHash, role: token.role, userID: token.userID,
                        createdAt: token.createdAt, revokedAt: token.revokedAt
                    )
                )
            )
        }
        try await pages(TemplateModel.query(on: database).filter(\.$scope == organizationID.uuidString)) { template in
            writer.summary.templates += 1
            try writer.record(
                .template(
                    .init(id: try template.requireID(), template: template.template, createdAt: template.createdAt, updatedAt: template.updatedAt))
            )
        }
        try await pages(JobDescriptionModel.query(on: database).filter(\.$organizationID == organizationID)) { job in
            try await exportJobDescription(job, on: database, to: &writer)
        }
    }

    /// A job description, then its versions in order, then its posting and the posting's daily counts.
    private static func exportJobDescription(_ job: JobDescriptionModel, on database: any Database, to writer: inout RecordWriter) async throws {
        let id = try job.requireID()
        writer.summary.jobDescriptions += 1
        try writer.record(
            .jobDescription(
                .init(
                    id: id, title: job.title, status: job.status, version: job.version, document: job.document, createdAt: job.createdAt,
                    updatedAt: job.updatedAt, deletedAt: job.deletedAt
                )
            )
        )
        var lastNumber = 0
        while true {
            let versions = try await JobDescriptionVersionModel.query(on: database)
                .filter(\.$jobDescriptionID == id).filter(\.$number > lastNumber).sort(\.$number).limit(pageSize).all()
            for version in versions {
                writer.summary.versions += 1
                try writer.record(
                    .version(
                        .init(
                            id: try version.requireID(), jobDescriptionID: id, number: version.number, document: version.document,
                            author: version.author, createdAt: version.createdAt
                        )
                    )
                )
            }
            guard versions.count == pageSize, let last = versions.last else { break }
            lastNumber = last.number
        }
        guard let posting = try await JobPostingModel.query(on: database).filter(\.$jobDescriptionID == id).first() else { return }
        let postingID = try posting.requireID()
        writer.summary.postings += 1
        try writer.record(.posting(Self.record(posting, id: postingID)))
        let days = try await (database as! any SQLDatabase).select()
            .column("day").column("views").column("apply_clicks")
            .from(CreatePostingDailyCounts.schema).where("posting_id", .equal, postingID).orderBy("day")
            .all()
        for row in days {
            writer.summary.postingDays += 1
            try writer.record(
                .postingDay(
                    .init(
                        postingID: postingID, day: try row.decode(column: "day", as: String.self),
                        views: try row.decode(column: "views", as: Int.self),
                        applyClicks: try row.decode(column: "apply_clicks", as: Int.self)
                    )
                )
            )
        }
    }

    /// Runs `body` on every row of `query`, in id order, one page at a time.
    private static func pages<M: Model>(_ query: QueryBuilder<M>, _ body: (M) async throws -> Void) async throws where M.IDValue == UUID {
        var last: UUID?
        while true {
            let page = query.copy()
            if let last { page.filter(.id, .greaterThan, last) }
            let rows = try await page.sort(.id).limit(pageSize).all()
            for row in rows { try await body(row) }
            guard rows.count == pageSize, let id = rows.last?.id else { return }
            last = id
        }
    }

    private static func record(_ user: UserModel) throws -> TransferRecord.User {
        .init(
            id: try user.requireID(), email: user.email, name: user.name, passwordHash: user.passwordHash, role: user.role, createdAt: user.createdAt,
            lastSignInAt: user.lastSignInAt, deactivatedAt: user.deactivatedAt
        )
    }

    private static func record(_ posting: JobPostingModel, id: UUID) -> TransferRecord.Posting {
        .init(
            id: id, jobDescriptionID: posting.jobDescriptionID, version: posting.version, title: posting.title, document: posting.document,
            department: posting.department, requisitionID: posting.requisitionID, applyURL: posting.applyURL, applyEmail: posting.applyEmail,
            validThrough: posting.validThrough, forced: posting.forced, forcedRules: posting.forcedRules, publishedBy: posting.publishedBy,
            firstPublishedAt: posting.firstPublishedAt, publishedAt: posting.publishedAt, updatedAt: posting.updatedAt,
            unpublishedAt: posting.unpublishedAt, compliance: posting.compliance, complianceRules: posting.complianceRules,
            complianceLawVersion: posting.complianceLawVersion, complianceCheckedAt: posting.complianceCheckedAt
        )
    }
}

/// Encodes records and hands each line on, counting them.
private struct RecordWriter {
    let write: @Sendable (String) throws -> Void
    var summary = OrganizationTransfer.Summary()

    /// The header or end line, which the end record's count leaves out.
    func header(_ record: TransferRecord) throws {
        try write(try TransferCoding.encode(record) + "\n")
    }

    mutating func record(_ record: TransferRecord) throws {
        summary.records += 1
        try write(try TransferCoding.encode(record) + "\n")
    }
}
