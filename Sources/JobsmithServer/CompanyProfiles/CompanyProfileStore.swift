import FluentKit
import Foundation
import JobsmithDomain

/// Reads and saves each organization's company profile.
public struct CompanyProfileStore: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The saved profile, or one holding only the organization's name before any is saved.
    public func profile(organizationID: UUID) async throws -> CompanyProfile {
        if let model = try await CompanyProfileModel.query(on: database).filter(\.$organizationID == organizationID).first(),
            let profile = try? JSONDecoder().decode(CompanyProfile.self, from: Data(model.profile.utf8))
        {
            return profile
        }
        let organization = try await OrganizationModel.find(organizationID, on: database)
        return CompanyProfile(name: organization?.name ?? "")
    }

    /// Saves `profile` after validating it.
    public func save(_ profile: CompanyProfile, organizationID: UUID) async throws -> CompanyProfile {
        let problems = profile.validate()
        guard problems.isEmpty else { throw TemplateStoreError.invalid(problems) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(profile), as: UTF8.self)
        try await database.transaction { database in
            let model =
                try await CompanyProfileModel.query(on: database).filter(\.$organizationID == organizationID).first()
                ?? CompanyProfileModel()
            model.organizationID = organizationID
            model.profile = text
            model.updatedAt = Date()
            try await model.save(on: database)
        }
        return profile
    }
}
