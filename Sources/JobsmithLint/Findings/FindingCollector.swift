/// Gathers findings from every check and hands them back in report order: errors, then warnings, then info; within
/// a severity in document order (by location, then start offset, then rule id).
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

    /// Whether a finding of a rule in `category`, at least as serious as `severity`, was added at `location`.
    func contains(category: LintRuleCategory, at location: FieldLocation, atLeast severity: Severity) -> Bool {
        entries.contains { entry in
            entry.location == location && entry.finding.severity >= severity
                && LintRuleCatalog.category(of: entry.finding.rule) == category
        }
    }

    /// The findings in report order: the most serious first, each severity in document order.
    func sorted() -> [LintFinding] {
        entries.sorted { lhs, rhs in
            if lhs.finding.severity != rhs.finding.severity { return lhs.finding.severity > rhs.finding.severity }
            if lhs.location != rhs.location { return lhs.location < rhs.location }
            if lhs.finding.start != rhs.finding.start { return lhs.finding.start < rhs.finding.start }
            if lhs.finding.rule != rhs.finding.rule { return lhs.finding.rule < rhs.finding.rule }
            if lhs.finding.end != rhs.finding.end { return lhs.finding.end < rhs.finding.end }
            return lhs.finding.message < rhs.finding.message
        }.map(\.finding)
    }
}
