import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import JobsmithDomain
import JobsmithLint
import NIOCore

/// The compliance report in the web app: every open posting against every pay-transparency jurisdiction it touches,
/// with the verdict and citation, and the same report as a CSV download.
struct ComplianceController {
    let pages: WebPages
    let compliance: ComplianceService
    let links: PublicLinks

    struct Row: Sendable {
        let jobID: String
        let title: String
        let jurisdiction: String
        let citation: String
        let effective: String
        let inForce: Bool
        let places: String
        let verdict: String
        let verdictLabel: String
        let findings: [String]
        let sourceURL: String?
    }

    struct View: Sendable {
        let asOf: String
        let rows: [Row]
        /// "3 open postings, 1 failing".
        let summary: String
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/compliance") { request, context in
            let session = try context.session(for: request)
            let report = try await compliance.report(by: session.caller)
            return pages.page(
                "compliance", title: "Compliance report", chrome: .signedIn(session, section: "/", notice: nil), content: Self.view(of: report))
        }

        router.get("/compliance.csv") { request, context in
            let session = try context.session(for: request)
            let report = try await compliance.report(by: session.caller)
            let slug = session.caller.organization.slug
            let csv = ComplianceReportCSV.render(report) { links.posting(slug, $0.id) }
            let day = ISO8601DateFormatter.string(from: report.asOf, timeZone: .gmt, formatOptions: [.withFullDate])
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"compliance-report-\(day).csv\"",
                    .cacheControl: "no-store",
                ],
                body: .init(byteBuffer: ByteBuffer(string: csv))
            )
        }
    }

    /// The page's rows: one per posting and jurisdiction, and one for a posting that touches none.
    static func view(of report: ComplianceReport) -> View {
        var rows: [Row] = []
        for entry in report.postings {
            let jobID = entry.posting.jobDescriptionID.uuidString.lowercased()
            let title = entry.posting.document.title
            if entry.jurisdictions.isEmpty {
                rows.append(
                    Row(
                        jobID: jobID, title: title, jurisdiction: "No law in the table", citation: "", effective: "", inForce: false,
                        places: entry.posting.officeNames.joined(separator: "; "), verdict: "none", verdictLabel: "None applies", findings: [],
                        sourceURL: nil))
            }
            for verdict in entry.jurisdictions {
                rows.append(
                    Row(
                        jobID: jobID, title: title, jurisdiction: verdict.jurisdiction, citation: verdict.citation, effective: verdict.effective,
                        inForce: verdict.inForce, places: verdict.places.joined(separator: "; "), verdict: verdict.verdict.rawValue,
                        verdictLabel: label(verdict.verdict), findings: verdict.findings.map(\.message), sourceURL: verdict.sourceURL))
            }
        }
        let failing = report.postings.filter { !ComplianceCheck.failingRules($0.jurisdictions).isEmpty }.count
        return View(
            asOf: ISO8601DateFormatter.string(from: report.asOf, timeZone: .gmt, formatOptions: [.withFullDate]), rows: rows,
            summary: "\(report.postings.count) open \(report.postings.count == 1 ? "posting" : "postings"), \(failing) failing")
    }

    static func label(_ verdict: JurisdictionVerdict.Verdict) -> String {
        switch verdict {
        case .compliant: "Compliant"
        case .warning: "Warning"
        case .failing: "Failing"
        case .exempt: "Exempt (employer size)"
        }
    }
}
