import Foundation

/// An opaque position in a newest-first list: the creation time and id of the last item on the previous page.
struct PageCursor: Equatable {
    let createdAt: Double
    let id: UUID

    /// Decodes a cursor produced by ``encoded``; nil for anything else.
    init?(_ text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let decoded = String(data: data, encoding: .utf8) else { return nil }
        let parts = decoded.split(separator: "|")
        guard parts.count == 2, let createdAt = Double(parts[0]), createdAt.isFinite, let id = UUID(uuidString: String(parts[1])) else {
            return nil
        }
        self.createdAt = createdAt
        self.id = id
    }

    init(createdAt: Date, id: UUID) {
        self.createdAt = createdAt.timeIntervalSince1970
        self.id = id
    }

    /// The URL-safe text form.
    var encoded: String {
        Data("\(createdAt)|\(id.uuidString)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
