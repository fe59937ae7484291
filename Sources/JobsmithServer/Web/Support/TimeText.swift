import Foundation
import JobsmithCore

/// Times as pages show them: an absolute UTC time for `<time datetime>` and titles, and a relative one to read.
enum TimeText {
    /// ISO 8601, for the `datetime` attribute.
    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// "2025-03-04 14:05 UTC".
    static func absolute(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "just now", "5 minutes ago", "3 hours ago", "2 days ago", or the date for older times.
    static func relative(_ date: Date, now: Date = Date()) -> String {
        let seconds = Int(now.timeIntervalSince(date))
        switch seconds {
        case ..<60: return "just now"
        case ..<3600: return plural(seconds / 60, "minute") + " ago"
        case ..<86400: return plural(seconds / 3600, "hour") + " ago"
        case ..<(86400 * 14): return plural(seconds / 86400, "day") + " ago"
        default: return String(absolute(date).prefix(10))
        }
    }

    private static func plural(_ count: Int, _ unit: String) -> String {
        "\(count) \(unit)\(count == 1 ? "" : "s")"
    }
}
