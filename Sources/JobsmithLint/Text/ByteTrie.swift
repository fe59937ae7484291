/// A trie over lowercase ASCII words (letters, digits, `'` and `-`) with integer payloads on the nodes where words
/// end; built once, then walked without allocating or reference counting.
///
/// Tries are built once into static tables that live as long as the process, so their storage is allocated once and
/// deliberately never freed; that is what makes sharing the raw buffers between threads safe.
struct ByteTrie: @unchecked Sendable {
    private static let alphabetSize = 38
    /// The alphabet position of every byte, or -1 for bytes no word contains.
    private static let alphabetTable: [Int8] = {
        var alphabet = [Int8](repeating: -1, count: 256)
        for (offset, byte) in (UInt8(ascii: "a")...UInt8(ascii: "z")).enumerated() { alphabet[Int(byte)] = Int8(offset) }
        for (offset, byte) in (UInt8(ascii: "0")...UInt8(ascii: "9")).enumerated() { alphabet[Int(byte)] = Int8(26 + offset) }
        alphabet[Int(UInt8(ascii: "-"))] = 36
        alphabet[Int(UInt8(ascii: "'"))] = 37
        return alphabet
    }()

    private let alphabet: UnsafeBufferPointer<Int8>
    /// `children[node * alphabetSize + symbol]` is the child node, or 0 (the root is never a child).
    private let children: UnsafeBufferPointer<Int32>
    /// Node `n` owns `payloads[payloadStart[n]..<payloadStart[n + 1]]`.
    private let payloadStart: UnsafeBufferPointer<Int32>
    private let payloads: UnsafeBufferPointer<Int32>

    /// Builds a trie of `entries`; a word may appear several times with different payloads.
    init(_ entries: [(word: String, payload: Int32)]) {
        var children = [Int32](repeating: 0, count: Self.alphabetSize)
        var nodePayloads: [[Int32]] = [[]]
        for entry in entries {
            var node = 0
            for byte in entry.word.utf8 {
                let symbol = Int(Self.alphabetTable[Int(byte)])
                precondition(symbol >= 0, "unsupported character in trie word \(entry.word)")
                var child = Int(children[node * Self.alphabetSize + symbol])
                if child == 0 {
                    child = nodePayloads.count
                    nodePayloads.append([])
                    children.append(contentsOf: repeatElement(0, count: Self.alphabetSize))
                    children[node * Self.alphabetSize + symbol] = Int32(child)
                }
                node = child
            }
            nodePayloads[node].append(entry.payload)
        }
        var payloadStart: [Int32] = [0]
        for list in nodePayloads { payloadStart.append(payloadStart[payloadStart.count - 1] + Int32(list.count)) }
        alphabet = Self.permanent(Self.alphabetTable)
        self.children = Self.permanent(children)
        self.payloadStart = Self.permanent(payloadStart)
        payloads = Self.permanent(nodePayloads.flatMap { $0 })
    }

    /// Walks `bytes[from..<limit]` from the root and calls `visit(end, payload)` for every payload on the way, where
    /// `end` is the index just after the word that carries it. Stops at the first byte with no child.
    @inline(__always)
    func walk(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, limit: Int, _ visit: (Int, Int32) -> Void) {
        var node = 0
        var index = from
        while index < limit {
            let symbol = Int(alphabet[Int(bytes[index])])
            if symbol < 0 { return }
            node = Int(children[node &* Self.alphabetSize &+ symbol])
            if node == 0 { return }
            index += 1
            var payload = Int(payloadStart[node])
            let payloadEnd = Int(payloadStart[node + 1])
            while payload < payloadEnd {
                visit(index, payloads[payload])
                payload += 1
            }
        }
    }

    /// The first payload of the word that is exactly `bytes[from..<end]`, if any.
    func exact(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int32? {
        var node = 0
        for index in from..<end {
            let symbol = Int(alphabet[Int(bytes[index])])
            if symbol < 0 { return nil }
            node = Int(children[node &* Self.alphabetSize &+ symbol])
            if node == 0 { return nil }
        }
        return payloadStart[node] < payloadStart[node + 1] ? payloads[Int(payloadStart[node])] : nil
    }

    /// The payload of the longest word that is a prefix of `bytes[from..<limit]`, if any.
    func longestPrefix(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int32? {
        var longest: Int32?
        walk(bytes, from: from, limit: limit) { _, payload in longest = payload }
        return longest
    }

    /// A copy of `array` that is never freed.
    private static func permanent<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }
}
