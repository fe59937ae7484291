import JobsmithDomain

/// ``GenderCodingExceptions`` compiled for matching: the covered word forms in one trie, and each condition's word
/// sequences as byte patterns. Only coded words are looked up, so exceptions cost nothing on other words.
struct CodedWordExceptionMatcher: Sendable {
    /// One word of a condition: exact, or a prefix (`word*`).
    private struct WordPattern: Sendable {
        var bytes: [UInt8]
        var isPrefix: Bool

        init(_ word: Substring) {
            isPrefix = word.hasSuffix("*")
            bytes = Array((isPrefix ? word.dropLast() : word).utf8)
        }

        func matches(_ word: ArraySlice<UInt8>) -> Bool {
            isPrefix ? word.starts(with: bytes) : word.elementsEqual(bytes)
        }
    }

    private enum CompiledCondition: Sendable {
        case after([[WordPattern]])
        case before([[WordPattern]])
        case notBefore([[WordPattern]])
        case inSections(Set<DocumentSection>)
        case titleCase
    }

    private let trie: ByteTrie
    private let conditions: [[CompiledCondition]]

    /// Compiles `exceptions`.
    init(_ exceptions: [CodedWordException]) {
        var entries: [(word: String, payload: Int32)] = []
        for (index, exception) in exceptions.enumerated() {
            for word in exception.words {
                let isPrefix = word.hasSuffix("*")
                entries.append((isPrefix ? String(word.dropLast()) : word, Int32(index) * 2 + (isPrefix ? 1 : 0)))
            }
        }
        trie = ByteTrie(entries)
        func sequences(_ list: [String]) -> [[WordPattern]] {
            list.map { $0.split(separator: " ").map(WordPattern.init) }
        }
        conditions = exceptions.map { exception in
            exception.conditions.map { condition in
                switch condition {
                case .after(let list): .after(sequences(list))
                case .before(let list): .before(sequences(list))
                case .notBefore(let list): .notBefore(sequences(list))
                case .inSections(let sections): .inSections(sections)
                case .titleCase: .titleCase
                }
            }
        }
    }

    /// Whether the coded word `bytes[tokens[index].start..<end]` of the string just scanned is an exception.
    func excepts(
        _ scanner: TextScanner, bytes: UnsafeBufferPointer<UInt8>, token index: Int, end: Int, location: FieldLocation, text: String
    ) -> Bool {
        let token = scanner.tokens[index]
        var excepted = false
        trie.walk(bytes, from: token.start, limit: end) { matchedEnd, payload in
            guard !excepted, payload & 1 == 1 || matchedEnd == end else { return }
            excepted = holds(conditions[Int(payload >> 1)], scanner: scanner, index: index, location: location, text: text)
        }
        return excepted
    }

    private func holds(_ conditions: [CompiledCondition], scanner: TextScanner, index: Int, location: FieldLocation, text: String) -> Bool {
        conditions.allSatisfy { condition in
            switch condition {
            case .after(let sequences): sequences.contains { precedes($0, index, scanner) }
            case .before(let sequences): sequences.contains { follows($0, index, scanner) }
            case .notBefore(let sequences): !sequences.contains { follows($0, index, scanner) }
            case .inSections(let sections): location.section.map(sections.contains) ?? false
            case .titleCase: scanner.isInCapitalizedName(index, text: text)
            }
        }
    }

    /// Whether the words right before token `index` are `sequence`.
    private func precedes(_ sequence: [WordPattern], _ index: Int, _ scanner: TextScanner) -> Bool {
        let first = index - sequence.count
        guard first >= 0 else { return false }
        for (offset, pattern) in sequence.enumerated() {
            let position = first + offset
            guard scanner.adjacent(position, position + 1), pattern.matches(scanner.word(scanner.tokens[position])) else { return false }
        }
        return true
    }

    /// Whether the words right after token `index` are `sequence`.
    private func follows(_ sequence: [WordPattern], _ index: Int, _ scanner: TextScanner) -> Bool {
        guard index + sequence.count < scanner.tokens.count else { return false }
        for (offset, pattern) in sequence.enumerated() {
            let position = index + 1 + offset
            guard scanner.adjacent(position - 1, position), pattern.matches(scanner.word(scanner.tokens[position])) else { return false }
        }
        return true
    }
}
