import FluentKit
import FluentSQL
import Foundation
import JobsmithDomain
import SQLKit

/// The template library: built-in templates plus each organization's own, with the normalized search columns that
/// ``TemplateCatalog``s are built from. An organization sees the built-ins and its own templates, never another
/// organization's.
package struct TemplateStore: Sendable {
    let database: any Database
    let clock: WallClock

    /// - Parameter database: the application's for reads, a write transaction's for changes (which then open no
    ///   transaction of their own).
    package init(database: any Database, clock: WallClock) {
        self.database = database
        self.clock = clock
    }

    private var sql: any SQLDatabase { database as! any SQLDatabase }

    /// The searchable columns of every template in `scope` (``TemplateModel/builtInScope`` or an organization's id),
    /// to build its ``TemplateCatalog`` from.
    func catalogRows(scope: String) async throws -> [TemplateCatalog.Row] {
        let rows = try await sql.select()
            .columns("id", "slug", "title", "department", "level", "template", "search_title", "search_tags", "search_body")
            .from(TemplateModel.schema).where("scope", .equal, scope)
            .all()
        let decoder = JSONDecoder()
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            // The family lives in the template JSON only.
            guard let family = try? decoder.decode(FamilyOnly.self, from: Data(try row.decode(column: "template", as: String.self).utf8)) else {
                throw StoreError.corruptDocument(id)
            }
            return TemplateCatalog.Row(
                id: id, slug: try row.decode(column: "slug", as: String.self), title: try row.decode(column: "title", as: String.self),
                department: try row.decode(column: "department", as: String.self), level: try row.decode(column: "level", as: String.self),
                family: family.family, searchTitle: try row.decode(column: "search_title", as: String.self),
                searchTags: try row.decode(column: "search_tags", as: String.self), searchBody: try row.decode(column: "search_body", as: String.self)
            )
        }
    }

    private struct FamilyOnly: Decodable {
        let family: String?
    }

    /// The templates `ids`, in that order; ids no longer stored are left out.
    func templates(_ ids: [UUID]) async throws -> [StoredTemplate] {
        guard !ids.isEmpty else { return [] }
        // Every search reads a page of these: plain rows of the three columns needed, without building models.
        let rows = try await sql.select().columns("id", "scope", "template", "updated_at").from(TemplateModel.schema)
            .where("id", .in, SQLBind.group(ids)).all()
        var byID: [UUID: StoredTemplate] = [:]
        let decoder = JSONDecoder()
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            guard let template = try? decoder.decode(JobTemplate.self, from: Data(try row.decode(column: "template", as: String.self).utf8)) else {
                throw StoreError.corruptDocument(id)
            }
            byID[id] = StoredTemplate(
                template: template, isBuiltIn: try row.decode(column: "scope", as: String.self) == TemplateModel.builtInScope,
                updatedAt: try row.decode(column: "updated_at", as: Date.self)
            )
        }
        return ids.compactMap { byID[$0] }
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
        return try stored(model)
    }

    private static func update(_ model: TemplateModel, with template: JobTemplate, at now: Date, on database: any Database) async throws {
        apply(template, to: model, at: now)
        try await model.update(on: database)
    }

    /// Sets the columns derived from `template` (slug, title, department, level, the search normal form) and the change time.
    static func apply(_ template: JobTemplate, to model: TemplateModel, at date: Date) {
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
