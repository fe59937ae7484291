/// Counts valid multi-byte and invalid sequences in UTF-8 input, to tell UTF-8 from legacy 8-bit encodings.
struct UTF8Check {
    /// Well-formed sequences of two to four bytes.
    private(set) var multibyteSequences = 0
    /// Bytes or byte runs that are not well-formed UTF-8.
    private(set) var invalidSequences = 0

    /// Scans `bytes`.
    init(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = Self.sequenceLength(lead)
            guard length > 0, index + length <= bytes.endIndex else {
                invalidSequences += 1
                index += 1
                continue
            }
            var valid = true
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                valid = false
            }
            if valid, length == 3, lead == 0xE0, bytes[index + 1] < 0xA0 { valid = false }  // overlong
            if valid, length == 3, lead == 0xED, bytes[index + 1] > 0x9F { valid = false }  // surrogate
            if valid, length == 4, lead == 0xF0, bytes[index + 1] < 0x90 { valid = false }  // overlong
            if valid, length == 4, lead == 0xF4, bytes[index + 1] > 0x8F { valid = false }  // above U+10FFFF
            if valid {
                multibyteSequences += 1
                index += length
            } else {
                invalidSequences += 1
                index += 1
            }
        }
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
