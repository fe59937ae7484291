import JobsmithDomain

/// Turns the lines of a list section into items: list items as they are, prose lines as items of their own (wrapped
/// lines joined), inline lists ("own X; run Y; close Z.") split on semicolons, and for the name lists (collaborators,
/// reports, tools) also on commas and a final "and".
enum ListItems {
    /// The items, and the lead-in lines ("In this role you will:") kept as items so nothing is lost.
    struct Result: Equatable {
        var items: [String]
        var leadIns: [String]
    }

    /// The items of `lines` for `section`, reading prose lines the way `format` wraps them.
    static func read(_ lines: [SourceLine], section: DocumentSection, format: ImportFormat) -> Result {
        let names = section == .collaboratesWith || section == .leads || section == .tools
        var result = Result(items: [], leadIns: [])
        var previous: SourceLine?
        for line in lines {
            defer { previous = line }
            switch line.kind {
            case .blank, .heading:
                continue
            case .item:
                result.items.append(line.text)
            case .text:
                if let previous, previous.kind == .text, let last = result.items.last, wraps(line, after: previous, format: format) {
                    result.items[result.items.count - 1] = last + " " + line.text
                    continue
                }
                if line.text.hasSuffix(":") { result.leadIns.append(line.text) }
                result.items += split(line.text, names: names)
            }
        }
        return result
    }

    /// Whether a prose line continues the one before it rather than starting a new item.
    private static func wraps(_ line: SourceLine, after previous: SourceLine, format: ImportFormat) -> Bool {
        switch format {
        case .html, .docx: return false  // <br>, <p> and Word paragraphs are deliberate breaks
        case .markdown: return !previous.text.hasSuffix(":")  // soft-wrapped paragraph
        case .text, .pdf:
            guard let last = previous.text.last, let first = line.text.first else { return false }
            return first.isLowercase && !".!?:;".contains(last)
        }
    }

    /// Splits an inline list. Without a separator the text is one item, as written; name lists split only when every
    /// piece is a short name.
    static func split(_ text: String, names: Bool) -> [String] {
        var pieces = text.splitting(on: ";")
        if names {
            pieces = pieces.flatMap { $0.split(separator: ",", omittingEmptySubsequences: true) }
            if pieces.count > 1, let last = pieces.last {
                let andParts = last.splitting(on: " and ").flatMap { $0.splitting(on: " und ") }.flatMap { $0.splitting(on: " & ") }
                pieces.removeLast()
                pieces += andParts
            }
        }
        guard pieces.count > 1 else { return [text] }
        // A sentence that happens to contain commas ("We use X, Y and Z. Training is provided.") stays one item.
        if names, pieces.contains(where: { HeadingCandidate.wordCount($0) > 4 || $0.contains(". ") }) { return [text] }
        return pieces.map { piece in
            var item = piece.trimmed
            for conjunction in ["and ", "und ", "or ", "oder ", "& "] where item.hasPrefix(conjunction) {
                item = String(item.dropFirst(conjunction.count)).trimmed
            }
            return item.trimmingTrailing(".").trimmed
        }.filter { !$0.isEmpty }
    }
}
