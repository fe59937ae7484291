import FluentKit
import FluentSQL
import Foundation
import JobsmithDomain
import SQLKit

/// Reads and writes an organization's job descriptions. Every method is scoped to one organization: another
/// organization's ids behave exactly like ids that do not exist.
public struct JobDescriptionStore: Sendable {
    /// How long a deleted job description stays restorable.
    public static let trashRetention: TimeInterval = 30 * 24 * 3600

    let database: any Database
    let cache: JobDescriptionCache?

    /// - Parameter cache: shared recent reads; writes through this store keep it current.
    public init(database: any Database, cache: JobDescriptionCache? = nil) {
        self.database = database
        self.cache = cache
    }

    /// Stores `document` as version 1 of a new draft.
    public func create(_ document: JobDocument, organizationID: UUID, author: String?) async throws -> StoredJobDescription {
        let now = Self.now()
        let model = JobDescriptionModel()
        model.id = UUID()
        model.organizationID = organizationID
        model.title = document.title
        model.status = JobStatus.draft.rawValue
        model.version = 1
        model.document = DocumentCoding.encode(document)
        model.createdAt = now
        model.updatedAt = now
        try await database.transaction { database in
            try await model.create(on: database)
            try await JobDescriptionVersionModel(
                jobDescriptionID: model.id!, number: 1, document: model.document, author: author, createdAt: now
            ).create(on: database)
        }
        return remember(try Self.stored(model))
    }

    /// The job description `id`, or nil when the organization has none (or it is in the trash).
    public func find(_ id: UUID, organizationID: UUID) async throws -> StoredJobDescription? {
        if let cached = cache?.value(for: id), cached.organizationID == organizationID { return cached }
        guard let model = try await live(id, organizationID: organizationID, on: database) else { return nil }
        return remember(try Self.stored(model))
    }

    /// Drops a cached read after a change made outside this store (publishing changes the status).
    public func forget(_ id: UUID) {
        cache?.remove(id)
    }

    private func remember(_ stored: StoredJobDescription) -> StoredJobDescription {
        cache?.set(stored, for: stored.id)
        return stored
    }

