import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithDomain
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

@Suite("Web app: accounts, sessions and CSRF")
struct WebAuthTests {
    /// A documentation-range IPv6 address of its own, so runs sharing a PostgreSQL database do not count each other's
    /// failures.
    static func randomAddress() -> String {
        "2001:db8::" + String(UInt16.random(in: 1...UInt16.max), radix: 16) + ":" + String(UInt16.random(in: 1...UInt16.max), radix: 16)
    }

    @Test("every page needs a signed-in user and redirects to the sign-in page", arguments: TestDatabase.available)
    func pagesRequireSignIn(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let id = try await app.createJob().id.uuidString.lowercased()
            let browser = Browser(client)
            for path in [
                "/", "/library", "/library/backend-developer", "/compose", "/compose?template=backend-developer", "/import", "/settings",
                "/jobs/\(id)", "/jobs/\(id)/history", "/jobs/\(id)/history/1", "/jobs/\(id)/compare?from=1&to=1", "/jobs/\(id)/export/md",
                "/jobs/\(id)/publish",
            ] {
                let response = try await browser.get(path)
                #expect(response.status == .seeOther, "\(path)")
                let location = try #require(response.location, "\(path)")
                #expect(location.hasPrefix("/login"), "\(path)")
                if path != "/" { #expect(location.contains("next="), "\(path)") }
            }
            // A form posted by a visitor with a valid anonymous token but no session also goes to sign in.
            _ = try await browser.get("/login")
            let post = try await browser.post("/compose", [("template", "backend-developer")])
            #expect(post.status == .seeOther)
            #expect(post.location?.hasPrefix("/login") == true)
        }
    }

    @Test("signing in returns to the page asked for; wrong passwords are refused; signing out ends the session", arguments: TestDatabase.available)
    func signInAndOut(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = Browser(client)
            let login = try await browser.get("/login?next=%2Flibrary")
            #expect(login.status == .ok)
            #expect(login.body.contains(#"name="next" value="/library""#))
            let wrong = try await browser.post("/login", [("email", app.email), ("password", "not the password"), ("next", "/library")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.contains("The email address or password is not right."))
            let right = try await browser.post(
                "/login", [("email", app.email.uppercased()), ("password", WebTestApp.password), ("next", "/library")])
            #expect(right.status == .seeOther)
            #expect(right.location == "/library")
            let cookie = try #require(right.headers[values: .setCookie].first { $0.hasPrefix("jobsmith_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            #expect(try await browser.get("/library").status == .ok)

            // Only local paths are followed after signing in.
            let other = Browser(client)
            _ = try await other.get("/login")
            let offsite = try await other.post("/login", [("email", app.email), ("password", WebTestApp.password), ("next", "//evil.example/")])
            #expect(offsite.location == "/")

            _ = try await browser.get("/")
            let token = try #require(browser.cookieJar["jobsmith_session"])
            let logout = try await browser.post("/logout")
            #expect(logout.status == .seeOther)
            #expect(logout.location == "/login?notice=signed-out")
            #expect(try await browser.get("/").status == .seeOther)
            // The old cookie no longer works anywhere: the session is gone from the database.
            let replay = try await client.execute(uri: "/", method: .get, headers: [.cookie: "jobsmith_session=\(token)"], body: nil) { $0.status }
            #expect(replay == .seeOther)
            #expect(try await SessionStore(database: app.database).find(token: token) == nil)
        }
    }

