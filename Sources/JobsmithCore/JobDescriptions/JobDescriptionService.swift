import FluentKit
import Foundation
import JobsmithDomain

/// Every use case of a job description, for every front door: each method validates, scopes to the caller's
/// organization, reads and checks the stored version inside its write transaction, writes, and emits its event.
public struct JobDescriptionService: Sendable {
    let writer: Writer
    let store: JobDescriptionStore
    let cache: JobDescriptionCache
    let templates: TemplateStore
    let profiles: CompanyProfileStore

    package init(writer: Writer, cache: JobDescriptionCache) {
        self.writer = writer
        let database = writer.owner.database
        store = JobDescriptionStore(database: database, clock: writer.clock)
        self.cache = cache
        templates = TemplateStore(database: database, clock: writer.clock)
        profiles = CompanyProfileStore(database: database, clock: writer.clock)
    }

    // MARK: Reads

    /// The caller's live job description `id`, or nil; recent reads come from memory (at most two seconds old when an
    /// invalidation from another instance was missed).
    public func find(_ id: UUID, by caller: Caller) async throws -> StoredJobDescription? {
        try caller.require(.readJobs)
        if let cached = cache.value(for: id), cached.organizationID == caller.organizationID { return cached }
        let generation = cache.generation
        guard let stored = try await store.find(id, organizationID: caller.organizationID) else { return nil }
        cache.set(stored, for: id, readSince: generation)
        return stored
    }

