/// One problem found in a document, located in the string that was checked.
public struct LintFinding: Codable, Sendable, Equatable {
    /// Stable rule id, e.g. `gender-coded-masculine` or `pay-transparency-colorado`; see ``LintRuleCatalog``.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in a sentence or two.
    public var message: String
    /// Concrete replacement text or action.
    public var suggestion: String?
    /// JSON pointer (RFC 6901) to the checked string, e.g. `/responsibilities/2`; document-level findings point at
    /// the field they are about (e.g. `/salary`), or at the whole document (`""`).
    public var section: String
    /// UTF-16 offset of the flagged text in that string (JavaScript-compatible); 0 for document-level findings.
    public var start: Int
    /// UTF-16 end offset (exclusive); 0 for document-level findings.
    public var end: Int
    /// Text that can replace `start..<end` as it stands (the best of the suggested words), when the rule has one; an
    /// editor offers it as a one-click fix.
    public var replacement: String?

    /// Creates a finding.
    public init(
        rule: String, severity: Severity, message: String, suggestion: String?, section: String, start: Int = 0, end: Int = 0,
        replacement: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.suggestion = suggestion
        self.section = section
        self.start = start
        self.end = end
        self.replacement = replacement
    }
}
