import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithCore
import JobsmithDomain
import JobsmithLibrary
import JobsmithServer
import Testing

@Suite("Template library and search")
struct TemplatesAPITests {
    func titles(_ response: JSONResponse) -> [String] {
        (response.json["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
    }

    @Test("the built-in library lists at least 380 complete templates in at least 25 departments, page by page", arguments: TestDatabase.available)
    func library(database: TestDatabase) async throws {
        let builtIn = try BuiltInTemplates.load().count
        try await withTestApp(database) { client, orgs in
            var items: [[String: Any]] = []
            var path: String? = "/api/v1/templates?limit=100"
            while let current = path, items.count <= builtIn {
                let response = try await client.send(.get, current, token: orgs.token)
                #expect(response.status == .ok)
                items += try #require(response.json["items"] as? [[String: Any]])
                #expect(response.json["total"] as? Int == builtIn)
                path = (response.json["nextCursor"] as? String).map { "/api/v1/templates?limit=100&cursor=\($0)" }
            }
            #expect(items.count == builtIn)
            #expect(builtIn >= 380)
            #expect(Set(items.compactMap { $0["department"] as? String }).count >= 25)
            let departments = items.compactMap { $0["department"] as? String }
            #expect(departments == departments.sorted(), "an empty query lists by department")

            let backend = try await client.send(.get, "/api/v1/templates/backend-developer", token: orgs.token)
            let document = try #require(backend.json["document"] as? [String: Any])
            #expect(backend.json["builtIn"] as? Bool == true)
            for list in ["responsibilities", "requirements", "niceToHave", "kpis", "collaboratesWith", "leads", "tools", "qualifications"] {
                #expect(!((document[list] as? [Any]) ?? []).isEmpty, "\(list)")
            }
            #expect(document["reportsTo"] is String)
        }
    }

    @Test("search understands variants, synonyms, prefixes and accents", arguments: TestDatabase.available)
    func search(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let backend = try await client.send(.get, "/api/v1/templates?q=backend%20engineer", token: orgs.token)
            #expect(titles(backend).first == "Backend Developer")
            let hyphen = try await client.send(.get, "/api/v1/templates?q=Back-End%20programmer", token: orgs.token)
            #expect(titles(hyphen).first == "Backend Developer")
            let serverSide = try await client.send(.get, "/api/v1/templates?q=server-side", token: orgs.token)
            #expect(titles(serverSide).contains("Backend Developer"))

            let people = try await client.send(.get, "/api/v1/templates?q=people%20ops&limit=5", token: orgs.token)
            let peopleItems = try #require(people.json["items"] as? [[String: Any]])
            #expect(titles(people).first == "People Operations Manager")
            // HR roles first: the People & HR department, or a people role elsewhere (the Chief People Officer).
            #expect(
                peopleItems.prefix(3).allSatisfy {
                    $0["department"] as? String == "people" || ($0["title"] as? String ?? "").contains("People")
                })
            let hr = try await client.send(.get, "/api/v1/templates?q=HR&limit=5", token: orgs.token)
            #expect(titles(hr).contains("People Operations Manager"))

            let typing = try await client.send(.get, "/api/v1/templates?q=prod%20des", token: orgs.token)
            #expect(titles(typing).first == "Product Designer")
            let sre = try await client.send(.get, "/api/v1/templates?q=site%20reliability", token: orgs.token)
            #expect(titles(sre).first == "Site Reliability Engineer")
            let accents = try await client.send(.get, "/api/v1/templates?q=D%C3%89VELOP", token: orgs.token)
            #expect(titles(accents).contains("Backend Developer"))

            let filtered = try await client.send(.get, "/api/v1/templates?q=developer&level=senior", token: orgs.token)
            #expect((filtered.json["items"] as? [[String: Any]])?.allSatisfy { $0["level"] as? String == "senior" } == true)
            #expect(!titles(filtered).isEmpty)
            let none = try await client.send(.get, "/api/v1/templates?q=zzzzqqq", token: orgs.token)
            #expect(titles(none).isEmpty)
            #expect(none.json["total"] as? Int == 0)
        }
    }

    @Test("every query of the relevance set puts an acceptable template first on every engine", arguments: TestDatabase.available)
    func relevanceSet(database: TestDatabase) async throws {
        let set = try RelevanceSet.load()
        try await withTestApp(database) { client, orgs in
            let failures = try await set.failures { query in
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let response = try await client.send(.get, "/api/v1/templates?q=\(encoded)&limit=3", token: orgs.token)
                return (response.json["items"] as? [[String: Any]])?.first?["slug"] as? String
            }
            #expect(failures.isEmpty, "\(set.cases.count - failures.count)/\(set.cases.count) pass:\n\(failures.joined(separator: "\n"))")
        }
    }

