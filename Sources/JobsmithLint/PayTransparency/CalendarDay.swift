import Foundation

/// A day of the Gregorian calendar, comparable without a `Calendar`.
struct CalendarDay: Sendable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2026.
    var year: Int
    /// 1–12.
    var month: Int
    /// 1–31.
    var day: Int

    /// The day `year-month-day`.
    init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The UTC day `date` falls on.
    init(_ date: Date) {
        // Howard Hinnant's civil_from_days.
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// ISO 8601, e.g. `2021-01-01`.
    var description: String {
        func padded(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(year)-\(padded(month))-\(padded(day))"
    }

    /// Whether `lhs` is earlier.
    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
