import Foundation
import JobsmithAPI
import JobsmithCore
import JobsmithDomain
import JobsmithLint
import OpenAPIRuntime

extension APIHandler {
    func getComplianceReport(_ input: Operations.GetComplianceReport.Input) async throws -> Operations.GetComplianceReport.Output {
        let caller = try RequestCaller.required()
        let report = try await compliance.report(asOf: try Self.lintDay(input.query.asOf), by: caller)
        let slug = caller.organization.slug
        if (input.query.format ?? Self.preferredReportFormat(input.headers.accept)) == .csv {
            return .ok(.init(body: .csv(HTTPBody(ComplianceReportCSV.render(report) { links.posting(slug, $0.id) }))))
        }
        let postings = try report.postings.map { entry in
            Components.Schemas.ComplianceReport.PostingsPayloadPayload(
                postingId: entry.posting.id.uuidString.lowercased(), jobDescriptionId: entry.posting.jobDescriptionID.uuidString.lowercased(),
                title: entry.posting.document.title, url: links.posting(slug, entry.posting.id), places: entry.posting.officeNames,
                status: entry.isFailing ? .failing : .passing,
                jurisdictions: try entry.jurisdictions.map(Self.representation)
            )
        }
        let day = LintOptions.day(of: report.asOf)
        return .ok(.init(body: .json(.init(asOf: day, lawTableVersion: report.lawTableVersion, postings: postings))))
    }

    /// JSON or CSV, whichever the `Accept` header prefers; JSON when it names neither.
    static func preferredReportFormat(
        _ accept: [AcceptHeaderContentType<Operations.GetComplianceReport.AcceptableContentType>]
    ) -> Operations.GetComplianceReport.Input.Query.FormatPayload {
        for choice in accept.sorted(by: { $0.quality.doubleValue > $1.quality.doubleValue }) {
            switch choice.contentType {
            case .json: return .json
            case .csv: return .csv
            case .applicationProblemJson, .other: continue
            }
        }
        return .json
    }

    /// The API form of one law's verdict.
    static func representation(_ verdict: JurisdictionVerdict) throws -> Components.Schemas.JurisdictionVerdict {
        Components.Schemas.JurisdictionVerdict(
            law: verdict.lawID, jurisdiction: verdict.jurisdiction, name: verdict.law, citation: verdict.citation, effective: verdict.effective,
            inForce: verdict.inForce, sourceUrl: verdict.sourceURL, places: verdict.places,
            verdict: .init(rawValue: verdict.verdict.rawValue) ?? .warning,
            findings: try verdict.findings.map { try JSONBridge.convert($0, to: Components.Schemas.LintFinding.self) }
        )
    }
}
