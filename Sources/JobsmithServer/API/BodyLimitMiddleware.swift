import HTTPTypes
import Hummingbird
import JobsmithCore
import NIOCore
import NIOHTTP1

/// Reads each request body into memory up to a limit before any handler runs. A larger body is refused with 413,
/// whether its length was declared or it came in chunks; a malformed or cut-off chunked body with 400.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The largest accepted body, in bytes.
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw HTTPError(.contentTooLarge)
        }
        var request = request
        do {
            _ = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge)
        } catch is HTTPParserError {
            throw HTTPError(.badRequest, message: "The request body is malformed or was cut off.")
        }
        return try await next(request, context)
    }
}
