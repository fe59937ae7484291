/// Finds gender-coded words the way gender-decoder does: a word is coded when it starts with a stem; hyphenated
/// words are split into their parts unless the whole word starts with a hyphenated stem ("co-operative",
/// "self-confident"); and every stem a word starts with counts once.
///
/// Deliberate differences: Unicode hyphens count as hyphens, and a word is located up to an apostrophe, so
/// "leader's" reports "leader", as gender-decoder's word list would.
///
/// By default the scanner is precise: uses of coded words that an editor would not flag (``GenderCodingExceptions``)
/// are skipped, and each coded word counts once. In strict mode it reports and counts exactly what gender-decoder
/// does.
struct GenderCodingScanner {
    private(set) var masculineWords: [CodedWord] = []
    private(set) var feminineWords: [CodedWord] = []
    private(set) var masculineCount = 0
    private(set) var feminineCount = 0
    /// Whether to match the published lists exactly, without ``GenderCodingExceptions``.
    let strict: Bool

    /// A scanner for one document.
    init(strict: Bool) {
        self.strict = strict
    }

    /// Every stem, masculine first; a trie payload is an index into this list.
    private static let stems: [(stem: String, isMasculine: Bool)] =
        GenderCodedStems.masculine.map { ($0, true) } + GenderCodedStems.feminine.map { ($0, false) }
    private static let hyphenatedStems: [Bool] = stems.map { $0.stem.contains("-") }
    private static let masculineStems: [Bool] = stems.map(\.isMasculine)
    private static let trie = ByteTrie(stems.enumerated().map { ($0.element.stem, Int32($0.offset)) })
    private static let exceptions: [[UInt8]] = GenderCodedStems.exceptions.map { Array($0.utf8) }
    private static let contextExceptions = CodedWordExceptionMatcher(GenderCodingExceptions.all)

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
                    // In strict mode an excepted use is still reported, but no neutral word fits it ("Team Lead").
                    let excepted = Self.contextExceptions.excepts(scanner, bytes: bytes, token: index, end: end, location: location, text: text)
                    if strict || !excepted {
                        record(
                            text: text, context: WordContext(scanner: scanner, first: index, last: wholeChain ? chainEnd : index),
                            bytes: bytes, start: token.start, end: end, masculine: masculine, feminine: feminine, offersAlternative: !excepted,
                            location: location, findings: &findings)
                    }
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
        context: WordContext,
        bytes: UnsafeBufferPointer<UInt8>,
        start: Int,
        end: Int,
        masculine: Int,
        feminine: Int,
        offersAlternative: Bool,
        location: FieldLocation,
        findings: inout FindingCollector
    ) {
        let word = text.utf16Slice(start, end)
        let pointer = location.pointer
        // gender-decoder counts a word once per stem it starts with ("dominant" twice); strict mode keeps that.
        if feminine > 0 {
            feminineCount += strict ? feminine : 1
            feminineWords.append(CodedWord(word: word, section: pointer, start: start, end: end))
        }
        guard masculine > 0 else { return }
        masculineCount += strict ? masculine : 1
        let alternative =
            offersAlternative ? MasculineAlternatives.alternative(for: String(decoding: bytes[start..<end], as: UTF8.self), context: context) : nil
        masculineWords.append(CodedWord(word: word, section: pointer, start: start, end: end, alternative: alternative))
        let fix = alternative.map { Replacement.fitted($0, replacing: start, end, in: text, context: context) }
        findings.add(
            GenderCodingRules.masculineWord.id,
            GenderCodingRules.masculineWord.severity,
            at: location,
            start: fix?.start ?? start,
            end: fix?.end ?? end,
            message: "“\(word)” is masculine-coded: job ads with many such words appeal less to women (Gaucher, Friesen & Kay, 2011).",
            suggestion: alternative.map { "Consider “\($0)”." } ?? "Rephrase without it, or balance it with neutral wording.",
            replacement: fix?.text
        )
    }
}
