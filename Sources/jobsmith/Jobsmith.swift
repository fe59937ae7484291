import ArgumentParser
import Foundation
import JobsmithCore
import JobsmithServer

/// The `jobsmith` command: the server and the tools around it.
@main
struct Jobsmith: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobsmith",
        abstract: "Job descriptions as data: compose, check, version and publish them.",
        subcommands: [
            Serve.self, Migrate.self, OrganizationCommand.self, TokenCommand.self, UserCommand.self, TemplatesCommand.self, NewCommand.self,
            LintCommand.self, ImportCommand.self, Backup.self, ExportCommand.self, ImportOrganizationCommand.self,
        ]
    )

    /// Runs the command, printing any failure as one line and exiting non-zero instead of showing a stack trace.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("jobsmith: \(failure.message)\n".utf8))
            Foundation.exit(failure.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}

/// A failure already explained in one line.
struct CommandFailure: Error {
    let message: String
    var exitCode: Int32 = 1
}
