import ArgumentParser
import Foundation
import JobsmithCore
import JobsmithServer

/// `jobsmith token`: manages API tokens.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage API tokens.", subcommands: [Create.self, List.self, Revoke.self]
    )

    /// `jobsmith token create --org SLUG [--name LABEL] [--role ROLE | --user EMAIL]`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API token; it is printed once and only its hash is stored.",
            discussion: """
                Without --role or --user the token is an admin service token, as tokens were before roles. With --role it \
                is a service token with that role (admin, editor, reviewer or viewer); with --user it is a personal token \
                that acts as that user, with their role at the time of each request, and ends when they are deactivated.
                """
        )

        @Option(help: "The organization's slug.")
        var org: String

        @Option(help: "A label to recognise the token by.")
        var name: String = "api"

        @Option(help: "The service token's role: admin, editor, reviewer or viewer (default: admin).")
        var role: String?

        @Option(help: "Make a personal token acting as the user with this email.")
        var user: String?

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            if role != nil, user != nil {
                throw CommandFailure(message: "give either --role (a service token) or --user (a personal token), not both")
            }
            let chosenRole = try role.map(RoleOption.parse)
            try await database.withServices { core in
                let caller = try await core.organizations.systemCaller(organizationSlug: org, label: "jobsmith token create")
                var grant = TokenGrant.service(chosenRole ?? .admin)
                if let user {
                    guard let found = try await core.accounts.user(email: user, by: caller) else {
                        throw CommandFailure(message: "no user of \(org) has the email \(user)")
                    }
                    grant = .personal(userID: found.id)
                }
                do {
                    print(try await core.organizations.createToken(name: name, grant: grant, by: caller).secret)
                } catch let failure as TokenFailure {
                    throw CommandFailure(message: failure.description)
                }
            }
        }
    }

    /// `jobsmith token list --org SLUG`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the organization's API tokens (never their secrets).")

        @Option(help: "The organization's slug.")
        var org: String

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withServices { core in
                let caller = try await core.organizations.systemCaller(organizationSlug: org, label: "jobsmith token list")
                let names = Dictionary(try await core.accounts.users(by: caller).map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first })
                for token in try await core.organizations.tokens(by: caller) {
                    let actsAs = token.userID.map { "user \(names[$0] ?? $0.uuidString.lowercased())" } ?? token.role.rawValue
                    let state = token.revokedAt == nil ? "active" : "revoked"
                    print("\(token.id.uuidString.lowercased())\t\(token.name)\t\(actsAs)\t\(state)")
                }
            }
        }
    }

    /// `jobsmith token revoke --org SLUG ID`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke an API token; a running server refuses it within 10 seconds.",
            discussion: "Find the id with `jobsmith token list --org SLUG`."
        )

        @Option(help: "The organization's slug.")
        var org: String

        @Argument(help: "The token's id.")
        var id: String

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let tokenID = UUID(uuidString: id) else { throw CommandFailure(message: "\"\(id)\" is not a token id (see `jobsmith token list`)") }
            try await database.withServices { core in
                let caller = try await core.organizations.systemCaller(organizationSlug: org, label: "jobsmith token revoke")
                do {
                    try await core.organizations.revokeToken(tokenID, by: caller)
                } catch is MissingObject {
                    throw CommandFailure(message: "\(org) has no token with the id \(id)")
                }
                print("Revoked token \(tokenID.uuidString.lowercased()).")
            }
        }
    }
}

/// Reads a `--role` value.
enum RoleOption {
    /// The role named `text`.
    /// - Throws: ``CommandFailure`` naming the choices.
    static func parse(_ text: String) throws -> Role {
        guard let role = Role(named: text) else { throw CommandFailure(message: "\"\(text)\" is not a role: use \(Role.choices)") }
        return role
    }
}
