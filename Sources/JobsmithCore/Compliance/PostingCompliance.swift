import Foundation
import JobsmithDomain
import JobsmithLint

/// A posting's latest compliance verdict: whether it breaks a pay-transparency law in force, which laws, against
/// which version of the law table, and when it was checked.
public struct PostingCompliance: Sendable, Equatable {
    /// `passing` or `failing`.
    public enum Status: String, Sendable, CaseIterable {
        /// No law in force finds an error.
        case passing
        /// At least one law in force finds an error.
        case failing
    }

    public var status: Status
    /// The rule ids of the laws it fails (`pay-transparency-delaware`), in the law table's order.
    public var failingRules: [String]
    /// ``ComplianceCheck/lawTableVersion`` when it was checked.
    public var lawTableVersion: String
    public var checkedAt: Date

    /// The verdict of `document` under `options` (the organization's, as of the check's day).
    static func of(_ document: JobDocument, options: LintOptions, at now: Date) -> PostingCompliance {
        let rules = ComplianceCheck.failingRules(ComplianceCheck.verdicts(for: document, options: options))
        return PostingCompliance(
            status: rules.isEmpty ? .passing : .failing, failingRules: rules, lawTableVersion: ComplianceCheck.lawTableVersion, checkedAt: now
        )
    }

    /// Whether `other` says something different about the posting (not just a later check of the same outcome).
    func differsInOutcome(from other: PostingCompliance?) -> Bool {
        other.map { $0.status != status || $0.failingRules != failingRules } ?? true
    }
}
