/// Lets one first-run setup at a time into the database in this process. SQLite (one process by nature) answers a
/// second writing transaction at once with "database is locked" rather than waiting for the first; PostgreSQL's row
/// locks already order the setups of several instances.
actor SetupQueue {
    /// The queue of this process.
    static let shared = SetupQueue()

    private var running = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` once no other setup is running.
    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if running {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running = true
        }
        defer { next() }
        return try await body()
    }

    private func next() {
        if waiting.isEmpty {
            running = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
