/// Lets one write transaction at a time into an SQLite database. SQLite has a single writer anyway; waiting here costs
/// nothing, while waiting inside SQLite (its busy handler) blocks one of the few threads that run every query, and
/// enough blocked waiters would leave none for the transaction they wait for.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` once no other write holds the gate.
    func withWrite<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer { release() }
        return try await body()
    }

    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
