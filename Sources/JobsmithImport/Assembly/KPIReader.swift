import JobsmithDomain

/// Reads a KPI section: "**Name:** how it is measured", "Name: sentence", "Name – sentence", or a name line followed
/// by a sentence on the next line. Prose lines that are no KPI — an introduction ("These KPIs help measure how well
/// …"), a closing note, an equal-opportunity sentence after the list — are handed back apart.
enum KPIReader {
    /// The KPIs, how many of them had both a name and a description, and the prose around them.
    struct Result: Equatable {
        var kpis: [KPI]
        var described: Int
        /// Prose before the first KPI.
        var introduction: [SourceLine] = []
        /// Prose after a KPI that is not its description.
        var remarks: [SourceLine] = []
    }

    /// The KPIs in `lines`.
    static func read(_ lines: [SourceLine]) -> Result {
        let entries = lines.filter { $0.kind != .blank && !isHeading($0) }
        var result = Result(kpis: [], described: 0)
        var index = 0
        while index < entries.count {
            let entry = entries[index]
            index += 1
            if let lead = entry.boldLead {
                let description = entry.text.dropFirst(lead.count).drop { ":–—-".contains($0) || $0.isSpaceLike }.trimmed
                result.kpis.append(KPI(name: lead.trimmingTrailing(":").trimmed, description: description))
                result.described += description.isEmpty ? 0 : 1
                continue
            }
            if let pair = nameAndDescription(entry.text) {
                result.kpis.append(KPI(name: pair.name, description: pair.description))
                result.described += 1
                continue
            }
            if isNameLine(entry), index < entries.count, !isNameLine(entries[index]), !entries[index].isItem || entry.isItem,
                nameAndDescription(entries[index].text) == nil, entries[index].boldLead == nil
            {
                result.kpis.append(KPI(name: entry.text.trimmingTrailing(":").trimmed, description: entries[index].text))
                result.described += 1
                index += 1
                continue
            }
            if !entry.isItem, isProse(entry.text) {
                if result.kpis.isEmpty {
                    result.introduction.append(entry)
                } else {
                    result.remarks.append(entry)
                }
                continue
            }
            result.kpis.append(KPI(name: entry.text.trimmingTrailing(":").trimmed, description: ""))
        }
        return result
    }

    /// "Name: description", "Name – description", with a name of at most eight words.
    private static func nameAndDescription(_ text: String) -> (name: String, description: String)? {
        for separator in [": ", " – ", " — ", " - "] {
            let pieces = text.splitting(on: separator)
            guard pieces.count > 1 else { continue }
            let name = pieces[0].trimmed
            let description = text.dropFirst(pieces[0].count + separator.count).trimmed
            if !name.isEmpty, !description.isEmpty, name.count <= 60, HeadingCandidate.wordCount(name) <= 8 {
                return (name, description)
            }
        }
        return nil
    }

    /// A sentence standing alone: more than eight words, or more than four ending in a full stop.
    private static func isProse(_ text: String) -> Bool {
        let words = HeadingCandidate.wordCount(text)
        return words > 8 || (words > 4 && text.hasSuffix("."))
    }

    /// A short line without a full stop: a KPI name when a sentence follows.
    private static func isNameLine(_ line: SourceLine) -> Bool {
        line.isBold || (HeadingCandidate.wordCount(line.text) <= 8 && !line.text.hasSuffix(".") && !line.text.contains(": "))
    }

    private static func isHeading(_ line: SourceLine) -> Bool {
        if case .heading = line.kind { return true }
        return false
    }
}
