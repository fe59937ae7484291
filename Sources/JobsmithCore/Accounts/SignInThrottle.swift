import FluentKit
import Foundation

/// Slows password guessing: after too many failed sign-ins for one email address, or from one client address, within
/// a window, further attempts are refused until the window has moved on. Failures are stored in the database so every
/// instance counts the same ones.
public struct SignInThrottle: Sendable {
    /// How far back failures count.
    public static let window: TimeInterval = 15 * 60
    /// Failures for one email address before its sign-ins are refused.
    public static let failuresPerEmail = 5
    /// Failures from one client address (any email) before its sign-ins are refused.
    public static let failuresPerAddress = 20

    let database: any Database
    let clock: WallClock

    package init(database: any Database, clock: WallClock = .system) {
        self.database = database
        self.clock = clock
    }

    /// How many seconds until `email` or `address` may try again; nil when a sign-in may be attempted now.
    package func retryAfter(email: String, address: String?) async throws -> TimeInterval? {
        let now = clock.now()
        var wait: TimeInterval = 0
        for (key, limit) in Self.keys(email: email, address: address) {
            let recent = try await SignInFailureModel.query(on: database)
                .filter(\.$key == key).filter(\.$createdAt > now.addingTimeInterval(-Self.window))
                .sort(\.$createdAt, .descending).limit(limit).all()
            // Blocked until the oldest of the last `limit` failures leaves the window.
            if recent.count >= limit, let oldest = recent.last {
                wait = max(wait, oldest.createdAt.addingTimeInterval(Self.window).timeIntervalSince(now))
            }
        }
        return wait > 0 ? wait : nil
    }

    /// Counts a failed sign-in against `email` and `address`, and forgets their failures older than the window.
    package func recordFailure(email: String, address: String?) async throws {
        let now = clock.now()
        for (key, _) in Self.keys(email: email, address: address) {
            try await SignInFailureModel(key: key, createdAt: now).create(on: database)
            try await SignInFailureModel.query(on: database)
                .filter(\.$key == key).filter(\.$createdAt <= now.addingTimeInterval(-Self.window)).delete()
        }
    }

    /// Forgets the failures of `email` after it signed in successfully.
    package func reset(email: String) async throws {
        try await SignInFailureModel.query(on: database).filter(\.$key == Self.emailKey(email)).delete()
    }

    /// Removes every failure older than the window.
    package func purgeExpired() async throws {
        let now = clock.now()
        try await SignInFailureModel.query(on: database).filter(\.$createdAt <= now.addingTimeInterval(-Self.window)).delete()
    }

    private static func keys(email: String, address: String?) -> [(String, Int)] {
        var keys = [(emailKey(email), failuresPerEmail)]
        if let address, !address.isEmpty { keys.append(("ip:" + address.prefix(64), failuresPerAddress)) }
        return keys
    }

    private static func emailKey(_ email: String) -> String {
        "email:" + email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().prefix(254)
    }
}
