import JobsmithDomain

/// Where a job stands with every pay-transparency law whose area it touches, for the compliance report and for
/// re-checking open postings: one verdict per law, made from the same findings the linter reports.
public enum ComplianceCheck {
    /// A fingerprint of the law table shipped with this build; a stored verdict made with another table is stale.
    public static var lawTableVersion: String { PayTransparencyLaws.fingerprint }

    /// The verdict of every law `document` touches as of `options.asOf`, in the law table's order. Empty for jobs that
    /// touch no law in the table (and for templates, whose options do not check job facts).
    public static func verdicts(for document: JobDocument, options: LintOptions) -> [JurisdictionVerdict] {
        guard options.checksJobFacts else { return [] }
        let touches = PayTransparencyCheck.touches(document, options: options)
        guard !touches.isEmpty else { return [] }
        let findings = Linter.lint(document, options: options).findings
        let asOf = CalendarDay(options.asOf)
        return touches.map { touch in
            let law = touch.law
            let own = touch.exempt ? [] : findings.filter { $0.rule == law.ruleID }
            let verdict: JurisdictionVerdict.Verdict =
                touch.exempt
                ? .exempt : own.contains { $0.severity == .error } ? .failing : own.contains { $0.severity == .warning } ? .warning : .compliant
            return JurisdictionVerdict(
                lawID: law.id, jurisdiction: law.jurisdiction, law: law.law, citation: law.citation, effective: law.effective.description,
                inForce: law.effective <= asOf, sourceURL: law.sourceUrl,
                places: PayTransparencyCheck.placeNames(of: touch, in: document), verdict: verdict, findings: own
            )
        }
    }

    /// The jurisdiction and citation of the law whose findings have rule id `rule` ("Washington", "RCW 49.58.110"),
    /// nil for a rule that is no law of the table.
    public static func law(ofRule rule: String) -> (jurisdiction: String, citation: String)? {
        guard rule.hasPrefix("pay-transparency-"), let law = PayTransparencyLaws.law(String(rule.dropFirst("pay-transparency-".count))) else {
            return nil
        }
        return (law.jurisdiction, law.citation)
    }

    /// The rule ids of the laws `verdicts` finds broken, in order; empty when the job complies.
    public static func failingRules(_ verdicts: [JurisdictionVerdict]) -> [String] {
        verdicts.filter { $0.verdict == .failing }.map { "pay-transparency-\($0.lawID)" }
    }
}
