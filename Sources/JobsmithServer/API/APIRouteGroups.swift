import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime

/// Registers each generated API operation in the route group of its front door, so the middleware that belongs to
/// one door runs on that door's routes only: the organization API behind its bearer token, the public job-board API,
/// and the health checks. The choice is made once per operation when the routes are registered, never per request.
struct APIRouteGroups<Context: RequestContext>: ServerTransport {
    /// `/api/v1/…`: token authentication, the fast read of one job description, literal headers.
    let organizationAPI: RouterGroup<Context>
    /// `/api/v1/boards/…`: the board's answer cache, literal headers; no token.
    let boardAPI: RouterGroup<Context>
    /// Everything else the specification describes (`/health/…`).
    let other: RouterGroup<Context>

    /// The path prefix of the public job-board API.
    static var boardPrefix: String { "/api/v1/boards/" }
    /// The path prefix of the organization API.
    static var organizationPrefix: String { "/api/v1/" }

    func register(
        _ handler: @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?),
        method: HTTPRequest.Method,
        path: String
    ) throws {
        if path.hasPrefix(Self.boardPrefix) {
            boardAPI.register(handler, method: method, path: path)
        } else if path.hasPrefix(Self.organizationPrefix) {
            organizationAPI.register(handler, method: method, path: path)
        } else {
            other.register(handler, method: method, path: path)
        }
    }
}
