/// How one job stands with one law whose area it touches.
public struct JurisdictionVerdict: Sendable, Equatable {
    /// The outcome for the law.
    public enum Verdict: String, Sendable, CaseIterable {
        /// Nothing the law asks for is missing.
        case compliant
        /// The law finds only warnings: pay it lets be given later, a date that is near, an employer size not known.
        case warning
        /// The law finds errors: the posting breaks it.
        case failing
        /// The employer is smaller than the law's threshold, so it does not apply.
        case exempt
    }

    /// The law's id in the table, e.g. `washington`; its findings have the rule id `pay-transparency-<lawID>`.
    public var lawID: String
    /// Where it applies, e.g. "Washington".
    public var jurisdiction: String
    /// The law's name.
    public var law: String
    /// e.g. "RCW 49.58.110".
    public var citation: String
    /// The first day it applies, `YYYY-MM-DD`.
    public var effective: String
    /// Whether it is in force on the day checked.
    public var inForce: Bool
    /// Where to read it, when the table records a source.
    public var sourceURL: String?
    /// The job's places in its area ("Seattle, WA, US", "remote applicants in US").
    public var places: [String]
    public var verdict: Verdict
    /// The law's findings on the job.
    public var findings: [LintFinding]
}
