import FluentKit
import Foundation

extension OrganizationTransfer {
    /// Stores the organization an export holds, reading it line by line, in one write transaction: every record is
    /// checked before it is stored, and any bad line, a cut-off file or a conflict with what is here rolls all of it
    /// back. Ids, timestamps and version numbers are kept.
    /// - Parameter newSlug: the slug to store the organization under instead of its own.
    /// - Throws: ``TransferFailure``; ``OrganizationDirectory/Failure`` for an invalid `newSlug`.
    public func importOrganization(from reader: TransferLineReader, as newSlug: String? = nil) async throws -> Summary {
        if let newSlug, !OrganizationDirectory.isValidSlug(newSlug) { throw OrganizationDirectory.Failure.invalidSlug(newSlug) }
        return try await owner.writeTransaction { database in
            var importer = TransferImporter(database: database, newSlug: newSlug)
            return try await importer.run(reader)
        }
    }
}
