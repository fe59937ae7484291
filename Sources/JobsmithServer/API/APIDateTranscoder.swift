import Foundation
import OpenAPIRuntime

/// The API's `date-time` values: written as RFC 3339 without fractional seconds, read with or without them (what
/// browsers' `toISOString()` produce, such as `2030-01-01T00:00:00.000Z`). Dates outside years 1 to 9999 are refused,
/// so nothing behind the boundary computes with absurd dates.
struct APIDateTranscoder: DateTranscoder {
    private let plain = ISO8601DateTranscoder.iso8601
    private let fractional = ISO8601DateTranscoder.iso8601WithFractionalSeconds
    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
    private static let range = Date(timeIntervalSince1970: -62_135_596_800)...Date(timeIntervalSince1970: 253_402_300_799)

    func encode(_ date: Date) throws -> String {
        try plain.encode(date)
    }

    func decode(_ text: String) throws -> Date {
        guard text.utf8.count <= 40, let date = (try? plain.decode(text)) ?? (try? fractional.decode(text)), Self.range.contains(date) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "Expected an RFC 3339 date-time between years 1 and 9999, such as 2030-01-01T00:00:00Z.")
            )
        }
        return date
    }
}
