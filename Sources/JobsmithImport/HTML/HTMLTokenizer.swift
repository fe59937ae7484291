/// Splits HTML into ``HTMLToken``s, tolerating what real ATS and word-processor HTML does: unclosed and misnested
/// tags, unquoted attributes, stray `<`, conditional comments.
struct HTMLTokenizer {
    /// Elements whose content is not document text; skipped up to their end tag.
    private static let hiddenElements: Set<String> = [
        "script", "style", "title", "head", "xml", "template", "noscript", "svg", "iframe", "object", "select", "textarea",
    ]

    private let bytes: [UInt8]
    private var index = 0
    /// Set once a `<head>` turned out to have no end tag, so later `<head>` tags do not search the whole input again.
    private var headIsUnclosed = false

    /// A tokenizer over UTF-8 `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next token, or `nil` at the end of the input.
    mutating func next() -> HTMLToken? {
        while index < bytes.count {
            if bytes[index] != Byte.lessThan {
                let start = index
                while index < bytes.count, bytes[index] != Byte.lessThan { index += 1 }
                return .text(start..<index)
            }
            let start = index
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if next == Byte.exclamation {
                if matches("<!--", at: index) {
                    index = after("-->", from: index + 4)
                } else if matches("<![", at: index) {
                    index = after("]>", from: index + 3)
                } else {
                    index = after(">", from: index + 2)
                }
                continue
            }
            if next == Byte.question {
                index = after(">", from: index + 2)
                continue
            }
            if next == Byte.slash, index + 2 < bytes.count, Byte.isLetter(bytes[index + 2]) {
                let name = readName(from: index + 2)
                index = after(">", from: name.end)
                return .end(name: name.value)
            }
            guard Byte.isLetter(next) else {
                index += 1
                return .text(start..<index)
            }
            let name = readName(from: index + 1)
            let attributesEnd = endOfTag(from: name.end)
            index = min(attributesEnd + 1, bytes.count)
            if Self.hiddenElements.contains(name.value), !(name.value == "head" && headIsUnclosed) {
                if let closeEnd = endOfElement(name.value, from: index) {
                    index = closeEnd
                    continue
                }
                headIsUnclosed = true
            }
            return .start(name: name.value, attributes: name.end..<attributesEnd)
        }
        return nil
    }

    private func readName(from start: Int) -> (value: String, end: Int) {
        var end = start
        var upper = false
        while end < bytes.count, Byte.isNameCharacter(bytes[end]) {
            upper = upper || (bytes[end] >= UInt8(ascii: "A") && bytes[end] <= UInt8(ascii: "Z"))
            end += 1
        }
        let name = String(decoding: bytes[start..<end], as: UTF8.self)
        return (upper ? name.lowercased() : name, end)
    }

    /// The index of the `>` closing a tag whose attributes start at `start`, skipping quoted values.
    private func endOfTag(from start: Int) -> Int {
        var position = start
        var quote: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == Byte.doubleQuote || byte == Byte.singleQuote {
                // Only a quote that opens an attribute value counts; a stray apostrophe in broken HTML must not eat the page.
                if position > start, bytes[position - 1] == Byte.equals || bytes[position - 1] == Byte.space { quote = byte }
            } else if byte == Byte.greaterThan {
                return position
            }
            position += 1
        }
        return bytes.count
    }

    /// The index just past `</name …>`, searching from `start`; `nil` when the element is never closed and its content
    /// should be read (an unclosed `<head>`), or the end of input for elements that hide everything after them.
    private func endOfElement(_ name: String, from start: Int) -> Int? {
        let nameBytes = Array(name.utf8)
        var position = start
        while position + 1 < bytes.count {
            if bytes[position] == Byte.lessThan, bytes[position + 1] == Byte.slash {
                var offset = 0
                while offset < nameBytes.count, position + 2 + offset < bytes.count,
                    Byte.lowercased(bytes[position + 2 + offset]) == nameBytes[offset]
                {
                    offset += 1
                }
                if offset == nameBytes.count {
                    return after(">", from: position + 2 + offset)
                }
            }
            position += 1
        }
        return name == "head" ? nil : bytes.count
    }

    private func matches(_ literal: StaticString, at position: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for offset in 0..<count where bytes[position + offset] != buffer[offset] { return false }
            return true
        }
    }

    /// The index just past the next `literal` at or after `start`, or the end of input.
    private func after(_ literal: StaticString, from start: Int) -> Int {
        let count = literal.utf8CodeUnitCount
        var position = start
        while position + count <= bytes.count {
            if matches(literal, at: position) { return position + count }
            position += 1
        }
        return bytes.count
    }
}
