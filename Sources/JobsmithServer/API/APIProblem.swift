import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import JobsmithDomain
import JobsmithLint
import NIOCore

/// An RFC 9457 problem report: every error the API answers with.
struct APIProblem: Error, HTTPResponseError, Equatable {
    /// One field-level problem of a validation failure.
    struct FieldError: Codable, Equatable {
        var pointer: String
        var detail: String
        /// The lint rule, when the problem is a lint finding.
        var rule: String?
    }

    var status: HTTPResponse.Status
    var detail: String
    var errors: [FieldError] = []
    /// The lint findings behind the problem, when lint errors blocked publishing.
    var findings: [LintFinding] = []
    /// The permission a refused caller lacks (403).
    var permission: String?
    var headers: HTTPFields = [:]

    static let unauthorized = APIProblem(
        status: .unauthorized,
        detail: "Send a valid API token as \"Authorization: Bearer TOKEN\" (create one with `jobsmith token create --org SLUG`).",
        headers: [.wwwAuthenticate: "Bearer realm=\"jobsmith\""]
    )

    static func notFound(_ what: String = "job description") -> APIProblem {
        APIProblem(status: .notFound, detail: "No \(what) with this id exists in your organization.")
    }

    static func validation(_ problems: [ValidationProblem]) -> APIProblem {
        let summary = problems.prefix(3).map { "\($0.pointer) \($0.message)" }.joined(separator: "; ")
        return APIProblem(
            status: .unprocessableContent,
            detail: problems.count > 3 ? "\(summary); and \(problems.count - 3) more" : summary,
            errors: problems.map { FieldError(pointer: $0.pointer, detail: $0.message) }
        )
    }

    static func badRequest(_ detail: String) -> APIProblem {
        APIProblem(status: .badRequest, detail: detail)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = headers
        headers[.contentType] = "application/problem+json"
        let body = ProblemBody(
            type: "about:blank", title: status.reasonPhrase, status: status.code, detail: detail,
            instance: request.uri.path, errors: errors.isEmpty ? nil : errors, findings: findings.isEmpty ? nil : findings,
            permission: permission
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(body)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private struct ProblemBody: Encodable {
        let type: String
        let title: String
        let status: Int
        let detail: String
        let instance: String
        let errors: [FieldError]?
        let findings: [LintFinding]?
        let permission: String?
    }
}
