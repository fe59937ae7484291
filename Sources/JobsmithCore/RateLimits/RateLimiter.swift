import Foundation
import Logging
import Synchronization

/// Counts API requests per key (a token, a client address) in one-minute windows shared through the database
/// (``SharedRateCounts``), without a database round-trip for most requests: each instance counts locally and adds its
/// count to the shared row in batches, a twentieth of the limit at most (between 1 and 50 requests), and
/// ``RateLimitFlusher`` adds what is left every second. A key's known total is the shared count returned by the last
/// batch plus what this instance counted since, so with several instances a window may admit up to about two batches
/// per instance more than the limit (one counted here, one on its way to the shared row), and never fewer. Limits
/// under 40 a minute (batches of one) are exact: each request waits for the shared total. Refused requests are not counted. When the database cannot be
/// reached the requests are admitted on the local count alone.
public final class RateLimiter: Sendable {
    /// One key a request counts against, with its limit per window.
    public struct Key: Sendable {
        public let name: String
        public let limit: Int

        public init(name: String, limit: Int) {
            self.name = name
            self.limit = limit
        }
    }

    private struct Entry {
        var window: Int64
        /// The window's total across instances, as the last batch returned it.
        var shared = 0
        /// Counted here, in a batch under way.
        var flushing = 0
        /// Counted here since, not yet added to the shared row.
        var pending = 0
        var total: Int { shared + flushing + pending }
    }

    /// A window's length in seconds.
    public static let window: Int64 = 60
    /// Keys kept in memory at most; past it, the keys of past windows go, then all.
    static let capacity = 100_000

    private let entries = Mutex<[String: Entry]>([:])
    private let counts: SharedRateCounts
    private let clock: WallClock
    private let logger: Logger

    package init(writer: Writer, clock: WallClock, logger: Logger) {
        counts = SharedRateCounts(writer: writer)
        self.clock = clock
        self.logger = logger
    }

    /// The largest batch added to the shared row at once for a limit.
    static func batch(for limit: Int) -> Int {
        min(50, max(1, limit / 20))
    }

    /// Counts a request against every key, unless one of them has reached its limit in the current window.
    /// - Returns: nil when the request may go ahead; otherwise the seconds until the window ends.
    public func admit(_ keys: [Key]) async -> Int? {
        let now = clock.now().timeIntervalSince1970
        let window = Int64((now / Double(Self.window)).rounded(.down)) * Self.window
        let retryAfter = max(1, Int((Double(window + Self.window) - now).rounded(.up)))
        let batches: [(key: Key, hits: Int)]? = entries.withLock { entries in
            if entries.count > Self.capacity {
                entries = entries.filter { $0.value.window == window }
                if entries.count > Self.capacity { entries.removeAll() }
            }
            for key in keys {
                if let entry = entries[key.name], entry.window == window, entry.total >= key.limit { return nil }
            }
            var batches: [(key: Key, hits: Int)] = []
            for key in keys {
                var entry = entries[key.name].flatMap { $0.window == window ? $0 : nil } ?? Entry(window: window)
                entry.pending += 1
                if entry.pending >= Self.batch(for: key.limit) {
                    batches.append((key, entry.pending))
                    entry.flushing += entry.pending
                    entry.pending = 0
                }
                entries[key.name] = entry
            }
            return batches
        }
        guard let batches else { return retryAfter }
        var refused = false
        for batch in batches {
            guard Self.batch(for: batch.key.limit) == 1 else {
                // A batch of a large limit is shared in the background: waiting for the write would put every
                // twentieth request behind the database's write queue, and the total it returns only sharpens the
                // next requests' count.
                Task { await self.add(batch.hits, to: batch.key.name, window: window) }
                continue
            }
            // A small limit is kept exact: the request waits for the shared total and is refused if other instances
            // have used the window up.
            if let total = await add(batch.hits, to: batch.key.name, window: window), total > batch.key.limit { refused = true }
        }
        return refused ? retryAfter : nil
    }

    /// Adds every key's pending count of the current window to the shared rows, and forgets past windows.
    func flush() async {
        let window = Int64((clock.now().timeIntervalSince1970 / Double(Self.window)).rounded(.down)) * Self.window
        let batches: [(String, Int)] = entries.withLock { entries in
            entries = entries.filter { $0.value.window == window }
            var batches: [(String, Int)] = []
            for (name, var entry) in entries where entry.pending > 0 {
                batches.append((name, entry.pending))
                entry.flushing += entry.pending
                entry.pending = 0
                entries[name] = entry
            }
            return batches
        }
        for (name, hits) in batches { _ = await add(hits, to: name, window: window) }
    }

    /// Removes the shared rows of windows that have passed.
    func purgeExpired() async throws {
        let window = Int64((clock.now().timeIntervalSince1970 / Double(Self.window)).rounded(.down)) * Self.window
        try await counts.purge(before: window)
    }

    /// Adds a batch to the shared row and takes the total it returns; the batch stays counted here if that fails.
    @discardableResult
    private func add(_ hits: Int, to name: String, window: Int64) async -> Int? {
        let total: Int?
        do {
            total = try await counts.add(hits, to: name, window: window)
        } catch {
            logger.warning("Rate limit count not shared: \(String(reflecting: error))")
            total = nil
        }
        entries.withLock { entries in
            guard var entry = entries[name], entry.window == window else { return }
            entry.flushing -= hits
            if let total { entry.shared = max(entry.shared, total) } else { entry.shared += hits }
            entries[name] = entry
        }
        return total
    }
}
