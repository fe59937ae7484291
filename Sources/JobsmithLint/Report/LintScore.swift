/// The 0–100 score: 100 minus 15 per error, 5 per warning and 1 per info finding, counting each rule at most three
/// times (so one repeated word cannot sink a description on its own), and never below 0.
public enum LintScore {
    /// How many findings of one rule count towards the score.
    public static let occurrencesCountedPerRule = 3

    /// The score of `findings`.
    public static func score(_ findings: [LintFinding]) -> Int {
        var counted: [String: Int] = [:]
        var deduction = 0
        for finding in findings {
            let seen = counted[finding.rule, default: 0]
            guard seen < occurrencesCountedPerRule else { continue }
            counted[finding.rule] = seen + 1
            deduction += finding.severity.scoreWeight
        }
        return max(0, 100 - deduction)
    }
}
