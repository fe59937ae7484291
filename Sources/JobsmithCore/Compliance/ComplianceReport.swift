import Foundation
import JobsmithLint

/// Every open posting of an organization against every pay-transparency jurisdiction it touches, as of a day.
public struct ComplianceReport: Sendable {
    /// One open posting with its verdicts.
    public struct Entry: Sendable {
        public var posting: Posting
        /// One verdict per law whose area the posting touches, in the law table's order; empty when it touches none.
        public var jurisdictions: [JurisdictionVerdict]
    }

    /// The day the laws were applied as of.
    public var asOf: Date
    /// ``ComplianceCheck/lawTableVersion`` of the table used.
    public var lawTableVersion: String
    public var postings: [Entry]
}
