import HTTPTypes
import Hummingbird
import JobsmithCore

/// Opens the public job-board API (`/api/v1/boards/…`, the front door it is the outermost middleware of) to scripts on
/// any origin: every answer, errors included, carries `Access-Control-Allow-Origin: *`, and preflight `OPTIONS`
/// requests are answered here. No credentials are involved.
struct BoardAPICORSMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
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
