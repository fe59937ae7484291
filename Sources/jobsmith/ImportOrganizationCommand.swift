import ArgumentParser
import Foundation
import JobsmithCore

/// `jobsmith import-org FILE [--as SLUG]`: stores an organization written by `jobsmith export`, all or nothing.
struct ImportOrganizationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-org",
        abstract: "Store an organization written by `jobsmith export`, with its ids, history and users, in one transaction."
    )

    @Argument(help: "The export file; - for standard input.")
    var file: String

    @Option(name: .customLong("as"), help: "Store the organization under this slug instead of its own.")
    var slug: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let input: FileHandle
        if file == "-" {
            input = FileHandle.standardInput
        } else {
            guard let handle = FileHandle(forReadingAtPath: file) else {
                throw CommandFailure(message: "\(file): cannot be read (no such file, or permission denied)")
            }
            input = handle
        }
        defer { try? input.close() }
        let summary = try await database.withServices { core in
            do {
                return try await core.transfer.importOrganization(from: TransferLineReader(fileHandle: input), as: slug)
            } catch let failure as TransferFailure {
                throw CommandFailure(message: "\(file): \(failure.description)")
            }
        }
        print("Imported \(summary).")
    }
}
