/// The WordprocessingML and markup-compatibility names the DOCX reader acts on, resolved through the prefixes the part
/// binds on its root element (Word writes `w:` and `mc:`, but any prefix, or the default namespace, is allowed).
struct WordNames {
    /// The elements read, by local name.
    enum Element: CaseIterable {
        case body, p, pPr, pStyle, outlineLvl, numPr, ilvl, numId, r, rPr, rStyle, b, vanish, webHidden, t, tab, br, cr
        case noBreakHyphen, softHyphen, tbl, tr, tc, del, moveFrom, delText, instrText, rPrChange, pPrChange, sectPr
        case txbxContent, rt, style, name, basedOn, tblStylePr, abstractNum, lvl, numFmt, lvlText, start, num
        case abstractNumId, lvlOverride, startOverride, alternateFallback

        /// The local name as written in the XML.
        var localName: String {
            switch self {
            case .alternateFallback: "Fallback"
            default: "\(self)"
            }
        }
    }

    private static let mainNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    private static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Main-namespace elements by local-name length, for lookups without allocating.
    private static let byLength: [[(name: [UInt8], element: Element)]] = {
        var table = Array(repeating: [(name: [UInt8], element: Element)](), count: 20)
        for element in Element.allCases where element != .alternateFallback {
            let name = Array(element.localName.utf8)
            table[name.count].append((name, element))
        }
        return table
    }()

    /// The main namespace's prefix followed by `:` (empty when it is the default namespace).
    private var mainPrefix: [UInt8] = Array("w:".utf8)
    private var fallbackName: [UInt8] = Array("mc:Fallback".utf8)

    /// Names resolved from the namespace declarations among the root element's attributes `range`.
    init(scanner: XMLScanner, rootAttributes range: Range<Int>) {
        scanner.forEachAttribute(in: range) { name, value in
            let attribute = String(decoding: scanner.bytes[name], as: UTF8.self)
            let uri = scanner.string(value)
            let prefix: String? =
                attribute == "xmlns" ? "" : attribute.hasPrefix("xmlns:") ? String(attribute.dropFirst(6)) : nil
            guard let prefix else { return true }
            if Self.mainNamespaces.contains(uri) { mainPrefix = prefix.isEmpty ? [] : Array((prefix + ":").utf8) }
            if uri == Self.compatibilityNamespace { fallbackName = Array((prefix.isEmpty ? "Fallback" : prefix + ":Fallback").utf8) }
            return true
        }
        qualifyAttributes()
    }

    /// The Word element a start tag names, with the names to read its attributes by; `nil` for the root element, whose
    /// namespace declarations are learned into `names`, and for elements that are not Word's.
    static func start(
        _ name: Range<Int>, attributes: Range<Int>, names: inout WordNames?, in scanner: XMLScanner
    ) -> (names: WordNames, element: Element)? {
        guard let resolved = names else {
            names = WordNames(scanner: scanner, rootAttributes: attributes)
            return nil
        }
        return resolved.element(name, in: scanner).map { (resolved, $0) }
    }

    /// The element the qualified `name` is, or `nil` for any other element.
    func element(_ name: Range<Int>, in scanner: XMLScanner) -> Element? {
        let bytes = scanner.bytes
        if bytes[name.lowerBound] == fallbackName[0], scanner.equal(name, fallbackName) { return .alternateFallback }
        let localStart = name.lowerBound + mainPrefix.count
        guard localStart < name.upperBound else { return nil }
        for offset in 0..<mainPrefix.count where bytes[name.lowerBound + offset] != mainPrefix[offset] { return nil }
        let length = name.upperBound - localStart
        guard length < Self.byLength.count else { return nil }
        candidates: for candidate in Self.byLength[length] {
            for offset in 0..<length where bytes[localStart + offset] != candidate.name[offset] { continue candidates }
            return candidate.element
        }
        return nil
    }

    /// The qualified attribute names read: `w:val`, `w:styleId`, `w:type`, `w:default`, `w:numId`, `w:abstractNumId`, `w:ilvl`.
    private(set) var val: [UInt8] = []
    private(set) var styleID: [UInt8] = []
    private(set) var type: [UInt8] = []
    private(set) var isDefault: [UInt8] = []
    private(set) var numID: [UInt8] = []
    private(set) var abstractNumID: [UInt8] = []
    private(set) var level: [UInt8] = []

    private mutating func qualifyAttributes() {
        val = mainPrefix + Array("val".utf8)
        styleID = mainPrefix + Array("styleId".utf8)
        type = mainPrefix + Array("type".utf8)
        isDefault = mainPrefix + Array("default".utf8)
        numID = mainPrefix + Array("numId".utf8)
        abstractNumID = mainPrefix + Array("abstractNumId".utf8)
        level = mainPrefix + Array("ilvl".utf8)
    }
}
