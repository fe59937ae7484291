import CoreMetrics
import Foundation

/// What the core measures for `/metrics`: read-cache lookups, lint and import durations, and database write work in
/// flight. Built once per application on the metrics factory the application is given, so a test can read a registry
/// of its own; the default factory records nothing.
public struct OperationMetrics: Sendable {
    /// The factory every measurement of the application is made on, the HTTP layer's too.
    public let factory: any MetricsFactory
    let lintDuration: CoreMetrics.Timer
    let importDuration: CoreMetrics.Timer
    /// Write transactions started and not yet finished, waiting for the write gate included.
    let writesInFlight: Meter

    /// - Parameter factory: where the measurements go; nothing is recorded by default.
    public init(factory: any MetricsFactory = NOOPMetricsHandler.instance) {
        self.factory = factory
        lintDuration = CoreMetrics.Timer(label: "jobsmith_lint_duration_seconds", factory: factory)
        importDuration = CoreMetrics.Timer(label: "jobsmith_import_duration_seconds", factory: factory)
        writesInFlight = Meter(label: "jobsmith_database_writes_in_flight", factory: factory)
    }

    /// The hit and miss counters of the read cache `cache`.
    public func cacheLookups(_ cache: String) -> CacheLookups {
        CacheLookups(cache: cache, factory: factory)
    }

    /// Runs `body`, an import of a document, and records how long it took.
    public func measureImport<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        try Self.measure(importDuration, body)
    }

    func measureLint<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        try Self.measure(lintDuration, body)
    }

    /// Runs `body`, one write transaction, counted as in flight while it runs.
    func measureWrite<T>(_ body: () async throws -> T) async rethrows -> T {
        writesInFlight.increment()
        defer { writesInFlight.decrement() }
        return try await body()
    }

    private static func measure<T, Failure: Error>(_ timer: CoreMetrics.Timer, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        let start = ContinuousClock.now
        defer { timer.record(duration: ContinuousClock.now - start) }
        return try body()
    }
}

/// The lookups of one read cache, counted as hits and misses (`jobsmith_cache_lookups_total{cache, result}`).
public struct CacheLookups: Sendable {
    let hits: Counter
    let misses: Counter

    init(cache: String, factory: any MetricsFactory) {
        hits = Counter(label: "jobsmith_cache_lookups_total", dimensions: [("cache", cache), ("result", "hit")], factory: factory)
        misses = Counter(label: "jobsmith_cache_lookups_total", dimensions: [("cache", cache), ("result", "miss")], factory: factory)
    }

    /// Counts one lookup.
    public func record(hit: Bool) {
        (hit ? hits : misses).increment()
    }
}

extension CoreMetrics.Timer {
    /// Records `duration`, in nanoseconds.
    public func record(duration: Duration) {
        let (seconds, attoseconds) = duration.components
        recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
