import Foundation
import JobsmithDomain

/// An opaque position in a newest-first list: the creation time (whole milliseconds, the precision stored) and id of
/// the last item on the previous page.
struct PageCursor: Equatable {
    let milliseconds: Int64
    let id: UUID

    /// The creation time exactly as ``JobDescriptionStore`` stored it, so equality comparisons in SQL hold.
    var createdAt: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    /// Decodes a cursor produced by ``encoded``; nil for anything else, including times outside
    /// ``ClientNumbers/storedMilliseconds``, which could not be turned into a date the database takes.
    init?(_ text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let decoded = String(data: data, encoding: .utf8) else { return nil }
        let parts = decoded.split(separator: "|")
        guard parts.count == 2, let milliseconds = ClientNumbers.parse(parts[0], in: ClientNumbers.storedMilliseconds),
            parts[1].utf8.count == 36, let id = UUID(uuidString: String(parts[1]))
        else { return nil }
        self.milliseconds = Int64(milliseconds)
        self.id = id
    }

    init(createdAt: Date, id: UUID) {
        self.milliseconds = Int64((createdAt.timeIntervalSince1970 * 1000).rounded())
        self.id = id
    }

    /// The URL-safe text form.
    var encoded: String {
        Data("\(milliseconds)|\(id.uuidString)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
