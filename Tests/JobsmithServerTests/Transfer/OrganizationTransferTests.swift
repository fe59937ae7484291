import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithCore
import SQLKit
import Testing

@Suite("Organization export and import")
struct OrganizationTransferTests {
    /// An organization with a profile, a template, a user, a token, a description at version 3 that is published and has
    /// counts, and one in the trash; its export's lines and what the test needs to check it elsewhere.
    struct Seeded: Sendable {
        let lines: [String]
        let email: String
        let token: String
        let keptID: String
        let trashedID: String
    }

    static func seed() async throws -> Seeded {
        try await withWebTestApp(.sqlite) { client, app in
            #expect(
                try await client.send(.put, "/api/v1/company-profile", token: app.token, json: ["name": "Acme", "about": "Robots."]).status == .ok)
            let template: [String: Any] = [
                "slug": "night-nurse", "department": "healthcare", "level": "mid", "tags": ["nocturnal"],
                "document": ["title": "Night Nurse", "summary": "At {{company}}, nights are calm.", "responsibilities": ["Care for patients"]],
            ]
            #expect(try await client.send(.post, "/api/v1/templates", token: app.token, json: template).status == .created)
            let kept = try await client.createJobDescription(token: app.token)
            for version in 1...2 {
                let patch = try await client.send(
                    .patch, "/api/v1/job-descriptions/\(kept)", token: app.token, body: #"{"summary": "Version \#(version + 1)."}"#,
                    headers: [.ifMatch: "\"v\(version)\"", .contentType: "application/merge-patch+json"]
                )
                #expect(patch.status == .ok)
            }
            let posting = try await client.publish(kept, token: app.token)
            let postingText = try #require(posting["id"] as? String)
            let postingID = try #require(UUID(uuidString: postingText))
            try await (app.database as! any SQLDatabase).insert(into: "posting_daily_counts")
                .columns("posting_id", "day", "views", "apply_clicks").values(SQLBind(postingID), SQLBind("2026-11-30"), SQLBind(12), SQLBind(3))
                .run()
            let trashed = try await client.createJobDescription(token: app.token)
            #expect(
                try await client.send(.delete, "/api/v1/job-descriptions/\(trashed)", token: app.token, headers: [.ifMatch: "\"v1\""]).status
                    == .noContent)
            return Seeded(
                lines: try await exportLines(app.owner, slug: app.slug), email: app.email, token: app.token, keptID: kept, trashedID: trashed)
        }
    }

    @Test("an export holds every record kind, with the trash state and every version")
    func exportHoldsEverything() async throws {
        let seeded = try await Self.seed()
        let types = seeded.lines.map { line in (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["type"] as? String }
        #expect(types.first == "header")
        #expect(types.last == "end")
        for kind in ["organization", "company_profile", "user", "api_token", "template", "job_description", "posting", "posting_day"] {
            #expect(types.contains(kind), "no \(kind) record")
        }
        #expect(types.filter { $0 == "version" }.count == 4)
        #expect(seeded.lines.contains { $0.contains(#""type":"job_description""#) && $0.contains(#""deletedAt":"#) })
        #expect(seeded.lines.contains { $0.contains(#""passwordHash":"$2"#) })
    }

    @Test("SQLite to PostgreSQL and back keeps everything: descriptions, versions, postings, passwords, tokens")
    func roundTrip() async throws {
        let seeded = try await Self.seed()
        let text = seeded.lines.joined(separator: "\n") + "\n"
        let middle: TestDatabase = TestDatabase.available.contains(.postgres) ? .postgres : .sqlite
        let slug = try #require(
            seeded.lines.dropFirst().first.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }?["slug"] as? String)
        let again = try await middle.limited {
            let location = try await middle.makeScratchLocation()
            do {
                let lines = try await withDatabase(at: location) { owner in
                    let summary = try await importText(text, into: owner)
                    #expect(summary.versions == 4)
                    #expect(summary.postings == 1)
                    return try await exportLines(owner, slug: slug)
                }
                #expect(Array(lines.dropFirst()) == Array(seeded.lines.dropFirst()))
                try await Self.checkServes(location, seeded)
                try await TestDatabase.dropScratch(location)
                return lines
            } catch {
                try? await TestDatabase.dropScratch(location)
                throw error
            }
        }
        let back = TestDatabase.sqlite.makeLocation()
        let lines = try await withDatabase(at: back) { owner in
            try await importText(again.joined(separator: "\n") + "\n", into: owner)
            return try await exportLines(owner, slug: slug)
        }
        #expect(Array(lines.dropFirst()) == Array(seeded.lines.dropFirst()))
        try await Self.checkServes(back, seeded)
    }

    /// The application on `location` signs the user in with their old password, accepts the old token and serves the
    /// description's history.
    static func checkServes(_ location: DatabaseLocation, _ seeded: Seeded) async throws {
        try await withApplication(at: location) { client in
            try await Browser(client).signIn(seeded.email)
            let current = try await client.send(.get, "/api/v1/job-descriptions/\(seeded.keptID)", token: seeded.token)
            #expect(current.status == .ok)
            #expect(current.headers[.eTag] == "\"v3\"")
            let versions = try await client.send(.get, "/api/v1/job-descriptions/\(seeded.keptID)/versions", token: seeded.token)
            #expect(versions.status == .ok)
            #expect((versions.json["items"] as? [Any])?.count == 3)
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(seeded.trashedID)", token: seeded.token).status == .notFound)
            let postings = try await client.send(.get, "/api/v1/postings", token: seeded.token)
            #expect(postings.body.contains(seeded.keptID.lowercased()) || postings.body.contains(seeded.keptID))
        }
    }

    @Test("a cut-off file, a bad line, an unknown type or a taken slug is refused by line, and nothing is stored", arguments: TestDatabase.available)
    func refusals(database: TestDatabase) async throws {
        let seeded = try await Self.seed()
        let lines = seeded.lines
        let whole = lines.joined(separator: "\n") + "\n"
        func without(_ index: Int) -> String { lines.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: "\n") + "\n" }
        func replacing(_ index: Int, with line: String) -> String {
            lines.enumerated().map { $0.offset == index ? line : $0.element }.joined(separator: "\n") + "\n"
        }
        let cases: [(String, String, String)] = [
            ("without its end", without(lines.count - 1), "line \(lines.count - 1) without its end record"),
            ("cut in a line", String(whole.prefix(whole.count / 2)), "line "),
            ("bad JSON", replacing(5, with: "{\"type\": \"user\", "), "line 6: not a JSON object"),
            ("unknown type", replacing(4, with: #"{"type":"widget"}"#), "line 5: unknown record type \"widget\""),
            (
                "missing field", replacing(3, with: #"{"type":"user","id":"6A1D4C8E-2F43-4E8A-9E44-3D2C1B0A9F8E"}"#),
                "line 4: the field \"email\" is missing"
            ),
            ("empty", "", "the file is empty"),
            ("not an export", "hello\n", "line 1: not a Jobsmith organization export"),
            ("after the end", whole + lines[3] + "\n", "line \(lines.count + 1): nothing may follow the end record"),
        ]
        try await database.limited {
            // A database of its own: the row counts below would see other tests' writes on the shared one.
            let location = try await database.makeScratchLocation()
            do {
                try await withDatabase(at: location) { owner in
                    let before = try await rowCounts(owner.database)
                    for (name, text, message) in cases {
                        let error = await #expect(throws: TransferFailure.self, "\(name)") { try await importText(text, into: owner) }
                        #expect(error?.description.contains(message) == true, "\(name): \(error?.description ?? "no error")")
                        #expect(error?.description.hasSuffix("(nothing was imported)") == true)
                    }
                    #expect(try await rowCounts(owner.database) == before)
                    try await importText(whole, into: owner)
                    let taken = await #expect(throws: TransferFailure.self) { try await importText(whole, into: owner) }
                    #expect(taken?.description.contains("already exists here; import under another slug with --as NEWSLUG") == true)
                    let same = await #expect(throws: TransferFailure.self) {
                        try await importText(whole, into: owner, as: "copy-\(UUID().uuidString.prefix(6).lowercased())")
                    }
                    #expect(same?.description.contains("already holds the organization") == true)
                }
                try await TestDatabase.dropScratch(location)
            } catch {
                try? await TestDatabase.dropScratch(location)
                throw error
            }
        }
    }

    @Test("--as stores the organization under another slug")
    func renamed() async throws {
        let seeded = try await Self.seed()
        try await withDatabase(at: TestDatabase.sqlite.makeLocation()) { owner in
            let summary = try await importText(seeded.lines.joined(separator: "\n"), into: owner, as: "renamed-org")
            #expect(summary.slug == "renamed-org")
            let lines = try await exportLines(owner, slug: "renamed-org")
            #expect(lines.count == seeded.lines.count)
            #expect(lines[1].contains(#""slug":"renamed-org""#))
        }
    }
}
