import Foundation
import HTTPTypes
import Hummingbird
import JobsmithDomain
import NIOCore

/// Applies the ``ControlCharacters`` rule to the path, the query and JSON bodies of every request: a control character
/// in the path answers 404 (no address holds one), in a query parameter 400 naming the parameter, and in a JSON body
/// 422 with the JSON pointer of the field. Web-form fields are checked where ``WebSessionMiddleware`` reads the form.
/// Runs after ``BodyLimitMiddleware``, which has read the body into memory.
struct ControlCharacterMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The body limit ``BodyLimitMiddleware`` enforced; the body is already in memory, so reading it again is free.
    let bodyLimit: Int

    /// The API path whose JSON `content` is a document to import, which the importer cleans instead.
    static var importPath: String { "/api/v1/imports" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let isWeb = WebPaths.isWeb(path)
        if ControlCharacters.inPath(path) { throw HTTPError(.notFound) }
        if let name = ControlCharacters.firstQueryParameter(in: request.uri.queryParameters) {
            if isWeb {
                throw WebError.badRequest(
                    "The link's \(name) parameter contains a control character, which Jobsmith does not accept. Go back and follow a link from the page."
                )
            }
            throw APIProblem.badRequest("The query parameter \(name) must not contain control characters (such as NUL).")
        }
        var request = request
        if !isWeb, Self.isJSON(request.headers[.contentType]) {
            let buffer = try await request.collectBody(upTo: bodyLimit)
            if let pointer = ControlCharacters.firstJSONPointer(in: Array(buffer: buffer)), !(path == Self.importPath && pointer == "/content") {
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
