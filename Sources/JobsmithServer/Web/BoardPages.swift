import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import JobsmithDomain
import Mustache

/// Renders the public board's HTML pages from the Mustache templates in `Resources/Pages`. Mustache escapes every
/// `{{value}}`; the only unescaped values are the stylesheet, the document body (``HTMLRenderer`` escapes it) and the
/// JSON-LD (``JobPostingJSONLD/scriptSafe(_:context:)`` escapes `<`, `>` and `&`).
struct BoardPages: Sendable {
    let library: MustacheLibrary
    let links: PublicLinks

    init(links: PublicLinks) {
        self.links = links
        var library = MustacheLibrary()
        for name in ["posting", "board", "not-found", "site-header", "site-footer"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "mustache", subdirectory: "Resources/Pages"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { preconditionFailure("The page template \(name).mustache is missing from the resources") }
            do {
                try library.register(text, named: name)
            } catch {
                preconditionFailure("The page template \(name).mustache does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// The posting page: the snapshot document with the apply button, canonical link, Open Graph tags and JSON-LD.
    func posting(_ posting: Posting, on board: BoardSnapshot, key: String) -> RenderedPage {
        let organization = board.organization
        let document = posting.document
        let url = links.posting(organization.slug, posting.id)
        let jsonLD = JobPostingJSONLD.scriptSafe(
            document,
            context: PostingContext(
                organizationName: organization.branding.name, organizationWebsite: organization.branding.displayableWebsiteURL,
                organizationLogo: organization.branding.displayableLogoURL, identifier: posting.id.uuidString.lowercased(),
                datePosted: posting.publishedAt, validThrough: posting.validThrough, url: url, directApply: false
            )
        )
        var context = common(board)
        context["title"] = document.title
        context["description"] = Self.description(of: document, organization: organization.branding.name)
        context["canonicalURL"] = url
        context["jsonLD"] = jsonLD
        context["facts"] = document.facts.map { ["label": $0.label, "value": $0.value] }
        context["department"] = posting.department
        context["posted"] = PageDate.human(posting.publishedAt)
        context["postedISO"] = PageDate.iso(posting.publishedAt)
        if let validThrough = posting.validThrough {
            context["validThrough"] = PageDate.human(validThrough)
            context["validThroughISO"] = PageDate.iso(validThrough)
        }
        context["applyPath"] = links.applyPath(organization.slug, posting.id)
        context["applyDestination"] = posting.applyURL ?? posting.applyEmail ?? ""
        context["body"] = HTMLRenderer.fragment(document)
        let html = library.render(context, withTemplate: "posting") ?? ""
        return RenderedPage(key: key, contentType: "text/html; charset=utf-8", text: html, lastModified: posting.updatedAt)
    }

    /// The board: open postings grouped by department, with the filter form.
    func board(_ board: BoardSnapshot, filter: BoardFilter, key: String) -> RenderedPage {
        let organization = board.organization
        let shown = filter.apply(board.postings)
        var context = common(board)
        context["canonicalURL"] = links.board(organization.slug)
        context["description"] = "Open positions at \(organization.branding.name)."
        context["filtered"] = filter.isActive
        context["summary"] = Self.summary(shown: shown.count, total: board.postings.count, filtered: filter.isActive)
        let offices = Set(board.postings.flatMap(\.officeNames)).sorted()
        context["locations"] = offices.map { ["value": $0, "label": $0, "selected": filter.locations.contains($0.lowercased())] }
        context["workplaceTypes"] = WorkplaceType.allCases.map {
            ["value": $0.rawValue, "label": $0.displayName, "selected": filter.workplaceTypes.contains($0.rawValue)]
        }
        context["employmentTypes"] = EmploymentType.allCases.map {
            ["value": $0.rawValue, "label": $0.displayName, "selected": filter.employmentTypes.contains($0.rawValue)]
        }
        let groups = Dictionary(grouping: shown, by: \.department).sorted { $0.key.localizedStandardCompare($1.key) == .orderedAscending }
        context["departments"] = groups.enumerated().map { index, group in
            [
                "name": group.key,
                "anchor": "department-\(index + 1)",
                "jobs": group.value.sorted { $0.document.title.localizedStandardCompare($1.document.title) == .orderedAscending }.map {
                    [
                        "title": $0.document.title, "path": links.postingPath(organization.slug, $0.id),
                        "meta": Self.meta(of: $0),
                    ] as [String: Any]
                },
            ] as [String: Any]
        }
        let html = library.render(context, withTemplate: "board") ?? ""
        return RenderedPage(key: key, contentType: "text/html; charset=utf-8", text: html, lastModified: board.changedAt)
    }

    /// A 404 page; links to the board when the organization exists.
    func notFound(heading: String, message: String, boardPath: String?) -> Response {
        var context: [String: Any] = ["heading": heading, "message": message, "css": BoardStylesheet.css]
        if let boardPath { context["boardPath"] = boardPath }
        var headers = SecurityHeaders.page
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let html = library.render(context, withTemplate: "not-found") ?? ""
        return Response(status: .notFound, headers: headers, body: .init(byteBuffer: .init(string: html)))
    }

    private func common(_ board: BoardSnapshot) -> [String: Any] {
        var context: [String: Any] = [
            "orgName": board.organization.branding.name,
            "boardPath": links.boardPath(board.organization.slug),
            "css": BoardStylesheet.css,
        ]
        if let logo = board.organization.branding.displayableLogoURL { context["logoURL"] = logo }
        return context
    }

    /// "Denver, CO, US · Hybrid · Full-time".
    static func meta(of posting: Posting) -> String {
        [
            posting.officeName, posting.document.workplaceType == .remote ? nil : posting.document.workplaceType?.displayName,
            posting.document.employmentType?.displayName,
        ]
        .compactMap { $0 }.joined(separator: " · ")
    }

    /// The line above the list: how many positions are open and how many pass the filters.
    static func summary(shown: Int, total: Int, filtered: Bool) -> String {
        func jobs(_ count: Int) -> String { count == 1 ? "1 open position" : "\(count) open positions" }
        if total == 0 { return "There are no open positions right now." }
        if !filtered { return jobs(total) + "." }
        return shown == 0 ? "No open positions match these filters." : "\(jobs(shown)) of \(total) match these filters."
    }

    /// The page's meta description: the summary cut at a word near 160 characters, else title and facts.
    static func description(of document: JobDocument, organization: String) -> String {
        guard let summary = document.summary?.trimmingWhitespace, !summary.isEmpty else {
            return ([document.title + " at " + organization] + document.facts.map(\.value)).joined(separator: " · ")
        }
        let flat = summary.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > 160 else { return flat }
        let cut = flat.prefix(157)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}

/// Dates as pages show them.
enum PageDate {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// "5 March 2025" (UTC).
    static func human(_ date: Date) -> String {
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        return "\(parts.day ?? 1) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970)"
    }

    /// "2025-03-05T14:00:00Z".
    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
