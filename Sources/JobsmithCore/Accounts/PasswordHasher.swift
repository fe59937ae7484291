import HummingbirdBcrypt
import NIOPosix

/// bcrypt hashing and checking, run on the thread pool so the slow work never blocks an event loop.
public struct PasswordHasher: Sendable {
    /// The bcrypt cost of new hashes: 12 in production (about a quarter of a second here); tests use less.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    /// The bcrypt hash of `password`.
    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`.
    func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
