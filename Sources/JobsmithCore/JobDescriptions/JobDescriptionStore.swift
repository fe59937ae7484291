import FluentKit
import FluentSQL
import Foundation
import JobsmithDomain
import SQLKit

/// Reads and writes an organization's job descriptions; ``JobDescriptionService`` is its one caller for changes. A
/// store is bound to a database: the application's for reads, a write transaction's for changes (then it never opens
/// a transaction of its own). Every method is scoped to one organization: another organization's ids behave exactly
/// like ids that do not exist.
package struct JobDescriptionStore: Sendable {
    /// How long a deleted job description stays restorable.
    package static let trashRetention: TimeInterval = 30 * 24 * 3600

    let database: any Database
    let clock: WallClock

    package init(database: any Database, clock: WallClock) {
        self.database = database
        self.clock = clock
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    // MARK: Reads

    /// The live job description `id`, or nil when the organization has none (or it is in the trash).
    package func find(_ id: UUID, organizationID: UUID) async throws -> StoredJobDescription? {
        try await live(id, organizationID: organizationID).map(Self.stored)
    }

    /// One page of the organization's job descriptions, newest first.
    /// - Parameters:
    ///   - titleContains: only titles containing this text, ignoring case.
    ///   - status: only this status; `nil` for all live ones.
    ///   - inTrash: list deleted (still restorable) ones instead of live ones.
    /// - Throws: ``InvalidCursor`` for a cursor this server did not make.
    package func list(
        organizationID: UUID, titleContains: String?, status: JobStatus?, inTrash: Bool, after cursor: String?, limit: Int
    ) async throws -> (items: [StoredJobDescription], nextCursor: String?) {
        var query = sql.select().column(SQLLiteral.all).from(JobDescriptionModel.schema)
            .where("organization_id", .equal, organizationID)
        if inTrash {
            query = query.where("deleted_at", .isNot, SQLLiteral.null)
                .where("deleted_at", .greaterThan, clock.now().addingTimeInterval(-Self.trashRetention))
        } else {
            query = query.where("deleted_at", .is, SQLLiteral.null)
        }
        if let status { query = query.where("status", .equal, status.rawValue) }
        if let text = titleContains?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            query = query.where(
                SQLQueryString("LOWER(title) LIKE \(bind: "%" + Self.likeEscaped(text.lowercased()) + "%") ESCAPE '!'")
            )
            if let rows = try await titleCandidates(containing: text.lowercased()) {
                guard !rows.isEmpty else { return ([], nil) }
                query = query.where(SQLColumn("rowid"), .in, SQLGroupExpression(rows.map { SQLBind($0) }))
            }
        }
        if let cursor {
            guard let position = PageCursor(cursor) else { throw InvalidCursor() }
            let createdAt = position.createdAt
            query = query.where {
                $0.where("created_at", .lessThan, createdAt)
                    .orWhere { $0.where("created_at", .equal, createdAt).where("id", .lessThan, position.id) }
            }
        }
        let rows = try await query.orderBy("created_at", .descending).orderBy("id", .descending).limit(limit + 1).all()
        let models = try rows.map { try $0.decode(fluentModel: JobDescriptionModel.self) }
        let page = try models.prefix(limit).map(Self.stored)
        let next = models.count > limit ? page.last.map { PageCursor(createdAt: $0.createdAt, id: $0.id).encoded } : nil
        return (page, next)
    }

    /// One page of a job description's versions, newest first; `after` is the version number that ended the last page.
    /// - Throws: ``StoreError/notFound`` when the organization has no such live job description.
    package func versions(of id: UUID, organizationID: UUID, after: Int?, limit: Int) async throws -> (items: [StoredVersion], next: Int?) {
        guard try await live(id, organizationID: organizationID) != nil else { throw StoreError.notFound }
        var query = JobDescriptionVersionModel.query(on: database).filter(\.$jobDescriptionID == id)
        if let after { query = query.filter(\.$number < after) }
        let models = try await query.sort(\.$number, .descending).limit(limit + 1).all()
        let page = try models.prefix(limit).map { try Self.stored($0, id: id) }
        return (page, models.count > limit ? page.last?.number : nil)
    }

    /// Version `number` of a job description, or nil when it has no such version.
    /// - Throws: ``StoreError/notFound`` when the organization has no such live job description.
    package func version(_ number: Int, of id: UUID, organizationID: UUID) async throws -> StoredVersion? {
        guard try await live(id, organizationID: organizationID) != nil else { throw StoreError.notFound }
        return try await JobDescriptionVersionModel.query(on: database)
            .filter(\.$jobDescriptionID == id).filter(\.$number == number).first()
            .map { try Self.stored($0, id: id) }
    }

    /// Who saved the given versions, keyed by job description id; for lists that show the last editor.
    package func authors(of versions: [(id: UUID, number: Int)]) async throws -> [UUID: String] {
        guard !versions.isEmpty else { return [:] }
        let wanted = Dictionary(versions.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        let models = try await JobDescriptionVersionModel.query(on: database)
            .filter(\.$jobDescriptionID ~~ Array(wanted.keys))
            .filter(\.$number ~~ Array(Set(wanted.values)))
            .all()
        var authors: [UUID: String] = [:]
        for model in models where wanted[model.jobDescriptionID] == model.number {
            authors[model.jobDescriptionID] = model.author ?? ""
        }
        return authors
    }

    // MARK: Changes (inside a write transaction)

    /// The live job description `id`, read for change: its row stays locked until the transaction ends (PostgreSQL;
    /// on SQLite the immediate transaction already excludes other writers).
    package func lockedForChange(_ id: UUID, organizationID: UUID) async throws -> JobDescriptionModel? {
        try await sql.select().column(SQLLiteral.all).from(JobDescriptionModel.schema)
            .where("id", .equal, id).where("organization_id", .equal, organizationID).where("deleted_at", .is, SQLLiteral.null)
            .for(.update)
            .first(decodingFluent: JobDescriptionModel.self)
    }

    /// Stores `document` as version 1 of a new draft.
    package func insert(_ document: JobDocument, organizationID: UUID, author: String?, at now: Date) async throws -> StoredJobDescription {
        let model = JobDescriptionModel()
        model.id = UUID()
        model.organizationID = organizationID
        model.title = document.title
        model.status = JobStatus.draft.rawValue
        model.version = 1
        model.document = DocumentCoding.encode(document)
        model.createdAt = now
        model.updatedAt = now
        try await model.create(on: database)
        try await JobDescriptionVersionModel(
            jobDescriptionID: model.id!, number: 1, document: model.document, author: author, createdAt: now
        ).create(on: database)
        return try Self.stored(model)
    }

    /// Saves `document` as the next version of `model`, a row read with ``lockedForChange(_:organizationID:)``.
    package func appendVersion(_ document: JobDocument, to model: JobDescriptionModel, author: String?, at now: Date) async throws
        -> StoredJobDescription
    {
        model.version += 1
        model.title = document.title
        model.document = DocumentCoding.encode(document)
        model.updatedAt = now
        do {
            // The unique (job, number) index stays the last guard against a concurrent save of the same version.
            try await JobDescriptionVersionModel(
                jobDescriptionID: try model.requireID(), number: model.version, document: model.document, author: author, createdAt: now
            ).create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw StoreError.versionMismatch(current: model.version)
        }
        try await model.update(on: database)
        return try Self.stored(model)
    }

    /// Moves `model` to the trash and withdraws its posting: a job description in the trash is not public, and it is
    /// restored as a draft.
    package func moveToTrash(_ model: JobDescriptionModel, at now: Date) async throws {
        model.deletedAt = now
        model.status = JobStatus.draft.rawValue
        try await model.update(on: database)
        try await JobPostingModel.query(on: database)
            .filter(\.$jobDescriptionID == model.requireID()).filter(\.$unpublishedAt == nil)
            .set(\.$unpublishedAt, to: now)
            .update()
    }

    /// Takes a job description out of the trash, or returns it unchanged when it is live (`restored` false).
    /// - Throws: ``StoreError/notFound`` when it does not exist or left the trash for good (after 30 days).
    package func restoreFromTrash(_ id: UUID, organizationID: UUID) async throws -> (stored: StoredJobDescription, restored: Bool) {
        guard
            let model = try await sql.select().column(SQLLiteral.all).from(JobDescriptionModel.schema)
                .where("id", .equal, id).where("organization_id", .equal, organizationID)
                .for(.update)
                .first(decodingFluent: JobDescriptionModel.self)
        else { throw StoreError.notFound }
        guard let deletedAt = model.deletedAt else { return (try Self.stored(model), false) }
        guard deletedAt > clock.now().addingTimeInterval(-Self.trashRetention) else { throw StoreError.notFound }
        model.deletedAt = nil
        try await model.update(on: database)
        return (try Self.stored(model), true)
    }

    /// Removes job descriptions that have been in the trash longer than 30 days; returns how many.
    @discardableResult
    package func purgeExpiredTrash() async throws -> Int {
        let cutoff = clock.now().addingTimeInterval(-Self.trashRetention)
        let expired = try await JobDescriptionModel.query(on: database).filter(\.$deletedAt < cutoff).all()
        for model in expired { try await model.delete(on: database) }
        return expired.count
    }

    private func live(_ id: UUID, organizationID: UUID) async throws -> JobDescriptionModel? {
        try await JobDescriptionModel.query(on: database)
            .filter(\.$id == id).filter(\.$organizationID == organizationID).filter(\.$deletedAt == nil)
            .first()
    }

    package static func stored(_ model: JobDescriptionModel) throws -> StoredJobDescription {
        let id = try model.requireID()
        return StoredJobDescription(
            id: id,
            organizationID: model.organizationID,
            document: try DocumentCoding.decode(model.document, id: id),
            version: model.version,
            status: JobStatus(rawValue: model.status) ?? .draft,
            createdAt: model.createdAt,
            updatedAt: model.updatedAt,
            deletedAt: model.deletedAt
        )
    }

    static func stored(_ model: JobDescriptionVersionModel, id: UUID) throws -> StoredVersion {
        StoredVersion(
            number: model.number, document: try DocumentCoding.decode(model.document, id: id), author: model.author,
            createdAt: model.createdAt
        )
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "!", with: "!!").replacingOccurrences(of: "%", with: "!%").replacingOccurrences(of: "_", with: "!_")
    }
}

/// A `cursor` that this server did not produce.
public struct InvalidCursor: Error {}
