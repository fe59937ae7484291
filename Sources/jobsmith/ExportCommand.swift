import ArgumentParser
import Foundation
import JobsmithCore

/// `jobsmith export --org SLUG [--to FILE]`: everything of one organization as JSON Lines, for `jobsmith import-org`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything of one organization as JSON Lines, to move it to another server or database engine.",
        discussion: "Read back with `jobsmith import-org FILE`. The file holds password and token hashes: keep it as safe as the database."
    )

    @Option(help: "The organization's slug.")
    var org: String

    @Option(name: .customLong("to"), help: "The file to write; it must not exist yet. Standard output when left out.")
    var destination: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let output = try destination.map(Self.create) ?? FileHandle.standardOutput
        do {
            let summary = try await database.withServices { core in
                try await core.transfer.export(slug: org) { line in try output.write(contentsOf: Data(line.utf8)) }
            }
            if let destination {
                try output.synchronize()
                try output.close()
                FileHandle.standardError.write(Data("Exported \(summary) to \(destination).\n".utf8))
            }
        } catch {
            if let destination {
                try? output.close()
                try? FileManager.default.removeItem(atPath: destination)
            }
            throw error
        }
    }

    /// Creates `path` for writing, refusing to replace a file.
    private static func create(_ path: String) throws -> FileHandle {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(message: "\(path) already exists; export never overwrites a file")
        }
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CommandFailure(message: "cannot create \(path): no such folder, or permission denied") }
        return handle
    }
}
