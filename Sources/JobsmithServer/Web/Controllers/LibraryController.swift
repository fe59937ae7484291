import Foundation
import Hummingbird
import JobsmithCore
import JobsmithDomain
import JobsmithLint
import NIOCore

/// The template library: search as you type, filter by department, level and job family with the result count of
/// each choice, preview a template, or start from a blank description when nothing fits.
struct LibraryController {
    let pages: WebPages
    let templates: TemplateService
    let jobDescriptions: JobDescriptionService
    static let pageSize = 24
    /// How many nearby roles the empty state offers.
    static let suggestionCount = 3

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

    struct EmptyState: Sendable {
        let suggestions: [Card]
        /// The suggestions are the query's matches once the filters are dropped, not titles spelled alike.
        let withoutFilters: Bool
    }

    struct View: Sendable {
        let query: String
        let problems: [String]
        let departments: [Option]
        let levels: [Option]
        let families: [Option]
        let cards: [Card]
        let total: Int
        let countText: String
        let emptyState: EmptyState?
        let previousPage: String?
        let nextPage: String?
        /// The results alone for the page's script, with the filters' options to update their counts.
        let fragment: Bool
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
            var parameters = try LibraryParameters(request)
            let isFragment = request.uri.queryParameters["fragment"] == "results"
            let page = parameters.page
            var filters = TemplateFilters(department: parameters.department, level: parameters.level, family: parameters.family)
            var found = try await templates.search(
                parameters.query, filters: filters, offset: (page - 1) * Self.pageSize, limit: Self.pageSize, by: session.caller
            )
            if let family = parameters.family, !found.families.contains(family) {
                parameters.problems.append("There is no job family “\(family)”; showing every family.")
                parameters.family = nil
                filters.family = nil
                found = try await templates.search(
                    parameters.query, filters: filters, offset: (page - 1) * Self.pageSize, limit: Self.pageSize, by: session.caller
                )
            }
            var empty: EmptyState?
            if found.total == 0 {
                let near = try await templates.suggestions(for: parameters.query, filters: filters, limit: Self.suggestionCount, by: session.caller)
                empty = EmptyState(
                    suggestions: near.items.map { card($0, session: session) }, withoutFilters: near.withoutFilters
                )
            }
            let view = View(
                query: parameters.query, problems: parameters.problems,
                departments: options(
                    all: "All departments", values: Departments.all.map { ($0.slug, $0.name) }, counts: found.counts.departments,
                    allCount: found.counts.departments.values.reduce(0, +), selected: parameters.department, keepEmpty: true
                ),
                levels: options(
                    all: "All levels", values: Departments.allLevels.map { ($0.slug, $0.name) }, counts: found.counts.levels,
                    allCount: found.counts.levels.values.reduce(0, +), selected: parameters.level, keepEmpty: true
                ),
                families: options(
                    all: "All job families",
                    values: found.families.map { ($0, Departments.familyName(of: $0)) }.sorted { $0.1 < $1.1 },
                    counts: found.counts.families, allCount: found.counts.anyFamily, selected: parameters.family, keepEmpty: false
                ),
                cards: found.items.map { card($0, session: session) },
                total: found.total,
                countText: found.total == 1 ? "1 template" : "\(found.total) templates",
                emptyState: empty,
                previousPage: page > 1 ? parameters.link(page: page - 1) : nil,
                nextPage: page * Self.pageSize < found.total ? parameters.link(page: page + 1) : nil,
                fragment: isFragment
            )
            let chrome = Chrome.signedIn(session, section: "/library")
            let status: HTTPResponse.Status = parameters.problems.isEmpty ? .ok : .badRequest
            if isFragment {
                var response = pages.response("library-results", Page(chrome: chrome, content: view), status: status)
                response.headers[.vary] = "Accept"
                return response
            }
            return pages.page("library", title: "Template library", chrome: chrome, content: view, status: status)
        }

        router.post("/library/blank") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.createBlank(by: session.caller)
            return WebPages.redirect(to: "/jobs/\(job.id.uuidString.lowercased())?notice=created")
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

    private func card(_ stored: StoredTemplate, session: SessionStore.Session) -> Card {
        let template = stored.template
        let summary = Composer.preview(template, companyName: session.organization.name).summary ?? ""
        return Card(
            slug: template.slug, title: template.document.title, department: Departments.name(of: template.department),
            level: Departments.levelName(of: template.level), summary: summary.count > 180 ? summary.prefix(180) + "…" : summary
        )
    }

    /// A filter's options, each with the number of results choosing it gives; "all" first, with `allCount`. Without
    /// `keepEmpty`, values with no result are left out unless selected.
    private func options(
        all: String, values: [(slug: String, name: String)], counts: [String: Int], allCount: Int, selected: String?, keepEmpty: Bool
    ) -> [Option] {
        let everything = Option(value: "", label: "\(all) (\(allCount))", selected: selected == nil)
        return [everything]
            + values.compactMap { value in
                let count = counts[value.slug] ?? 0
                guard keepEmpty || count > 0 || value.slug == selected else { return nil }
                return Option(value: value.slug, label: "\(value.name) (\(count))", selected: value.slug == selected)
            }
    }
}