    @Test("the session cookie is Secure behind a TLS proxy; only a hash of its token is stored", arguments: TestDatabase.available)
    func secureCookieAndHashedToken(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = Browser(client)
            _ = try await browser.get("/login")
            let response = try await browser.post(
                "/login", [("email", app.email), ("password", WebTestApp.password)], headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"]
            )
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("jobsmith_session=") })
            #expect(cookie.contains("Secure"))
            let token = try #require(browser.cookieJar["jobsmith_session"])
            let stored = try await SessionModel.query(on: app.database).all().map(\.tokenHash)
            #expect(!stored.contains(token))
            #expect(stored.contains(OrganizationDirectory.hash(token)))
        }
    }

    @Test("sessions expire when idle and are renewed while used", arguments: TestDatabase.available)
    func sessionExpiry(database: TestDatabase) async throws {
        try await withWebTestApp(database) { _, app in
            let sessions = SessionStore(database: app.database)
            let user = try #require(try await UserStore(database: app.database).users(organizationID: app.organizationID).first)
            let start = Date()
            let (token, created) = try await sessions.create(userID: user.id, now: start)
            #expect(created.expiresAt == start.addingTimeInterval(SessionStore.idleTimeout))
            // Used two days later: renewed for another idle period.
            let later = start.addingTimeInterval(2 * 86400)
            let renewed = try #require(try await sessions.find(token: token, now: later))
            #expect(renewed.renewed)
            #expect(abs(renewed.expiresAt.timeIntervalSince(later.addingTimeInterval(SessionStore.idleTimeout))) < 1)
            // Used again a minute later: no write needed.
            #expect(try await sessions.find(token: token, now: later.addingTimeInterval(60))?.renewed == false)
            // Left idle past the timeout: gone.
            #expect(try await sessions.find(token: token, now: later.addingTimeInterval(SessionStore.idleTimeout + 1)) == nil)
        }
    }

    @Test("changing the password checks the current one and signs out other browsers", arguments: TestDatabase.available)
    func changePassword(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let laptop = Browser(client)
            try await laptop.signIn(app.email)
            let phone = Browser(client)
            try await phone.signIn(app.email)
            let wrong = try await laptop.post(
                "/settings/password",
                [("currentPassword", "nope"), ("newPassword", "a brand new password"), ("newPasswordConfirmation", "a brand new password")]
            )
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.body.contains("The current password is not right."))
            let mismatch = try await laptop.post(
                "/settings/password",
                [("currentPassword", WebTestApp.password), ("newPassword", "a brand new password"), ("newPasswordConfirmation", "other")]
            )
            #expect(mismatch.body.contains("The two new passwords are not the same."))
            let changed = try await laptop.post(
                "/settings/password",
                [
                    ("currentPassword", WebTestApp.password), ("newPassword", "a brand new password"),
                    ("newPasswordConfirmation", "a brand new password"),
                ]
            )
            #expect(changed.location == "/settings?notice=password#account")
            #expect(try await laptop.get("/").status == .ok, "this browser stays signed in")
            #expect(try await phone.get("/").status == .seeOther, "other browsers are signed out")
            let again = Browser(client)
            _ = try await again.get("/login")
            #expect(try await again.post("/login", [("email", app.email), ("password", WebTestApp.password)]).status == .unauthorized)
            #expect(try await again.signIn(app.email, password: "a brand new password").status == .seeOther)
        }
    }

    @Test("every form is refused with 403 without the right CSRF token, and nothing changes", arguments: TestDatabase.available)
    func csrfRequired(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            let forms: [(String, [(String, String)])] = [
                ("/jobs/\(id)", [("version", "1"), ("title", "Hijacked"), ("action", "save")]),
                ("/jobs/\(id)/check", [("title", "x")]),
                ("/jobs/\(id)/delete", [("version", "1")]),
                ("/jobs/\(id)/undelete", []),
                ("/jobs/\(id)/duplicate", []),
                ("/jobs/\(id)/history/1/restore", [("version", "1")]),
                ("/jobs/\(id)/publish", [("version", "1"), ("applyEmail", "jobs@acme.test"), ("force", "true")]),
                ("/jobs/\(id)/unpublish", []),
                ("/compose", [("template", "backend-developer")]),
                ("/import", [("text", "Backend Developer\n\nResponsibilities\n- Build APIs")]),
                ("/import/check", [("title", "x")]),
                ("/import/save", [("title", "Imported")]),
                ("/settings/profile", [("name", "Hijacked")]),
                ("/settings/tokens", [("name", "stolen")]),
                ("/people/users", [("email", "mallory@evil.test"), ("password", "0123456789ab"), ("role", "owner")]),
                ("/people/\(UUID().uuidString)/role", [("role", "owner")]),
                ("/people/\(UUID().uuidString)/deactivate", []),
                (
                    "/settings/password",
                    [("currentPassword", WebTestApp.password), ("newPassword", "0123456789ab"), ("newPasswordConfirmation", "0123456789ab")]
                ),
                ("/logout", []),
            ]
            for (path, fields) in forms {
                let missing = try await browser.post(path, fields, csrf: false)
                #expect(missing.status == .forbidden, "\(path)")
                #expect(missing.body.contains("This form has expired"), "\(path)")
                #expect(missing.headers[.contentType]?.hasPrefix("text/html") == true, "\(path)")
                let wrong = try await browser.post(path, [("_csrf", String(repeating: "A", count: 43))] + fields, csrf: false)
                #expect(wrong.status == .forbidden, "\(path)")
            }
            // The sign-in form is protected too.
            let anonymous = Browser(client)
            #expect(try await anonymous.post("/login", [("email", app.email), ("password", WebTestApp.password)], csrf: false).status == .forbidden)

            let current = try #require(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID))
            #expect(current.version == 1 && current.document.title == "Backend Developer")
            #expect(try await OrganizationDirectory(database: app.database).tokens(organizationID: app.organizationID).count == 1)
            #expect(try await browser.get("/").status == .ok, "still signed in")
        }
    }

    @Test("sign-in is throttled after repeated failures, per email and per client address", arguments: TestDatabase.available)
    func signInThrottling(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = Browser(client)
            browser.address = Self.randomAddress()
            _ = try await browser.get("/login")
            for _ in 0..<SignInThrottle.failuresPerEmail {
                #expect(try await browser.post("/login", [("email", app.email), ("password", "wrong password")]).status == .unauthorized)
            }
            // Even the right password is refused now, with a time to wait.
            let blocked = try await browser.post("/login", [("email", app.email), ("password", WebTestApp.password)])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.body.contains("Too many failed sign-ins"))
            #expect(Int(blocked.headers[.retryAfter] ?? "") ?? 0 > 0)
            // Another account from another address is unaffected.
            let other = Browser(client)
            other.address = Self.randomAddress()
            #expect(try await other.signIn(app.otherEmail).status == .seeOther)

            // One address guessing many emails is stopped too.
            let guesser = Browser(client)
            guesser.address = Self.randomAddress()
            _ = try await guesser.get("/login")
            for attempt in 0..<SignInThrottle.failuresPerAddress {
                _ = try await guesser.post("/login", [("email", "nobody\(attempt)@example.test"), ("password", "guess")])
            }
            let stopped = try await guesser.post("/login", [("email", app.otherEmail), ("password", WebTestApp.password)])
            #expect(stopped.status == .tooManyRequests)

            // The failures are in the database, so another instance sees them.
            let throttle = SignInThrottle(database: app.database)
            #expect(try await throttle.retryAfter(email: app.email, address: nil) != nil)
            #expect(try await throttle.retryAfter(email: app.email, address: nil, now: Date().addingTimeInterval(SignInThrottle.window + 1)) == nil)
        }
    }

    @Test("the setup link works once, creates the organization and first user, then /setup is gone", arguments: TestDatabase.available)
    func firstRunSetup(database: TestDatabase) async throws {
        try await withWebTestApp(database, users: false) { client, app in
            let setup = FirstRunSetup(database: app.database, hasher: PasswordHasher(cost: 4))
            let token = try #require(try await setup.makeToken())
            let browser = Browser(client)
            #expect(try await browser.get("/setup?token=wrong-token-wrong-token-wrong").status == .notFound)
            let login = try await browser.get("/login")
            #expect(login.body.contains("Jobsmith is not set up yet"))
            let form = try await browser.get("/setup?token=\(token)")
            #expect(form.status == .ok)
            #expect(form.body.contains("Set up Jobsmith"))
            let fields = [
                ("token", token), ("organizationName", "Initech <Labs>"), ("organizationSlug", ""), ("name", "Peter"),
                ("email", "peter@initech.test"), ("password", "a long enough password"), ("passwordConfirmation", "a long enough password"),
            ]
            // A mistake keeps the token usable.
            let short = try await browser.post("/setup", fields.map { $0.0.hasPrefix("password") ? ($0.0, "short") : $0 })
            #expect(short.status == .unprocessableContent)
            #expect(short.body.contains("at least 10 characters"))
            #expect(short.body.contains("Initech &lt;Labs&gt;"))
            let done = try await browser.post("/setup", fields)
            #expect(done.status == .seeOther)
            #expect(done.location == "/?notice=welcome")
            let dashboard = try await browser.get("/")
            #expect(dashboard.status == .ok)
            #expect(dashboard.body.contains("Initech &lt;Labs&gt;"))
            #expect(try await OrganizationDirectory(database: app.database).organization(slug: "initech-labs") != nil)

            // Used up: the same link, a new token and the form are all gone.
            #expect(try await browser.get("/setup?token=\(token)").status == .notFound)
            #expect(try await Browser(client).get("/setup?token=\(token)").status == .notFound)
            #expect(try await setup.makeToken() == nil)
            let again = Browser(client)
            _ = try await again.get("/login")
            #expect(try await again.post("/setup", fields).status == .notFound)
        }
    }
}
