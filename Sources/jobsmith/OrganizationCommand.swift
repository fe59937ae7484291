import ArgumentParser
import JobsmithCore
import JobsmithServer

/// `jobsmith org`: manages organizations.
struct OrganizationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org", abstract: "Manage organizations.", subcommands: [Create.self]
    )

    /// `jobsmith org create SLUG --name NAME`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an organization.")

        @Argument(help: "Short URL-safe name, e.g. acme (lowercase letters, digits, hyphens).")
        var slug: String

        @Option(help: "The organization's display name.")
        var name: String

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withServices { core in
                let organization = try await core.organizations.createOrganization(slug: slug, name: name, by: "jobsmith org create")
                print("Created organization \(organization.slug) (\(organization.name)).")
            }
        }
    }
}
