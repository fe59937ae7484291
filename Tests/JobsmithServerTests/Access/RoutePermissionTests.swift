import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import JobsmithCore

/// Every route of the organization API, with the permission it needs, tried with a personal token of every role: a
/// role with the permission gets the route's success status, a role without it 403 naming the permission.
@Suite("Every permission of every role on every API route")
struct RoutePermissionTests {
    /// What one try of a route sends.
    struct Attempt: Sendable {
        var method: HTTPRequest.Method
        var uri: String
        var json: String?
        var headers: HTTPFields = [:]
    }

    /// The client and the objects a route's attempt may need, made with the admin token.
    struct Stage: Sendable {
        let client: any TestClientProtocol
        let adminToken: String
        let organizationID: UUID
        let database: any Database

        func job() async throws -> String { try await client.createJobDescription(token: adminToken) }

        func deletedJob() async throws -> String {
            let id = try await job()
            _ = try await client.send(.delete, "/api/v1/job-descriptions/\(id)", token: adminToken, headers: [.ifMatch: "\"v1\""])
            return id
        }

        func publishedJob() async throws -> String {
            let id = try await job()
            try await client.publish(id, token: adminToken)
            return id
        }

        func template() async throws -> String {
            let slug = "own-\(UUID().uuidString.prefix(8).lowercased())"
            let response = try await client.send(.post, "/api/v1/templates", token: adminToken, json: RoutePermissionTests.template(slug))
            guard response.status == .created else { throw TestFailure("template: \(response.status) \(response.body)") }
            return slug
        }

        func viewer() async throws -> String {
            let store = UserStore(database: database, hasher: PasswordHasher(cost: 4))
            let email = "spare-\(UUID().uuidString.prefix(8).lowercased())@acme.test"
            let user = try await store.create(
                email: email, name: "Spare", password: "correct horse battery", role: .viewer, organizationID: organizationID)
            return user.id.uuidString
        }

        func spareToken() async throws -> String {
            try await OrganizationDirectory(database: database).createToken(organizationID: organizationID, name: "spare").id.uuidString
        }
    }

    /// One route: the spec's method and path, the permission it needs (nil: every role) and the status of success.
    struct Route: Sendable {
        let operation: String
        let permission: Permission?
        let success: HTTPResponse.Status
        let attempt: @Sendable (Stage) async throws -> Attempt
    }

