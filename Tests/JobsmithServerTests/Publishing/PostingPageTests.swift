import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Posting page")
struct PostingPageTests {
    @Test(
        "a published Backend Developer page carries JobPosting JSON-LD with every required and recommended property",
        arguments: TestDatabase.available)
    func jobPostingStructuredData(database: TestDatabase) async throws {
        try await withTestApp(database, publicBaseURL: "https://jobs.example.com/") { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token, sampleDocument, ["validThrough": "2099-01-31T17:00:00Z"])
            let postingID = try #require(posting["id"] as? String)
            let url = "https://jobs.example.com/boards/\(orgs.slug)/jobs/\(postingID)"
            #expect(posting["url"] as? String == url)

            let page = try await client.page("/boards/\(orgs.slug)/jobs/\(postingID)")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.body.contains("<h1>Backend Developer</h1>"))
            #expect(page.body.contains("<link rel=\"canonical\" href=\"\(url)\">"))
            #expect(page.body.contains("<meta property=\"og:title\" content=\"Backend Developer – Acme &lt;Test&gt; &amp; Co\">"))
            #expect(page.body.contains("<meta property=\"og:url\" content=\"\(url)\">"))
            #expect(page.body.contains("<meta property=\"og:description\""))
            #expect(page.body.contains("href=\"/boards/\(orgs.slug)/jobs/\(postingID)/apply\""))
            #expect(page.body.contains("Acme &lt;Test&gt; &amp; Co"))

