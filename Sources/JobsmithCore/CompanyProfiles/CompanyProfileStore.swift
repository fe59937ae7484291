import FluentKit
import Foundation
import JobsmithDomain

/// Reads and saves each organization's company profile; ``CompanyProfileService`` is its one caller for changes.
package struct CompanyProfileStore: Sendable {
    let database: any Database
    let clock: WallClock

    package init(database: any Database, clock: WallClock) {
        self.database = database
        self.clock = clock
    }

    /// The saved profile, or one holding only the organization's name before any is saved.
    package func profile(organizationID: UUID) async throws -> CompanyProfile {
        if let model = try await CompanyProfileModel.query(on: database).filter(\.$organizationID == organizationID).first(),
            let profile = try? JSONDecoder().decode(CompanyProfile.self, from: Data(model.profile.utf8))
        {
            return profile
        }
        let organization = try await OrganizationModel.find(organizationID, on: database)
        return CompanyProfile(name: organization?.name ?? "")
    }

    /// Saves `profile` (already validated); runs inside the caller's write transaction.
    package func save(_ profile: CompanyProfile, organizationID: UUID) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let model =
            try await CompanyProfileModel.query(on: database).filter(\.$organizationID == organizationID).first() ?? CompanyProfileModel()
        model.organizationID = organizationID
        model.profile = String(decoding: try encoder.encode(profile), as: UTF8.self)
        model.updatedAt = clock.now()
        try await model.save(on: database)
    }
}
