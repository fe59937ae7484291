/// The paragraph and character styles of a Word document (`word/styles.xml`): which styles are headings, which carry
/// list numbering and which make text bold, following `basedOn` chains.
struct WordStyles {
    /// One style's own settings; unset values come from the style it is based on.
    struct Style {
        /// The built-in or user name, lowercased ("heading 1", "title", "list bullet").
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: WordNumbering.Reference?
        var bold: Bool?
    }

    /// The styles by id.
    private(set) var styles: [String: Style] = [:]
    /// The id of the style paragraphs without a style use.
    private(set) var defaultParagraphStyle: String?

    /// No styles: every paragraph is body text.
    init() {}

    /// The styles in the XML `bytes` of a styles part.
    ///
    /// - Throws: what ``XMLScanner`` throws for a document type declaration or unterminated markup.
    init(xml bytes: [UInt8]) throws(XMLScanner.Failure) {
        var scanner = XMLScanner(bytes)
        var names: WordNames?
        var current: (id: String, style: Style)?
        var inParagraphProperties = false
        var inRunProperties = false
        var inNumbering = false
        while let event = try scanner.next() {
            guard case .start(let name, let attributes, let empty) = event else {
                if case .end(let name) = event, let element = names?.element(name, in: scanner) {
                    switch element {
                    case .style:
                        if let finished = current { styles[finished.id] = finished.style }
                        current = nil
                    case .pPr: inParagraphProperties = false
                    case .rPr: inRunProperties = false
                    case .numPr: inNumbering = false
                    default: break
                    }
                }
                continue
            }
            guard let (resolved, element) = WordNames.start(name, attributes: attributes, names: &names, in: scanner) else { continue }
            if element == .tblStylePr || element == .rPrChange || element == .pPrChange {
                // Table-part formatting and the record of earlier formatting are not the style's own.
                if !empty { try scanner.skipElement() }
                continue
            }
            let value = scanner.attribute(resolved.val, in: attributes)
            switch element {
            case .style:
                guard let id = scanner.attribute(resolved.styleID, in: attributes).map(scanner.string) else { continue }
                let type = scanner.attribute(resolved.type, in: attributes).map(scanner.string) ?? "paragraph"
                let isDefault = scanner.attribute(resolved.isDefault, in: attributes).map { Self.isOn(scanner.string($0)) } ?? false
                if type == "paragraph", isDefault { defaultParagraphStyle = id }
                current = (id, Style())
                if empty {
                    styles[id] = Style()
                    current = nil
                }
            case .name: current?.style.name = value.map { scanner.string($0).lowercased() } ?? ""
            case .basedOn: current?.style.basedOn = value.map(scanner.string)
            case .pPr: inParagraphProperties = !empty
            case .rPr: inRunProperties = !empty
            case .numPr: inNumbering = inParagraphProperties && !empty
            case .outlineLvl where inParagraphProperties: current?.style.outlineLevel = value.flatMap(scanner.integer)
            case .numId where inNumbering:
                let id = value.flatMap(scanner.integer) ?? 0
                let level = current?.style.numbering?.level ?? 0
                current?.style.numbering = WordNumbering.Reference(numID: id, level: level)
            case .ilvl where inNumbering:
                let level = min(value.flatMap(scanner.integer) ?? 0, 8)
                let id = current?.style.numbering?.numID ?? 0
                current?.style.numbering = WordNumbering.Reference(numID: id, level: level)
            case .b where inRunProperties: current?.style.bold = value.map { Self.isOn(scanner.string($0)) } ?? true
            default: break
            }
        }
    }

    /// Whether an OOXML on/off value (`1`, `true`, `on`, `0`, `false`, `off`) is on.
    static func isOn(_ value: String) -> Bool {
        !(value == "0" || value == "false" || value == "off")
    }

    /// The heading level of paragraph style `id`: 1 for "Title", N for "heading N", else one more than its outline
    /// level; `nil` for body text.
    func headingLevel(_ id: String?) -> Int? {
        var level: Int?
        walk(id) { style in
            if style.name == "title" {
                level = 1
                return false
            }
            if style.name.hasPrefix("heading "), let number = Int(style.name.dropFirst(8)), (1...9).contains(number) {
                level = number
                return false
            }
            if let outline = style.outlineLevel {
                level = outline < 9 ? outline + 1 : nil
                return false
            }
            return true
        }
        return level.map { min($0, 6) }
    }

    /// The list numbering paragraph style `id` applies, if any.
    func numbering(_ id: String?) -> WordNumbering.Reference? {
        var found: WordNumbering.Reference?
        walk(id) { style in
            guard let numbering = style.numbering else { return true }
            found = numbering
            return false
        }
        return found
    }

    /// Whether style `id` (paragraph or character) makes its text bold.
    func bold(_ id: String?) -> Bool? {
        var found: Bool?
        walk(id) { style in
            guard let bold = style.bold else { return true }
            found = bold
            return false
        }
        return found
    }

    /// Visits style `id` and the styles it is based on, nearest first, while `visit` returns `true`; at most ten, so a
    /// cycle of `basedOn` references ends.
    private func walk(_ id: String?, _ visit: (Style) -> Bool) {
        var next = id
        for _ in 0..<10 {
            guard let current = next, let style = styles[current] else { return }
            guard visit(style) else { return }
            next = style.basedOn
        }
    }
}
