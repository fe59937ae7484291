import Foundation
import HTTPTypes
import Hummingbird
import JobsmithDomain

/// Applies the ``ControlCharacters`` rule to the path and the query of every request of a front door: a control
/// character in the path answers 404 (no address holds one), in a query parameter 400 naming the parameter, worded as
/// the door words its errors. JSON bodies are checked by ``JSONControlCharacterMiddleware`` and web forms by
/// ``FormControlCharacterMiddleware``.
struct ControlCharacterMiddleware<Context: RequestContext>: RouterMiddleware {
    /// How a front door words its errors.
    enum Wording {
        /// problem+json, for the API, the operations endpoints and the public board.
        case problem
        /// An HTML error page, for the web app.
        case page
    }

    let wording: Wording

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if ControlCharacters.inPath(request.uri.path) { throw HTTPError(.notFound) }
        if let name = ControlCharacters.firstQueryParameter(in: request.uri.queryParameters) {
            switch wording {
            case .problem:
                throw APIProblem.badRequest("The query parameter \(name) must not contain control characters (such as NUL).")
            case .page:
                throw WebError.badRequest(
                    "The link's \(name) parameter contains a control character, which Jobsmith does not accept. Go back and follow a link from the page."
                )
            }
        }
        return try await next(request, context)
    }
}
