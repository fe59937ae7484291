import Foundation

/// The one clock of an application: every service and store asks it for the time, so tests can fix or move it.
public struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    /// - Parameter now: the source of the current time; the system clock by default.
    public init(_ now: @escaping @Sendable () -> Date = { Date() }) {
        read = now
    }

    /// The system clock.
    public static let system = WallClock()

    /// The current time.
    public func now() -> Date { read() }

    /// The current time at whole milliseconds, the precision both engines store and compare exactly.
    public func storedNow() -> Date { Self.storedPrecision(read()) }

    /// `date` cut to whole milliseconds, the precision both engines store and compare exactly.
    public static func storedPrecision(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
