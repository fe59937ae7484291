import Foundation
import HTTPTypes
import Hummingbird
import JobsmithDomain
import NIOCore

/// Applies the ``ControlCharacters`` rule to a JSON request body: a control character in any string answers 422 with
/// the JSON pointer of the field. Runs in the API's route groups, before authentication, and after
/// ``BodyLimitMiddleware`` has read the body into memory.
struct JSONControlCharacterMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The body limit ``BodyLimitMiddleware`` enforced; the body is already in memory, so reading it again is free.
    let bodyLimit: Int
    /// A field left to the operation itself (the import's `content`, a document the importer cleans).
    var exempt: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        if Self.isJSON(request.headers[.contentType]) {
            let buffer = try await request.collectBody(upTo: bodyLimit)
            if let pointer = ControlCharacters.firstJSONPointer(in: Array(buffer: buffer)), pointer != exempt {
                throw APIProblem.validation([.init(pointer: pointer, message: "must not contain control characters (such as NUL)")])
            }
        }
        return try await next(request, context)
    }

    private static func isJSON(_ contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return type == "application/json" || type.hasSuffix("+json")
    }
}
