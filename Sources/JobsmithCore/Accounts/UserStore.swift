import FluentKit
import Foundation

/// Web-app accounts: each user belongs to one organization and signs in with an email and a password.
public struct UserStore: Sendable {
    /// Shortest password accepted, in characters.
    public static let minimumPasswordLength = 10
    /// bcrypt reads only the first 72 bytes, so longer passwords would silently lose their tail.
    public static let maximumPasswordBytes = 72

    let database: any Database
    let hasher: PasswordHasher
    let clock: WallClock

    package init(database: any Database, hasher: PasswordHasher = PasswordHasher(), clock: WallClock = .system) {
        self.database = database
        self.hasher = hasher
        self.clock = clock
    }

    /// A new user checked and with its password hashed, ready for ``insert(_:)``; hashing takes a while (bcrypt), so
    /// it happens before any transaction.
    package struct NewUser: Sendable {
        let email: String
        let name: String
        let passwordHash: String
        let organizationID: UUID
        let role: Role
    }

    /// Checks a new user's email, name and password and hashes the password.
    /// - Parameter name: the display name; the part of the email before the @ when empty.
    /// - Throws: ``Failure``.
    package func prepare(email: String, name: String?, password: String, role: Role, organizationID: UUID) async throws -> NewUser {
        let email = try Self.validEmail(email)
        let name = try Self.validName(name, email: email)
        try Self.checkPassword(password)
        if try await UserModel.query(on: database).filter(\.$email == email).first() != nil { throw Failure.emailTaken }
        return NewUser(email: email, name: name, passwordHash: try await hasher.hash(password), organizationID: organizationID, role: role)
    }

    /// Stores a prepared user.
    /// - Throws: ``Failure/emailTaken`` when the email was taken meanwhile.
    package func insert(_ user: NewUser) async throws -> User {
        let model = UserModel()
        model.id = UUID()
        model.organizationID = user.organizationID
        model.email = user.email
        model.name = user.name
        model.passwordHash = user.passwordHash
        model.role = user.role.rawValue
        model.createdAt = clock.now()
        do {
            try await model.create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Failure.emailTaken
        }
        return try Self.user(model)
    }

    /// A user as the rest of the application sees it.
    public struct User: Sendable, Equatable {
        public let id: UUID
        public let organizationID: UUID
        public let email: String
        public let name: String
        public let role: Role
        /// When the user was deactivated; nil while they may sign in.
        public let deactivatedAt: Date?
        public let createdAt: Date
        public let lastSignInAt: Date?

        /// Whether the user may sign in and act.
        public var isActive: Bool { deactivatedAt == nil }
    }

    /// Why an account could not be made; each message is one line for people.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case invalidEmail
        case emailTaken
        case invalidName
        case passwordTooShort
        case passwordTooLong

        public var description: String {
            switch self {
            case .invalidEmail: "enter a valid email address, such as ada@example.com"
            case .emailTaken: "an account with this email address already exists"
            case .invalidName: "the name must be 1–200 characters"
            case .passwordTooShort: "the password must be at least \(UserStore.minimumPasswordLength) characters"
            case .passwordTooLong: "the password must be at most \(UserStore.maximumPasswordBytes) bytes"
            }
        }
    }

    /// How many users exist in all organizations.
    package func count() async throws -> Int {
        try await UserModel.query(on: database).count()
    }

    /// The user with `email` and `password`, or nil; reads only. Takes as long for an unknown email as for a wrong
    /// password.
    package func authenticate(email: String, password: String) async throws -> User? {
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !email.isEmpty, password.utf8.count <= 1024,
            let model = try await UserModel.query(on: database).filter(\.$email == email).first()
        else {
            _ = try await hasher.verify(password, hash: await Self.dummyHash(cost: hasher.cost))
            return nil
        }
        guard try await hasher.verify(password, hash: model.passwordHash), model.deactivatedAt == nil else { return nil }
        return try Self.user(model)
    }

    /// Notes that `userID` signed in now.
    package func recordSignIn(userID: UUID) async throws {
        try await UserModel.query(on: database).filter(\.$id == userID).set(\.$lastSignInAt, to: clock.now()).update()
    }

    /// The hash of `new` for `userID` once `current` is checked; nil when `current` is wrong.
    /// - Throws: ``Failure`` when the new password is not acceptable.
    package func newPasswordHash(userID: UUID, current: String, new: String) async throws -> String? {
        try Self.checkPassword(new)
        guard let model = try await UserModel.find(userID, on: database), try await hasher.verify(current, hash: model.passwordHash) else {
            return nil
        }
        return try await hasher.hash(new)
    }

    /// Stores a password hash made by ``newPasswordHash(userID:current:new:)``.
    package func setPasswordHash(_ hash: String, userID: UUID) async throws {
        try await UserModel.query(on: database).filter(\.$id == userID).set(\.$passwordHash, to: hash).update()
    }

    /// The user `id`, if it exists.
    package func find(_ id: UUID) async throws -> User? {
        try await UserModel.find(id, on: database).map(Self.user)
    }

    /// The organization's users, by name.
    package func users(organizationID: UUID) async throws -> [User] {
        try await UserModel.query(on: database).filter(\.$organizationID == organizationID).sort(\.$name).sort(\.$email).all()
            .map(Self.user)
    }

    /// The normalized (trimmed, lowercased) form of a plausible email address.
    package static func validEmail(_ text: String) throws(Failure) -> String {
        let email = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !email.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F })
        else { throw .invalidEmail }
        return email
    }

    package static func validName(_ text: String?, email: String) throws(Failure) -> String {
        let name = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return String(email.prefix { $0 != "@" }) }
        guard name.count <= 200, !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { throw .invalidName }
        return name
    }

    package static func checkPassword(_ password: String) throws(Failure) {
        guard password.count >= minimumPasswordLength else { throw .passwordTooShort }
        guard password.utf8.count <= maximumPasswordBytes else { throw .passwordTooLong }
    }

    static func user(_ model: UserModel) throws -> User {
        User(
            id: try model.requireID(), organizationID: model.organizationID, email: model.email, name: model.name,
            role: Role(rawValue: model.role) ?? .viewer, deactivatedAt: model.deactivatedAt, createdAt: model.createdAt,
            lastSignInAt: model.lastSignInAt
        )
    }

    private static let dummyHashes = DummyHashes()

    /// A hash to check unknown emails against, made once per cost.
    private static func dummyHash(cost: UInt8) async -> String {
        await dummyHashes.hash(cost: cost)
    }

    private actor DummyHashes {
        var hashes: [UInt8: String] = [:]

        func hash(cost: UInt8) async -> String {
            if let hash = hashes[cost] { return hash }
            let hash = (try? await PasswordHasher(cost: cost).hash(SecretToken.make())) ?? ""
            hashes[cost] = hash
            return hash
        }
    }
}
