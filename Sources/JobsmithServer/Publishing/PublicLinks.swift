import Foundation
import JobsmithCore

/// The public addresses of boards and postings: paths for links within the site, absolute URLs (on the configured
/// public base URL) for canonical links, feeds, JSON-LD and the job-board API. Slugs are URL-safe by construction.
struct PublicLinks: Sendable {
    /// Like `https://jobs.example.com`, without a trailing slash.
    let baseURL: String

    /// `/boards/{slug}`.
    func boardPath(_ slug: String) -> String { "/boards/\(slug)" }
    /// The board's absolute URL.
    func board(_ slug: String) -> String { baseURL + boardPath(slug) }
    /// `/boards/{slug}/jobs/{id}`.
    func postingPath(_ slug: String, _ id: UUID) -> String { "/boards/\(slug)/jobs/\(id.uuidString.lowercased())" }
    /// The posting page's absolute URL: its canonical link, JSON-LD `url` and Greenhouse `absolute_url`.
    func posting(_ slug: String, _ id: UUID) -> String { baseURL + postingPath(slug, id) }
    /// Where the apply button goes: counts the click, then redirects.
    func applyPath(_ slug: String, _ id: UUID) -> String { postingPath(slug, id) + "/apply" }
    /// A file of the board, such as `feed.rss`.
    func boardFile(_ slug: String, _ name: String) -> String { board(slug) + "/" + name }
}
