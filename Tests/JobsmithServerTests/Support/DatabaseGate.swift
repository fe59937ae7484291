/// Limits how many test applications use the shared PostgreSQL server at once: each opens its own connection pool,
/// and Swift Testing runs every test in parallel, which would exhaust the server's 100 connections.
actor DatabaseGate {
    static let postgres = DatabaseGate(permits: 6)

    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(permits: Int) {
        available = permits
    }

    /// Runs `body` once a permit is free.
    func withPermit<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if available > 0 {
            available -= 1
        } else {
            await withCheckedContinuation { waiting.append($0) }
        }
        defer { release() }
        return try await body()
    }

    private func release() {
        if waiting.isEmpty {
            available += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}

extension TestDatabase {
    /// Runs `body` within the connection budget of this engine; SQLite needs none.
    func limited<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        self == .postgres ? try await DatabaseGate.postgres.withPermit(body) : try await body()
    }
}
