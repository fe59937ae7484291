import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime

/// Registers each generated API operation in the route group it belongs to, so the middleware of one front door, or of
/// one operation, runs on those routes only: the organization API behind its bearer token, the public job-board API,
/// and the health checks. The choice is made once per operation when the routes are registered, never per request.
struct APIRouteGroups<Context: RequestContext>: ServerTransport {
    /// `/api/v1/…`: control characters in JSON bodies, token authentication, literal headers.
    let organizationAPI: RouterGroup<Context>
    /// `POST /api/v1/imports`: as ``organizationAPI``, but the JSON `content` field is left to the importer, which cleans it.
    let importAPI: RouterGroup<Context>
    /// `GET /api/v1/job-descriptions/{id}`: as ``organizationAPI``, then the fast read from memory.
    let jobDescriptionRead: RouterGroup<Context>
    /// `/api/v1/boards/…`: the board's answer cache, literal headers; no token.
    let boardAPI: RouterGroup<Context>
    /// `/health/ready`: readiness, which answers 503 while the server drains.
    let readiness: RouterGroup<Context>
    /// Everything else the specification describes (`/health/live`).
    let operations: RouterGroup<Context>

    func register(
        _ handler: @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?),
        method: HTTPRequest.Method,
        path: String
    ) throws {
        let group =
            if path.hasPrefix("/api/v1/boards/") {
                boardAPI
            } else if path == "/api/v1/imports" {
                importAPI
            } else if method == .get && path == "/api/v1/job-descriptions/{id}" {
                jobDescriptionRead
            } else if path.hasPrefix("/api/") {
                organizationAPI
            } else if path == "/health/ready" {
                readiness
            } else {
                operations
            }
        group.register(handler, method: method, path: path)
    }
}
