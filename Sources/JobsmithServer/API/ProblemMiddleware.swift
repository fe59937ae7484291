import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import JobsmithDomain
import Logging
import OpenAPIRuntime

/// Turns every error into an `application/problem+json` answer. Errors a client caused keep their 4xx status and get
/// a message that names the field; anything else is logged in full and answered with a plain 500.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return try Self.problem(for: error, context: context).response(from: request, context: context)
        }
    }

    static func problem(for error: any Error, context: Context) -> APIProblem {
        switch error {
        case let problem as APIProblem:
            return problem
        case let serverError as ServerError:
            if let problem = serverError.underlyingError as? APIProblem { return problem }
            if let decoding = Self.decodingError(in: serverError.underlyingError) {
                return Self.problem(for: decoding)
            }
            if let problem = Self.serviceProblem(for: serverError.underlyingError, context: context) { return problem }
            // The spec requires If-Match on writes; the generated code refuses a missing one before the handler runs.
            if "\(serverError.underlyingError)".contains("'If-Match' is missing") { return .ifMatchRequired }
            if serverError.httpStatus.kind == .clientError {
                return APIProblem(status: serverError.httpStatus, detail: Self.clientMessage(for: serverError))
            }
            context.logger.error("Request failed", metadata: ["error": "\(String(reflecting: serverError.underlyingError))"])
            return APIProblem(status: .internalServerError, detail: "The server could not complete the request; it has been logged.")
        case let error where Self.serviceProblem(for: error, context: context) != nil:
            return Self.serviceProblem(for: error, context: context)!
        case let httpError as HTTPError:
            return APIProblem(status: httpError.status, detail: Self.message(for: httpError), headers: httpError.headers)
        default:
            context.logger.error("Request failed", metadata: ["error": "\(String(reflecting: error))"])
            return APIProblem(status: .internalServerError, detail: "The server could not complete the request; it has been logged.")
        }
    }

    /// The answer to an error an application service throws for what the client sent; nil for any other error.
    static func serviceProblem(for error: any Error, context: Context) -> APIProblem? {
        switch error {
        case let store as StoreError: Self.problem(for: store, context: context)
        case let failure as ValidationFailure: .validation(failure.problems)
        case let blocked as PublishingBlocked: .publishingBlocked(by: blocked.errors)
        case let template as TemplateStoreError: APIHandler.problem(template)
        case let denied as PermissionDenied: .forbidden(denied)
        case let missing as MissingObject: .notFound(missing.kind)
        case let people as PeopleFailure: APIProblem(status: .conflict, detail: AuthController.sentence(people.description))
        case let token as TokenFailure: .tokenProblem(token)
        case let user as UserStore.Failure: .userProblem(user)
        default: nil
        }
    }

    static func problem(for error: StoreError, context: Context) -> APIProblem {
        switch error {
        case .notFound:
            return .notFound()
        case .versionMismatch(let current):
            return APIProblem(
                status: .preconditionFailed,
                detail: "The job description has changed since you read it (it is now at version \(current)); "
                    + "read it again, reapply your change and send the new ETag in If-Match. Nothing was saved."
            )
        case .corruptDocument(let id):
            context.logger.error("Stored document cannot be decoded", metadata: ["id": "\(id)"])
            return APIProblem(status: .internalServerError, detail: "The server could not read this job description; it has been logged.")
        }
    }

    static func problem(for error: DecodingError) -> APIProblem {
        // Without a coding path the failure is in a query, path or header parameter (or the body is not an object),
        // which is a malformed request rather than an invalid document. A path starting at an array index is an item
        // of an array query parameter: every request body is an object.
        let path = Self.codingPath(of: error)
        if path.isEmpty || path.first?.intValue != nil {
            if case .dataCorrupted(let context) = error, context.debugDescription.contains("JSON") {
                return .badRequest("The request body is not valid JSON.")
            }
            return .badRequest("A parameter or the request body has the wrong type: \(Self.context(of: error)?.debugDescription.prefix(200) ?? "")")
        }
        func pointer(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "" : "/" + path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .validation([.init(pointer: pointer(context.codingPath), message: "must be \(Self.typeName(type))")])
        case .valueNotFound(let type, let context):
            return .validation([.init(pointer: pointer(context.codingPath), message: "must be \(Self.typeName(type)), not null")])
        case .keyNotFound(let key, let context):
            return .validation([.init(pointer: pointer(context.codingPath + [key]), message: "is required")])
        case .dataCorrupted(let context):
            return .validation([.init(pointer: pointer(context.codingPath), message: Self.allowedValuesMessage(context))])
        @unknown default:
            return .badRequest("The request body could not be read.")
        }
    }

    private static func context(of error: DecodingError) -> DecodingError.Context? {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): context
        case .keyNotFound(_, let context): context
        @unknown default: nil
        }
    }

    private static func codingPath(of error: DecodingError) -> [any CodingKey] {
        if case .keyNotFound(let key, let context) = error { return context.codingPath + [key] }
        return context(of: error)?.codingPath ?? []
    }

    /// The `DecodingError` the OpenAPI runtime wrapped, if that is what failed.
    static func decodingError(in error: any Error) -> DecodingError? {
        if let decoding = error as? DecodingError { return decoding }
        for child in Mirror(reflecting: error).children {
            if let decoding = child.value as? DecodingError { return decoding }
        }
        return nil
    }

    private static func clientMessage(for error: ServerError) -> String {
        switch error.httpStatus {
        case .unsupportedMediaType:
            return "This operation takes a JSON body: send it with \"Content-Type: application/json\"."
        case .notAcceptable:
            return "None of the formats in the Accept header is available; use application/json, text/markdown, text/html, "
                + "text/plain or application/ld+json."
        default:
            return error.causeDescription.isEmpty ? "The request is malformed." : "The request is malformed: \(error.underlyingError)"
        }
    }

    private static func message(for error: HTTPError) -> String {
        switch error.status {
        case .contentTooLarge: "The request body is larger than the 1 MiB limit."
        case .notFound: "There is nothing at this address."
        case .methodNotAllowed: "This address does not accept that method."
        default: error.body ?? error.status.reasonPhrase
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type, is Float.Type: "a number"
        case is Int.Type, is Int64.Type, is Int32.Type: "an integer"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).contains("Array") ? "an array" : "an object"
        }
    }

    private static func allowedValuesMessage(_ context: DecodingError.Context) -> String {
        switch context.codingPath.last?.stringValue {
        case "workplaceType": "must be one of onsite, hybrid, remote"
        case "employmentType": "must be one of full_time, part_time, contract, temporary, internship"
        case "period": "must be one of hour, day, week, month, year"
        default: "has a value that is not allowed"
        }
    }
}
