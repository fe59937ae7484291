import FluentKit
import FluentSQL
import Foundation
import JobsmithDomain
import SQLKit

/// The template library: built-in templates plus each organization's own, with relevance-ranked search on both
/// engines. An organization sees the built-ins and its own templates, never another organization's.
package struct TemplateStore: Sendable {
    /// Most matches a search ranks, taken in the engine's own relevance order (bm25 / ts_rank). Up to this many
    /// matches both engines return exactly the same results; a query matching more is too broad to page through, and
    /// reading every match would make it slow.
    static let candidateLimit = 100

    let database: any Database
    let clock: WallClock

    /// - Parameter database: the application's for reads, a write transaction's for changes (which then open no
    ///   transaction of their own).
    package init(database: any Database, clock: WallClock) {
        self.database = database
        self.clock = clock
    }

    private var sql: any SQLDatabase { database as! any SQLDatabase }
    private var isPostgres: Bool { sql.dialect.name == "postgresql" }

    /// One page of templates visible to the organization: ranked by relevance for a query, by department and title
    /// without one.
    package func search(
        _ text: String, department: String?, level: String?, organizationID: UUID, offset: Int, limit: Int
    ) async throws -> (items: [StoredTemplate], total: Int) {
        let query = TemplateQuery(text)
        let scope = organizationID.uuidString
        var ids: [UUID]
        if query.isEmpty {
            var select = sql.select().column("id").from(TemplateModel.schema)
                .where(SQLColumn("scope"), .in, SQLBind.group([TemplateModel.builtInScope, scope]))
            if let department { select = select.where("department", .equal, department) }
            if let level { select = select.where("level", .equal, level) }
            let rows = try await select.orderBy("department").orderBy("title").orderBy("slug").all()
            ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        } else {
            let candidates = try await matchingCandidates(query, scope: scope, department: department, level: level)
            ids = candidates.sorted { TemplateRanking.precedes(($0.score, $0.title, $0.slug), ($1.score, $1.title, $1.slug)) }.map(\.id)
        }
        let total = ids.count
        let page = Array(ids.dropFirst(offset).prefix(limit))
        guard !page.isEmpty else { return ([], total) }
        let models = try await TemplateModel.query(on: database).filter(\.$id ~~ page).all()
        let byID = Dictionary(uniqueKeysWithValues: models.compactMap { model in model.id.map { ($0, model) } })
        return (try page.compactMap { byID[$0] }.map(Self.stored), total)
    }

    private struct Candidate {
        let id: UUID
        let slug: String
        let title: String
        let score: Int
    }

    /// The templates matching every term, found by the engine's full-text index, scored the same way everywhere.
    private func matchingCandidates(_ query: TemplateQuery, scope: String, department: String?, level: String?) async throws -> [Candidate] {
        let scopes = SQLBind.group([TemplateModel.builtInScope, scope])
        // Qualified, because on SQLite both the index and the table have these columns.
        let table = isPostgres ? "templates" : "s"
        var filters = SQLQueryString("")
        if let department { filters.appendInterpolation(unsafeRaw: " AND \(table).department = "); filters.appendInterpolation(bind: department) }
        if let level { filters.appendInterpolation(unsafeRaw: " AND \(table).level = "); filters.appendInterpolation(bind: level) }
        let rows: [any SQLRow]
        if isPostgres {
            let expression = query.tsqueryExpression
            rows = try await sql.raw(
                """
                SELECT id, slug, title, search_title, search_tags FROM templates
                WHERE search_vector @@ to_tsquery('simple', \(bind: expression)) AND scope IN \(scopes)\(filters)
                ORDER BY ts_rank(search_vector, to_tsquery('simple', \(bind: expression))) DESC, id
                LIMIT \(literal: Self.candidateLimit)
                """
            ).all()
        } else {
            rows = try await sql.raw(
                """
                SELECT s.template_id AS id, t.slug AS slug, t.title AS title, s.title AS search_title, s.tags AS search_tags
                FROM template_search s JOIN templates t ON t.id = s.template_id
                WHERE template_search MATCH \(bind: query.fts5Expression) AND s.scope IN \(scopes)\(filters)
                ORDER BY bm25(template_search, 10.0, 5.0, 1.0), s.template_id
                LIMIT \(literal: Self.candidateLimit)
                """
            ).all()
        }
        return try rows.map { row in
            let title = try row.decode(column: "search_title", as: String.self)
            let tags = try row.decode(column: "search_tags", as: String.self)
            return Candidate(
                id: try row.decode(column: "id", as: UUID.self),
                slug: try row.decode(column: "slug", as: String.self),
                title: try row.decode(column: "title", as: String.self),
                score: TemplateRanking.score(title: title, tags: tags, query: query)
            )
        }
    }

    /// The template `slug` as the organization sees it: its own first, else the built-in one.
    package func find(_ slug: String, organizationID: UUID) async throws -> StoredTemplate? {
        let models = try await TemplateModel.query(on: database)
            .filter(\.$slug == slug)
            .filter(\.$scope ~~ [TemplateModel.builtInScope, organizationID.uuidString])
            .all()
        guard let model = models.first(where: { $0.scope != TemplateModel.builtInScope }) ?? models.first else { return nil }
        return try Self.stored(model)
    }

    /// Adds an organization's own template.
    package func create(_ template: JobTemplate, organizationID: UUID) async throws -> StoredTemplate {
        let problems = template.validate()
        guard problems.isEmpty else { throw TemplateStoreError.invalid(problems) }
        let existing = try await TemplateModel.query(on: database)
            .filter(\.$slug == template.slug)
            .filter(\.$scope ~~ [TemplateModel.builtInScope, organizationID.uuidString])
            .count()
        guard existing == 0 else { throw TemplateStoreError.slugTaken }
        return try await Self.insert(template, scope: organizationID.uuidString, at: clock.now(), on: database)
    }

    /// Replaces an organization's own template; built-in ones are read-only.
    package func replace(_ slug: String, with template: JobTemplate, organizationID: UUID) async throws -> StoredTemplate {
        var renamed = template
        renamed.slug = slug
        let problems = renamed.validate()
        guard problems.isEmpty else { throw TemplateStoreError.invalid(problems) }
        let model = try await Self.own(slug, organizationID: organizationID, on: database)
        try await Self.update(model, with: renamed, at: clock.now(), on: database)
        return try Self.stored(model)
    }

    /// Deletes an organization's own template.
    package func delete(_ slug: String, organizationID: UUID) async throws {
        let model = try await Self.own(slug, organizationID: organizationID, on: database)
        try await Self.removeFromIndex(try model.requireID(), on: database)
        try await model.delete(on: database)
    }

    /// Makes the built-in templates match `templates`: new files are added, edited ones updated, removed ones
    /// deleted. Organizations' own templates are never touched. Returns how many were added, updated and removed.
    /// Runs inside the caller's write transaction.
    @discardableResult
    package func syncBuiltIns(_ templates: [JobTemplate]) async throws -> (added: Int, updated: Int, removed: Int) {
        let now = clock.now()
        let existing = try await TemplateModel.query(on: database).filter(\.$scope == TemplateModel.builtInScope).all()
        var bySlug = Dictionary(uniqueKeysWithValues: existing.map { ($0.slug, $0) })
        var counts = (added: 0, updated: 0, removed: 0)
        for template in templates {
            if let model = bySlug.removeValue(forKey: template.slug) {
                guard model.template != Self.encode(template) else { continue }
                try await Self.update(model, with: template, at: now, on: database)
                counts.updated += 1
            } else {
                _ = try await Self.insert(template, scope: TemplateModel.builtInScope, at: now, on: database)
                counts.added += 1
            }
        }
        for model in bySlug.values {
            try await Self.removeFromIndex(try model.requireID(), on: database)
            try await model.delete(on: database)
            counts.removed += 1
        }
        return counts
    }

    private static func own(_ slug: String, organizationID: UUID, on database: any Database) async throws -> TemplateModel {
        let models = try await TemplateModel.query(on: database)
            .filter(\.$slug == slug)
            .filter(\.$scope ~~ [TemplateModel.builtInScope, organizationID.uuidString])
            .all()
        if let own = models.first(where: { $0.scope == organizationID.uuidString }) { return own }
        throw models.isEmpty ? TemplateStoreError.notFound : TemplateStoreError.readOnly
    }

    private static func insert(_ template: JobTemplate, scope: String, at now: Date, on database: any Database) async throws -> StoredTemplate {
        let model = TemplateModel()
        model.id = UUID()
        model.scope = scope
        model.createdAt = now
        apply(template, to: model, at: now)
        try await model.create(on: database)
        try await addToIndex(model, on: database)
        return try stored(model)
    }

    private static func update(_ model: TemplateModel, with template: JobTemplate, at now: Date, on database: any Database) async throws {
        apply(template, to: model, at: now)
        try await model.update(on: database)
        try await removeFromIndex(try model.requireID(), on: database)
        try await addToIndex(model, on: database)
    }

    private static func apply(_ template: JobTemplate, to model: TemplateModel, at date: Date) {
        let fields = TemplateRanking.Fields(template: template)
        model.slug = template.slug
        model.department = template.department
        model.level = template.level
        model.title = template.document.title
        model.template = encode(template)
        model.searchTitle = fields.title
        model.searchTags = fields.tags
        model.searchBody = fields.body
        model.updatedAt = date
    }

    /// Keeps SQLite's full-text table in step; PostgreSQL's index is a generated column and needs nothing.
    private static func addToIndex(_ model: TemplateModel, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name != "postgresql" else { return }
        try await sql.raw(
            """
            INSERT INTO template_search (title, tags, body, template_id, scope, department, level)
            VALUES (\(bind: model.searchTitle), \(bind: model.searchTags), \(bind: model.searchBody), \(bind: try model.requireID()),
                    \(bind: model.scope), \(bind: model.department), \(bind: model.level))
            """
        ).run()
    }

    private static func removeFromIndex(_ id: UUID, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name != "postgresql" else { return }
        try await sql.raw("DELETE FROM template_search WHERE template_id = \(bind: id)").run()
    }

    static func encode(_ template: JobTemplate) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A template of strings, numbers and enums always encodes.
        return String(decoding: try! encoder.encode(template), as: UTF8.self)
    }

    static func stored(_ model: TemplateModel) throws -> StoredTemplate {
        guard let template = try? JSONDecoder().decode(JobTemplate.self, from: Data(model.template.utf8)) else {
            throw StoreError.corruptDocument(try model.requireID())
        }
        return StoredTemplate(template: template, isBuiltIn: model.scope == TemplateModel.builtInScope, updatedAt: model.updatedAt)
    }
}
