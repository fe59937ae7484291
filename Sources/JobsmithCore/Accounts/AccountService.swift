import Foundation

/// Web-app accounts for every front door: users, sign-in with its throttle, sessions and the first-run setup.
public struct AccountService: Sendable {
    let writer: Writer
    let users: UserStore
    let sessions: SessionStore
    let setup: FirstRunSetup

    package init(writer: Writer, hasher: PasswordHasher) {
        self.writer = writer
        let database = writer.owner.database
        users = UserStore(database: database, hasher: hasher, clock: writer.clock)
        sessions = SessionStore(database: database, clock: writer.clock)
        setup = FirstRunSetup(database: database, hasher: hasher, clock: writer.clock)
    }

    // MARK: Users

    /// Adds a user to the caller's organization.
    /// - Parameters:
    ///   - name: the display name; the part of the email before the @ when empty.
    ///   - role: the user's role; nil for owner when the organization has no active owner yet, else editor. Making an
    ///     owner needs ``Permission/manageOwners``.
    /// - Throws: ``PermissionDenied``, ``UserStore/Failure``.
    public func createUser(email: String, name: String?, password: String, role: Role? = nil, by caller: Caller) async throws -> UserStore.User {
        try caller.require(.manageUsers)
        var granted = Role.owner
        if let role {
            granted = role
        } else if try await users.hasActiveOwner(organizationID: caller.organizationID) {
            granted = .editor
        }
        if granted == .owner { try caller.require(.manageOwners) }
        let prepared = try await users.prepare(email: email, name: name, password: password, role: granted, organizationID: caller.organizationID)
        return try await writer.write(by: caller) { transaction in
            let user = try await UserStore(database: transaction.database, clock: writer.clock).insert(prepared)
            try await transaction.emit(.userCreated(id: user.id))
            return user
        }
    }

    /// The caller's organization's users, by name.
    public func users(by caller: Caller) async throws -> [UserStore.User] {
        try caller.require(.readUsers)
        return try await users.users(organizationID: caller.organizationID)
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
        let clock = writer.clock
        // Counted before the password is checked, so parallel guesses cannot all slip under the limit. Each count is
        // one upsert, so parallel guesses queue on the count's row only while it runs.
        if let wait = try await writer.singleStatements({ try await SignInThrottle(database: $0, clock: clock).admit(email: email, address: address) }
        ) {
            return .throttled(retryAfter: wait)
        }
        guard let user = try await users.authenticate(email: email, password: password) else { return .rejected }
        let (token, session) = try await writer.bookkeeping { database in
            try await SignInThrottle(database: database, clock: clock).succeeded(email: email, address: address)
            try await UserStore(database: database, clock: clock).recordSignIn(userID: user.id)
            let sessions = SessionStore(database: database, clock: clock)
            if let previousToken { try await sessions.delete(token: previousToken) }
            return try await sessions.create(userID: user.id)
        }
        return .signedIn(token: token, session: session)
    }

    /// The live session of a cookie token, renewed when due; nil for unknown or expired tokens.
    public func session(token: String) async throws -> SessionStore.Session? {
        switch try await sessions.lookUp(token: token) {
        case .none: return nil
        case .live(let session): return session
        case .needsWrite:
            let clock = writer.clock
            return try await writer.bookkeeping { try await SessionStore(database: $0, clock: clock).find(token: token) }
        }
    }

    /// Ends the session of a cookie token; unknown tokens are ignored.
    public func signOut(token: String) async throws {
        let clock = writer.clock
        try await writer.bookkeeping { try await SessionStore(database: $0, clock: clock).delete(token: token) }
    }

    // MARK: First-run setup

    /// Whether no user exists yet, so the first-run setup is still to do.
    public func isSetupNeeded() async throws -> Bool {
        try await setup.isNeeded()
    }

    /// A new one-time setup link token while no user exists, else nil.
    public func makeSetupToken() async throws -> String? {
        let (hasher, clock) = (users.hasher, writer.clock)
        return try await writer.bookkeeping { try await FirstRunSetup(database: $0, hasher: hasher, clock: clock).makeToken() }
    }

    /// Whether `token` would be accepted by ``completeSetup(token:with:)`` now.
    public func isSetupTokenValid(_ token: String) async throws -> Bool {
        try await setup.isValid(token: token)
    }

    /// Uses the setup token up, creating the first organization (unless one with the slug exists) and its first user,
    /// and signs them in; all in one transaction.
    /// - Throws: ``FirstRunSetup/Failure/unavailable``, ``OrganizationDirectory/Failure`` or ``UserStore/Failure``.
    public func completeSetup(token: String, with request: FirstRunSetup.Request) async throws -> (token: String, session: SessionStore.Session) {
        let prepared = try await setup.prepare(request)
        let existing = try await OrganizationDirectory(database: writer.owner.database).organization(slug: prepared.slug)
        let organization = try existing ?? OrganizationDirectory.validatedOrganization(slug: prepared.slug, name: prepared.organizationName)
        let (hasher, clock) = (users.hasher, writer.clock)
        return try await writer.write(by: Caller(organization: organization, identity: .system("first-run setup"), role: .owner)) { transaction in
            let user = try await FirstRunSetup(database: transaction.database, hasher: hasher, clock: clock)
                .complete(token: token, with: prepared, organization: organization)
            if existing == nil { try await transaction.emit(.organizationCreated(id: organization.id)) }
            try await transaction.emit(.userCreated(id: user.id))
            return try await SessionStore(database: transaction.database, clock: clock).create(userID: user.id)
        }
    }

    /// Removes expired sessions and sign-in failures older than the throttle's window.
    public func purgeExpired() async throws {
        let clock = writer.clock
        try await writer.bookkeeping { database in
            try await SessionStore(database: database, clock: clock).purgeExpired()
            try await SignInThrottle(database: database, clock: clock).purgeExpired()
        }
    }
}

extension SessionStore.Session {
    /// The signed-in user as the caller of service methods.
    public var caller: Caller {
        Caller(organization: organization, identity: .user(id: user.id, name: user.name, email: user.email), role: user.role)
    }
}
