/// The catalog entries of the pay-transparency laws.
enum PayTransparencyRules {
    /// One rule per law.
    static let all: [LintRuleInfo] = PayTransparencyLaws.all.map(info)

    private static func info(_ law: PayTransparencyLaw) -> LintRuleInfo {
        let employers = law.minimumEmployees == 1 ? "all employers" : "employers with \(law.minimumEmployees) or more employees"
        let remote = law.coversRemoteRoles ? " Remote jobs open to candidates there are covered." : ""
        var reason =
            "\(law.citedName), in force from \(law.effective), requires \(employers) to disclose "
            + law.disclosures.map(\.rawValue).joined(separator: ", ")
            + (law.requiresPayInPosting ? " in job postings" : " in the posting or before the interview")
            + " for jobs in \(law.name).\(remote)"
        if !law.notes.isEmpty { reason += " " + law.notes }
        var suggestion = "Add the minimum and maximum pay you in good faith expect to offer"
        if law.disclosures.contains(.benefits) { suggestion += ", and describe the benefits" }
        if law.disclosures.contains(.otherCompensation) { suggestion += " and other compensation" }
        suggestion += "."
        return LintRuleInfo(
            id: law.ruleID,
            severity: .error,
            category: .payTransparency,
            title: "Pay transparency: \(law.name)",
            reason: reason,
            suggestion: suggestion
        )
    }
}
