import Foundation
import Hummingbird
import JobsmithCore
import JobsmithDomain
import JobsmithLint
import NIOCore

/// The template library: search as you type, filter by department and level, preview a template.
struct LibraryController {
    let pages: WebPages
    let templates: TemplateService
    static let pageSize = 24

    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Card: Sendable {
        let slug: String
        let title: String
        let department: String
        let level: String
        let summary: String
    }

    struct View: Sendable {
        let query: String
        let departments: [Option]
        let levels: [Option]
        let cards: [Card]
        let total: Int
        let countText: String
        let previousPage: String?
        let nextPage: String?
    }

    struct TemplateView: Sendable {
        let slug: String
        let department: String
        let level: String
        let tags: String
        let preview: PreviewView
        let isBuiltIn: Bool
        let placeholders: String?
    }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/library") { request, context in
            let session = try context.session(for: request)
            let parameters = request.uri.queryParameters
            let query = String((parameters["q"].map(String.init) ?? "").prefix(200))
            let department = parameters["department"].map(String.init).flatMap { Departments.isKnown($0) ? $0 : nil }
            let level = parameters["level"].map(String.init).flatMap { Departments.levels.contains($0) ? $0 : nil }
            let page = try request.integerParameter("page", in: ClientNumbers.page) ?? 1
            let found = try await templates.search(
                query, department: department, level: level, offset: (page - 1) * Self.pageSize, limit: Self.pageSize, by: session.caller
            )
            func link(_ page: Int) -> String {
                var items: [String] = []
                if !query.isEmpty { items.append("q=" + (query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
                if let department { items.append("department=\(department)") }
                if let level { items.append("level=\(level)") }
                if page > 1 { items.append("page=\(page)") }
                return "/library" + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
            }
            let view = View(
                query: query,
                departments: [Option(value: "", label: "All departments", selected: department == nil)]
                    + Departments.all.map { Option(value: $0.slug, label: $0.name, selected: $0.slug == department) },
                levels: [Option(value: "", label: "All levels", selected: level == nil)]
                    + Departments.allLevels.map { Option(value: $0.slug, label: $0.name, selected: $0.slug == level) },
                cards: found.items.map { stored in
                    let template = stored.template
                    let summary = Composer.preview(template, companyName: session.organization.name).summary ?? ""
                    return Card(
                        slug: template.slug, title: template.document.title, department: Departments.name(of: template.department),
                        level: Departments.levelName(of: template.level), summary: summary.count > 180 ? summary.prefix(180) + "…" : summary
                    )
                },
                total: found.total,
                countText: found.total == 1 ? "1 template" : "\(found.total) templates",
                previousPage: page > 1 ? link(page - 1) : nil,
                nextPage: page * Self.pageSize < found.total ? link(page + 1) : nil
            )
            let chrome = Chrome.signedIn(session, section: "/library")
            if parameters["fragment"] == "results" {
                var response = pages.response("library-results", Page(chrome: chrome, content: view))
                response.headers[.vary] = "Accept"
                return response
            }
            return pages.page("library", title: "Template library", chrome: chrome, content: view)
        }

        router.get("/library/:slug") { request, context in
            let session = try context.session(for: request)
            guard let slug = context.parameters.get("slug"),
                let stored = try await templates.find(slug, by: session.caller)
            else { throw WebError.notFound }
            let template = stored.template
            let view = TemplateView(
                slug: template.slug, department: Departments.name(of: template.department), level: Departments.levelName(of: template.level),
                tags: template.tags.joined(separator: ", "),
                preview: PreviewView(Composer.preview(template, companyName: session.organization.name)), isBuiltIn: stored.isBuiltIn,
                placeholders: Placeholders.names(in: template.document).isEmpty
                    ? nil : Placeholders.names(in: template.document).sorted().map { "{{\($0)}}" }.joined(separator: ", ")
            )
            return pages.page(
                "template", title: template.document.title, chrome: .signedIn(session, section: "/library"), content: view
            )
        }
    }
}
