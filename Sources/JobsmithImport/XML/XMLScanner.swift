/// A pull scanner for the XML parts of an Office Open XML package (`word/document.xml`, `styles.xml` …).
///
/// It reads well-formed XML as Word and LibreOffice write it: elements, attributes, text, CDATA, comments and
/// processing instructions. It refuses a document type declaration outright: Office never writes one, and it is the
/// only place entities can be declared, so refusing it rules out entity-expansion attacks ("billion laughs") and
/// external entities. Only the predefined and numeric character references are decoded.
struct XMLScanner {
    /// One piece of XML, as byte ranges of the input.
    enum Event: Equatable {
        /// A start tag: its qualified name and the bytes of its attributes; `empty` for `<name/>`.
        case start(name: Range<Int>, attributes: Range<Int>, empty: Bool)
        /// An end tag with its qualified name.
        case end(name: Range<Int>)
        /// Character data between tags; character references still encoded.
        case text(Range<Int>)
        /// The content of a CDATA section, taken literally.
        case cdata(Range<Int>)
    }

    /// Why XML could not be read.
    enum Failure: Error, Equatable {
        /// The part declares a document type (and with it, possibly, entities).
        case documentType
        /// A tag, comment or CDATA section is not closed.
        case unterminated
    }

    /// The input, UTF-8.
    let bytes: [UInt8]
    private var index = 0

    /// A scanner over the UTF-8 `bytes` of one XML part.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next event, or `nil` at the end of the input.
    ///
    /// - Throws: ``Failure/documentType`` for `<!DOCTYPE`, ``Failure/unterminated`` for a construct without its end.
    mutating func next() throws(Failure) -> Event? {
        while index < bytes.count {
            guard bytes[index] == Byte.lessThan else {
                let start = index
                while index < bytes.count, bytes[index] != Byte.lessThan { index += 1 }
                return .text(start..<index)
            }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch next {
            case Byte.question:
                index = try after("?>", from: index + 2)
            case Byte.exclamation:
                if matches("<!--", at: index) {
                    index = try after("-->", from: index + 4)
                } else if matches("<![CDATA[", at: index) {
                    let start = index + 9
                    index = try after("]]>", from: start)
                    return .cdata(start..<(index - 3))
                } else {
                    throw .documentType  // <!DOCTYPE, <!ENTITY and every other declaration
                }
            case Byte.slash:
                let nameStart = index + 2
                var nameEnd = nameStart
                while nameEnd < bytes.count, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                index = try after(">", from: nameEnd)
                return .end(name: nameStart..<nameEnd)
            default:
                let nameStart = index + 1
                var nameEnd = nameStart
                while nameEnd < bytes.count, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                guard nameEnd > nameStart else { throw .unterminated }
                let close = try endOfTag(from: nameEnd)
                let empty = bytes[close - 1] == Byte.slash
                index = close + 1
                return .start(name: nameStart..<nameEnd, attributes: nameEnd..<(empty ? close - 1 : close), empty: empty)
            }
        }
        return nil
    }

    /// Skips the content of the element whose start tag was just read, up to and including its end tag.
    ///
    /// - Throws: the errors of ``next()``.
    mutating func skipElement() throws(Failure) {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start(_, _, let empty): if !empty { depth += 1 }
            case .end: depth -= 1
            case .text, .cdata: break
            }
        }
    }

    /// The value of the attribute with qualified name `name` among the attribute bytes `range`, as a byte range.
    func attribute(_ name: [UInt8], in range: Range<Int>) -> Range<Int>? {
        var found: Range<Int>?
        forEachAttribute(in: range) { attributeName, value in
            guard equal(attributeName, name) else { return true }
            found = value
            return false
        }
        return found
    }

    /// Calls `body` with the name and value ranges of each attribute in `range` until it returns `false`.
    func forEachAttribute(in range: Range<Int>, _ body: (_ name: Range<Int>, _ value: Range<Int>) -> Bool) {
        var position = range.lowerBound
        while position < range.upperBound {
            while position < range.upperBound, Byte.isWhitespace(bytes[position]) { position += 1 }
            let nameStart = position
            while position < range.upperBound, bytes[position] != Byte.equals, !Byte.isWhitespace(bytes[position]) { position += 1 }
            let nameEnd = position
            while position < range.upperBound, bytes[position] != Byte.doubleQuote, bytes[position] != Byte.singleQuote { position += 1 }
            guard position < range.upperBound else { return }
            let quote = bytes[position]
            let valueStart = position + 1
            position = valueStart
            while position < range.upperBound, bytes[position] != quote { position += 1 }
            guard body(nameStart..<nameEnd, valueStart..<position) else { return }
            position += 1
        }
    }

    /// A small non-negative integer attribute value (at most six digits); `nil` when it is anything else.
    func integer(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 6 else { return nil }
        var value = 0
        for position in range {
            guard Byte.isDigit(bytes[position]) else { return nil }
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
        }
        return value
    }

    /// Whether the bytes in `range` are exactly `literal`.
    func equal(_ range: Range<Int>, _ literal: [UInt8]) -> Bool {
        guard range.count == literal.count else { return false }
        var offset = 0
        for position in range {
            if bytes[position] != literal[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The bytes in `range` as a string, with character references decoded.
    func string(_ range: Range<Int>) -> String {
        guard bytes[range].contains(Byte.ampersand) else { return String(decoding: bytes[range], as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var position = range.lowerBound
        while position < range.upperBound {
            if bytes[position] == Byte.ampersand, let entity = HTMLEntityDecoder.decode(bytes, at: position, end: range.upperBound) {
                scalars.append(entity.scalar)
                position = entity.next
            } else {
                let start = position
                position += 1
                while position < range.upperBound, bytes[position] != Byte.ampersand { position += 1 }
                scalars.append(contentsOf: String(decoding: bytes[start..<position], as: UTF8.self).unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// A byte of an XML name: letters, digits, `:`, `_`, `-`, `.` and every non-ASCII byte.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        Byte.isNameCharacter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte >= 0x80
    }

    /// The index of the `>` that closes the tag whose attributes start at `start`, skipping quoted values.
    private func endOfTag(from start: Int) throws(Failure) -> Int {
        var position = start
        var quote: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == Byte.doubleQuote || byte == Byte.singleQuote {
                quote = byte
            } else if byte == Byte.greaterThan {
                return position
            }
            position += 1
        }
        throw .unterminated
    }

    private func matches(_ literal: StaticString, at position: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for offset in 0..<count where bytes[position + offset] != buffer[offset] { return false }
            return true
        }
    }

    /// The index just past the next `literal` at or after `start`.
    private func after(_ literal: StaticString, from start: Int) throws(Failure) -> Int {
        let count = literal.utf8CodeUnitCount
        let first = literal.withUTF8Buffer { $0[0] }
        var position = start
        while position + count <= bytes.count {
            if bytes[position] == first, matches(literal, at: position) { return position + count }
            position += 1
        }
        throw .unterminated
    }
}
