import FluentKit
import Foundation
import JobsmithDomain

/// What the public board shows of the organization that is hiring.
public struct PostingBranding: Sendable, Hashable {
    public var name: String
    /// An https URL of the logo; anything else is not shown (the pages' CSP allows only https and data images).
    public var logoURL: String?
    public var websiteURL: String?

    public init(name: String, logoURL: String? = nil, websiteURL: String? = nil) {
        self.name = name
        self.logoURL = logoURL
        self.websiteURL = websiteURL
    }

    /// The organization's branding for its board, pages, feeds and JSON-LD. This is the one place that reads it: the
    /// company profile's name, logo and website, or the organization's name before a profile is saved.
    static func load(organizationID: UUID, name: String, on database: any Database) async throws -> PostingBranding {
        let profile = try await CompanyProfileStore(database: database, clock: .system).profile(organizationID: organizationID)
        let displayName = profile.name.trimmingCharacters(in: .whitespaces).isEmpty ? name : profile.name
        return PostingBranding(name: displayName, logoURL: profile.logoUrl, websiteURL: profile.website)
    }

    /// The logo URL when it can be shown under the pages' Content-Security-Policy.
    package var displayableLogoURL: String? {
        guard let logoURL, logoURL.hasPrefix("https://"), PostingSettings.isAcceptableURL(logoURL) else { return nil }
        return logoURL
    }

    /// The website URL when it is a plain http(s) URL.
    package var displayableWebsiteURL: String? {
        guard let websiteURL, PostingSettings.isAcceptableURL(websiteURL) else { return nil }
        return websiteURL
    }
}
