import FluentKit
import Foundation
import SQLKit

/// Slows password guessing: at most 5 sign-in attempts for one email address, and 20 from one client address, within
/// a 15-minute window; further attempts are refused until the window has passed. Each attempt is counted before the
/// password is checked, in one upsert per key that takes the key's row lock and returns the new count, so parallel
/// guesses are counted one after another on both engines and every instance counts the same ones. A successful
/// sign-in clears its email's count and gives its address back the attempt.
public struct SignInThrottle: Sendable {
    /// How long a window lasts, from its first attempt.
    public static let window: TimeInterval = 15 * 60
    /// Attempts for one email address within a window.
    public static let failuresPerEmail = 5
    /// Attempts from one client address (any email) within a window.
    public static let failuresPerAddress = 20
    /// Where a key's count stops growing while it is refused, far below any column's range.
    static let countCeiling = 1_000_000

    let database: any Database
    let clock: WallClock

    package init(database: any Database, clock: WallClock = .system) {
        self.database = database
        self.clock = clock
    }

    /// Counts an attempt to sign in as `email` from `address`, and says whether it may go ahead.
    /// - Returns: nil when the password may be checked now; otherwise how many seconds until the window has passed.
    package func admit(email: String, address: String?, now: Date? = nil) async throws -> TimeInterval? {
        let now = now ?? clock.now()
        let sql = database as! any SQLDatabase
        let table = ReplaceSignInFailuresWithCounters.schema
        let cutoff = now.addingTimeInterval(-Self.window)
        var wait: TimeInterval = 0
        for (key, limit) in Self.keys(email: email, address: address) {
            let row = try await sql.raw(
                """
                INSERT INTO \(ident: table) (key, window_started_at, attempts) VALUES (\(bind: key), \(bind: now), 1) \
                ON CONFLICT (key) DO UPDATE SET \
                attempts = CASE WHEN \(ident: table).window_started_at <= \(bind: cutoff) THEN 1 \
                WHEN \(ident: table).attempts < \(bind: Self.countCeiling) THEN \(ident: table).attempts + 1 \
                ELSE \(ident: table).attempts END, \
                window_started_at = CASE WHEN \(ident: table).window_started_at <= \(bind: cutoff) THEN \(bind: now) \
                ELSE \(ident: table).window_started_at END \
                RETURNING attempts, window_started_at
                """
            ).first()
            guard let row else { continue }
            let attempts = try row.decode(column: "attempts", as: Int.self)
            let started = try row.decode(column: "window_started_at", as: Date.self)
            if attempts > limit { wait = max(wait, started.addingTimeInterval(Self.window).timeIntervalSince(now)) }
        }
        return wait > 0 ? wait : nil
    }

    /// How many seconds until `email` or `address` may try again; nil when an attempt would be admitted now. Reads
    /// only, for showing the state.
    package func retryAfter(email: String, address: String?, now: Date? = nil) async throws -> TimeInterval? {
        let now = now ?? clock.now()
        let sql = database as! any SQLDatabase
        var wait: TimeInterval = 0
        for (key, limit) in Self.keys(email: email, address: address) {
            guard
                let row = try await sql.select().column("attempts").column("window_started_at")
                    .from(ReplaceSignInFailuresWithCounters.schema).where("key", .equal, key).first()
            else { continue }
            let started = try row.decode(column: "window_started_at", as: Date.self)
            if try row.decode(column: "attempts", as: Int.self) >= limit, started > now.addingTimeInterval(-Self.window) {
                wait = max(wait, started.addingTimeInterval(Self.window).timeIntervalSince(now))
            }
        }
        return wait > 0 ? wait : nil
    }

    /// After a successful sign-in: forgets `email`'s attempts and takes this attempt off `address`'s count.
    package func succeeded(email: String, address: String?) async throws {
        let sql = database as! any SQLDatabase
        let table = ReplaceSignInFailuresWithCounters.schema
        try await sql.delete(from: table).where("key", .equal, Self.emailKey(email)).run()
        if let key = Self.addressKey(address) {
            try await sql.raw(
                "UPDATE \(ident: table) SET attempts = attempts - 1 WHERE key = \(bind: key) AND attempts > 0"
            ).run()
        }
    }

    /// Removes every count whose window has passed.
    package func purgeExpired(now: Date? = nil) async throws {
        let now = now ?? clock.now()
        try await (database as! any SQLDatabase).delete(from: ReplaceSignInFailuresWithCounters.schema)
            .where("window_started_at", .lessThanOrEqual, now.addingTimeInterval(-Self.window)).run()
    }

    private static func keys(email: String, address: String?) -> [(String, Int)] {
        var keys = [(emailKey(email), failuresPerEmail)]
        if let key = addressKey(address) { keys.append((key, failuresPerAddress)) }
        return keys
    }

    private static func emailKey(_ email: String) -> String {
        "email:" + email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().prefix(254)
    }

    private static func addressKey(_ address: String?) -> String? {
        guard let address, !address.isEmpty else { return nil }
        return "ip:" + address.prefix(64)
    }
}
