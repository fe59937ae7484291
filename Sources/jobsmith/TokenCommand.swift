import ArgumentParser
import JobsmithCore
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
            try await database.withServices { core in
                let caller = try await core.organizations.systemCaller(organizationSlug: org, label: "jobsmith token create")
                print(try await core.organizations.createToken(name: name, by: caller))
            }
        }
    }
}
