import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import JobsmithCore

@Suite("People: roles, ownership, deactivation and tokens")
struct PeopleAPITests {
    @Test("the last owner cannot be demoted or deactivated; admins cannot make owners; owners transfer ownership", arguments: TestDatabase.available)
    func lastOwnerAndTransfer(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let roles = try await RoleTokens.seed(in: orgs.slug, on: orgs.database)
            let owner = roles.id(.owner).uuidString
            let demote = try await client.send(.patch, "/api/v1/users/\(owner)", token: roles.token(.owner), json: ["role": "admin"])
            #expect(demote.status == .conflict)
            #expect((demote.json["detail"] as? String)?.contains("last owner") == true)
            let byAdmin = try await client.send(.delete, "/api/v1/users/\(owner)", token: orgs.token)
            #expect(byAdmin.status == .forbidden, "only owners deactivate owners")
            let bySelf = try await client.send(.delete, "/api/v1/users/\(owner)", token: roles.token(.owner))
            #expect(bySelf.status == .conflict)

            let promote = try await client.send(.patch, "/api/v1/users/\(roles.id(.editor))", token: roles.token(.admin), json: ["role": "owner"])
            #expect(promote.status == .forbidden)
            #expect(promote.json["permission"] as? String == "owners.manage")
            let demoteOwnerByAdmin = try await client.send(.patch, "/api/v1/users/\(owner)", token: roles.token(.admin), json: ["role": "viewer"])
            #expect(demoteOwnerByAdmin.status == .forbidden)
            let bogus = try await client.send(.patch, "/api/v1/users/\(owner)", token: roles.token(.owner), json: ["role": "emperor"])
            #expect(bogus.status == .unprocessableContent || bogus.status == .badRequest)

            let transfer = try await client.send(.post, "/api/v1/users/\(roles.id(.editor))/transfer-ownership", token: roles.token(.owner))
            #expect(transfer.status == .ok)
            #expect(transfer.json["role"] as? String == "owner")
            let me = try await client.send(.get, "/api/v1/me", token: roles.token(.owner))
            #expect(me.json["role"] as? String == "admin", "the former owner is an admin at once")
            #expect((me.json["permissions"] as? [String])?.contains("owners.manage") == false)
            let newOwner = try await client.send(.get, "/api/v1/me", token: roles.token(.editor))
            #expect(newOwner.json["role"] as? String == "owner")
            #expect((newOwner.json["user"] as? [String: Any])?["email"] as? String == roles.members[.editor]?.email)

            // With two owners, one may step down.
            let second = try await client.send(.patch, "/api/v1/users/\(owner)", token: roles.token(.editor), json: ["role": "owner"])
            #expect(second.status == .ok)
            let stepDown = try await client.send(.patch, "/api/v1/users/\(owner)", token: roles.token(.owner), json: ["role": "editor"])
            #expect(stepDown.status == .ok)
            #expect(stepDown.json["role"] as? String == "editor")
        }
    }

    @Test("deactivating ends sessions and personal tokens at once; role changes take effect at once", arguments: TestDatabase.available)
    func deactivationAndRoleChanges(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let roles = try await RoleTokens.seed(in: orgs.slug, on: orgs.database)
            let viewer = roles.id(.viewer).uuidString
            let refused = try await client.send(.post, "/api/v1/job-descriptions", token: roles.token(.viewer), json: sampleDocument)
            #expect(refused.status == .forbidden)
            #expect(try await client.send(.patch, "/api/v1/users/\(viewer)", token: orgs.token, json: ["role": "editor"]).status == .ok)
            let allowed = try await client.send(.post, "/api/v1/job-descriptions", token: roles.token(.viewer), json: sampleDocument)
            #expect(allowed.status == .created, "the new role counts on the next request")

            let browser = try await Browser.signedIn(client, as: try #require(roles.members[.viewer]?.email))
            #expect(try await browser.get("/").status == .ok)
            #expect(try await client.send(.delete, "/api/v1/users/\(viewer)", token: orgs.token).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/me", token: roles.token(.viewer)).status == .unauthorized)
            #expect(try await browser.get("/").status == .seeOther, "the session ended")
            let again = Browser(client)
            _ = try await again.get("/login")
            let signIn = try await again.post(
                "/login", [("email", try #require(roles.members[.viewer]?.email)), ("password", "correct horse battery")])
            #expect(signIn.status != .seeOther, "a deactivated user cannot sign in")

            let listed = try await client.send(.get, "/api/v1/users/\(viewer)", token: orgs.token)
            #expect(listed.json["active"] as? Bool == false)
            let back = try await client.send(.patch, "/api/v1/users/\(viewer)", token: orgs.token, json: ["active": true])
            #expect(back.json["active"] as? Bool == true)
            #expect(try await client.send(.get, "/api/v1/me", token: roles.token(.viewer)).status == .unauthorized, "old tokens stay revoked")
            #expect(try await Browser(client).signIn(try #require(roles.members[.viewer]?.email)).status == .seeOther)

            let selfDeactivate = try await client.send(.delete, "/api/v1/users/\(roles.id(.admin))", token: roles.token(.admin))
            #expect(selfDeactivate.status == .conflict)
        }
    }

    @Test("tokens: service tokens with a role, personal tokens acting as a user, revocation; /me says who acts", arguments: TestDatabase.available)
    func tokens(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let roles = try await RoleTokens.seed(in: orgs.slug, on: orgs.database)
            let me = try await client.send(.get, "/api/v1/me", token: orgs.token)
            #expect(me.json["kind"] as? String == "service")
            #expect(me.json["role"] as? String == "admin", "tokens made before roles act as admins")

            let created = try await client.send(.post, "/api/v1/tokens", token: orgs.token, json: ["name": "reader", "role": "viewer"])
            #expect(created.status == .created)
            let secret = try #require(created.json["secret"] as? String)
            #expect(created.json["kind"] as? String == "service")
            let denied = try await client.send(.post, "/api/v1/job-descriptions", token: secret, json: sampleDocument)
            #expect(denied.status == .forbidden)
            #expect(denied.json["permission"] as? String == "jobs.write")

            let personal = try await client.send(
                .post, "/api/v1/tokens", token: orgs.token, json: ["name": "mine", "userId": roles.id(.editor).uuidString])
            #expect(personal.status == .created)
            #expect(personal.json["kind"] as? String == "personal")
            let acting = try await client.send(.get, "/api/v1/me", token: try #require(personal.json["secret"] as? String))
            #expect(acting.json["role"] as? String == "editor")
            #expect(acting.json["kind"] as? String == "user")

            let ownerPersonal = try await client.send(
                .post, "/api/v1/tokens", token: roles.token(.admin), json: ["name": "x", "userId": roles.id(.owner).uuidString])
            #expect(ownerPersonal.status == .forbidden, "an admin cannot mint an owner's token")
            let ownerService = try await client.send(.post, "/api/v1/tokens", token: orgs.token, json: ["name": "x", "role": "owner"])
            #expect(ownerService.status == .unprocessableContent)
            #expect(((ownerService.json["errors"] as? [[String: Any]])?.first?["pointer"] as? String) == "/role")
            let both = try await client.send(
                .post, "/api/v1/tokens", token: orgs.token, json: ["name": "x", "role": "viewer", "userId": roles.id(.editor).uuidString])
            #expect(both.status == .unprocessableContent)
            let blank = try await client.send(.post, "/api/v1/tokens", token: orgs.token, json: ["name": "  "])
            #expect(blank.status == .unprocessableContent)

            let id = try #require(created.json["id"] as? String)
            #expect(try await client.send(.delete, "/api/v1/tokens/\(id)", token: orgs.otherToken).status == .notFound)
            #expect(try await client.send(.delete, "/api/v1/tokens/\(id)", token: orgs.token).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/me", token: secret).status == .unauthorized, "revoked at once")
            let list = try await client.send(.get, "/api/v1/tokens", token: orgs.token)
            let row = (list.json["items"] as? [[String: Any]])?.first { $0["id"] as? String == id }
            #expect(row?["revokedAt"] != nil)
            #expect(row?["secret"] == nil)
        }
    }

    @Test("another organization's users and tokens answer 404", arguments: TestDatabase.available)
    func otherOrganization(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let roles = try await RoleTokens.seed(in: orgs.slug, on: orgs.database)
            let editor = roles.id(.editor).uuidString
            #expect(try await client.send(.get, "/api/v1/users/\(editor)", token: orgs.otherToken).status == .notFound)
            #expect(try await client.send(.patch, "/api/v1/users/\(editor)", token: orgs.otherToken, json: ["role": "viewer"]).status == .notFound)
            #expect(try await client.send(.delete, "/api/v1/users/\(editor)", token: orgs.otherToken).status == .notFound)
            let personal = try await client.send(.post, "/api/v1/tokens", token: orgs.otherToken, json: ["name": "x", "userId": editor])
            #expect(personal.status == .notFound)
            let users = try await client.send(.get, "/api/v1/users", token: orgs.otherToken)
            #expect((users.json["items"] as? [[String: Any]])?.contains { $0["id"] as? String == editor.lowercased() } == false)
            #expect(try await client.send(.get, "/api/v1/users/not-a-uuid", token: orgs.token).status == .notFound)
        }
    }
}
