import Crypto
import FluentKit
import Foundation

/// Creates organizations and their API tokens, and resolves a presented token to its organization.
public struct OrganizationDirectory: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// An organization as callers see it.
    public struct Organization: Sendable, Equatable {
        public let id: UUID
        public let slug: String
        public let name: String
    }

    /// Why an organization or token could not be made.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case invalidSlug(String)
        case invalidName
        case slugTaken(String)
        case unknownOrganization(String)

        public var description: String {
            switch self {
            case .invalidSlug(let slug):
                "\"\(slug)\" is not a valid slug: use 2–63 lowercase letters, digits and hyphens, starting with a letter"
            case .invalidName: "the organization name must be 1–200 characters"
            case .slugTaken(let slug): "an organization with the slug \"\(slug)\" already exists"
            case .unknownOrganization(let slug): "no organization has the slug \"\(slug)\""
            }
        }
    }

    /// Creates an organization with a unique URL-safe `slug`.
    public func createOrganization(slug: String, name: String) async throws -> Organization {
        guard Self.isValidSlug(slug) else { throw Failure.invalidSlug(slug) }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(name.count) else { throw Failure.invalidName }
        if try await OrganizationModel.query(on: database).filter(\.$slug == slug).first() != nil {
            throw Failure.slugTaken(slug)
        }
        let model = OrganizationModel(slug: slug, name: name)
        try await model.create(on: database)
        return Organization(id: try model.requireID(), slug: slug, name: name)
    }

    /// The organization with `slug`, if any.
    public func organization(slug: String) async throws -> Organization? {
        try await OrganizationModel.query(on: database).filter(\.$slug == slug).first().map {
            Organization(id: try $0.requireID(), slug: $0.slug, name: $0.name)
        }
    }

    /// Makes a new API token for the organization `slug` and returns its secret, which is shown only this once.
    public func createToken(organizationSlug slug: String, name: String) async throws -> String {
        guard let organization = try await organization(slug: slug) else { throw Failure.unknownOrganization(slug) }
        let secret = Self.newSecret()
        try await APITokenModel(organizationID: organization.id, name: name, tokenHash: Self.hash(secret)).create(on: database)
        return secret
    }

    /// The organization and token name behind a presented secret, or nil for an unknown or revoked token.
    public func authenticate(token secret: String) async throws -> (organization: Organization, tokenName: String)? {
        guard secret.hasPrefix("jsm_"), secret.count < 200 else { return nil }
        guard let token = try await APITokenModel.query(on: database).filter(\.$tokenHash == Self.hash(secret)).first(),
            token.revokedAt == nil,
            let organization = try await OrganizationModel.find(token.organizationID, on: database)
        else { return nil }
        return (Organization(id: try organization.requireID(), slug: organization.slug, name: organization.name), token.name)
    }

    static func isValidSlug(_ slug: String) -> Bool {
        guard (2...63).contains(slug.count), let first = slug.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Hex SHA-256 of a token secret; the only form in which tokens are stored.
    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let encoded = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "jsm_" + encoded
    }
}
