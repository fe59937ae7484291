import Synchronization

/// A one-way signal that a step of start-up is over: that migrations have run (background services must not touch
/// the database before), or that the change listener's first attempt to listen is done (the server takes requests
/// after it). ``wait()`` returns once ``open()`` was called, or at once when the waiting task is cancelled (graceful
/// shutdown before start-up finished).
public final class StartupSignal: Sendable {
    private struct State {
        var isOpen = false
        var nextWaiter = 0
        var waiting: [Int: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    /// A signal that is not open yet.
    public init() {}

    /// Marks start-up complete and releases every waiter.
    public func open() {
        let waiting = state.withLock { state in
            state.isOpen = true
            defer { state.waiting = [:] }
            return state.waiting
        }
        for continuation in waiting.values { continuation.resume() }
    }

    /// Returns once the signal is open, or when the calling task is cancelled.
    public func wait() async {
        let waiter = state.withLock { state in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeAtOnce = state.withLock { state in
                    // Checked under the lock, so a cancellation that ran its handler before this point is not missed.
                    if state.isOpen || Task.isCancelled { return true }
                    state.waiting[waiter] = continuation
                    return false
                }
                if resumeAtOnce { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiting.removeValue(forKey: waiter) }?.resume()
        }
    }
}
