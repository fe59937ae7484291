/// Limits how many test applications use the shared PostgreSQL server at once: each opens its own connection pool,
/// and Swift Testing runs every test in parallel, which would exhaust the server's 100 connections.
actor DatabaseGate {
    static let postgres = DatabaseGate(permits: 6)

    private var available: Int
    private var waiting: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

    init(permits: Int) {
        available = permits
    }

    /// Runs `body` once `count` permits are free, taken together: a test that needs two must not hold one while it
    /// waits for the other, or tests holding one each would wait for each other for ever.
    func withPermit<T: Sendable>(count: Int = 1, _ body: @Sendable () async throws -> T) async throws -> T {
        if waiting.isEmpty, available >= count {
            available -= count
        } else {
            await withCheckedContinuation { waiting.append((count, $0)) }
        }
        defer { release(count) }
        return try await body()
    }

    private func release(_ count: Int) {
        available += count
        while let first = waiting.first, available >= first.count {
            available -= first.count
            waiting.removeFirst().continuation.resume()
        }
    }
}

extension TestDatabase {
    /// Runs `body` within the connection budget of this engine, as `permits` test applications; SQLite needs none.
    func limited<T: Sendable>(permits: Int = 1, _ body: @Sendable () async throws -> T) async throws -> T {
        self == .postgres ? try await DatabaseGate.postgres.withPermit(count: permits, body) : try await body()
    }
}