            let ld = try jsonLD(in: page.body)
            #expect(ld["@context"] as? String == "https://schema.org/")
            #expect(ld["@type"] as? String == "JobPosting")
            // Required.
            #expect(ld["title"] as? String == "Backend Developer")
            let description = try #require(ld["description"] as? String)
            #expect(description.contains("<h2>Responsibilities</h2>"))
            #expect(description.contains("<li>Design and build REST APIs</li>"))
            #expect(ld["datePosted"] as? String == posting["publishedAt"] as? String)
            let organization = try #require(ld["hiringOrganization"] as? [String: Any])
            #expect(organization["@type"] as? String == "Organization")
            #expect(organization["name"] as? String == "Acme <Test> & Co")
            let place = try #require(ld["jobLocation"] as? [String: Any])
            let address = try #require(place["address"] as? [String: Any])
            #expect(address["@type"] as? String == "PostalAddress")
            #expect(address["addressLocality"] as? String == "Denver")
            #expect(address["addressRegion"] as? String == "CO")
            #expect(address["addressCountry"] as? String == "US")
            // Recommended.
            #expect(ld["validThrough"] as? String == "2099-01-31T17:00:00Z")
            #expect(ld["employmentType"] as? String == "FULL_TIME")
            let salary = try #require(ld["baseSalary"] as? [String: Any])
            #expect(salary["@type"] as? String == "MonetaryAmount")
            #expect(salary["currency"] as? String == "USD")
            let value = try #require(salary["value"] as? [String: Any])
            #expect(value["@type"] as? String == "QuantitativeValue")
            #expect(value["minValue"] as? Double == 110_000)
            #expect(value["maxValue"] as? Double == 140_000)
            #expect(value["unitText"] as? String == "YEAR")
            let identifier = try #require(ld["identifier"] as? [String: Any])
            #expect(identifier["@type"] as? String == "PropertyValue")
            #expect(identifier["value"] as? String == postingID)
            #expect(ld["directApply"] as? Bool == false)
            #expect(ld["url"] as? String == url)
            #expect(ld["jobLocationType"] == nil)
        }
    }

    @Test(
        "a remote posting uses TELECOMMUTE with applicant location requirements instead of a street location",
        arguments: TestDatabase.available)
    func remotePosting(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let remote = document(["workplaceType": "remote", "location": ["country": "US"]])
            let posting = try await client.createAndPublish(token: orgs.token, remote)
            let page = try await client.page("/boards/\(orgs.slug)/jobs/\(posting["id"] as! String)")
            let ld = try jsonLD(in: page.body)
            #expect(ld["jobLocationType"] as? String == "TELECOMMUTE")
            let requirement = try #require(ld["applicantLocationRequirements"] as? [String: Any])
            #expect(requirement["@type"] as? String == "Country")
            #expect(requirement["name"] as? String == "US")
            #expect(ld["jobLocation"] == nil)
            #expect(page.body.contains("Remote"))
        }
    }

    @Test(
        "pages answer 304 to a matching If-None-Match or If-Modified-Since, and carry the security headers",
        arguments: TestDatabase.available)
    func conditionalRequestsAndSecurityHeaders(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token)
            for uri in [
                "/boards/\(orgs.slug)/jobs/\(posting["id"] as! String)", "/boards/\(orgs.slug)", "/boards/\(orgs.slug)/feed.rss",
                "/boards/\(orgs.slug)/feed.atom", "/boards/\(orgs.slug)/sitemap.xml", "/boards/\(orgs.slug)/indeed.xml",
            ] {
                let first = try await client.page(uri)
                #expect(first.status == .ok, "\(uri)")
                let etag = try #require(first.headers[.eTag], "\(uri)")
                let lastModified = try #require(first.headers[.lastModified], "\(uri)")
                #expect(first.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                #expect(first.headers[HTTPField.Name("Referrer-Policy")!] == "strict-origin-when-cross-origin")
                let csp = try #require(first.headers[.contentSecurityPolicy])
                #expect(csp.contains("default-src 'none'"))
                #expect(csp.contains("frame-ancestors 'none'"))

                let cached = try await client.page(uri, headers: [.ifNoneMatch: etag])
                #expect(cached.status == .notModified, "\(uri)")
                #expect(cached.body.isEmpty)
                #expect(cached.headers[.eTag] == etag)
                let listed = try await client.page(uri, headers: [.ifNoneMatch: "\"other\", W/\(etag)"])
                #expect(listed.status == .notModified, "\(uri)")
                let since = try await client.page(uri, headers: [.ifModifiedSince: lastModified])
                #expect(since.status == .notModified, "\(uri)")
                let changed = try await client.page(uri, headers: [.ifNoneMatch: "\"other\""])
                #expect(changed.status == .ok, "\(uri)")
                let older = try await client.page(uri, headers: [.ifModifiedSince: "Sat, 01 Jan 2000 00:00:00 GMT"])
                #expect(older.status == .ok, "\(uri)")
            }
            let page = try await client.page("/boards/\(orgs.slug)/jobs/\(posting["id"] as! String)")
            let csp = try #require(page.headers[.contentSecurityPolicy])
            #expect(csp.contains("img-src https: data:"))
            #expect(csp.contains("style-src 'sha256-"))
            #expect(!csp.contains("script-src"))
            #expect(page.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
        }
    }

    @Test("the page is printable, mobile-friendly and accessible: language, landmarks, one h1, labels", arguments: TestDatabase.available)
    func accessibleMarkup(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token)
            let page = try await client.page("/boards/\(orgs.slug)/jobs/\(posting["id"] as! String)").body
            #expect(page.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
            #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
            #expect(page.contains("@media print"))
            #expect(page.contains("<main id=\"main\">"))
            #expect(page.contains("<header class=\"site\">"))
            #expect(page.contains("<footer>"))
            #expect(page.contains("<a class=\"skip\" href=\"#main\">"))
            #expect(page.components(separatedBy: "<h1>").count == 2)
            #expect(page.contains("Apply at https://acme.example/apply?job=1&amp;src=board"))
            let board = try await client.page("/boards/\(orgs.slug)").body
            for field in ["f-location", "f-workplace", "f-employment"] {
                #expect(board.contains("<label for=\"\(field)\">"))
                #expect(board.contains("<select id=\"\(field)\""))
            }
            #expect(board.contains("<form class=\"filters\" method=\"get\""))
        }
    }

    @Test("an unknown board or posting is an HTML 404 page", arguments: TestDatabase.available)
    func notFound(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            for uri in [
                "/boards/no-such-org", "/boards/no-such-org/jobs/\(UUID().uuidString)", "/boards/no-such-org/feed.rss",
                "/boards/Not_A_Slug", "/boards/\(orgs.slug)/jobs/\(UUID().uuidString)", "/boards/\(orgs.slug)/jobs/not-a-uuid",
                "/boards/\(orgs.slug)/jobs/\(UUID().uuidString)/apply",
            ] {
                let response = try await client.page(uri)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                #expect(response.body.contains("<h1>"), "\(uri)")
            }
            let post = try await client.send(.post, "/boards/\(orgs.slug)", token: nil)
            #expect(post.status == .methodNotAllowed)
        }
    }
}
