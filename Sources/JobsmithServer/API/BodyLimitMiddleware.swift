import HTTPTypes
import Hummingbird
import JobsmithCore

/// Reads each request body into memory up to a limit; a larger body is refused with 413 before any handler runs.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The largest accepted body, in bytes.
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw HTTPError(.contentTooLarge)
        }
        var request = request
        _ = try await request.collectBody(upTo: limit)
        return try await next(request, context)
    }
}
