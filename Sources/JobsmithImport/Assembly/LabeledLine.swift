import JobsmithDomain

/// A "Label: value" line ("Reports to: VP Sales", "**Location:** Denver, CO"), with the section its label names.
struct LabeledLine: Equatable {
    /// The label without its colon, e.g. "Reports to".
    var label: String
    /// The text after the colon.
    var value: String
    /// The section the label names, or `nil` when the synonym table does not know it.
    var section: DocumentSection?

    /// The label and value of `line`, or `nil` when it is not a label line. A bold lead (`**Location:** …`) is the
    /// label; otherwise the text before the first colon is, when it is short (up to five words) and the value is not empty.
    init?(_ line: SourceLine) {
        let text = line.text
        if let lead = line.boldLead {
            let rest = text.dropFirst(lead.count)
            guard lead.hasSuffix(":") || rest.trimmingLeadingSpaces.first == ":" else { return nil }
            label = lead.trimmingTrailing(":").trimmed
            value = rest.drop { $0 == ":" || $0.isSpaceLike }.trimmed
        } else {
            // Labels are short, so only the first bytes can hold their colon.
            guard let colon = text.firstIndex(ofASCII: Byte.colon, within: 96) else { return nil }
            let before = text[..<colon]
            guard before.count <= 40, before.first?.isLetter == true, HeadingCandidate.wordCount(before) <= 5 else { return nil }
            label = before.trimmed
            value = text[text.index(after: colon)...].trimmed
            guard !value.hasPrefix("//") else { return nil }  // "https://…"
        }
        guard !label.isEmpty, !value.isEmpty else { return nil }
        section = HeadingClassifier.classifyLabel(label)
    }
}
