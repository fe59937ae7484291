import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Feeds")
struct FeedTests {
    @Test("RSS, Atom, sitemap and Indeed feeds are well-formed with each format's required elements", arguments: TestDatabase.available)
    func formats(database: TestDatabase) async throws {
        try await withTestApp(database, publicBaseURL: "https://jobs.example.com") { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token, sampleDocument, ["validThrough": "2099-01-01T00:00:00Z"])
            let postingID = try #require(posting["id"] as? String)
            let url = "https://jobs.example.com/boards/\(orgs.slug)/jobs/\(postingID)"
            let board = "https://jobs.example.com/boards/\(orgs.slug)"

            let rssResponse = try await client.page("/boards/\(orgs.slug)/feed.rss")
            #expect(rssResponse.headers[.contentType] == "application/rss+xml; charset=utf-8")
            let rss = try XMLElementNode.parse(rssResponse.body)
            #expect(rss.name == "rss")
            #expect(rss.attributes["version"] == "2.0")
            let channel = try #require(rss.first("channel"))
            #expect(channel.text(of: "title") == "Jobs at Acme <Test> & Co")
            #expect(channel.text(of: "link") == board)
            #expect(channel.text(of: "description")?.isEmpty == false)
            let item = try #require(channel.first("item"))
            #expect(item.text(of: "title") == "Backend Developer")
            #expect(item.text(of: "link") == url)
            #expect(item.text(of: "guid") == url)
            #expect(item.text(of: "pubDate").flatMap(parseRFC822) != nil)
            #expect(item.text(of: "description")?.contains("<li>Design and build REST APIs</li>") == true)

            let atomResponse = try await client.page("/boards/\(orgs.slug)/feed.atom")
            #expect(atomResponse.headers[.contentType] == "application/atom+xml; charset=utf-8")
            let atom = try XMLElementNode.parse(atomResponse.body)
            #expect(atom.name == "feed")
            #expect(atom.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
            #expect(atom.text(of: "id") == board)
            #expect(atom.text(of: "title") == "Jobs at Acme <Test> & Co")
            #expect(atom.text(of: "updated").flatMap { try? Date($0, strategy: .iso8601) } != nil)
            #expect(atom.first("author")?.text(of: "name") == "Acme <Test> & Co")
            #expect(atom.all("link").contains { $0.attributes["rel"] == "self" && $0.attributes["href"] == board + "/feed.atom" })
            let entry = try #require(atom.first("entry"))
            #expect(entry.text(of: "id") == "urn:uuid:\(postingID)")
            #expect(entry.text(of: "title") == "Backend Developer")
            #expect(entry.text(of: "updated") == posting["updatedAt"] as? String)
            #expect(entry.first("link")?.attributes["href"] == url)
            #expect(entry.first("content")?.attributes["type"] == "html")

            let sitemapResponse = try await client.page("/boards/\(orgs.slug)/sitemap.xml")
            #expect(sitemapResponse.headers[.contentType] == "application/xml; charset=utf-8")
            let sitemap = try XMLElementNode.parse(sitemapResponse.body)
            #expect(sitemap.name == "urlset")
            #expect(sitemap.attributes["xmlns"] == "http://www.sitemaps.org/schemas/sitemap/0.9")
            let locations = sitemap.all("url").compactMap { $0.text(of: "loc") }
            #expect(locations == [board, url])
            #expect(sitemap.all("url").allSatisfy { $0.text(of: "lastmod").flatMap { try? Date($0, strategy: .iso8601) } != nil })

            let indeedResponse = try await client.page("/boards/\(orgs.slug)/indeed.xml")
            #expect(indeedResponse.headers[.contentType] == "application/xml; charset=utf-8")
            let indeed = try XMLElementNode.parse(indeedResponse.body)
            #expect(indeed.name == "source")
            #expect(indeed.text(of: "publisher") == "Acme <Test> & Co")
            #expect(indeed.text(of: "publisherurl") == board)
            #expect(indeed.text(of: "lastBuildDate").flatMap(parseRFC822) != nil)
            let job = try #require(indeed.first("job"))
            #expect(job.text(of: "title") == "Backend Developer")
            #expect(job.text(of: "date").flatMap(parseRFC822) != nil)
            #expect(job.text(of: "referencenumber") == postingID)
            #expect(job.text(of: "url") == url)
            #expect(job.text(of: "company") == "Acme <Test> & Co")
            #expect(job.text(of: "city") == "Denver")
            #expect(job.text(of: "state") == "CO")
            #expect(job.text(of: "country") == "US")
            #expect(job.text(of: "description")?.contains("<h2>Responsibilities</h2>") == true)
            #expect(job.text(of: "salary") == "USD 110,000 – 140,000 per year")
            #expect(job.text(of: "jobtype") == "fulltime")
            #expect(indeedResponse.body.contains("<description><![CDATA[<section>"))
        }
    }

    @Test("user text is escaped on every page and feed, and a ]]> inside CDATA stays text", arguments: TestDatabase.available)
    func escaping(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let hostile = document([
                "title": "<script>alert(\"t\")</script> Engineer ]]> x",
                "summary": "Ends CDATA ]]> then <img src=x onerror=alert(1)> & more",
                "responsibilities": ["</script><script>alert('r')</script>"],
            ])
            let posting = try await client.createAndPublish(token: orgs.token, hostile, ["department": "<b>Ops</b>"])
            let postingID = try #require(posting["id"] as? String)
            let pages = [
                "/boards/\(orgs.slug)", "/boards/\(orgs.slug)/jobs/\(postingID)", "/boards/\(orgs.slug)?location=%3Cscript%3E",
            ]
            for uri in pages {
                let body = try await client.page(uri).body
                #expect(!body.contains("<script>alert"), "\(uri)")
                #expect(!body.contains("<img src=x"), "\(uri)")
                #expect(!body.contains("<b>Ops</b>"), "\(uri)")
            }
            let page = try await client.page("/boards/\(orgs.slug)/jobs/\(postingID)").body
            #expect(page.contains("<h1>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; Engineer ]]&gt; x</h1>"))
            #expect(page.components(separatedBy: "</script>").count == 2)
            let ld = try jsonLD(in: page)
            #expect(ld["title"] as? String == "<script>alert(\"t\")</script> Engineer ]]> x")

            for feed in ["feed.rss", "feed.atom", "sitemap.xml", "indeed.xml"] {
                let body = try await client.page("/boards/\(orgs.slug)/\(feed)").body
                let root = try XMLElementNode.parse(body)
                #expect(!root.children.isEmpty, "\(feed)")
                // The markup in user text is character data, never elements.
                #expect(!root.descendants.contains { ["script", "img", "b"].contains($0.name) }, "\(feed)")
                #expect(!body.contains("<script>alert") || feed == "indeed.xml", "\(feed)")
            }
            let indeedBody = try await client.page("/boards/\(orgs.slug)/indeed.xml").body
            let indeed = try XMLElementNode.parse(indeedBody)
            let job = try #require(indeed.first("job"))
            #expect(job.text(of: "title") == "<script>alert(\"t\")</script> Engineer ]]> x")
            #expect(job.text(of: "description")?.contains("Ends CDATA ]]&gt; then") == true)
            #expect(indeedBody.contains("<title><![CDATA[<script>alert(\"t\")</script> Engineer ]]]]><![CDATA[> x]]></title>"))
            let rss = try XMLElementNode.parse(try await client.page("/boards/\(orgs.slug)/feed.rss").body)
            #expect(rss.first("channel")?.first("item")?.text(of: "title") == "<script>alert(\"t\")</script> Engineer ]]> x")

            let api = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?content=true")
            let content = try #require((api.json["jobs"] as? [[String: Any]])?.first?["content"] as? String)
            #expect(!content.contains("<script>"))
        }
    }
}

/// Parses an RFC 822 / IMF-fixdate date such as `Sun, 06 Nov 1994 08:49:37 GMT`.
func parseRFC822(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return formatter.date(from: text)
}
