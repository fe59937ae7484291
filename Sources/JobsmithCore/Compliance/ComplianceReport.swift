import Foundation
import JobsmithLint

/// Every open posting of an organization against every pay-transparency jurisdiction it touches, as of a day.
public struct ComplianceReport: Sendable {
    /// One open posting with its verdicts.
    public struct Entry: Sendable {
        public var posting: Posting
        /// One verdict per law whose area the posting touches, in the law table's order; empty when it touches none.
        public var jurisdictions: [JurisdictionVerdict]

        /// Whether a law in force finds the posting broken.
        public var isFailing: Bool { jurisdictions.contains { $0.verdict == .failing } }
    }

    /// One line of the report as tables show it: a posting with one of its verdicts, or with none when it touches
    /// no law of the table.
    public struct Row: Sendable {
        public var posting: Posting
        public var verdict: JurisdictionVerdict?
    }

    /// The day the laws were applied as of.
    public var asOf: Date
    /// ``ComplianceCheck/lawTableVersion`` of the table used.
    public var lawTableVersion: String
    public var postings: [Entry]

    /// The report flattened for tables (the web page, CSV): one row per posting and jurisdiction, and one row without
    /// a verdict for a posting that touches none, so every open posting is listed.
    public var rows: [Row] {
        postings.flatMap { entry in
            entry.jurisdictions.isEmpty
                ? [Row(posting: entry.posting, verdict: nil)] : entry.jurisdictions.map { Row(posting: entry.posting, verdict: $0) }
        }
    }

    /// How many open postings a law in force finds broken.
    public var failingCount: Int { postings.filter(\.isFailing).count }
}
