import Foundation

/// The JSON of one export line: sorted keys, timestamps as UTC ISO 8601 to the microsecond (the finest either engine
/// stores), so the same data always gives the same line on either engine.
enum TransferCoding {
    /// The `format` of the header line.
    static let format = "jobsmith-organization"
    /// The version of the format this build writes and reads.
    static let formatVersion = 1

    static func encode(_ record: TransferRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(try Self.timestamp(date))
        }
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    static func decode(_ line: Data) throws -> TransferRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let parsed = Self.date(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a timestamp such as 2026-01-31T09:30:00.000Z")
            }
            return parsed
        }
        return try decoder.decode(TransferRecord.self, from: line)
    }

    /// `date` as `YYYY-MM-DDTHH:MM:SS.fffZ`, with six fraction digits when it has microseconds.
    static func timestamp(_ date: Date) throws -> String {
        guard let micros = Int64(exactly: (date.timeIntervalSince1970 * 1_000_000).rounded()), (minimumMicros...maximumMicros).contains(micros)
        else { throw EncodingError.invalidValue(date, .init(codingPath: [], debugDescription: "a stored timestamp outside the years 1–9999")) }
        let (days, dayMicros) = floorDivision(micros, 86_400_000_000)
        let (year, month, day) = civilDate(fromDays: days)
        let (seconds, fraction) = dayMicros.quotientAndRemainder(dividingBy: 1_000_000)
        let digits = fraction % 1000 == 0 ? pad(fraction / 1000, 3) : pad(fraction, 6)
        return
            "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)).\(digits)Z"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The date of a ``timestamp(_:)`` (the fraction optional, up to six digits), or nil.
    static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard (20...27).contains(bytes.count), bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            bytes[range].allSatisfy { (48...57).contains($0) } ? Int64(String(decoding: bytes[range], as: UTF8.self)) : nil
        }
        let separators: [(Int, Character)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":")]
        guard separators.allSatisfy({ bytes[$0.0] == $0.1.asciiValue }), let year = number(0..<4), let month = number(5..<7),
            let day = number(8..<10), let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...9999).contains(year), (1...12).contains(month), (1...daysInMonth(year: year, month: month)).contains(day), hour < 24,
            minute < 60, second < 60
        else { return nil }
        var fraction: Int64 = 0
        if bytes.count > 20 {
            guard bytes[19] == UInt8(ascii: "."), bytes.count > 21, let digits = number(20..<(bytes.count - 1)) else { return nil }
            fraction = digits * [100_000, 10_000, 1000, 100, 10, 1][bytes.count - 22]
        } else if bytes[19] != UInt8(ascii: "Z") {
            return nil
        }
        let seconds = days(fromYear: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        let micros = seconds * 1_000_000 + fraction
        // A quarter of a microsecond away from 2000-01-01, so that each engine stores exactly this microsecond: the
        // PostgreSQL driver cuts the microseconds since 2000 toward zero (a `Date` cannot hold most of them exactly, so
        // 09:30:00.636 would become .635999), and SQLite's rounds what it reads to the nearest microsecond.
        let nudge = micros >= postgresEpochMicros ? 0.25 : -0.25
        return Date(timeIntervalSince1970: (Double(micros) + nudge) / 1_000_000)
    }

    // 2000-01-01T00:00:00Z, from which PostgreSQL counts.
    private static let postgresEpochMicros: Int64 = 946_684_800_000_000
    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z.
    private static let minimumMicros: Int64 = -62_135_596_800_000_000
    private static let maximumMicros: Int64 = 253_402_300_799_999_999

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    private static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Int(month - 1)]
    }

    // Days since 1970-01-01 of a proleptic Gregorian date and back (H. Hinnant's civil-date algorithms).
    private static func days(fromYear year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
