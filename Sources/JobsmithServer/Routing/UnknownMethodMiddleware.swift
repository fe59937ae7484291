import HTTPTypes
import Hummingbird
import JobsmithCore

/// Answers 501 (problem+json) to a method no front door routes (see ``HTTPRequest/Method/routed``), which therefore
/// reaches no door's own error handling.
struct UnknownMethodMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard HTTPRequest.Method.routed.contains(request.method) else {
            return try APIProblem(status: .notImplemented, detail: "Jobsmith does not implement the \(request.method.rawValue) method.")
                .response(from: request, context: context)
        }
        return try await next(request, context)
    }
}
