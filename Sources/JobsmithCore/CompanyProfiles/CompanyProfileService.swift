import Foundation
import JobsmithDomain

/// The company profile applied to every composed draft, whose employee count decides the pay-transparency checks and
/// whose name, logo and website brand the public board.
public struct CompanyProfileService: Sendable {
    let writer: Writer
    let store: CompanyProfileStore

    package init(writer: Writer) {
        self.writer = writer
        store = CompanyProfileStore(database: writer.owner.database, clock: writer.clock)
    }

    /// The caller's saved profile, or one holding only the organization's name before any is saved.
    public func profile(by caller: Caller) async throws -> CompanyProfile {
        try caller.require(.readProfile)
        return try await store.profile(organizationID: caller.organizationID)
    }

    /// Saves `profile` for the caller's organization.
    /// - Throws: ``ValidationFailure`` naming every invalid field.
    @discardableResult
    public func save(_ profile: CompanyProfile, by caller: Caller) async throws -> CompanyProfile {
        try caller.require(.writeProfile)
        try ValidationFailure.check(profile.validate())
        try await writer.write(by: caller) { transaction in
            try await CompanyProfileStore(database: transaction.database, clock: writer.clock).save(profile, organizationID: caller.organizationID)
            try await transaction.emit(.companyProfileUpdated)
        }
        return profile
    }
}
