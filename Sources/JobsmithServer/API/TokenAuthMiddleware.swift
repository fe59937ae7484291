import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore

/// Requires a valid bearer token on the routes of the organization API's group (see ``APIRouteGroups``), and makes
/// its caller the ``RequestCaller`` of the request.
struct TokenAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let organizations: OrganizationService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.count > 7, header.prefix(7).lowercased() == "bearer " else {
            throw APIProblem.unauthorized
        }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard let caller = try await organizations.authenticate(token: token) else { throw APIProblem.unauthorized }
        return try await RequestCaller.$current.withValue(caller) {
            try await next(request, context)
        }
    }
}
