/// Turns uploaded bytes into text, or says why they are not text.
enum TextDecoder {
    /// Decoded text and anything the user should know about how it was decoded.
    struct Decoded {
        var text: String
        var warnings: [String]
    }

    /// The text in `bytes`.
    ///
    /// - Throws: ``ImportError/empty``, ``ImportError/unsupportedDocument(kind:)`` or ``ImportError/binary``.
    static func decode(_ bytes: [UInt8]) throws(ImportError) -> Decoded {
        guard !bytes.isEmpty else { throw .empty }
        if let kind = FileSignature.documentKind(bytes) { throw .unsupportedDocument(kind: kind) }
        if FileSignature.isBinary(bytes) { throw .binary }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE), warnings: [])
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        guard !body.contains(0) else { throw .binary }
        var controls = 0
        for byte in body where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
            controls += 1
        }
        // A stray vertical tab or bell from a word processor is fine; binary data has many.
        guard controls * 100 <= body.count else { throw .binary }

        let check = UTF8Check(body)
        if check.invalidSequences == 0 {
            return Decoded(text: String(decoding: body, as: UTF8.self), warnings: [])
        }
        if check.multibyteSequences == 0 {
            return Decoded(text: Windows1252.decode(body), warnings: ["The file is not UTF-8; it was read as Windows-1252."])
        }
        // Mostly UTF-8 with a few broken bytes (a bad copy and paste) is still worth importing: up to 1%, or 3 in short text.
        guard check.invalidSequences <= max(3, body.count / 100) else { throw .binary }
        let count = check.invalidSequences
        return Decoded(
            text: String(decoding: body, as: UTF8.self),
            warnings: ["\(count) invalid UTF-8 byte sequence\(count == 1 ? " was" : "s were") replaced with \u{FFFD}."]
        )
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
