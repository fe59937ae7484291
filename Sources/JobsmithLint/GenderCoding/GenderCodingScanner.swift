/// Finds gender-coded words the way gender-decoder does: a word is coded when it starts with a stem; hyphenated
/// words are split into their parts unless the whole word starts with a hyphenated stem ("co-operative",
/// "self-confident"); and every stem a word starts with counts once.
///
/// Deliberate differences: Unicode hyphens count as hyphens, and a word is located up to an apostrophe, so
/// "leader's" reports "leader", as gender-decoder's word list would.
struct GenderCodingScanner {
    private(set) var masculineWords: [CodedWord] = []
    private(set) var feminineWords: [CodedWord] = []
    private(set) var masculineCount = 0
    private(set) var feminineCount = 0

    /// Every stem, masculine first; a trie payload is an index into this list.
    private static let stems: [(stem: String, isMasculine: Bool)] =
        GenderCodedStems.masculine.map { ($0, true) } + GenderCodedStems.feminine.map { ($0, false) }
    private static let hyphenatedStems: [Bool] = stems.map { $0.stem.contains("-") }
    private static let masculineStems: [Bool] = stems.map(\.isMasculine)
    private static let trie = ByteTrie(stems.enumerated().map { ($0.element.stem, Int32($0.offset)) })
    private static let exceptions: [[UInt8]] = GenderCodedStems.exceptions.map { Array($0.utf8) }

    /// Finds the coded words of the string just scanned by `scanner`, adding an info finding for each masculine one.
    mutating func scan(_ scanner: TextScanner, text: String, location: FieldLocation, findings: inout FindingCollector) {
        let tokens = scanner.tokens
        let hyphenated = Self.hyphenatedStems
        let isMasculine = Self.masculineStems
        let trie = Self.trie
        scanner.bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < tokens.count {
                let token = tokens[index]
                guard token.flags.contains(.decoderWordStart) else {
                    index += 1
                    continue
                }
                var chainEnd = index
                if !token.flags.contains(.joinedByHyphen) {
                    while chainEnd + 1 < tokens.count, tokens[chainEnd + 1].flags.contains(.joinedByHyphen) { chainEnd += 1 }
                }
                var masculine = 0
                var feminine = 0
                var wholeChain = false
                trie.walk(bytes, from: token.start, limit: tokens[chainEnd].end) { _, payload in
                    if isMasculine[Int(payload)] { masculine += 1 } else { feminine += 1 }
                    if hyphenated[Int(payload)] { wholeChain = true }
                }
                var end = wholeChain ? tokens[chainEnd].end : token.end
                if !wholeChain, let apostrophe = bytes[token.start..<token.end].firstIndex(of: UInt8(ascii: "'")) { end = apostrophe }
                if masculine + feminine > 0, !Self.exceptions.contains(where: { $0.elementsEqual(bytes[token.start..<end]) }) {
                    record(
                        text: text, bytes: bytes, start: token.start, end: end, masculine: masculine, feminine: feminine,
                        location: location, findings: &findings)
                }
                index = wholeChain ? chainEnd + 1 : index + 1
            }
        }
    }

    /// The verdict and words found so far.
    var result: GenderCoding {
        GenderCoding(
            verdict: Self.verdict(masculine: masculineCount, feminine: feminineCount),
            masculineWords: masculineWords,
            feminineWords: feminineWords,
            masculineCount: masculineCount,
            feminineCount: feminineCount
        )
    }

    /// gender-decoder's `assess_coding`: the difference of the counts decides, with "strongly" beyond 3.
    static func verdict(masculine: Int, feminine: Int) -> String {
        let score = feminine - masculine
        if score == 0 { return "neutral" }
        if score > 3 { return "strongly feminine-coded" }
        if score > 0 { return "feminine-coded" }
        if score < -3 { return "strongly masculine-coded" }
        return "masculine-coded"
    }

    private mutating func record(
        text: String,
        bytes: UnsafeBufferPointer<UInt8>,
        start: Int,
        end: Int,
        masculine: Int,
        feminine: Int,
        location: FieldLocation,
        findings: inout FindingCollector
    ) {
        let word = text.utf16Slice(start, end)
        let pointer = location.pointer
        if feminine > 0 {
            feminineCount += feminine
            feminineWords.append(CodedWord(word: word, section: pointer, start: start, end: end))
        }
        guard masculine > 0 else { return }
        masculineCount += masculine
        let alternative = MasculineAlternatives.alternative(bytes, start: start, end: end)
        masculineWords.append(CodedWord(word: word, section: pointer, start: start, end: end, alternative: alternative))
        findings.add(
            GenderCodingRules.masculineWord.id,
            GenderCodingRules.masculineWord.severity,
            at: location,
            start: start,
            end: end,
            message: "“\(word)” is masculine-coded: job ads with many such words appeal less to women (Gaucher, Friesen & Kay, 2011).",
            suggestion: alternative.map { "Consider “\($0)”." } ?? "Rephrase without it, or balance it with neutral wording.",
            replacement: alternative
        )
    }
}
