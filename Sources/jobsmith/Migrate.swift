import ArgumentParser
import JobsmithCore
import JobsmithServer

/// `jobsmith migrate`: brings the database schema up to date without starting the server.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or upgrade the database schema (also done by serve).")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withDatabase { owner in
            print("The \(owner.location.redacted) database is up to date.")
        }
    }
}
