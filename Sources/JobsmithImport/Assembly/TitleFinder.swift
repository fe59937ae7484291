import JobsmithDomain

/// Finds the job title: a "Job title: …" line near the top, else a level-1 heading near the top, else the first line
/// that reads like a title (not a known section heading, not a fact line, not a navigation trail, not too long).
/// Template sites' endings ("… job description template") are dropped; a line that only says "Job description" is
/// passed over.
enum TitleFinder {
    /// The title and the index of the line it came from.
    struct Found: Equatable {
        var text: String
        var index: Int
    }

    /// The title of the document made of `lines`, or `nil` when none can be found.
    static func find(_ lines: [SourceLine]) -> Found? {
        let top = lines.indices.filter { lines[$0].kind != .blank }.prefix(40)
        for index in top {
            guard let labeled = LabeledLine(lines[index]) else { continue }
            let names = labeled.section == .title || (TitleText.isDocumentLabel(labeled.label) && isRoleName(labeled.value))
            if names, WorkArrangement.employment(labeled.value) == nil, isTitleLength(labeled.value) {
                return Found(text: TitleText.role(labeled.value), index: index)
            }
        }
        for index in top.prefix(5) where lines[index].kind == .heading(level: 1) && isTitle(TitleText.role(lines[index].text)) {
            return Found(text: TitleText.role(lines[index].text), index: index)
        }
        for index in top.prefix(4) {
            let line = lines[index]
            if line.isItem { return nil }
            if TitleText.isDocumentLabel(line.text) || FactLine.read(line.text)?.pure == true || LabeledLine(line) != nil
                || HeadingCandidate.isNavigationTrail(line.text)
            {
                continue
            }
            let role = TitleText.role(line.text)
            return isTitle(role) ? Found(text: role, index: index) : nil
        }
        return nil
    }

    /// A short phrase without a full stop: "Backend Developer", not a sentence.
    private static func isRoleName(_ text: String) -> Bool {
        HeadingCandidate.wordCount(text) <= 10 && !text.hasSuffix(".")
    }

    private static func isTitle(_ text: String) -> Bool {
        guard isTitleLength(text) else { return false }
        if let match = HeadingClassifier.classify(text.trimmingTrailing(":")), match.method != .keyword { return false }
        return true
    }

    private static func isTitleLength(_ text: String) -> Bool {
        !text.isEmpty && text.count <= DocumentLimits.titleLength && HeadingCandidate.wordCount(text) <= 20
    }
}
