import JobsmithDomain

/// Checks that a document has the sections a candidate needs, and that its requirement list is not a wish list.
enum CompletenessCheck {
    /// Adds findings for what `document` lacks. Runs after ``PayTransparencyCheck``, whose salary findings replace the
    /// generic one.
    static func check(_ document: JobDocument, options: LintOptions, findings: inout FindingCollector) {
        func missing(_ rule: LintRuleInfo, _ section: DocumentSection) {
            findings.add(
                rule.id, rule.severity, at: .field(section), message: "The description has no \(section.heading.lowercased()).",
                suggestion: rule.suggestion)
        }
        if document.summary?.isBlank ?? true { missing(CompletenessRules.missingSummary, .summary) }
        let responsibilities = document.responsibilities.filter { !$0.isBlank }.count
        let requirements = document.requirements.filter { !$0.isBlank }.count
        if responsibilities == 0 { missing(CompletenessRules.missingResponsibilities, .responsibilities) }
        if requirements == 0 { missing(CompletenessRules.missingRequirements, .requirements) }
        if options.checksJobFacts {
            if document.locations.isEmpty && document.remote == nil { missing(CompletenessRules.missingLocation, .location) }
            // A pay-transparency finding about the missing salary says the same with the law behind it, so the
            // generic warning would only repeat it; a law not yet in force (info) leaves the warning in place.
            if document.salary == nil, !findings.contains(category: .payTransparency, at: .field(.salary), atLeast: .warning) {
                missing(CompletenessRules.missingSalary, .salary)
            }
        }
        if requirements > CompletenessRules.maximumRequirements {
            let rule = CompletenessRules.tooManyRequirements
            findings.add(
                rule.id, rule.severity, at: .field(.requirements),
                message:
                    "The description lists \(requirements) requirements; more than \(CompletenessRules.maximumRequirements) reads as a wish list.",
                suggestion: rule.suggestion)
        }
        if responsibilities > 0, requirements > 2 * responsibilities {
            let rule = CompletenessRules.requirementsOutweighResponsibilities
            findings.add(
                rule.id, rule.severity, at: .field(.requirements),
                message: "The description lists \(requirements) requirements but only \(responsibilities) responsibilities.",
                suggestion: rule.suggestion)
        }
    }
}
