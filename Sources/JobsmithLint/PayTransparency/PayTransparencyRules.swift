/// The catalog entries of the pay-transparency laws.
enum PayTransparencyRules {
    /// One rule per law.
    static let all: [LintRuleInfo] = PayTransparencyLaws.all.map(info)

    private static func info(_ law: PayTransparencyLaw) -> LintRuleInfo {
        let employers = law.minimumEmployees == 1 ? "all employers" : "employers with \(law.minimumEmployees) or more employees"
        let remote = law.coversRemoteRoles ? " Remote jobs open to candidates there are covered." : ""
        var reason =
            "\(law.citedName), in force from \(law.effective), requires \(employers) to disclose "
            + law.disclose.map(\.requirement).joined(separator: ", ") + " \(law.payTiming.wording) for jobs in \(law.jurisdiction).\(remote)"
        if !law.notes.isEmpty { reason += " " + law.notes }
        return LintRuleInfo(
            id: law.ruleID,
            severity: .error,
            category: .payTransparency,
            title: "Pay transparency: \(law.jurisdiction)",
            reason: reason,
            suggestion: PayTransparencyCheck.suggestion(for: law),
            helpUri: law.sourceUrl
        )
    }
}
