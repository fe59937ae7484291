/// A pay range for a job.
public struct Salary: Codable, Sendable, Equatable, Hashable {
    /// The time unit the amounts are paid per.
    public enum Period: String, Codable, Sendable, CaseIterable {
        case hour, day, week, month, year
    }

    public var min: Double
    public var max: Double
    /// ISO 4217 currency code, e.g. `USD`.
    public var currency: String
    public var period: Period

    public init(min: Double, max: Double, currency: String, period: Period) {
        self.min = min
        self.max = max
        self.currency = currency
        self.period = period
    }
}
