import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithDomain
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

/// Numbers from clients that used to end the whole server process with a Swift trap (issue 10, defects 1–4). Each
/// test failed before its fix by crashing the test process; now each is answered with a clear 4xx or a page.
@Suite("Hostile input: numbers that trapped")
struct NumberTrapTests {
    /// 1e17, typed as digits so it passes the form's number parsing and reaches the salary display.
    static let hugeSalary = "100000000000000000"

    @Test("defect 1: a salary of 1e17 in every web form is refused by validation, naming the field", arguments: TestDatabase.available)
    func hugeSalaryInWebForms(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            var document = job.document
            document.salary = Salary(min: 1, max: 2, currency: "USD", period: .year)
            func fields(_ action: String) -> [(String, String)] {
                editorFields(document, version: job.version, action: action).map {
                    $0.0 == "salary.min" || $0.0 == "salary.max" ? ($0.0, Self.hugeSalary) : $0
                }
            }
            let saved = try await browser.post("/jobs/\(id)", fields("save"))
            #expect(saved.status == .unprocessableContent)
            #expect(saved.body.contains("must be at most 1000000000"))
            #expect(try await browser.post("/jobs/\(id)", fields("check")).status == .ok)
            let live = try await browser.post("/jobs/\(id)/check", fields("check"))
            #expect(live.status == .ok)
            #expect(live.body.contains("\"preview\""))
            let review = try await browser.post("/import/save", fields("check"))
            #expect(review.status == .ok)
            let imported = try await browser.post("/import/save", fields("save"))
            #expect(imported.status == .unprocessableContent)
            #expect(imported.body.contains("must be at most 1000000000"))
            #expect(try await browser.post("/import/check", fields("check")).status == .ok)
            let composed = try await browser.post(
                "/compose",
                [
                    ("template", "backend-developer"), ("title", "Payments"), ("salary.min", Self.hugeSalary), ("salary.max", Self.hugeSalary),
                    ("salary.currency", "USD"), ("salary.period", "hour"),
                ]
            )
            #expect(composed.status == .unprocessableContent)
            #expect(composed.body.contains("must be at most 1000000000"))
            // Exponents, NaN and infinity are not amounts a person types.
            for amount in ["1e308", "nan", "inf", "-1e400", String(repeating: "9", count: 400)] {
                let refused = try await browser.post("/jobs/\(id)", fields("save").map { $0.0 == "salary.min" ? ($0.0, amount) : $0 })
                #expect(refused.status == .unprocessableContent, "salary.min \(amount)")
                #expect(refused.body.contains("must be a number"), "salary.min \(amount)")
            }
            #expect(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID)?.version == 1)
        }
    }

    @Test("defect 1: the API refuses salaries of 1e17 and 1e308 with a message naming the field", arguments: TestDatabase.available)
    func hugeSalaryInTheAPI(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            for amount in [1e17, 1e308] {
                let response = try await client.send(
                    .post, "/api/v1/job-descriptions", token: orgs.token,
                    json: document(["salary": ["min": amount, "max": amount, "currency": "USD", "period": "year"]])
                )
                #expect(response.status == .unprocessableContent)
                let pointers = (response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["pointer"] as? String }
                #expect(pointers.contains("/salary/min") && pointers.contains("/salary/max"), "\(response.body)")
            }
        }
    }

    @Test("defect 1: showing any salary amount never traps", arguments: [1e17, 1e308, -1e308, .infinity, -.infinity, .nan, 9.2e16, 42.5])
    func salaryDisplayIsTotal(amount: Double) {
        let text = Salary(min: amount, max: amount, currency: "USD", period: .year).displayText
        #expect(text.hasPrefix("USD ") && text.hasSuffix(" per year"))
    }

    @Test("defect 2: library page numbers outside 1…10000 get a 400 page", arguments: TestDatabase.available)
    func hugeLibraryPage(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            for page in ["400000000000000000", "9223372036854775807", "-9223372036854775808", "0", "-1", "10001", "1e3", "two"] {
                let response = try await browser.get("/library?page=\(page)")
                #expect(response.status == .badRequest, "page=\(page)")
                #expect(response.body.contains("page must be a whole number from 1 to 10000"), "page=\(page)")
            }
            #expect(try await browser.get("/library?page=2").status == .ok)
            #expect(try await browser.get("/library?page=10000").status == .ok)
        }
    }

    @Test(
        "defect 3: forged editor actions with absurd indexes get a 400 page, in the editor and the import review", arguments: TestDatabase.available)
    func forgedEditorActions(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            var document = job.document
            document.kpis = [KPI(name: "Uptime", description: "Monthly.")]
            document.otherSections = [OtherSection(heading: "About", body: "Us.")]
            let actions = [
                "down:responsibilities:9223372036854775807", "up:responsibilities:-9223372036854775808", "remove:requirements:99999999999999999999",
                "down:kpis:9223372036854775807", "up:otherSections:9223372036854775807", "down:benefits:10000", "up:tools:-1",
                "apply|/title|0|9223372036854775807|x", "apply|/summary|-9223372036854775808|0|x", "down:responsibilities", "sideways:tools:1",
            ]
            for action in actions {
                for path in ["/jobs/\(id)", "/import/save"] {
                    let response = try await browser.post(path, editorFields(document, version: job.version, action: action))
                    #expect(response.status == .badRequest, "\(path) \(action)")
                    #expect(response.body.contains("editing action that does not exist"), "\(path) \(action)")
                }
            }
            // The buttons' own actions still work at the ends of the lists.
            let moved = try await browser.post("/jobs/\(id)", editorFields(document, version: job.version, action: "down:responsibilities:2"))
            #expect(moved.status == .ok)
            #expect(try await browser.post("/jobs/\(id)", editorFields(document, version: job.version, action: "up:kpis:0")).status == .ok)
        }
    }

    @Test("defect 4: a forged cursor with Int64.max milliseconds gets 400, in the API lists and on the dashboard", arguments: TestDatabase.available)
    func forgedCursors(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            _ = try await app.createJob()
            let browser = try await Browser.signedIn(client, as: app.email)
            let id = UUID().uuidString
            for milliseconds in ["9223372036854775807", "-9223372036854775808", "-1", "253402300800000"] {
                let cursor = Data("\(milliseconds)|\(id)".utf8).base64EncodedString()
                    .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
                for path in ["/api/v1/job-descriptions", "/api/v1/postings"] {
                    let response = try await client.send(.get, "\(path)?cursor=\(cursor)", token: app.token)
                    #expect(response.status == .badRequest, "\(path) \(milliseconds)")
                    #expect(response.body.contains("cursor is not one this server gave out"))
                }
                let page = try await browser.get("/?cursor=\(cursor)")
                #expect(page.status == .badRequest, "dashboard \(milliseconds)")
                #expect(page.body.contains("This page of the list no longer exists"))
            }
        }
    }

    @Test("history and compare refuse version numbers outside their range with a 400 page", arguments: TestDatabase.available)
    func hugeVersionNumbers(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            for query in ["after=9223372036854775807", "after=-1"] {
                #expect(try await browser.get("/jobs/\(id)/history?\(query)").status == .badRequest, "\(query)")
            }
            for query in ["from=-9223372036854775808&to=1", "from=1&to=99999999999999999999"] {
                #expect(try await browser.get("/jobs/\(id)/compare?\(query)").status == .badRequest, "\(query)")
            }
            #expect(try await browser.get("/jobs/\(id)/history/9223372036854775807").status == .notFound)
            let restore = try await browser.post("/jobs/\(id)/history/1/restore", [("version", "9223372036854775807")])
            #expect(restore.status == .badRequest)
            #expect(try await browser.get("/jobs/\(id)/history?after=2").status == .ok)
        }
    }
}
