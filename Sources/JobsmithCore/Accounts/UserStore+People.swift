import FluentKit
import FluentSQL
import Foundation
import SQLKit

extension UserStore {
    /// The organization's user `id` with its row locked for the rest of the transaction (on PostgreSQL; the write
    /// gate orders writes on SQLite), or nil when the organization has no such user.
    func lockedForChange(_ id: UUID, organizationID: UUID) async throws -> UserModel? {
        try await (database as! any SQLDatabase).select().column(SQLLiteral.all).from(UserModel.schema)
            .where("id", .equal, id).where("organization_id", .equal, organizationID)
            .for(.update)
            .first(decodingFluent: UserModel.self)
    }

    /// How many active owners the organization has, with their rows locked: two owners demoting each other at once
    /// then take turns, and the second sees that only one is left.
    func lockedActiveOwnerCount(organizationID: UUID) async throws -> Int {
        try await (database as! any SQLDatabase).select().column("id").from(UserModel.schema)
            .where("organization_id", .equal, organizationID).where("role", .equal, Role.owner.rawValue)
            .where("deactivated_at", .is, SQLLiteral.null)
            .orderBy("id")
            .for(.update)
            .all().count
    }

    /// The organization's user `id`, if it has one.
    package func find(_ id: UUID, organizationID: UUID) async throws -> User? {
        try await UserModel.query(on: database).filter(\.$id == id).filter(\.$organizationID == organizationID).first().map(Self.user)
    }

    /// The user with `email` in the organization, if any.
    package func find(email: String, organizationID: UUID) async throws -> User? {
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return try await UserModel.query(on: database).filter(\.$email == email).filter(\.$organizationID == organizationID).first()
            .map(Self.user)
    }

    /// Whether the organization has an active owner.
    package func hasActiveOwner(organizationID: UUID) async throws -> Bool {
        try await UserModel.query(on: database).filter(\.$organizationID == organizationID).filter(\.$role == Role.owner.rawValue)
            .filter(\.$deactivatedAt == nil).first() != nil
    }
}
