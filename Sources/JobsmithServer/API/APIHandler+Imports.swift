import Foundation
import JobsmithAPI
import JobsmithCore
import JobsmithDomain
import JobsmithImport

extension APIHandler {
    func importDocument(_ input: Operations.ImportDocument.Input) async throws -> Operations.ImportDocument.Output {
        let caller = try RequestCaller.required()
        let result: ImportResult
        switch input.body {
        case .json(let body):
            result = try imported(Data(body.content.utf8), format: body.format.flatMap { ImportFormat(rawValue: $0.rawValue) })
        case .plainText(let body): result = try await imported(body, format: .text)
        case .textMarkdown(let body): result = try await imported(body, format: .markdown)
        case .html(let body): result = try await imported(body, format: .html)
        }
        var saved: Components.Schemas.JobDescription?
        if input.query.save == true {
            let document = try Self.validated(result.document)
            saved = try await jobDescriptions.saveImport(document, by: caller).apiRepresentation()
        }
        return .ok(
            .init(
                body: .json(
                    .init(
                        document: try JSONBridge.convert(result.document, to: Components.Schemas.JobDocument.self),
                        report: try JSONBridge.convert(result.report, to: Components.Schemas.ImportResponse.ReportPayload.self),
                        jobDescription: saved
                    )
                )
            )
        )
    }
}
