import Foundation
import JobsmithDomain

/// The template library for every front door: search, read, and an organization's own templates (built-in ones are
/// read-only).
public struct TemplateService: Sendable {
    let writer: Writer
    let store: TemplateStore

    package init(writer: Writer) {
        self.writer = writer
        store = TemplateStore(database: writer.owner.database, clock: writer.clock)
    }

    /// One page of the templates the caller can see: ranked by relevance for a query, by department and title without.
    public func search(
        _ text: String, department: String?, level: String?, offset: Int, limit: Int, by caller: Caller
    ) async throws -> (items: [StoredTemplate], total: Int) {
        try caller.require(.readTemplates)
        return try await store.search(text, department: department, level: level, organizationID: caller.organizationID, offset: offset, limit: limit)
    }

    /// The template `slug` as the caller sees it: the organization's own first, else the built-in one.
    public func find(_ slug: String, by caller: Caller) async throws -> StoredTemplate? {
        try caller.require(.readTemplates)
        return try await store.find(slug, organizationID: caller.organizationID)
    }

    /// Adds a template of the caller's organization.
    /// - Throws: ``TemplateStoreError``.
    public func create(_ template: JobTemplate, by caller: Caller) async throws -> StoredTemplate {
        try caller.require(.writeTemplates)
        return try await writer.write(by: caller) { transaction in
            let stored = try await store.on(transaction).create(template, organizationID: caller.organizationID)
            try await transaction.emit(.templateCreated(slug: stored.template.slug))
            return stored
        }
    }

    /// Replaces the organization's own template `slug`.
    /// - Throws: ``TemplateStoreError`` (``TemplateStoreError/readOnly`` for a built-in one).
    public func replace(_ slug: String, with template: JobTemplate, by caller: Caller) async throws -> StoredTemplate {
        try caller.require(.writeTemplates)
        return try await writer.write(by: caller) { transaction in
            let stored = try await store.on(transaction).replace(slug, with: template, organizationID: caller.organizationID)
            try await transaction.emit(.templateReplaced(slug: slug))
            return stored
        }
    }

    /// Deletes the organization's own template `slug`.
    /// - Throws: ``TemplateStoreError``.
    public func delete(_ slug: String, by caller: Caller) async throws {
        try caller.require(.writeTemplates)
        return try await writer.write(by: caller) { transaction in
            try await store.on(transaction).delete(slug, organizationID: caller.organizationID)
            try await transaction.emit(.templateDeleted(slug: slug))
        }
    }

    /// Makes the stored built-in templates match `templates` (run at start-up, under the migration lock); returns how
    /// many were added, updated and removed.
    @discardableResult
    public func syncBuiltIns(_ templates: [JobTemplate]) async throws -> (added: Int, updated: Int, removed: Int) {
        let clock = writer.clock
        return try await writer.bookkeeping { try await TemplateStore(database: $0, clock: clock).syncBuiltIns(templates) }
    }
}

extension TemplateStore {
    /// This store on a write transaction's database.
    func on(_ transaction: WriteTransaction) -> TemplateStore {
        TemplateStore(database: transaction.database, clock: clock)
    }
}
