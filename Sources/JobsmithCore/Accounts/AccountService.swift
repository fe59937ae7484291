import Foundation

/// Web-app accounts for every front door: users, sign-in with its throttle, sessions and the first-run setup.
public struct AccountService: Sendable {
    let writer: Writer
    let users: UserStore
    let sessions: SessionStore
    let throttle: SignInThrottle
    let setup: FirstRunSetup

    package init(writer: Writer, hasher: PasswordHasher) {
        self.writer = writer
        let database = writer.owner.database
        users = UserStore(database: database, hasher: hasher, clock: writer.clock)
        sessions = SessionStore(database: database, clock: writer.clock)
        throttle = SignInThrottle(database: database, clock: writer.clock)
        setup = FirstRunSetup(database: database, hasher: hasher, clock: writer.clock)
    }

    // MARK: Users

    /// Adds a user to the caller's organization.
    /// - Parameter name: the display name; the part of the email before the @ when empty.
    /// - Throws: ``UserStore/Failure``.
    public func createUser(email: String, name: String?, password: String, by caller: Caller) async throws -> UserStore.User {
        let prepared = try await users.prepare(email: email, name: name, password: password, organizationID: caller.organizationID)
        return try await writer.write(by: caller) { transaction in
            let user = try await UserStore(database: transaction.database, clock: writer.clock).insert(prepared)
            try await transaction.emit(.userCreated(id: user.id))
            return user
        }
    }

    /// The caller's organization's users, by name.
    public func users(by caller: Caller) async throws -> [UserStore.User] {
        try await users.users(organizationID: caller.organizationID)
    }

    /// How many users exist in all organizations.
    public func userCount() async throws -> Int {
        try await users.count()
    }

    /// Replaces the signed-in user's password after checking the current one, and ends their other sessions.
    /// - Parameter session: the session that asks, which stays signed in.
    /// - Returns: false when `current` is wrong (nothing changed).
    /// - Throws: ``UserStore/Failure`` when the new password is not acceptable.
    public func changePassword(current: String, new: String, session: SessionStore.Session) async throws -> Bool {
        let userID = session.user.id
        guard let hash = try await users.newPasswordHash(userID: userID, current: current, new: new) else { return false }
        try await writer.write(by: session.caller) { transaction in
            try await UserStore(database: transaction.database, clock: writer.clock).setPasswordHash(hash, userID: userID)
            try await SessionStore(database: transaction.database, clock: writer.clock).deleteAll(userID: userID, keeping: session.id)
            try await transaction.emit(.passwordChanged(userID: userID))
        }
        return true
    }

    // MARK: Signing in

    /// What a sign-in attempt came to.
    public enum SignInOutcome: Sendable {
        /// A new session; the cookie carries `token`.
        case signedIn(token: String, session: SessionStore.Session)
        /// Too many failures for the email or the client address: try again after this many seconds.
        case throttled(retryAfter: TimeInterval)
        /// Unknown email or wrong password (the attempt stays counted by the throttle).
        case rejected
    }

    /// Checks `email` and `password` behind the sign-in throttle and starts a session (a fresh token, so a planted
    /// cookie is useless).
    /// - Parameters:
    ///   - address: the client's address, also throttled.
    ///   - previousToken: the browser's old session cookie, which is ended.
    public func signIn(email: String, password: String, address: String?, replacing previousToken: String?) async throws -> SignInOutcome {
        // Counted before the password is checked, so parallel guesses cannot all slip under the limit.
        if let wait = try await throttle.admit(email: email, address: address) { return .throttled(retryAfter: wait) }
        guard let user = try await users.authenticate(email: email, password: password) else { return .rejected }
        try await throttle.succeeded(email: email, address: address)
        let (token, session) = try await startSession(for: user, replacing: previousToken)
        return .signedIn(token: token, session: session)
    }

    /// The live session of a cookie token, renewed when due; nil for unknown or expired tokens.
    public func session(token: String) async throws -> SessionStore.Session? {
        try await sessions.find(token: token)
    }

    /// Ends the session of a cookie token; unknown tokens are ignored.
    public func signOut(token: String) async throws {
        try await sessions.delete(token: token)
    }

    private func startSession(for user: UserStore.User, replacing previousToken: String?) async throws -> (String, SessionStore.Session) {
        if let previousToken { try await sessions.delete(token: previousToken) }
        return try await sessions.create(userID: user.id)
    }

    // MARK: First-run setup

    /// Whether no user exists yet, so the first-run setup is still to do.
    public func isSetupNeeded() async throws -> Bool {
        try await setup.isNeeded()
    }

    /// A new one-time setup link token while no user exists, else nil.
    public func makeSetupToken() async throws -> String? {
        try await setup.makeToken()
    }

    /// Whether `token` would be accepted by ``completeSetup(token:with:)`` now.
    public func isSetupTokenValid(_ token: String) async throws -> Bool {
        try await setup.isValid(token: token)
    }

    /// Uses the setup token up, creating the first organization (unless one with the slug exists) and its first user,
    /// and signs them in.
    /// - Throws: ``FirstRunSetup/Failure/unavailable``, ``OrganizationDirectory/Failure`` or ``UserStore/Failure``.
    public func completeSetup(token: String, with request: FirstRunSetup.Request) async throws -> (token: String, session: SessionStore.Session) {
        let (_, user) = try await setup.complete(token: token, with: request)
        return try await startSession(for: user, replacing: nil)
    }

    /// Removes expired sessions and sign-in failures older than the throttle's window.
    public func purgeExpired() async throws {
        try await sessions.purgeExpired()
        try await throttle.purgeExpired()
    }
}

extension SessionStore.Session {
    /// The signed-in user as the caller of service methods.
    public var caller: Caller {
        Caller(organization: organization, identity: .user(id: user.id, name: user.name, email: user.email))
    }
}
