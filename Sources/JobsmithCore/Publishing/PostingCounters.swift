import FluentKit
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Counts page views and apply clicks per posting per UTC day, with no cookies and nothing about the visitor.
///
/// Counting happens in memory (a dictionary increment under a lock, so a page view costs no database work) and is
/// written every few seconds, one upsert per posting and day, and once more at shutdown. A crash loses at most the
/// last interval's counts.
public final class PostingCounters: Service, Sendable {
    struct Key: Hashable {
        let postingID: UUID
        /// Days since 1970-01-01 UTC.
        let day: Int
    }

    struct Counts {
        var views = 0
        var applyClicks = 0
    }

    private let pending = Mutex<[Key: Counts]>([:])
    // One flush at a time: a flush that found nothing pending while another was still writing would return before
    // those counts are in the database, and the stats read right after it would miss them.
    private let oneFlushAtATime = WriteGate()
    private let writer: Writer
    private let interval: Duration
    private let logger: Logger

    /// - Parameter interval: how often counts are written to the database.
    package init(writer: Writer, interval: Duration = .seconds(5), logger: Logger) {
        self.writer = writer
        self.interval = interval
        self.logger = logger
    }

    /// Counts one view of a posting's page.
    public func recordView(of postingID: UUID, at date: Date) {
        let key = Key(postingID: postingID, day: Self.day(of: date))
        pending.withLock { $0[key, default: Counts()].views += 1 }
    }

    /// Counts one click on a posting's apply button.
    public func recordApplyClick(on postingID: UUID, at date: Date) {
        let key = Key(postingID: postingID, day: Self.day(of: date))
        pending.withLock { $0[key, default: Counts()].applyClicks += 1 }
    }

    /// Writes every pending count; counts that fail to be written are kept for the next attempt.
    public func flush() async throws {
        try await oneFlushAtATime.withWrite {
            let batch = pending.withLock { pending in
                defer { pending = [:] }
                return pending
            }
            guard !batch.isEmpty else { return }
            do {
                // One transaction for the whole batch: a single commit, and all of it or none is counted.
                try await writer.bookkeeping { database in
                    let store = PostingStore(database: database)
                    for (key, counts) in batch {
                        try await store.addCounts(
                            postingID: key.postingID, day: Self.dayText(key.day), views: counts.views, applyClicks: counts.applyClicks
                        )
                    }
                }
            } catch {
                pending.withLock { pending in
                    for (key, counts) in batch {
                        pending[key, default: Counts()].views += counts.views
                        pending[key, default: Counts()].applyClicks += counts.applyClicks
                    }
                }
                throw error
            }
        }
    }

    /// Writes the counts every interval until graceful shutdown, then once more.
    public func run() async throws {
        let interval = interval
        await cancelWhenGracefulShutdown { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                await flushLoggingFailure()
            }
        }
        await flushLoggingFailure()
    }

    private func flushLoggingFailure() async {
        do {
            try await flush()
        } catch {
            logger.error("Could not save posting view counts; will retry", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    /// The UTC day of `date`, as days since 1970-01-01.
    static func day(of date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// `YYYY-MM-DD` of a day number.
    static func dayText(_ day: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(day) * 86_400))
        return String(format: "%04d-%02d-%02d", components.year ?? 1970, components.month ?? 1, components.day ?? 1)
    }
}
