import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import JobsmithDomain

/// The public job board: no login, only open postings. `/boards/{org}` lists them, `/boards/{org}/jobs/{id}` shows
/// one, `…/apply` counts the click and sends the candidate on, and the feeds serve the same postings to machines.
struct BoardController: Sendable {
    let publishing: Publishing
    let pages: BoardPages
    let feeds: BoardFeeds

    init(publishing: Publishing) {
        self.publishing = publishing
        pages = BoardPages(links: publishing.links)
        feeds = BoardFeeds(links: publishing.links)
    }

    /// Adds the board's routes, all GET (the board's door answers HEAD alike).
    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/boards/{org}") { request, context in try await board(request, context) }
        router.get("/boards/{org}/jobs/{id}") { request, context in try await posting(request, context) }
        router.get("/boards/{org}/jobs/{id}/apply") { request, context in try await apply(request, context) }
        router.get("/boards/{org}/feed.rss") { request, context in try await feed(request, context, "feed.rss", feeds.rss) }
        router.get("/boards/{org}/feed.atom") { request, context in try await feed(request, context, "feed.atom", feeds.atom) }
        router.get("/boards/{org}/sitemap.xml") { request, context in try await feed(request, context, "sitemap.xml", feeds.sitemap) }
        router.get("/boards/{org}/indeed.xml") { request, context in try await feed(request, context, "indeed.xml", feeds.indeed) }
        router.get("/boards/{org}/linkedin.xml") { request, context in try await feed(request, context, "linkedin.xml", feeds.linkedIn) }
    }

    private func board(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let snapshot = try await snapshot(context) else { return unknownBoard() }
        let query = Self.formFields(request.uri.query)
        let filter = BoardFilter(
            locations: query["location"] ?? [], departments: query["department"] ?? [],
            workplaceTypes: query["workplaceType"] ?? [], employmentTypes: query["employmentType"] ?? []
        )
        let page = publishing.board.representation("board?" + filter.cacheKey, in: snapshot) { key in
            pages.board(snapshot, filter: filter, key: key)
        }
        return page.response(to: request)
    }

    private func posting(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let snapshot = try await snapshot(context) else { return unknownBoard() }
        guard let posting = open(context, in: snapshot) else { return closedPosting(snapshot) }
        let page = publishing.board.page(for: posting, in: snapshot) { key in pages.posting(posting, on: snapshot, key: key) }
        if request.method == .get && Self.isCountable(request) { publishing.counters.recordView(of: posting.id, at: publishing.now()) }
        return page.response(to: request)
    }

    private func apply(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let snapshot = try await snapshot(context) else { return unknownBoard() }
        guard let posting = open(context, in: snapshot), let destination = posting.applyDestination else { return closedPosting(snapshot) }
        if request.method == .get && Self.isCountable(request) { publishing.counters.recordApplyClick(on: posting.id, at: publishing.now()) }
        var headers = SecurityHeaders.data
        headers[.location] = Self.locationValue(destination)
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }

    private func feed(
        _ request: Request, _ context: AppRequestContext, _ name: String, _ render: (BoardSnapshot, String) -> RenderedPage
    ) async throws -> Response {
        guard let snapshot = try await snapshot(context) else { return unknownBoard() }
        return publishing.board.representation(name, in: snapshot) { render(snapshot, $0) }.response(to: request)
    }

    private func snapshot(_ context: AppRequestContext) async throws -> BoardSnapshot? {
        guard let slug = context.parameters.get("org") else { return nil }
        return try await publishing.board.snapshot(slug: slug)
    }

    private func open(_ context: AppRequestContext, in snapshot: BoardSnapshot) -> Posting? {
        guard let text = context.parameters.get("id"), let id = UUID(uuidString: text) else { return nil }
        return snapshot.posting(id)
    }

    private func unknownBoard() -> Response {
        pages.notFound(heading: "No job board here", message: "There is no job board at this address.", boardPath: nil)
    }

    private func closedPosting(_ snapshot: BoardSnapshot) -> Response {
        pages.notFound(
            heading: "This job is not open",
            message: "The position may have been filled or closed, or the link may be mistyped.",
            boardPath: publishing.links.boardPath(snapshot.organization.slug)
        )
    }

    /// The fields of a query string as an HTML form sends it (`application/x-www-form-urlencoded`: `+` is a space).
    static func formFields(_ query: String?) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        for pair in (query ?? "").split(separator: "&").prefix(50) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            fields[decoded(parts[0]), default: []].append(parts.count > 1 ? decoded(parts[1]) : "")
        }
        return fields
    }

    /// `url` as a `Location` header may carry it: characters outside printable ASCII and those URLs never hold as they
    /// are (space, quotes, angle brackets, braces, `|`, `\\`, `^`, backtick) percent-encoded; `%` escapes already there are kept.
    static func locationValue(_ url: String) -> String {
        url.addingPercentEncoding(withAllowedCharacters: locationCharacters) ?? ""
    }

    private static let locationCharacters = CharacterSet(charactersIn: Unicode.Scalar(0x21)...Unicode.Scalar(0x7E))
        .subtracting(CharacterSet(charactersIn: "\"<>\\^`{|}"))

    /// Whether a request counts as a person's visit: crawlers and link previews announce themselves and are skipped.
    static func isCountable(_ request: Request) -> Bool {
        guard let agent = request.headers[.userAgent]?.lowercased() else { return true }
        return !["bot", "crawl", "spider", "slurp", "preview"].contains { agent.contains($0) }
    }
}
