import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithCore
import JobsmithDomain
import JobsmithImport
import JobsmithLint
import OpenAPIRuntime

extension APIHandler {
    func lint(_ input: Operations.Lint.Input) async throws -> Operations.Lint.Output {
        let caller = try RequestCaller.required()
        let document: JobDocument
        switch input.body {
        case .json(let body): document = try Self.validated(JSONBridge.convert(body, to: JobDocument.self))
        case .plainText(let body): document = try await imported(body, format: .text).document
        case .textMarkdown(let body): document = try await imported(body, format: .markdown).document
        case .html(let body): document = try await imported(body, format: .html).document
        }
        let level = input.query.level.flatMap { JobLevel(rawValue: $0.rawValue) }
        let locale = input.query.locale.flatMap { ContentLocale(tag: $0.rawValue) }
        let asOf = try Self.lintDay(input.query.asOf)
        let checked = try await lint.lint(
            document, level: level, strictGenderLists: input.query.strict ?? false, locale: locale, asOf: asOf, by: caller)
        let result = try JSONBridge.convert(checked, to: Components.Schemas.LintResult.self)
        return .ok(.init(body: .json(result)))
    }

    func lintJobDescription(_ input: Operations.LintJobDescription.Input) async throws -> Operations.LintJobDescription.Output {
        let caller = try RequestCaller.required()
        let asOf = try Self.lintDay(input.query.asOf)
        guard let stored = try await jobDescriptions.find(try Self.uuid(input.path.id), by: caller) else { throw APIProblem.notFound() }
        let result = try await lint.lint(stored.document, strictGenderLists: input.query.strict ?? false, asOf: asOf, by: caller)
        return .ok(.init(body: .json(try JSONBridge.convert(result, to: Components.Schemas.LintResult.self))))
    }

    /// The day of an `asOf` query parameter, nil when it is absent.
    /// - Throws: a 400 problem naming `asOf` for anything but a day within ``LintOptions/checkableYears``.
    static func lintDay(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        guard let day = LintOptions.date(ofDay: text) else {
            throw APIProblem.badRequest("asOf must be \(LintOptions.checkableDayDescription) (got \"\(text.prefix(40))\").")
        }
        return day
    }

    /// Reads a raw text body into a document, turning import failures into problems a client can act on.
    func imported(_ body: HTTPBody, format: ImportFormat?) async throws -> ImportResult {
        let bytes = try await [UInt8](collecting: body, upTo: Importer.maximumBytes + 1)
        return try imported(Data(bytes), format: format)
    }

    func imported(_ data: Data, format: ImportFormat?) throws -> ImportResult {
        do {
            return try metrics.measureImport { () throws(ImportError) in try Importer.parse(data, format: format) }
        } catch {
            switch error {
            case .tooLarge: throw APIProblem(status: .contentTooLarge, detail: error.description)
            // No PDF engine is handed in here, so a PDF body is a media type this endpoint does not read.
            case .binary, .unsupportedDocument, .engineUnavailable:
                throw APIProblem(status: .unsupportedMediaType, detail: error.description)
            default: throw APIProblem.validation([.init(pointer: "/content", message: error.description)])
            }
        }
    }
}
