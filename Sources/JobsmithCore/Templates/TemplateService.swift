import Foundation
import JobsmithDomain

/// The template library for every front door: search, read, and an organization's own templates (built-in ones are
/// read-only).
public struct TemplateService: Sendable {
    let writer: Writer
    let store: TemplateStore
    let catalogs: TemplateCatalogCache

    init(writer: Writer, catalogs: TemplateCatalogCache) {
        self.writer = writer
        self.catalogs = catalogs
        store = TemplateStore(database: writer.owner.database, clock: writer.clock)
    }

    /// One page of the templates the caller can see: ranked by relevance for a query, by department and title without,
    /// with the total and the counts per department, level and family. Runs in memory on the organization's catalogs,
    /// so both engines give the same results.
    public func search(_ text: String, filters: TemplateFilters, offset: Int, limit: Int, by caller: Caller) async throws -> TemplateSearchPage {
        try caller.require(.readTemplates)
        let search = try await searchCatalogs(for: caller)
        let found = search.run(text, filters: filters, offset: offset, limit: limit)
        return TemplateSearchPage(
            items: try await store.templates(found.hits.map { search.entry($0).id }), total: found.total, counts: found.counts,
            families: search.families
        )
    }

    /// Templates to offer when `text` with `filters` finds nothing: its best matches without the filters if there are
    /// any, else the titles nearest to what was typed (see ``JobsmithDomain/TitleSimilarity``); at most `limit`.
    public func suggestions(for text: String, filters: TemplateFilters, limit: Int, by caller: Caller) async throws -> TemplateSuggestions {
        try caller.require(.readTemplates)
        let search = try await searchCatalogs(for: caller)
        if !filters.isEmpty {
            let relaxed = search.run(text, filters: TemplateFilters(), offset: 0, limit: limit).hits
            if !relaxed.isEmpty {
                return TemplateSuggestions(items: try await store.templates(relaxed.map { search.entry($0).id }), withoutFilters: true)
            }
        }
        let nearest = search.nearestTitles(to: text, limit: limit)
        return TemplateSuggestions(items: try await store.templates(nearest.map { search.entry($0).id }), withoutFilters: false)
    }

    /// The built-in catalog and the organization's own, each built from the database on first use.
    private func searchCatalogs(for caller: Caller) async throws -> TemplateSearch {
        let store = store
        let builtIn = try await catalogs.catalog(for: TemplateCatalogCache.builtInKey, scope: TemplateModel.builtInScope) {
            TemplateCatalog(rows: try await store.catalogRows(scope: TemplateModel.builtInScope))
        }
        let scope = caller.organizationID.uuidString
        let own = try await catalogs.catalog(for: caller.organization.slug, scope: scope) {
            TemplateCatalog(rows: try await store.catalogRows(scope: scope))
        }
        return TemplateSearch(catalogs: [builtIn, own])
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
        let counts = try await writer.bookkeeping { try await TemplateStore(database: $0, clock: clock).syncBuiltIns(templates) }
        catalogs.remove(TemplateCatalogCache.builtInKey)
        return counts
    }
}

extension TemplateStore {
    /// This store on a write transaction's database.
    func on(_ transaction: WriteTransaction) -> TemplateStore {
        TemplateStore(database: transaction.database, clock: clock)
    }
}
