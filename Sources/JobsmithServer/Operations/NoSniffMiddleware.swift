import HTTPTypes
import Hummingbird

/// Sends `X-Content-Type-Options: nosniff` with every response, errors included, so no browser reads an API answer or
/// a download as anything but the type it was sent as.
struct NoSniffMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return response
    }
}
