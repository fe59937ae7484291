/// Reads the two things the importer needs from tag attributes: a `font-weight` and Word's list-paragraph marks.
enum StyleAttribute {
    /// `true` for a bold `font-weight` (`bold`, `bolder`, 600–900), `false` for `normal`/`lighter`/100–500, `nil` when
    /// the attributes set no weight.
    static func boldness(_ bytes: [UInt8], _ attributes: Range<Int>) -> Bool? {
        guard let found = find("font-weight", in: bytes, attributes) else { return nil }
        var index = found
        while index < attributes.upperBound, bytes[index] == Byte.space || bytes[index] == Byte.colon { index += 1 }
        guard index < attributes.upperBound else { return nil }
        let byte = Byte.lowercased(bytes[index])
        if byte == UInt8(ascii: "b") { return true }
        if byte == UInt8(ascii: "n") || byte == UInt8(ascii: "l") { return false }
        if Byte.isDigit(byte) { return byte >= UInt8(ascii: "6") }
        return nil
    }

    /// Whether a `<p>` is a Word list paragraph (`class=MsoListParagraph…` or a `mso-list:` style), whose bullet
    /// is typed into the text.
    static func isWordList(_ bytes: [UInt8], _ attributes: Range<Int>) -> Bool {
        find("mso-list", in: bytes, attributes) != nil || find("MsoListParagraph", in: bytes, attributes) != nil
    }

    /// The index just past `needle` within `range` of `bytes`.
    private static func find(_ needle: StaticString, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard range.count >= count else { return nil }
        return needle.withUTF8Buffer { pattern -> Int? in
            var index = range.lowerBound
            while index + count <= range.upperBound {
                if bytes[index] == pattern[0] {
                    var offset = 1
                    while offset < count, bytes[index + offset] == pattern[offset] { offset += 1 }
                    if offset == count { return index + count }
                }
                index += 1
            }
            return nil
        }
    }
}
