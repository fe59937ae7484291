import FluentKit
import SQLKit

/// The rate limits' counts in the database (`rate_limit_windows`), shared by every instance: one upsert adds a batch
/// of requests to a key's current window (starting a new window when the stored one is older) and returns the window's
/// total, atomically on both engines.
struct SharedRateCounts: Sendable {
    let writer: Writer

    /// Adds `hits` requests to `key`'s window starting at `window` (seconds since 1970).
    /// - Returns: the requests counted in that window by every instance, these included.
    func add(_ hits: Int, to key: String, window: Int64) async throws -> Int {
        let table = CreateRateLimitWindows.schema
        let row = try await writer.singleStatements { database in
            try await (database as! any SQLDatabase).raw(
                """
                INSERT INTO \(ident: table) (key, window_start, hits) VALUES (\(bind: key), \(bind: window), \(bind: Int64(hits))) \
                ON CONFLICT (key) DO UPDATE SET \
                hits = CASE WHEN \(ident: table).window_start < \(bind: window) THEN \(bind: Int64(hits)) \
                ELSE \(ident: table).hits + \(bind: Int64(hits)) END, \
                window_start = CASE WHEN \(ident: table).window_start < \(bind: window) THEN \(bind: window) \
                ELSE \(ident: table).window_start END \
                RETURNING hits
                """
            ).first()
        }
        return Int(try row?.decode(column: "hits", as: Int64.self) ?? Int64(hits))
    }

    /// Removes the windows that started before `window`.
    func purge(before window: Int64) async throws {
        try await writer.singleStatements { database in
            try await (database as! any SQLDatabase).delete(from: CreateRateLimitWindows.schema)
                .where("window_start", .lessThan, window).run()
        }
    }
}
