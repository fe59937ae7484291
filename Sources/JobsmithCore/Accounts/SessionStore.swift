import FluentKit
import Foundation

/// Browser sessions kept in the database, so any instance can serve any signed-in user. The cookie carries a random
/// token; the database keeps only its hash, so a leaked database cannot be replayed as cookies.
public struct SessionStore: Sendable {
    /// A session unused for this long expires.
    public static let idleTimeout: TimeInterval = 7 * 24 * 3600
    /// No session lasts longer than this, however busy.
    public static let absoluteLifetime: TimeInterval = 30 * 24 * 3600
    /// A session's expiry is pushed back at most this often, so most requests read without writing.
    static let renewalInterval: TimeInterval = 3600

    let database: any Database
    let clock: WallClock

    package init(database: any Database, clock: WallClock = .system) {
        self.database = database
        self.clock = clock
    }

    /// A signed-in session with its user and organization.
    public struct Session: Sendable {
        public let id: UUID
        public let user: UserStore.User
        public let organization: OrganizationDirectory.Organization
        /// The per-session token every form must send back.
        public let csrfToken: String
        public let expiresAt: Date
        /// Whether this request pushed the expiry back, so the cookie is sent again with the new lifetime.
        public let renewed: Bool
    }

    /// Starts a session for `userID` and returns the cookie token.
    package func create(userID: UUID) async throws -> (token: String, session: Session) {
        let now = clock.now()
        let token = SecretToken.make()
        let model = SessionModel()
        model.id = UUID()
        model.userID = userID
        model.tokenHash = OrganizationDirectory.hash(token)
        model.csrfToken = SecretToken.make()
        model.createdAt = now
        model.renewedAt = now
        model.expiresAt = now.addingTimeInterval(Self.idleTimeout)
        try await model.create(on: database)
        guard let session = try await resolve(model, renewed: true) else { throw StoreError.notFound }
        return (token, session)
    }

    /// What reading a cookie token's session found, without writing anything.
    package enum Lookup: Sendable {
        /// No live session has this token.
        case none
        /// A live session that reading leaves as it is.
        case live(Session)
        /// A session that reading must change (renew, or remove as expired): read it again with ``find(token:)``
        /// inside a write transaction.
        case needsWrite
    }

    /// Reads the session of a cookie token without changing it; most requests of a signed-in user end here.
    package func lookUp(token: String) async throws -> Lookup {
        guard let model = try await model(token: token) else { return .none }
        let now = clock.now()
        guard model.expiresAt > now, !Self.isRenewalDue(model, at: now) else { return .needsWrite }
        return try await resolve(model, renewed: false).map(Lookup.live) ?? .none
    }

    /// The live session for a cookie token, renewed when due; nil for unknown or expired tokens (an expired one is
    /// removed). Writes, so it runs inside a write transaction.
    package func find(token: String) async throws -> Session? {
        let now = clock.now()
        guard let model = try await model(token: token) else { return nil }
        guard model.expiresAt > now else {
            try await model.delete(on: database)
            return nil
        }
        let renewed = Self.isRenewalDue(model, at: now)
        if renewed {
            model.renewedAt = now
            model.expiresAt = min(now.addingTimeInterval(Self.idleTimeout), model.createdAt.addingTimeInterval(Self.absoluteLifetime))
            try await model.update(on: database)
        }
        return try await resolve(model, renewed: renewed)
    }

    private func model(token: String) async throws -> SessionModel? {
        guard (20...200).contains(token.utf8.count) else { return nil }
        return try await SessionModel.query(on: database).filter(\.$tokenHash == OrganizationDirectory.hash(token)).first()
    }

    private static func isRenewalDue(_ model: SessionModel, at now: Date) -> Bool {
        now.timeIntervalSince(model.renewedAt) >= renewalInterval
    }

    /// Ends the session of a cookie token (signing out); unknown tokens are ignored.
    package func delete(token: String) async throws {
        try await SessionModel.query(on: database).filter(\.$tokenHash == OrganizationDirectory.hash(token)).delete()
    }

    /// Ends every session of `userID` except `keeping` (after a password change, other browsers must sign in again).
    package func deleteAll(userID: UUID, keeping: UUID?) async throws {
        var query = SessionModel.query(on: database).filter(\.$userID == userID)
        if let keeping { query = query.filter(\.$id != keeping) }
        try await query.delete()
    }

    /// Removes expired sessions; returns nothing, since expired sessions are also refused when read.
    package func purgeExpired() async throws {
        let now = clock.now()
        try await SessionModel.query(on: database).filter(\.$expiresAt <= now).delete()
    }

    private func resolve(_ model: SessionModel, renewed: Bool) async throws -> Session? {
        guard let user = try await UserModel.find(model.userID, on: database), user.deactivatedAt == nil,
            let organization = try await OrganizationModel.find(user.organizationID, on: database)
        else { return nil }
        return Session(
            id: try model.requireID(),
            user: try UserStore.user(user),
            organization: .init(id: try organization.requireID(), slug: organization.slug, name: organization.name),
            csrfToken: model.csrfToken,
            expiresAt: model.expiresAt,
            renewed: renewed
        )
    }
}