    @Test("the server search gives exactly the in-memory ranking on every engine, for every match", arguments: TestDatabase.available)
    func sameResultsEverywhere(database: TestDatabase) async throws {
        let library = try BuiltInTemplates.load()
        try await withTestApp(database) { client, orgs in
            // Broad queries too: every match is ranked, however many there are.
            for query in [
                "backend engineer", "people ops", "prod des", "store manager", "nurse", "data engineer", "sales rep", "customer success", "manager",
                "s", "",
            ] {
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
                var slugs: [String] = []
                var cursor: String?
                repeat {
                    let page = try await client.send(
                        .get, "/api/v1/templates?q=\(encoded)&limit=100" + (cursor.map { "&cursor=\($0)" } ?? ""), token: orgs.token
                    )
                    slugs += (page.json["items"] as? [[String: Any]] ?? []).compactMap { $0["slug"] as? String }
                    cursor = page.json["nextCursor"] as? String
                } while cursor != nil
                let expected = TemplateRanking.search(library, query: query).map(\.slug)
                #expect(expected.count >= 2, "\(query): \(expected.count) matches")
                #expect(slugs == expected, "\(query)")
            }
        }
    }

    @Test("organizations manage their own templates; built-ins are read-only and others' invisible", arguments: TestDatabase.available)
    func ownTemplates(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let body: [String: Any] = [
                "slug": "night-nurse", "department": "healthcare", "level": "mid", "tags": ["nocturnal"],
                "document": ["title": "Night Nurse", "summary": "At {{company}}, nights are calm.", "responsibilities": ["Care for patients"]],
            ]
            let created = try await client.send(.post, "/api/v1/templates", token: orgs.token, json: body)
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/templates/night-nurse")
            let found = try await client.send(.get, "/api/v1/templates?q=nocturnal", token: orgs.token)
            #expect(titles(found) == ["Night Nurse"])
            let hidden = try await client.send(.get, "/api/v1/templates?q=nocturnal", token: orgs.otherToken)
            #expect(titles(hidden).isEmpty)
            #expect(try await client.send(.get, "/api/v1/templates/night-nurse", token: orgs.otherToken).status == .notFound)

            var changed = body
            // A word no built-in template uses, so the search finds only this organization's template.
            changed["document"] = ["title": "Moonlight Nurse", "responsibilities": ["Care"]]
            let replaced = try await client.send(.put, "/api/v1/templates/night-nurse", token: orgs.token, json: changed)
            #expect(replaced.status == .ok)
            #expect(titles(try await client.send(.get, "/api/v1/templates?q=moonlight", token: orgs.token)) == ["Moonlight Nurse"])
            #expect(try await client.send(.put, "/api/v1/templates/night-nurse", token: orgs.otherToken, json: changed).status == .notFound)

            let builtIn = try await client.send(.put, "/api/v1/templates/backend-developer", token: orgs.token, json: changed)
            #expect(builtIn.status == .forbidden)
            #expect(try await client.send(.delete, "/api/v1/templates/backend-developer", token: orgs.token).status == .forbidden)
            let duplicate = try await client.send(
                .post, "/api/v1/templates", token: orgs.token, json: body.merging(["slug": "backend-developer"]) { $1 })
            #expect(duplicate.status == .conflict)
            let badPlaceholder = try await client.send(
                .post, "/api/v1/templates", token: orgs.token,
                json: body.merging(["slug": "x-role", "document": ["title": "{{salary}} role"]]) { $1 }
            )
            #expect(badPlaceholder.status == .unprocessableContent)

            let id = try await client.createJobDescription(token: orgs.token)
            let saved = try await client.send(
                .post, "/api/v1/templates", token: orgs.token,
                json: ["slug": "our-backend", "department": "engineering", "level": "mid", "fromJobDescription": id]
            )
            #expect(saved.status == .created)
            #expect((saved.json["document"] as? [String: Any])?["title"] as? String == "Backend Developer")
            let foreign = try await client.send(
                .post, "/api/v1/templates", token: orgs.otherToken,
                json: ["slug": "stolen", "department": "engineering", "level": "mid", "fromJobDescription": id]
            )
            #expect(foreign.status == .notFound)

            #expect(try await client.send(.delete, "/api/v1/templates/night-nurse", token: orgs.otherToken).status == .notFound)
            #expect(try await client.send(.delete, "/api/v1/templates/night-nurse", token: orgs.token).status == .noContent)
            #expect(titles(try await client.send(.get, "/api/v1/templates?q=moonlight", token: orgs.token)).isEmpty)
        }
    }
}
