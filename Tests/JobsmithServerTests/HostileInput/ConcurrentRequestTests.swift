import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

/// Races that let requests past a check or into a deadlock (issue 10, defects 5 and 9).
@Suite("Hostile input: concurrent requests")
struct ConcurrentRequestTests {
    @Test(
        "defect 5: 40 parallel sign-ins for one email: at most 5 are evaluated, even when one has the right password",
        arguments: TestDatabase.available)
    func parallelGuesses(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = Browser(client)
            browser.address = "203.0.113.\(Int.random(in: 1...254))"
            _ = try await browser.get("/login")
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for attempt in 0..<40 {
                    let password = attempt == 39 ? WebTestApp.password : "wrong password \(attempt)"
                    group.addTask { try await browser.post("/login", [("email", app.email), ("password", password)]).status }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            let evaluated = statuses.filter { $0 != .tooManyRequests }
            #expect(evaluated.count <= SignInThrottle.failuresPerEmail, "\(statuses)")
            #expect(evaluated.allSatisfy { $0 == .unauthorized || $0 == .seeOther })
            #expect(statuses.count(where: { $0 == .tooManyRequests }) >= 40 - SignInThrottle.failuresPerEmail)
        }
    }

    @Test("a successful sign-in clears the email's count, and the window passes", arguments: TestDatabase.available)
    func throttleWindow(database: TestDatabase) async throws {
        try await withWebTestApp(database) { _, app in
            let throttle = SignInThrottle(database: app.database)
            let start = Date()
            for _ in 0..<SignInThrottle.failuresPerEmail { #expect(try await throttle.admit(email: app.email, address: nil, now: start) == nil) }
            let wait = try #require(try await throttle.admit(email: app.email, address: nil, now: start.addingTimeInterval(60)))
            #expect(abs(wait - (SignInThrottle.window - 60)) < 1)
            #expect(try await throttle.admit(email: app.email, address: nil, now: start.addingTimeInterval(SignInThrottle.window + 1)) == nil)
            try await throttle.succeeded(email: app.email, address: nil)
            #expect(try await throttle.retryAfter(email: app.email, address: nil) == nil)
        }
    }

    @Test("defect 9: parallel first-run setups: one creates the organization, the others get 404, none 500", arguments: TestDatabase.available)
    func parallelSetup(database: TestDatabase) async throws {
        try await withWebTestApp(database, users: false) { client, app in
            let setup = FirstRunSetup(database: app.database, hasher: PasswordHasher(cost: 4))
            var tokens: [String] = []
            for _ in 0..<4 { tokens.append(try #require(try await setup.makeToken())) }
            let browser = Browser(client)
            _ = try await browser.get("/setup?token=\(tokens[0])")
            let chosen = tokens
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for attempt in 0..<8 {
                    group.addTask {
                        try await browser.post(
                            "/setup",
                            [
                                ("token", chosen[attempt % chosen.count]), ("organizationName", "Race \(attempt)"), ("organizationSlug", ""),
                                ("name", "Ada"), ("email", "ada\(attempt)@race.test"), ("password", WebTestApp.password),
                                ("passwordConfirmation", WebTestApp.password),
                            ]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.count(where: { $0 == .seeOther }) == 1, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .notFound }, "\(statuses)")
            #expect(try await UserStore(database: app.database, hasher: PasswordHasher(cost: 4)).count() == 1)
        }
    }
}