    /// One page of the organization's job descriptions, newest first.
    /// - Parameters:
    ///   - titleContains: only titles containing this text, ignoring case.
    ///   - status: only this status; `nil` for all live ones.
    ///   - inTrash: list deleted (still restorable) ones instead of live ones.
    public func list(
        organizationID: UUID, titleContains: String?, status: JobStatus?, inTrash: Bool, after cursor: String?, limit: Int
    ) async throws -> (items: [StoredJobDescription], nextCursor: String?) {
        let sql = database as! any SQLDatabase
        var query = sql.select().column(SQLLiteral.all).from(JobDescriptionModel.schema)
            .where("organization_id", .equal, organizationID)
        if inTrash {
            query = query.where("deleted_at", .isNot, SQLLiteral.null)
                .where("deleted_at", .greaterThan, Date().addingTimeInterval(-Self.trashRetention))
        } else {
            query = query.where("deleted_at", .is, SQLLiteral.null)
        }
        if let status { query = query.where("status", .equal, status.rawValue) }
        if let text = titleContains?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            query = query.where(
                SQLQueryString("LOWER(title) LIKE \(bind: "%" + Self.likeEscaped(text.lowercased()) + "%") ESCAPE '!'")
            )
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

    /// Saves `document` as the next version, if `expectedVersion` is still the current one.
    /// - Throws: ``StoreError/notFound`` or ``StoreError/versionMismatch(current:)``; nothing is changed then.
    public func save(
        _ document: JobDocument, id: UUID, organizationID: UUID, expectedVersion: Int, author: String?
    ) async throws -> StoredJobDescription {
        try await database.transaction { database in
            guard let model = try await live(id, organizationID: organizationID, on: database) else { throw StoreError.notFound }
            guard model.version == expectedVersion else { throw StoreError.versionMismatch(current: model.version) }
            let now = Self.now()
            model.version += 1
            model.title = document.title
            model.document = DocumentCoding.encode(document)
            model.updatedAt = now
            do {
                // The unique (job, number) index makes a concurrent save of the same version fail here.
                try await JobDescriptionVersionModel(
                    jobDescriptionID: id, number: model.version, document: model.document, author: author, createdAt: now
                ).create(on: database)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                throw StoreError.versionMismatch(current: model.version)
            }
            try await model.update(on: database)
            return remember(try Self.stored(model))
        }
    }

    /// Moves the job description to the trash, if `expectedVersion` is still the current one, and withdraws its posting.
    public func delete(_ id: UUID, organizationID: UUID, expectedVersion: Int) async throws {
        try await database.transaction { database in
            guard let model = try await live(id, organizationID: organizationID, on: database) else { throw StoreError.notFound }
            guard model.version == expectedVersion else { throw StoreError.versionMismatch(current: model.version) }
            let now = Date()
            model.deletedAt = now
            // A job description in the trash is not public: its posting is withdrawn, and it is restored as a draft.
            model.status = JobStatus.draft.rawValue
            try await model.update(on: database)
            try await JobPostingModel.query(on: database)
                .filter(\.$jobDescriptionID == id).filter(\.$unpublishedAt == nil)
                .set(\.$unpublishedAt, to: now)
                .update()
        }
        cache?.remove(id)
    }

    /// Takes a job description out of the trash; after 30 days it is gone for good.
    public func restore(_ id: UUID, organizationID: UUID) async throws -> StoredJobDescription {
        guard
            let model = try await JobDescriptionModel.query(on: database)
                .filter(\.$id == id).filter(\.$organizationID == organizationID).first()
        else { throw StoreError.notFound }
        guard let deletedAt = model.deletedAt else { return try Self.stored(model) }
        guard deletedAt > Date().addingTimeInterval(-Self.trashRetention) else { throw StoreError.notFound }
        model.deletedAt = nil
        try await model.update(on: database)
        return remember(try Self.stored(model))
    }

    /// Removes job descriptions that have been in the trash longer than 30 days; returns how many.
    @discardableResult
    public func purgeExpiredTrash() async throws -> Int {
        let cutoff = Date().addingTimeInterval(-Self.trashRetention)
        let expired = try await JobDescriptionModel.query(on: database).filter(\.$deletedAt < cutoff).all()
        for model in expired { try await model.delete(on: database) }
        return expired.count
    }

    /// One page of a job description's versions, newest first; `after` is the version number that ended the last page.
    public func versions(of id: UUID, organizationID: UUID, after: Int?, limit: Int) async throws -> (items: [StoredVersion], next: Int?) {
        guard try await live(id, organizationID: organizationID, on: database) != nil else { throw StoreError.notFound }
        var query = JobDescriptionVersionModel.query(on: database).filter(\.$jobDescriptionID == id)
        if let after { query = query.filter(\.$number < after) }
        let models = try await query.sort(\.$number, .descending).limit(limit + 1).all()
        let page = try models.prefix(limit).map { try Self.stored($0, id: id) }
        return (page, models.count > limit ? page.last?.number : nil)
    }

    /// Version `number` of a job description, or nil when it has no such version.
    public func version(_ number: Int, of id: UUID, organizationID: UUID) async throws -> StoredVersion? {
        guard try await live(id, organizationID: organizationID, on: database) != nil else { throw StoreError.notFound }
        return try await JobDescriptionVersionModel.query(on: database)
            .filter(\.$jobDescriptionID == id).filter(\.$number == number).first()
            .map { try Self.stored($0, id: id) }
    }

    private func live(_ id: UUID, organizationID: UUID, on database: any Database) async throws -> JobDescriptionModel? {
        try await JobDescriptionModel.query(on: database)
            .filter(\.$id == id).filter(\.$organizationID == organizationID).filter(\.$deletedAt == nil)
            .first()
    }

    static func stored(_ model: JobDescriptionModel) throws -> StoredJobDescription {
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

    /// The current time at millisecond precision, which both engines store and compare exactly.
    static func now() -> Date {
        Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "!", with: "!!").replacingOccurrences(of: "%", with: "!%").replacingOccurrences(of: "_", with: "!_")
    }
}

/// A `cursor` that this server did not produce.
public struct InvalidCursor: Error {}
