import HTTPTypes
import Hummingbird
import JobsmithCore

/// Opens the public job-board API (`/api/v1/boards/…`) to scripts on any origin: every answer, errors included, carries
/// `Access-Control-Allow-Origin: *`, and preflight `OPTIONS` requests are answered here. No credentials are involved.
struct BoardAPICORSMiddleware<Context: RequestContext>: RouterMiddleware {
    static var prefix: String { "/api/v1/boards/" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix(Self.prefix) else { return try await next(request, context) }
        if request.method == .options {
            return Response(
                status: .noContent,
                headers: [
                    .accessControlAllowOrigin: "*",
                    .accessControlAllowMethods: "GET, HEAD, OPTIONS",
                    .accessControlAllowHeaders: request.headers[.accessControlRequestHeaders] ?? "Accept, If-None-Match",
                    .accessControlMaxAge: "86400",
                ]
            )
        }
        var response = try await next(request, context)
        response.headers[.accessControlAllowOrigin] = "*"
        return response
    }
}
