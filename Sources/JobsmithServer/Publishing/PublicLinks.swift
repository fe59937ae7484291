import Foundation

/// The public addresses of boards and postings: paths for links within the site, absolute URLs (on the configured
/// public base URL) for canonical links, feeds, JSON-LD and the job-board API. Slugs are URL-safe by construction.
struct PublicLinks: Sendable {
    /// Like `https://jobs.example.com`, without a trailing slash.
    let baseURL: String

    func boardPath(_ slug: String) -> String { "/boards/\(slug)" }
    func board(_ slug: String) -> String { baseURL + boardPath(slug) }
    func postingPath(_ slug: String, _ id: UUID) -> String { "/boards/\(slug)/jobs/\(id.uuidString.lowercased())" }
    func posting(_ slug: String, _ id: UUID) -> String { baseURL + postingPath(slug, id) }
    func applyPath(_ slug: String, _ id: UUID) -> String { postingPath(slug, id) + "/apply" }
    /// A file of the board, such as `feed.rss`.
    func boardFile(_ slug: String, _ name: String) -> String { board(slug) + "/" + name }
}
