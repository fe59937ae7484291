/// The list definitions of a Word document (`word/numbering.xml`) and the counters of the lists being read, so that a
/// numbered paragraph gets its marker ("1.", "b)") and a bulleted one is known as an item.
struct WordNumbering {
    /// A paragraph's list: the `numId` it refers to and its level (0–8).
    struct Reference: Equatable {
        var numID: Int
        var level: Int
    }

    /// How one level of a list is numbered.
    struct Level {
        /// `bullet`, `decimal`, `lowerLetter`, `upperLetter`, `lowerRoman`, `upperRoman`, `none` …
        var format = "decimal"
        /// The marker pattern, such as `%1.` or `%1.%2)`.
        var text = "%1."
        var start = 1
    }

    private var abstractLevels: [Int: [Int: Level]] = [:]
    private var abstractOf: [Int: Int] = [:]
    private var startOverrides: [Int: [Int: Int]] = [:]
    private var counters: [Int: [Int]] = [:]

    /// No list definitions: numbered paragraphs are read as plain items.
    init() {}

    /// The list definitions in the XML `bytes` of a numbering part.
    ///
    /// - Throws: what ``XMLScanner`` throws for a document type declaration or unterminated markup.
    init(xml bytes: [UInt8]) throws(XMLScanner.Failure) {
        var scanner = XMLScanner(bytes)
        var names: WordNames?
        var abstractID: Int?
        var level: (index: Int, value: Level)?
        var numID: Int?
        var overrideLevel: Int?
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let empty):
                guard let (resolved, element) = WordNames.start(name, attributes: attributes, names: &names, in: scanner) else { continue }
                let value = scanner.attribute(resolved.val, in: attributes).flatMap { scanner.string($0) }
                switch element {
                case .abstractNum:
                    abstractID = scanner.attribute(resolved.abstractNumID, in: attributes).flatMap(scanner.integer)
                case .lvl where abstractID != nil && !empty:
                    let index = scanner.attribute(resolved.level, in: attributes).flatMap(scanner.integer) ?? 0
                    level = (min(index, 8), Level())
                case .numFmt: level?.value.format = value ?? "decimal"
                case .lvlText: level?.value.text = value ?? ""
                case .start: level?.value.start = value.flatMap { Int($0) }.map { min(max($0, 0), 100_000) } ?? 1
                case .num: numID = scanner.attribute(resolved.numID, in: attributes).flatMap(scanner.integer)
                case .abstractNumId:
                    if let numID, let target = value.flatMap({ Int($0) }) { abstractOf[numID] = target }
                case .lvlOverride:
                    overrideLevel = scanner.attribute(resolved.level, in: attributes).flatMap(scanner.integer).map { min($0, 8) }
                case .startOverride:
                    if let numID, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                        startOverrides[numID, default: [:]][overrideLevel] = min(max(start, 0), 100_000)
                    }
                default: break
                }
            case .end(let name):
                guard let element = names?.element(name, in: scanner) else { continue }
                switch element {
                case .lvl:
                    if let abstractID, let finished = level { abstractLevels[abstractID, default: [:]][finished.index] = finished.value }
                    level = nil
                case .abstractNum: abstractID = nil
                case .num: numID = nil
                case .lvlOverride: overrideLevel = nil
                default: break
                }
            case .text, .cdata:
                continue
            }
        }
    }

    /// Counts the next paragraph of list `reference` and returns its marker: "1.", "a)", "iv." for numbered levels,
    /// `nil` for bullets (and for lists the part does not define). `numId` 0 means "no list" and is never passed here.
    mutating func nextMarker(_ reference: Reference) -> String? {
        var levels = counters[reference.numID] ?? Array(repeating: 0, count: 9)
        levels[reference.level] += 1
        for deeper in (reference.level + 1)..<9 { levels[deeper] = 0 }
        counters[reference.numID] = levels
        guard let definition = level(reference.numID, reference.level), definition.format != "bullet", definition.format != "none" else {
            return nil
        }
        var marker = ""
        var characters = definition.text.makeIterator()
        while let character = characters.next() {
            guard character == "%", let digit = characters.next() else {
                marker.append(character)
                continue
            }
            guard let number = digit.wholeNumberValue, (1...9).contains(number) else {
                marker.append(character)
                marker.append(digit)
                continue
            }
            let index = number - 1
            let definitionAtIndex = level(reference.numID, index) ?? Level()
            let start = startOverrides[reference.numID]?[index] ?? definitionAtIndex.start
            marker += Self.format(start + max(levels[index], 1) - 1, as: definitionAtIndex.format)
        }
        let trimmed = marker.trimmed
        return trimmed.isEmpty ? nil : trimmed
    }

    private func level(_ numID: Int, _ index: Int) -> Level? {
        guard let abstract = abstractOf[numID] else { return nil }
        return abstractLevels[abstract]?[index]
    }

    /// `value` written in a Word number format.
    private static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": letters(value).lowercased()
        case "upperLetter": letters(value)
        case "lowerRoman": roman(value).lowercased()
        case "upperRoman": roman(value)
        default: String(value)
        }
    }

    /// A, B, … Z, AA, BB, … as Word counts letters.
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8((value - 1) % 26)))
        return String(repeating: letter, count: min((value - 1) / 26 + 1, 10))
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4_000 else { return String(value) }
        let numerals: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
            (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var out = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                out += numeral
                rest -= amount
            }
        }
        return out
    }
}
