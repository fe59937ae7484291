import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithCore
import JobsmithDomain

extension APIHandler {
    func listTemplates(_ input: Operations.ListTemplates.Input) async throws -> Operations.ListTemplates.Output {
        let caller = try RequestCaller.required()
        let limit = try Self.pageSize(input.query.limit)
        var offset = 0
        if let cursor = input.query.cursor {
            guard let value = ClientNumbers.parse(cursor, in: ClientNumbers.offset) else {
                throw APIProblem.badRequest("cursor is not one this server gave out; start again without it.")
            }
            offset = value
        }
        if let q = input.query.q, q.containsControlCharacters || q.count > 200 {
            throw APIProblem.badRequest("q must be at most 200 characters without control characters.")
        }
        let page = try await templates.search(
            input.query.q ?? "", filters: TemplateFilters(department: input.query.department?.rawValue, level: input.query.level?.rawValue),
            offset: offset, limit: limit, by: caller
        )
        let next = offset + page.items.count < page.total ? String(offset + page.items.count) : nil
        return .ok(
            .init(body: .json(.init(items: page.items.map(Self.summary), nextCursor: .cursor(next), total: page.total)))
        )
    }

    func getTemplate(_ input: Operations.GetTemplate.Input) async throws -> Operations.GetTemplate.Output {
        let caller = try RequestCaller.required()
        guard let stored = try await templates.find(input.path.slug, by: caller) else {
            throw APIProblem.notFound("template")
        }
        var localized = stored
        if let locale = input.query.locale.flatMap({ ContentLocale(tag: $0.rawValue) }) {
            localized.template.document = locale.spell(stored.template.document)
        }
        return .ok(.init(body: .json(try Self.representation(localized))))
    }

    func createTemplate(_ input: Operations.CreateTemplate.Input) async throws -> Operations.CreateTemplate.Output {
        let caller = try RequestCaller.required()
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let template = try await templateFrom(body, caller: caller)
        let stored = try await templates.create(template, by: caller)
        return .created(.init(headers: .init(location: "/api/v1/templates/\(stored.template.slug)"), body: .json(try Self.representation(stored))))
    }

    func replaceTemplate(_ input: Operations.ReplaceTemplate.Input) async throws -> Operations.ReplaceTemplate.Output {
        let caller = try RequestCaller.required()
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let template = try await templateFrom(body, caller: caller)
        let stored = try await templates.replace(input.path.slug, with: template, by: caller)
        return .ok(.init(body: .json(try Self.representation(stored))))
    }

    func deleteTemplate(_ input: Operations.DeleteTemplate.Input) async throws -> Operations.DeleteTemplate.Output {
        let caller = try RequestCaller.required()
        try await templates.delete(input.path.slug, by: caller)
        return .noContent(.init())
    }

    /// The template a request describes: its own document, or a copy of one of the organization's job descriptions.
    private func templateFrom(_ body: Components.Schemas.TemplateInput, caller: Caller) async throws -> JobTemplate {
        let document: JobDocument
        switch (body.document, body.fromJobDescription) {
        case (let given?, nil):
            document = try JSONBridge.convert(given, to: JobDocument.self)
        case (nil, let id?):
            guard let uuid = UUID(uuidString: id), let stored = try await jobDescriptions.find(uuid, by: caller) else {
                throw APIProblem(status: .notFound, detail: "No job description with this id exists in your organization (fromJobDescription).")
            }
            document = stored.document
        default:
            throw APIProblem.validation([.init(pointer: "/document", message: "give exactly one of document or fromJobDescription")])
        }
        return JobTemplate(
            slug: body.slug, department: body.department.rawValue, level: body.level.rawValue, family: body.family,
            occupationalCategory: body.occupationalCategory, tags: body.tags ?? [], document: document)
    }

    static func problem(_ error: TemplateStoreError) -> APIProblem {
        switch error {
        case .notFound: .notFound("template")
        case .readOnly: APIProblem(status: .forbidden, detail: "Built-in templates cannot be changed; save a copy under a slug of your own.")
        case .slugTaken: APIProblem(status: .conflict, detail: "A template with this slug already exists; choose another slug.")
        case .invalid(let problems): .validation(problems)
        }
    }

    static func summary(_ stored: StoredTemplate) -> Components.Schemas.TemplateSummary {
        let template = stored.template
        return .init(
            slug: template.slug, title: template.document.title, department: template.department,
            departmentName: Departments.name(of: template.department), level: template.level, family: template.family,
            occupationalCategory: template.occupationalCategory, tags: template.tags, summary: template.document.summary,
            builtIn: stored.isBuiltIn
        )
    }

    static func representation(_ stored: StoredTemplate) throws -> Components.Schemas.Template {
        let template = stored.template
        return .init(
            slug: template.slug, department: template.department, departmentName: Departments.name(of: template.department),
            level: template.level, family: template.family, occupationalCategory: template.occupationalCategory, tags: template.tags,
            builtIn: stored.isBuiltIn, updatedAt: stored.updatedAt,
            document: try JSONBridge.convert(template.document, to: Components.Schemas.JobDocument.self)
        )
    }
}
