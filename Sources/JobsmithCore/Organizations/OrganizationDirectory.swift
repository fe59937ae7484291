import Crypto
import FluentKit
import Foundation

/// Stores organizations and their API tokens, and resolves a presented token to its organization;
/// ``OrganizationService`` is its one caller for changes.
public struct OrganizationDirectory: Sendable {
    let database: any Database
    let clock: WallClock

    package init(database: any Database, clock: WallClock = .system) {
        self.database = database
        self.clock = clock
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

    /// Checks a new organization's slug and name and returns it as it would be stored, with a new id.
    /// - Throws: ``Failure``.
    package static func validatedOrganization(slug: String, name: String) throws(Failure) -> Organization {
        guard Self.isValidSlug(slug) else { throw Failure.invalidSlug(slug) }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(name.count) else { throw Failure.invalidName }
        return Organization(id: UUID(), slug: slug, name: name)
    }

    /// Stores `organization` (from ``validatedOrganization(slug:name:)``).
    /// - Throws: ``Failure/slugTaken(_:)``.
    package func insert(_ organization: Organization) async throws {
        if try await OrganizationModel.query(on: database).filter(\.$slug == organization.slug).first() != nil {
            throw Failure.slugTaken(organization.slug)
        }
        let model = OrganizationModel(slug: organization.slug, name: organization.name)
        model.id = organization.id
        try await model.create(on: database)
    }

    /// The organization with `slug`, if any.
    package func organization(slug: String) async throws -> Organization? {
        try await OrganizationModel.query(on: database).filter(\.$slug == slug).first().map {
            Organization(id: try $0.requireID(), slug: $0.slug, name: $0.name)
        }
    }

    /// The caller behind a presented secret, or nil for an unknown or revoked token or a personal token whose user is
    /// deactivated or gone. A service token acts with its own role, a personal token as its user with the user's role.
    package func authenticate(token secret: String) async throws -> Caller? {
        guard secret.hasPrefix("jsm_"), secret.count < 200 else { return nil }
        guard let token = try await APITokenModel.query(on: database).filter(\.$tokenHash == Self.hash(secret)).first(),
            token.revokedAt == nil,
            let model = try await OrganizationModel.find(token.organizationID, on: database)
        else { return nil }
        let organization = Organization(id: try model.requireID(), slug: model.slug, name: model.name)
        guard let userID = token.userID else {
            return Caller(
                organization: organization, identity: .token(id: try token.requireID(), name: token.name), role: Role(rawValue: token.role) ?? .viewer
            )
        }
        guard let user = try await UserModel.find(userID, on: database), user.deactivatedAt == nil, user.organizationID == organization.id
        else { return nil }
        return Caller(
            organization: organization, identity: .user(id: userID, name: user.name, email: user.email), role: Role(rawValue: user.role) ?? .viewer
        )
    }

    package static func isValidSlug(_ slug: String) -> Bool {
        guard (2...63).contains(slug.count), let first = slug.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Hex SHA-256 of a token secret; the only form in which tokens are stored.
    package static func hash(_ secret: String) -> String {
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
