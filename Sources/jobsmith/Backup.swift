import ArgumentParser
import Foundation
import JobsmithCore
import JobsmithServer
import SQLKit

/// `jobsmith backup --to FILE`: an online, consistent copy of the SQLite database, safe while the server runs.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the SQLite database to a file while the server keeps running (PostgreSQL: use pg_dump).",
        discussion: "Restore by stopping the server and putting the copy in place of jobsmith.sqlite in the data directory."
    )

    @Option(name: .customLong("to"), help: "The file to write; it must not exist yet.")
    var destination: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard case .sqlite(path: _) = try database.location() else {
            throw CommandFailure(message: "backup copies SQLite databases; for PostgreSQL run pg_dump (see docs/deployment.md)")
        }
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw CommandFailure(message: "\(destination) already exists; backup never overwrites a file")
        }
        var isFolder: ObjCBool = false
        let folder = target.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure(message: "the folder \(folder) does not exist")
        }
        try await database.withDatabase { owner in
            guard let sql = owner.database as? any SQLDatabase else { return }
            do {
                // VACUUM INTO reads one snapshot of the database, so writes that go on meanwhile never tear the copy.
                try await sql.raw("VACUUM INTO \(bind: target.path)").run()
            } catch {
                throw CommandFailure(message: "cannot write the backup to \(destination): \(error)")
            }
            print("Backed up \(owner.location.redacted) to \(target.path).")
        }
    }
}
