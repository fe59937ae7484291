import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithLint

/// The compliance report as CSV (RFC 4180): one row per open posting and jurisdiction, and one row with an empty
/// jurisdiction for a posting that touches none. Written here rather than with a CSV package because writing is a
/// few lines of quoting, and the formula guard below is ours either way.
enum ComplianceReportCSV {
    /// The header row.
    static let columns = [
        "posting_id", "job_description_id", "title", "url", "jurisdiction", "law", "citation", "effective", "in_force", "places", "verdict",
        "findings", "source_url",
    ]

    /// The report as CSV text, with CRLF line ends.
    /// - Parameter url: the public page of a posting.
    static func render(_ report: ComplianceReport, url: (Posting) -> String) -> String {
        var rows = [columns]
        for row in report.rows {
            let posting = row.posting
            let head = [posting.id.uuidString.lowercased(), posting.jobDescriptionID.uuidString.lowercased(), posting.document.title, url(posting)]
            guard let verdict = row.verdict else {
                rows.append(head + ["", "", "", "", "", posting.officeNames.joined(separator: "; "), "none", "", ""])
                continue
            }
            rows.append(
                head + [
                    verdict.jurisdiction, verdict.law, verdict.citation, verdict.effective, verdict.inForce ? "yes" : "no",
                    verdict.places.joined(separator: "; "), verdict.verdict.rawValue,
                    verdict.findings.map { "\($0.severity.rawValue): \($0.message)" }.joined(separator: " | "), verdict.sourceURL ?? "",
                ])
        }
        return rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell: text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return) is prefixed with `'` (OWASP's advice on CSV injection), and a cell with a comma, quote or line break
    /// is quoted with its quotes doubled.
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
