import HTTPTypes
import Hummingbird
import JobsmithCore

/// Answers 405 with an `Allow` header, instead of the router's 404, when the path exists but not for this method.
struct MethodNotAllowedMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Path templates such as `/api/v1/job-descriptions/{id}` and the methods each accepts.
    let routes: [(template: [Substring], methods: [HTTPRequest.Method])]

    init(routes: [String: [HTTPRequest.Method]]) {
        self.routes = routes.map { (template: $0.key.split(separator: "/"), methods: $0.value) }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let components = request.uri.path.split(separator: "/")
            guard let route = routes.first(where: { Self.matches(components, $0.template) }), !route.methods.contains(request.method) else {
                throw error
            }
            let allowed = route.methods.map(\.rawValue).joined(separator: ", ")
            throw APIProblem(
                status: .methodNotAllowed, detail: "\(request.uri.path) accepts only \(allowed).", headers: [.allow: allowed]
            )
        }
    }

    private static func matches(_ path: [Substring], _ template: [Substring]) -> Bool {
        path.count == template.count && zip(path, template).allSatisfy { $1.hasPrefix("{") || $0 == $1 }
    }
}
