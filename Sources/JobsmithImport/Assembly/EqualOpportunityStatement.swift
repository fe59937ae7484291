/// Recognizes an equal-opportunity statement, which job descriptions often add after their last list without a
/// heading ("Acme is an equal opportunity employer…"); it is kept as a section of its own, never as a list item.
enum EqualOpportunityStatement {
    /// The heading such a statement is kept under.
    static let heading = "Equal opportunity"

    private static let phrases = [
        "equal opportunity employer", "equal employment opportunity", "equal opportunity and affirmative action",
        "affirmative action employer", "without regard to race", "without regard to age", "does not discriminate",
        "do not discriminate", "will receive consideration for employment", "participates in e-verify", "participate in e-verify",
        "we are an equal opportunity", "proud to be an equal opportunity", "equality of opportunity", "equal opportunities employer",
        "chancengleichheit", "unabhängig von geschlecht",
    ]

    /// Whether `text` is (part of) an equal-opportunity statement.
    static func contains(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return phrases.contains { lowered.contains($0) }
    }
}
