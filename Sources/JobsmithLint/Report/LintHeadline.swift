/// The headline of a lint result, computed from the findings it lists so that a report's first line always agrees
/// with what follows: its counts are the findings' counts, and a description with an error is never "good".
public struct LintHeadline: Sendable, Equatable {
    /// An overall judgement for people.
    public enum Grade: String, Sendable {
        /// No errors and a score of at least 85.
        case good
        /// A score of at least 60 (errors possible).
        case fair
        /// Below 60.
        case poor
    }

    /// Findings with severity error.
    public var errors: Int
    /// Findings with severity warning.
    public var warnings: Int
    /// Findings with severity info, shown as tips.
    public var tips: Int
    /// The grade.
    public var grade: Grade

    /// The headline of `result`.
    public init(_ result: LintResult) {
        errors = result.findings.count { $0.severity == .error }
        warnings = result.findings.count { $0.severity == .warning }
        tips = result.findings.count { $0.severity == .info }
        grade = errors == 0 && result.score >= 85 ? .good : result.score >= 60 ? .fair : .poor
    }

    /// "1 error · 2 warnings · 0 tips", or "No findings".
    public var counts: String {
        guard errors + warnings + tips > 0 else { return "No findings" }
        return [Self.counted(errors, "error"), Self.counted(warnings, "warning"), Self.counted(tips, "tip")].joined(separator: " · ")
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

extension LintResult {
    /// The headline that agrees with ``findings``.
    public var headline: LintHeadline { LintHeadline(self) }
}