    static func json(_ object: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func template(_ slug: String) -> [String: Any] {
        ["slug": slug, "department": "healthcare", "level": "mid", "document": ["title": "Night Nurse", "responsibilities": ["Care for patients"]]]
    }

    static let jd = "/api/v1/job-descriptions"
    static let v1: HTTPFields = [.ifMatch: "\"v1\""]

    static let routes: [Route] = [
        Route(operation: "GET \(jd)", permission: .readJobs, success: .ok) { _ in Attempt(method: .get, uri: jd) },
        Route(operation: "POST \(jd)", permission: .writeJobs, success: .created) { _ in Attempt(method: .post, uri: jd, json: json(sampleDocument))
        },
        Route(operation: "GET \(jd)/{id}", permission: .readJobs, success: .ok) { Attempt(method: .get, uri: "\(jd)/\(try await $0.job())") },
        Route(operation: "PUT \(jd)/{id}", permission: .writeJobs, success: .ok) {
            Attempt(method: .put, uri: "\(jd)/\(try await $0.job())", json: json(sampleDocument), headers: v1)
        },
        Route(operation: "PATCH \(jd)/{id}", permission: .writeJobs, success: .ok) {
            Attempt(
                method: .patch, uri: "\(jd)/\(try await $0.job())", json: #"{"title": "Staff Backend Developer"}"#,
                headers: [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"]
            )
        },
        Route(operation: "DELETE \(jd)/{id}", permission: .writeJobs, success: .noContent) {
            Attempt(method: .delete, uri: "\(jd)/\(try await $0.job())", headers: v1)
        },
        Route(operation: "POST \(jd)/{id}/restore", permission: .writeJobs, success: .ok) {
            Attempt(method: .post, uri: "\(jd)/\(try await $0.deletedJob())/restore")
        },
        Route(operation: "GET \(jd)/{id}/versions", permission: .readJobs, success: .ok) {
            Attempt(method: .get, uri: "\(jd)/\(try await $0.job())/versions")
        },
        Route(operation: "GET \(jd)/{id}/versions/{number}", permission: .readJobs, success: .ok) {
            Attempt(method: .get, uri: "\(jd)/\(try await $0.job())/versions/1")
        },
        Route(operation: "GET \(jd)/{id}/diff", permission: .readJobs, success: .ok) {
            Attempt(method: .get, uri: "\(jd)/\(try await $0.job())/diff?from=1&to=1")
        },
        Route(operation: "GET \(jd)/{id}/lint", permission: .readJobs, success: .ok) {
            Attempt(method: .get, uri: "\(jd)/\(try await $0.job())/lint")
        },
        Route(operation: "POST /api/v1/lint", permission: .runLint, success: .ok) { _ in
            Attempt(method: .post, uri: "/api/v1/lint", json: json(sampleDocument))
        },
        Route(operation: "POST /api/v1/imports", permission: nil, success: .ok) { _ in
            Attempt(method: .post, uri: "/api/v1/imports", json: json(["content": "Backend Developer\n\nBuild our services.", "format": "text"]))
        },
        Route(operation: "POST /api/v1/imports", permission: .writeJobs, success: .ok) { _ in
            Attempt(
                method: .post, uri: "/api/v1/imports?save=true",
                json: json(["content": "Backend Developer\n\nBuild our services.", "format": "text"]))
        },
        Route(operation: "GET /api/v1/templates", permission: .readTemplates, success: .ok) { _ in Attempt(method: .get, uri: "/api/v1/templates") },
        Route(operation: "POST /api/v1/templates", permission: .writeTemplates, success: .created) { _ in
            Attempt(method: .post, uri: "/api/v1/templates", json: json(template("own-\(UUID().uuidString.prefix(8).lowercased())")))
        },
        Route(operation: "GET /api/v1/templates/{slug}", permission: .readTemplates, success: .ok) { _ in
            Attempt(method: .get, uri: "/api/v1/templates/backend-developer")
        },
        Route(operation: "PUT /api/v1/templates/{slug}", permission: .writeTemplates, success: .ok) {
            let slug = try await $0.template()
            return Attempt(method: .put, uri: "/api/v1/templates/\(slug)", json: json(template(slug)))
        },
        Route(operation: "DELETE /api/v1/templates/{slug}", permission: .writeTemplates, success: .noContent) {
            Attempt(method: .delete, uri: "/api/v1/templates/\(try await $0.template())")
        },
        Route(operation: "GET /api/v1/company-profile", permission: .readProfile, success: .ok) { _ in
            Attempt(method: .get, uri: "/api/v1/company-profile")
        },
        Route(operation: "PUT /api/v1/company-profile", permission: .writeProfile, success: .ok) { _ in
            Attempt(method: .put, uri: "/api/v1/company-profile", json: json(["name": "Acme Robotics", "employeeCount": 120]))
        },
        Route(operation: "POST \(jd)/{id}/publish", permission: .publishJobs, success: .ok) {
            Attempt(method: .post, uri: "\(jd)/\(try await $0.job())/publish", json: json(["applyUrl": "https://acme.example/apply"]))
        },
        Route(operation: "POST \(jd)/{id}/unpublish", permission: .publishJobs, success: .noContent) {
            Attempt(method: .post, uri: "\(jd)/\(try await $0.publishedJob())/unpublish")
        },
        Route(operation: "GET \(jd)/{id}/stats", permission: .readJobs, success: .ok) {
            Attempt(method: .get, uri: "\(jd)/\(try await $0.publishedJob())/stats")
        },
        Route(operation: "GET /api/v1/postings", permission: .readJobs, success: .ok) { _ in Attempt(method: .get, uri: "/api/v1/postings") },
        Route(operation: "GET /api/v1/compliance-report", permission: .readJobs, success: .ok) { _ in
            Attempt(method: .get, uri: "/api/v1/compliance-report")
        },
        Route(operation: "GET /api/v1/me", permission: nil, success: .ok) { _ in Attempt(method: .get, uri: "/api/v1/me") },
        Route(operation: "GET /api/v1/users", permission: .readUsers, success: .ok) { _ in Attempt(method: .get, uri: "/api/v1/users") },
        Route(operation: "GET /api/v1/users/{userId}", permission: .readUsers, success: .ok) {
            Attempt(method: .get, uri: "/api/v1/users/\(try await $0.viewer())")
        },
        Route(operation: "PATCH /api/v1/users/{userId}", permission: .manageUsers, success: .ok) {
            Attempt(method: .patch, uri: "/api/v1/users/\(try await $0.viewer())", json: #"{"role": "reviewer"}"#)
        },
        Route(operation: "DELETE /api/v1/users/{userId}", permission: .manageUsers, success: .noContent) {
            Attempt(method: .delete, uri: "/api/v1/users/\(try await $0.viewer())")
        },
        Route(operation: "GET /api/v1/tokens", permission: .manageTokens, success: .ok) { _ in Attempt(method: .get, uri: "/api/v1/tokens") },
        Route(operation: "POST /api/v1/tokens", permission: .manageTokens, success: .created) { _ in
            Attempt(method: .post, uri: "/api/v1/tokens", json: #"{"name": "ci", "role": "editor"}"#)
        },
        Route(operation: "DELETE /api/v1/tokens/{tokenId}", permission: .manageTokens, success: .noContent) {
            Attempt(method: .delete, uri: "/api/v1/tokens/\(try await $0.spareToken())")
        },
        // Last: it makes the owner an admin.
        Route(operation: "POST /api/v1/users/{userId}/transfer-ownership", permission: .manageOwners, success: .ok) {
            Attempt(method: .post, uri: "/api/v1/users/\(try await $0.viewer())/transfer-ownership")
        },
    ]

    @Test("each role gets success or 403 naming the permission, as the permission table says", arguments: TestDatabase.available)
    func everyRouteEveryRole(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let roles = try await RoleTokens.seed(in: orgs.slug, on: orgs.database)
            let organization = try #require(try await OrganizationDirectory(database: orgs.database).organization(slug: orgs.slug))
            let stage = Stage(client: client, adminToken: orgs.token, organizationID: organization.id, database: orgs.database)
            for route in Self.routes {
                for role in Role.allCases {
                    let attempt = try await route.attempt(stage)
                    var headers = attempt.headers
                    if attempt.json != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
                    let response = try await client.send(attempt.method, attempt.uri, token: roles.token(role), body: attempt.json, headers: headers)
                    let allowed = route.permission.map { RolePermissions.permissions(of: role).contains($0) } ?? true
                    if allowed {
                        #expect(response.status == route.success, "\(role) \(route.operation): \(response.status) \(response.body.prefix(300))")
                    } else {
                        #expect(response.status == .forbidden, "\(role) \(route.operation): \(response.status) \(response.body.prefix(300))")
                        #expect(response.headers[.contentType] == "application/problem+json")
                        #expect(response.json["permission"] as? String == route.permission?.rawValue, "\(role) \(route.operation)")
                        #expect((response.json["detail"] as? String)?.contains(route.permission?.rawValue ?? "-") == true)
                    }
                }
            }
        }
    }

    @Test("the table lists every operation of the organization API in the specification")
    func tableCoversSpecification() async throws {
        try await withTestApp(.sqlite) { client, _ in
            let spec = try await client.send(.get, "/openapi.yaml", token: nil).body
            var operations: Set<String> = []
            var path = ""
            for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("  /"), line.hasSuffix(":") {
                    path = String(line.dropFirst(2).dropLast())
                } else if line.hasPrefix("components:") {
                    break
                } else if let method = ["get", "put", "post", "patch", "delete"].first(where: { line == "    \($0):" }),
                    path.hasPrefix("/api/v1/"), !path.hasPrefix("/api/v1/boards")
                {
                    operations.insert("\(method.uppercased()) \(path)")
                }
            }
            #expect(operations.count > 30)
            #expect(Set(Self.routes.map(\.operation)) == operations)
        }
    }

    @Test("every permission is granted to at least one role below owner or is owner-only by design, and owners have all")
    func tableShape() {
        #expect(RolePermissions.permissions(of: .owner) == Set(Permission.allCases))
        #expect(RolePermissions.permissions(of: .admin) == Set(Permission.allCases).subtracting([.manageOwners]))
        #expect(Role.allCases == Role.allCases.sorted(by: >), "roles are declared from most to least powerful")
        for (higher, lower) in zip(Role.allCases, Role.allCases.dropFirst()) {
            #expect(RolePermissions.permissions(of: lower).isSubset(of: RolePermissions.permissions(of: higher)), "\(lower) ⊆ \(higher)")
        }
        let used = Set(Self.routes.compactMap(\.permission))
        #expect(used == Set(Permission.allCases), "every permission guards at least one route")
    }
}
