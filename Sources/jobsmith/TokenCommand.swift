import ArgumentParser
import JobsmithServer

/// `jobsmith token`: manages API tokens.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Manage API tokens.", subcommands: [Create.self])

    /// `jobsmith token create --org SLUG [--name LABEL]`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API token; it is printed once and only its hash is stored."
        )

        @Option(help: "The organization's slug.")
        var org: String

        @Option(help: "A label to recognise the token by.")
        var name: String = "api"

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withDatabase { owner in
                let token = try await OrganizationDirectory(database: owner.database).createToken(organizationSlug: org, name: name)
                print(token)
            }
        }
    }
}
