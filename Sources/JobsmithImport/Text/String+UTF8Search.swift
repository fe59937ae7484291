extension StringProtocol {
    /// The index of the first `byte` (an ASCII character) within the first `limit` UTF-8 bytes, or `nil`. Searching
    /// bytes keeps per-line checks cheap; an ASCII byte is always a character boundary in UTF-8.
    func firstIndex(ofASCII byte: UInt8, within limit: Int = .max) -> Index? {
        let offset = utf8.withContiguousStorageIfAvailable { buffer in
            buffer.prefix(limit).firstIndex(of: byte)
        }
        if let offset {
            guard let offset else { return nil }
            return utf8.index(utf8.startIndex, offsetBy: offset)
        }
        var index = utf8.startIndex
        var count = 0
        while index < utf8.endIndex, count < limit {
            if utf8[index] == byte { return index }
            index = utf8.index(after: index)
            count += 1
        }
        return nil
    }

    /// Whether the text contains `needle`, compared byte by byte.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return false }
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == first {
                var offset = 1
                while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
