import Foundation
import JobsmithCore
import JobsmithDomain

/// The machine-readable forms of a board: RSS 2.0, Atom, a sitemap and an Indeed-style XML job feed. All values are
/// escaped with ``XMLText``; descriptions are the HTML of ``HTMLRenderer/fragment(_:)``.
struct BoardFeeds: Sendable {
    let links: PublicLinks

    /// RSS 2.0 (channel title, link and description; per item title, link, guid, pubDate, description, category).
    func rss(_ board: BoardSnapshot, key: String) -> RenderedPage {
        let slug = board.organization.slug
        let name = board.organization.branding.name
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n"
        xml += XMLText.element("title", "Jobs at \(name)") + "\n"
        xml += XMLText.element("link", links.board(slug)) + "\n"
        xml += XMLText.element("description", "Open positions at \(name).") + "\n"
        xml += "<language>en</language>\n"
        xml += XMLText.element("lastBuildDate", HTTPDate.format(board.changedAt)) + "\n"
        xml += "<atom:link href=\"\(XMLText.escaped(links.boardFile(slug, "feed.rss")))\" rel=\"self\" type=\"application/rss+xml\"/>\n"
        for posting in board.postings {
            let url = links.posting(slug, posting.id)
            xml += "<item>\n"
            xml += XMLText.element("title", posting.document.title) + "\n"
            xml += XMLText.element("link", url) + "\n"
            xml += XMLText.element("guid", url, " isPermaLink=\"true\"") + "\n"
            xml += XMLText.element("pubDate", HTTPDate.format(posting.publishedAt)) + "\n"
            xml += XMLText.element("category", posting.department) + "\n"
            xml += XMLText.element("description", HTMLRenderer.fragment(posting.document)) + "\n"
            xml += "</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return RenderedPage(key: key, contentType: "application/rss+xml; charset=utf-8", text: xml, lastModified: board.changedAt, isHTML: false)
    }

    /// Atom (RFC 4287: feed id, title, updated, author, self link; per entry id, title, updated, link, content).
    func atom(_ board: BoardSnapshot, key: String) -> RenderedPage {
        let slug = board.organization.slug
        let name = board.organization.branding.name
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += XMLText.element("id", links.board(slug)) + "\n"
        xml += XMLText.element("title", "Jobs at \(name)") + "\n"
        xml += XMLText.element("updated", PageDate.iso(board.changedAt)) + "\n"
        xml += "<author>" + XMLText.element("name", name) + "</author>\n"
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escaped(links.boardFile(slug, "feed.atom")))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escaped(links.board(slug)))\"/>\n"
        for posting in board.postings {
            xml += "<entry>\n"
            xml += XMLText.element("id", "urn:uuid:\(posting.id.uuidString.lowercased())") + "\n"
            xml += XMLText.element("title", posting.document.title) + "\n"
            xml += XMLText.element("published", PageDate.iso(posting.publishedAt)) + "\n"
            xml += XMLText.element("updated", PageDate.iso(posting.updatedAt)) + "\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escaped(links.posting(slug, posting.id)))\"/>\n"
            xml += "<category term=\"\(XMLText.escaped(posting.department))\"/>\n"
            if let summary = posting.document.summary, !summary.isEmpty { xml += XMLText.element("summary", summary) + "\n" }
            xml += XMLText.element("content", HTMLRenderer.fragment(posting.document), " type=\"html\"") + "\n"
            xml += "</entry>\n"
        }
        xml += "</feed>\n"
        return RenderedPage(key: key, contentType: "application/atom+xml; charset=utf-8", text: xml, lastModified: board.changedAt, isHTML: false)
    }

    /// A sitemap of the board and every open posting, with `lastmod`.
    func sitemap(_ board: BoardSnapshot, key: String) -> RenderedPage {
        let slug = board.organization.slug
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let boardModified = board.postings.map(\.updatedAt).max() ?? board.changedAt
        xml += "<url>" + XMLText.element("loc", links.board(slug)) + XMLText.element("lastmod", PageDate.iso(boardModified)) + "</url>\n"
        for posting in board.postings {
            xml +=
                "<url>" + XMLText.element("loc", links.posting(slug, posting.id))
                + XMLText.element("lastmod", PageDate.iso(posting.updatedAt)) + "</url>\n"
        }
        xml += "</urlset>\n"
        return RenderedPage(key: key, contentType: "application/xml; charset=utf-8", text: xml, lastModified: board.changedAt, isHTML: false)
    }

    /// Indeed's XML job feed: `source` with publisher, publisherurl and lastBuildDate, and a `job` per posting with
    /// title, date, referencenumber, url, company, city, state, country, description, salary and jobtype; one job per
    /// place of a posting.
    func indeed(_ board: BoardSnapshot, key: String) -> RenderedPage {
        let slug = board.organization.slug
        let name = board.organization.branding.name
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<source>\n"
        xml += "<publisher>\(XMLText.cdata(name))</publisher>\n"
        xml += "<publisherurl>\(XMLText.cdata(links.board(slug)))</publisherurl>\n"
        xml += "<lastBuildDate>\(XMLText.cdata(HTTPDate.format(board.changedAt)))</lastBuildDate>\n"
        for posting in board.postings {
            let document = posting.document
            func field(_ element: String, _ value: String?) {
                xml += "<\(element)>\(XMLText.cdata(value ?? ""))</\(element)>\n"
            }
            // Indeed takes one place per job: a posting open in several places is one job per place, each with the
            // pay of that place; the first keeps the posting id as its reference number.
            let places: [JobDocument.PlacePay?] = document.placePay.isEmpty ? [nil] : document.placePay
            for (index, place) in places.enumerated() {
                let reference = posting.id.uuidString.lowercased()
                xml += "<job>\n"
                field("title", document.title)
                field("date", HTTPDate.format(posting.publishedAt))
                field("referencenumber", index == 0 ? reference : "\(reference)-\(index + 1)")
                if let requisition = posting.requisitionID { field("requisitionid", requisition) }
                field("url", links.posting(slug, posting.id))
                field("company", name)
                field("sourcename", name)
                field("city", place?.location.city)
                field("state", place?.location.region)
                field("country", place?.location.country)
                if let email = posting.applyEmail, posting.applyURL == nil { field("email", email) }
                field("description", HTMLRenderer.fragment(document))
                field("salary", (place.map(\.salary) ?? document.salary)?.displayText)
                field("jobtype", document.employmentType.map(Self.indeedJobType))
                field("category", posting.department)
                if let remote = Self.indeedRemoteType(document.workplaceType) { field("remotetype", remote) }
                if let validThrough = posting.validThrough { field("expirationdate", HTTPDate.format(validThrough)) }
                xml += "</job>\n"
            }
        }
        xml += "</source>\n"
        return RenderedPage(key: key, contentType: "application/xml; charset=utf-8", text: xml, lastModified: board.changedAt, isHTML: false)
    }

    /// Indeed's `jobtype` value.
    static func indeedJobType(_ type: EmploymentType) -> String {
        switch type {
        case .fullTime: "fulltime"
        case .partTime: "parttime"
        case .contract: "contract"
        case .temporary: "temporary"
        case .internship: "internship"
        }
    }

    /// Indeed's `remotetype` value; nil for on-site work.
    static func indeedRemoteType(_ type: WorkplaceType?) -> String? {
        switch type {
        case .remote: "Fully remote"
        case .hybrid: "Hybrid remote"
        case .onsite, nil: nil
        }
    }
}
