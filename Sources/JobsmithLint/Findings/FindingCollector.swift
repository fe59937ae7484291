/// Gathers findings from every check and hands them back in document order: by location, then start offset, then
/// rule id.
struct FindingCollector {
    private var entries: [(location: FieldLocation, finding: LintFinding)] = []

    /// Adds a finding at `start..<end` of the string at `location` (0 and 0 for document-level findings), with the
    /// text that can replace that range when there is one.
    mutating func add(
        _ rule: String,
        _ severity: Severity,
        at location: FieldLocation,
        start: Int = 0,
        end: Int = 0,
        message: String,
        suggestion: String?,
        replacement: String? = nil
    ) {
        let finding = LintFinding(
            rule: rule,
            severity: severity,
            message: message,
            suggestion: suggestion,
            section: location.pointer,
            start: start,
            end: end,
            replacement: replacement
        )
        entries.append((location, finding))
    }

    /// The findings of `rule` added so far, with where they are; checks that build on another rule's matches use it.
    func entries(of rule: String) -> [(location: FieldLocation, finding: LintFinding)] {
        entries.filter { $0.finding.rule == rule }
    }

    /// The findings in document order.
    func sorted() -> [LintFinding] {
        entries.sorted { lhs, rhs in
            if lhs.location != rhs.location { return lhs.location < rhs.location }
            if lhs.finding.start != rhs.finding.start { return lhs.finding.start < rhs.finding.start }
            if lhs.finding.rule != rhs.finding.rule { return lhs.finding.rule < rhs.finding.rule }
            if lhs.finding.end != rhs.finding.end { return lhs.finding.end < rhs.finding.end }
            return lhs.finding.message < rhs.finding.message
        }.map(\.finding)
    }
}
