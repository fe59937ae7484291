import HTTPTypes
import Hummingbird
import JobsmithCore

/// Makes `?format=` win over the `Accept` header: the request's Accept is replaced by the format's media type, so the
/// generated server's content negotiation agrees with the explicit choice.
struct FormatQueryMiddleware<Context: RequestContext>: RouterMiddleware {
    static var mediaTypes: [String: String] {
        [
            "json": "application/json", "md": "text/markdown", "html": "text/html", "txt": "text/plain", "jsonld": "application/ld+json",
            "csv": "text/csv",
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let format = request.uri.queryParameters["format"], let mediaType = Self.mediaTypes[String(format)] else {
            return try await next(request, context)
        }
        var head = request.head
        head.headerFields[.accept] = mediaType
        return try await next(Request(head: head, body: request.body), context)
    }
}