    /// The caller's live job description `id`, read from the database.
    /// - Throws: ``StoreError/notFound``.
    public func current(_ id: UUID, by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.readJobs)
        guard let stored = try await store.find(id, organizationID: caller.organizationID) else { throw StoreError.notFound }
        return stored
    }

    /// One page of the caller's job descriptions, newest first.
    /// - Parameters:
    ///   - titleContains: only titles containing this text, ignoring case.
    ///   - status: only this status; nil for every live one.
    ///   - inTrash: the deleted (still restorable) ones instead of the live ones.
    /// - Throws: ``InvalidCursor`` for a cursor this server did not make.
    public func list(
        titleContains: String?, status: JobStatus?, inTrash: Bool, after cursor: String?, limit: Int, by caller: Caller
    ) async throws -> (items: [StoredJobDescription], nextCursor: String?) {
        try caller.require(.readJobs)
        return try await store.list(
            organizationID: caller.organizationID, titleContains: titleContains, status: status, inTrash: inTrash, after: cursor, limit: limit
        )
    }

    /// One page of a job description's versions, newest first, after the version number `after`.
    public func versions(of id: UUID, after: Int?, limit: Int, by caller: Caller) async throws -> (items: [StoredVersion], next: Int?) {
        try caller.require(.readJobs)
        return try await store.versions(of: id, organizationID: caller.organizationID, after: after, limit: limit)
    }

    /// Version `number` of a job description, or nil when it has no such version.
    /// - Throws: ``StoreError/notFound`` for an unknown job description.
    public func version(_ number: Int, of id: UUID, by caller: Caller) async throws -> StoredVersion? {
        try caller.require(.readJobs)
        return try await store.version(number, of: id, organizationID: caller.organizationID)
    }

    /// Who saved the given versions, by job description id.
    public func authors(of versions: [(id: UUID, number: Int)]) async throws -> [UUID: String] {
        try await store.authors(of: versions)
    }

    // MARK: Creating

    /// Stores `document` as version 1 of a new draft.
    /// - Throws: ``ValidationFailure`` naming every invalid field.
    public func create(_ document: JobDocument, by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.writeJobs)
        return try await insert(document, origin: .written, by: caller)
    }

    /// The title of a draft started from a blank description.
    public static let blankTitle = "Untitled job description"

    /// Stores an empty draft titled ``blankTitle``, for writing a description from scratch when no template fits.
    public func createBlank(by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.writeJobs)
        return try await insert(JobDocument(title: Self.blankTitle), origin: .written, by: caller)
    }

    /// Stores a document read by the importer as a new draft.
    public func saveImport(_ document: JobDocument, by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.writeJobs)
        return try await insert(document, origin: .imported, by: caller)
    }

    /// Composes a draft from a template the caller can see, the organization's company profile and `request`, and
    /// stores it.
    /// - Throws: ``ValidationFailure`` for an unknown template (`/template`) or what composing or validation refuses.
    public func compose(_ request: ComposeRequest, by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.writeJobs)
        guard let template = try await templates.find(request.template, organizationID: caller.organizationID) else {
            throw ValidationFailure(problems: [.init(pointer: "/template", message: "no template has the slug \"\(request.template)\"")])
        }
        let profile = try await profiles.profile(organizationID: caller.organizationID)
        switch Composer.compose(template.template, profile: profile, request: request) {
        case .success(let document): return try await insert(document, origin: .composed(template: template.template.slug), by: caller)
        case .failure(let failure): throw ValidationFailure(problems: failure.problems)
        }
    }

    /// Copies the current version of `id` into a new draft titled "… (copy)".
    /// - Throws: ``StoreError/notFound``.
    public func duplicate(_ id: UUID, by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.writeJobs)
        return try await writer.write(by: caller) { transaction in
            let store = store.on(transaction)
            guard let source = try await store.find(id, organizationID: caller.organizationID) else { throw StoreError.notFound }
            var copy = source.document
            copy.title += " (copy)"
            if !copy.validate().isEmpty { copy.title = source.document.title }
            try ValidationFailure.check(copy.validate())
            let stored = try await store.insert(copy, organizationID: caller.organizationID, author: caller.author, at: transaction.now)
            try await transaction.emit(.jobDescriptionCreated(id: stored.id, version: 1, origin: .duplicated(from: id)))
            return stored
        }
    }

    private func insert(_ document: JobDocument, origin: DomainEvent.Origin, by caller: Caller) async throws -> StoredJobDescription {
        try ValidationFailure.check(document.validate())
        return try await writer.write(by: caller) { transaction in
            let stored = try await store.on(transaction).insert(
                document, organizationID: caller.organizationID, author: caller.author, at: transaction.now
            )
            try await transaction.emit(.jobDescriptionCreated(id: stored.id, version: 1, origin: origin))
            return stored
        }
    }

    // MARK: Changing

    /// Replaces the document of `id` with `document` as its next version. A `location` that disagrees with
    /// `locations[0]` is settled against the stored document (see `JobDocument.resolvePlaces(against:)`).
    /// - Throws: ``StoreError/notFound``, ``StoreError/versionMismatch(current:)`` when `expected` does not allow the
    ///   stored version, ``ValidationFailure``; nothing is changed then.
    public func replace(_ id: UUID, with document: JobDocument, expected: VersionPrecondition, by caller: Caller) async throws -> StoredJobDescription
    {
        try caller.require(.writeJobs)
        return try await change(id, expected: expected, by: caller) { current, _ in
            var resolved = document
            resolved.resolvePlaces(against: current.document)
            return resolved
        }
    }

    /// Applies a JSON Merge Patch (RFC 7396) to the stored document of `id` and saves the result as its next version.
    /// - Parameter patch: the patch's JSON text.
    /// - Throws: as ``replace(_:with:expected:by:)``; ``ValidationFailure`` also when the patched document is not a
    ///   document (see ``PatchedDocument``).
    public func mergePatch(_ id: UUID, patch: Data, expected: VersionPrecondition, by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.writeJobs)
        let patchObject = try JSONSerialization.jsonObject(with: patch, options: [.fragmentsAllowed])
        let patchBox = UncheckedJSON(value: patchObject)
        return try await change(id, expected: expected, by: caller) { current, _ in
            var patched = try PatchedDocument.apply(patchBox.value, to: current.document)
            // The stored document carries both `location` and `locations`; a patch of one of them decides which changed.
            patched.resolvePlaces(against: current.document)
            return patched
        }
    }

    /// Saves the document of version `number` as the next version of `id`, so nothing is lost.
    /// - Throws: ``StoreError/notFound`` also when there is no such version.
    public func restoreVersion(_ number: Int, of id: UUID, expected: VersionPrecondition, by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.writeJobs)
        return try await change(id, expected: expected, by: caller) { _, store in
            guard let version = try await store.version(number, of: id, organizationID: caller.organizationID) else { throw StoreError.notFound }
            return version.document
        }
    }

    /// Moves `id` to the trash (restorable for 30 days) and withdraws its posting.
    /// - Throws: ``StoreError/notFound`` or ``StoreError/versionMismatch(current:)``.
    public func delete(_ id: UUID, expected: VersionPrecondition, by caller: Caller) async throws {
        try caller.require(.writeJobs)
        return try await writer.write(by: caller) { transaction in
            let store = store.on(transaction)
            guard let model = try await store.lockedForChange(id, organizationID: caller.organizationID) else { throw StoreError.notFound }
            guard expected.allows(model.version) else { throw StoreError.versionMismatch(current: model.version) }
            try await store.moveToTrash(model, at: transaction.now)
            try await transaction.emit(.jobDescriptionDeleted(id: id, version: model.version))
        }
    }

    /// Takes `id` out of the trash (as a draft); a live one is returned as it is.
    /// - Throws: ``StoreError/notFound`` when it does not exist or was deleted more than 30 days ago.
    public func restore(_ id: UUID, by caller: Caller) async throws -> StoredJobDescription {
        try caller.require(.writeJobs)
        return try await writer.write(by: caller) { transaction in
            let (stored, restored) = try await store.on(transaction).restoreFromTrash(id, organizationID: caller.organizationID)
            if restored { try await transaction.emit(.jobDescriptionRestored(id: id, version: stored.version)) }
            return stored
        }
    }

    /// Removes job descriptions that have been in the trash longer than 30 days; returns how many.
    @discardableResult
    public func purgeExpiredTrash() async throws -> Int {
        let clock = writer.clock
        return try await writer.bookkeeping { try await JobDescriptionStore(database: $0, clock: clock).purgeExpiredTrash() }
    }

    /// Saves the document `change` makes of the stored one (reading, if it must, through the transaction's store) as
    /// the next version, if `expected` allows the stored version.
    private func change(
        _ id: UUID, expected: VersionPrecondition, by caller: Caller,
        _ change: @escaping @Sendable (StoredJobDescription, JobDescriptionStore) async throws -> JobDocument
    ) async throws -> StoredJobDescription {
        try await writer.write(by: caller) { transaction in
            let store = store.on(transaction)
            guard let model = try await store.lockedForChange(id, organizationID: caller.organizationID) else { throw StoreError.notFound }
            guard expected.allows(model.version) else { throw StoreError.versionMismatch(current: model.version) }
            let document = try await change(try JobDescriptionStore.stored(model), store)
            try ValidationFailure.check(document.validate())
            let saved = try await store.appendVersion(document, to: model, author: caller.author, at: transaction.now)
            try await transaction.emit(.jobDescriptionUpdated(id: id, version: saved.version))
            return saved
        }
    }
}

extension JobDescriptionStore {
    /// This store on a write transaction's database.
    func on(_ transaction: WriteTransaction) -> JobDescriptionStore {
        JobDescriptionStore(database: transaction.database, clock: clock)
    }
}

/// A `JSONSerialization` value carried into a transaction; it is never mutated after parsing.
private struct UncheckedJSON: @unchecked Sendable {
    let value: Any
}
