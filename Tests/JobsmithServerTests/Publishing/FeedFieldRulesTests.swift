import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The LinkedIn and Indeed feeds against the field rules their publishers document: LinkedIn's XML feed development
/// guide (mandatory partnerJobId of at most 40 characters, company, title, description of 100 characters or more,
/// location, an https applyUrl, jobPosterEmail; workplaceTypes On-site, Hybrid or Remote) and Indeed's XML feed
/// (title, date, referencenumber, url, company, city, state, country, description; requisitionid when known).
@Suite("Feeds: LinkedIn and Indeed field rules")
struct FeedFieldRulesTests {
    static let linkedInMandatory = ["partnerJobId", "company", "title", "description", "location", "applyUrl", "jobPosterEmail"]
    static let indeedMandatory = ["title", "date", "referencenumber", "url", "company", "city", "state", "country", "description"]

    /// The violations of LinkedIn's rules in one `job`.
    static func linkedInViolations(_ job: XMLElementNode) -> [String] {
        var problems = linkedInMandatory.filter { (job.text(of: $0) ?? "").isEmpty }.map { "\($0) missing" }
        if let id = job.text(of: "partnerJobId"), id.count > 40 { problems.append("partnerJobId longer than 40") }
        if let description = job.text(of: "description"), description.count < 100 { problems.append("description shorter than 100") }
        if let url = job.text(of: "applyUrl"), !url.hasPrefix("https://") { problems.append("applyUrl not https") }
        if let email = job.text(of: "jobPosterEmail"), !email.contains("@") { problems.append("jobPosterEmail not an email") }
        if let type = job.text(of: "workplaceTypes"), !["On-site", "Hybrid", "Remote"].contains(type) { problems.append("workplaceTypes \(type)") }
        if let type = job.text(of: "jobtype"),
            !["FULL_TIME", "PART_TIME", "CONTRACT", "TEMPORARY", "INTERNSHIP", "VOLUNTEER", "OTHER"].contains(type)
        {
            problems.append("jobtype \(type)")
        }
        return problems
    }

    @Test(
        "the LinkedIn feed meets LinkedIn's field rules, escapes every value and leaves out postings it cannot list",
        arguments: TestDatabase.available)
    func linkedIn(database: TestDatabase) async throws {
        try await withTestApp(database, publicBaseURL: "https://jobs.acme.example") { client, orgs in
            var hostile = sampleDocument
            hostile["title"] = "Engineer ]]> <script>alert(1)</script> & Co"
            hostile.removeValue(forKey: "location")
            hostile["locations"] = [["city": "Toronto", "region": "ON", "country": "CA"], ["city": "Austin", "region": "TX", "country": "US"]]
            let listed = try await client.createAndPublish(token: orgs.token, hostile, ["applyEmail": "jobs@acme.test", "force": true])
            let listedID = try #require(listed["id"] as? String)
            // Published through the API with an apply URL only: no poster email is known.
            let unlisted = try await client.createAndPublish(token: orgs.token, document(["title": "Office Manager"]))
            let unlistedID = try #require(unlisted["id"] as? String)

            let response = try await client.page("/boards/\(orgs.slug)/linkedin.xml")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/xml; charset=utf-8")
            let feed = try XMLElementNode.parse(response.body)
            #expect(feed.name == "source")
            #expect(feed.text(of: "publisher") == "Acme <Test> & Co")
            #expect(feed.text(of: "expectedJobCount") == "1")
            let jobs = feed.all("job")
            #expect(jobs.count == 1)
            let job = try #require(jobs.first)
            #expect(Self.linkedInViolations(job) == [])
            #expect(job.text(of: "partnerJobId") == listedID)
            #expect(job.text(of: "title") == "Engineer ]]> <script>alert(1)</script> & Co")
            #expect(job.text(of: "applyUrl") == "https://jobs.acme.example/boards/\(orgs.slug)/jobs/\(listedID)/apply")
            #expect(job.text(of: "jobPosterEmail") == "jobs@acme.test")
            #expect(job.text(of: "location") == "Toronto, ON, CA")
            #expect(job.first("alternateLocations")?.all("alternateLocation").map(\.text) == ["Austin, TX"])
            #expect(job.text(of: "workplaceTypes") == "Hybrid")
            #expect(job.text(of: "jobtype") == "FULL_TIME")
            let salary = try #require(job.first("salaries")?.first("salary"))
            #expect(salary.first("lowEnd")?.text(of: "amount") == "110000")
            #expect(salary.first("highEnd")?.text(of: "currencyCode") == "USD")
            #expect(salary.text(of: "period") == "YEARLY")
            #expect(response.body.contains("<!-- posting \(unlistedID) left out: LinkedIn requires a job poster email -->"))
            #expect(response.body.contains("<title><![CDATA[Engineer ]]]]><![CDATA[> <script>"), "text is in CDATA, split at ]]>")
        }
    }

    @Test("the Indeed feed meets Indeed's field rules and carries the requisition id", arguments: TestDatabase.available)
    func indeed(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token, sampleDocument, ["requisitionId": "REQ-<42>&"])
            let feed = try XMLElementNode.parse(try await client.page("/boards/\(orgs.slug)/indeed.xml").body)
            let job = try #require(feed.all("job").first)
            #expect(Self.indeedMandatory.filter { (job.text(of: $0) ?? "").isEmpty } == [])
            #expect(job.text(of: "referencenumber") == posting["id"] as? String)
            #expect(job.text(of: "requisitionid") == "REQ-<42>&")
            #expect(job.text(of: "jobtype") == "fulltime")
            #expect(job.text(of: "remotetype") == "Hybrid remote")
        }
    }
}
