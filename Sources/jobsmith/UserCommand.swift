import ArgumentParser
import Foundation
import JobsmithCore
import JobsmithServer

/// `jobsmith user`: manages web-app users.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage web-app users.", subcommands: [Create.self])

    /// `jobsmith user create --org SLUG --email E [--name N] [--role R] [--password-stdin]`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user who signs in to the web app.",
            discussion: "Asks for the password twice on a terminal; with --password-stdin, reads it from the first line of standard input."
        )

        @Option(help: "The organization's slug.")
        var org: String

        @Option(help: "The user's email address; it is the sign-in name.")
        var email: String

        @Option(help: "The user's display name (default: the part of the email before the @).")
        var name: String?

        @Option(help: "owner, admin, editor, reviewer or viewer (default: owner for the organization's first user, else editor).")
        var role: String?

        @Flag(help: "Read the password from standard input instead of prompting.")
        var passwordStdin = false

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let chosenRole = try role.map(RoleOption.parse)
            let password = try readPassword()
            try await database.withServices { core in
                guard try await core.organizations.organization(slug: org) != nil else {
                    throw CommandFailure(message: "no organization has the slug \"\(org)\" (create it with `jobsmith org create \(org) --name NAME`)")
                }
                let caller = try await core.organizations.systemCaller(organizationSlug: org, label: "jobsmith user create")
                do {
                    let user = try await core.accounts.createUser(email: email, name: name, password: password, role: chosenRole, by: caller)
                    print("Created user \(user.email) (\(user.role.rawValue)) in \(org); they can sign in to the web app now.")
                } catch let failure as UserStore.Failure {
                    throw CommandFailure(message: failure.description)
                }
            }
        }

        private func readPassword() throws -> String {
            if passwordStdin {
                guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                    throw CommandFailure(
                        message:
                            "no password on standard input (pipe it in, e.g. `printf '%s\\n' \"$PASSWORD\" | jobsmith user create … --password-stdin`)"
                    )
                }
                return line
            }
            guard isatty(STDIN_FILENO) == 1 else {
                throw CommandFailure(message: "standard input is not a terminal, so the password cannot be asked for; pass it with --password-stdin")
            }
            let first = Self.prompt("Password for \(email): ")
            let second = Self.prompt("Password again: ")
            guard first == second else { throw CommandFailure(message: "the two passwords are not the same") }
            return first
        }

        /// Reads a line from the terminal without echoing it.
        private static func prompt(_ text: String) -> String {
            FileHandle.standardError.write(Data(text.utf8))
            var settings = termios()
            tcgetattr(STDIN_FILENO, &settings)
            var silent = settings
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &silent)
            defer {
                tcsetattr(STDIN_FILENO, TCSANOW, &settings)
                FileHandle.standardError.write(Data("\n".utf8))
            }
            return readLine(strippingNewline: true) ?? ""
        }
    }
}
