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

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
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
            let day = LintOptions.day(of: report.asOf)
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
        let rows = report.rows.map { row in
            let (posting, verdict) = (row.posting, row.verdict)
            return Row(
                jobID: posting.jobDescriptionID.uuidString.lowercased(), title: posting.document.title,
                jurisdiction: verdict?.jurisdiction ?? "No law in the table", citation: verdict?.citation ?? "", effective: verdict?.effective ?? "",
                inForce: verdict?.inForce ?? false, places: (verdict?.places ?? posting.officeNames).joined(separator: "; "),
                verdict: verdict?.verdict.rawValue ?? "none", verdictLabel: verdict.map { label($0.verdict) } ?? "None applies",
                findings: verdict?.findings.map(\.message) ?? [], sourceURL: verdict?.sourceURL)
        }
        let count = report.postings.count
        return View(
            asOf: LintOptions.day(of: report.asOf), rows: rows,
            summary: "\(count) open \(count == 1 ? "posting" : "postings"), \(report.failingCount) failing")
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
