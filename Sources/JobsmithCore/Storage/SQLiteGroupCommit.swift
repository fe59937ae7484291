import FluentKit
import SQLKit
import Synchronization

/// Runs this process's SQLite write transactions in batches that share one commit. SQLite has a single writer, and a
/// durable commit (WAL with synchronous=FULL) costs a disk flush; writers that arrive while a batch runs are queued and
/// run, one after the other, inside the next batch's `BEGIN IMMEDIATE` transaction, each within a savepoint of its
/// own. A write that fails is rolled back to its savepoint alone and fails at once; the others are acknowledged only
/// after the batch's `COMMIT` has returned, so every acknowledged write is as durable as with a commit of its own. If
/// the batch itself fails (its `BEGIN` or `COMMIT`), every write in it fails and nothing of it is stored.
///
/// Waiting for the batch costs nothing; waiting inside SQLite (its busy handler) would block one of the few threads
/// that run every query.
final class SQLiteGroupCommit: Sendable {
    /// The most writes one batch takes, so one commit never waits for an unbounded queue.
    static let batchLimit = 64

    /// One queued write: runs its body on the batch's connection and reports how it went.
    private struct Job: Sendable {
        /// Runs the write; on success returns what acknowledges it once the batch has committed.
        let run: @Sendable (any Database) async -> Outcome
        /// Fails the write with a batch-level error (the batch could not begin or commit).
        let fail: @Sendable (any Error) -> Void
    }

    private enum Outcome: Sendable {
        case succeeded(acknowledge: @Sendable () -> Void)
        case failed(report: @Sendable () -> Void)
    }

    private struct State {
        var pending: [Job] = []
        var running = false
    }

    private let state = Mutex(State())
    private let database: @Sendable () -> any Database

    /// - Parameter database: the database to take each batch's connection from.
    init(database: @escaping @Sendable () -> any Database) {
        self.database = database
    }

    /// Runs `body` in a write transaction shared with the writes queued beside it; returns once that transaction has
    /// committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job = Job(
                run: { connection in
                    do {
                        let value = try await body(connection)
                        return .succeeded { continuation.resume(returning: value) }
                    } catch {
                        return .failed { continuation.resume(throwing: error) }
                    }
                },
                fail: { continuation.resume(throwing: $0) }
            )
            let startsRunner = state.withLock { state in
                state.pending.append(job)
                guard !state.running else { return false }
                state.running = true
                return true
            }
            if startsRunner { Task { await self.runBatches() } }
        }
    }

    /// Runs batches until the queue is empty.
    private func runBatches() async {
        while true {
            let batch: [Job] = state.withLock { state in
                let taken = Array(state.pending.prefix(Self.batchLimit))
                state.pending.removeFirst(taken.count)
                if taken.isEmpty { state.running = false }
                return taken
            }
            guard !batch.isEmpty else { return }
            await run(batch)
        }
    }

    private func run(_ batch: [Job]) async {
        let progress = BatchProgress()
        do {
            try await database().withConnection { connection in
                let sql = connection as! any SQLDatabase
                try await sql.raw("BEGIN IMMEDIATE").run()
                do {
                    for (index, job) in batch.enumerated() {
                        try await sql.raw("SAVEPOINT write").run()
                        switch await job.run(connection) {
                        case .succeeded(let acknowledge):
                            try await sql.raw("RELEASE write").run()
                            progress.ran(index, acknowledge: acknowledge)
                        case .failed(let report):
                            try await sql.raw("ROLLBACK TO write").run()
                            try await sql.raw("RELEASE write").run()
                            progress.ran(index, acknowledge: nil)
                            report()
                        }
                    }
                    try await sql.raw("COMMIT").run()
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    throw error
                }
            }
        } catch {
            // The batch is gone: the writes that had run are rolled back with it, and those not yet run never will.
            let (settled, acknowledgements) = progress.current
            for (job, _) in acknowledgements { batch[job].fail(error) }
            for job in batch[settled...] { job.fail(error) }
            return
        }
        for (_, acknowledge) in progress.current.acknowledgements { acknowledge() }
    }
}

/// How far a batch got: how many of its writes have run, and the acknowledgements of those that succeeded.
private final class BatchProgress: Sendable {
    private let state = Mutex<(settled: Int, acknowledgements: [(job: Int, acknowledge: @Sendable () -> Void)])>((0, []))

    func ran(_ job: Int, acknowledge: (@Sendable () -> Void)?) {
        state.withLock { state in
            state.settled = job + 1
            if let acknowledge { state.acknowledgements.append((job, acknowledge)) }
        }
    }

    var current: (settled: Int, acknowledgements: [(job: Int, acknowledge: @Sendable () -> Void)]) {
        state.withLock { $0 }
    }
}
