/// Decodes one character reference (`&amp;`, `&#8211;`, `&#x2013;`) in a byte buffer.
enum HTMLEntityDecoder {
    /// The character of the reference starting with the `&` at `start`, and the index just past it; `nil` when the
    /// `&` does not start a reference and is a literal ampersand.
    static func decode(_ bytes: [UInt8], at start: Int, end: Int) -> (scalar: Unicode.Scalar, next: Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == Byte.hash {
            return numeric(bytes, from: index + 1, end: end)
        }
        let nameStart = index
        while index < end, index - nameStart < 32, Byte.isLetter(bytes[index]) || Byte.isDigit(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        if index < end, bytes[index] == Byte.semicolon, let scalar = HTMLEntities.named[name] {
            return (scalar, index + 1)
        }
        // Without a semicolon, only the legacy names, and only as a prefix ("&nbspfoo" is "\u{A0}foo" in browsers).
        for length in stride(from: min(6, index - nameStart), through: 2, by: -1) {
            let prefix = String(decoding: bytes[nameStart..<(nameStart + length)], as: UTF8.self)
            if HTMLEntities.legacy.contains(prefix), let scalar = HTMLEntities.named[prefix.lowercased()] {
                return (scalar, nameStart + length)
            }
        }
        return nil
    }

    private static func numeric(_ bytes: [UInt8], from start: Int, end: Int) -> (scalar: Unicode.Scalar, next: Int)? {
        var index = start
        let hex = index < end && (bytes[index] | 0x20) == UInt8(ascii: "x")
        if hex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end, index - digitsStart < 8 {
            let byte = bytes[index]
            let digit: UInt32
            if Byte.isDigit(byte) {
                digit = UInt32(byte - UInt8(ascii: "0"))
            } else if hex, (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "f") {
                digit = UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
            } else {
                break
            }
            value = value * (hex ? 16 : 10) + digit
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end, bytes[index] == Byte.semicolon { index += 1 }
        // Like browsers: C1 code points mean Windows-1252 (&#150; is an en dash), invalid ones become U+FFFD.
        if value >= 0x80 && value <= 0x9F {
            let scalar = Windows1252.decode([UInt8(value)][...]).unicodeScalars.first ?? "\u{FFFD}"
            return (scalar, index)
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", index) }
        return (scalar, index)
    }
}
