import Foundation
import HTTPTypes
import Hummingbird

/// Requires a valid bearer token on every `/api/v1` route except the public job-board API, and makes its organization
/// the ``Caller`` of the request.
struct TokenAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let directory: OrganizationDirectory
    /// Recently seen valid tokens by hash, so a hot API client costs no database read per request. A revoked token
    /// stops working within this lifetime.
    let recentTokens = ExpiringCache<String, Caller>(lifetime: .seconds(10), capacity: 10_000)

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard path.hasPrefix("/api/v1/"), !path.hasPrefix("/api/v1/boards/") else {
            return try await next(request, context)
        }
        guard let header = request.headers[.authorization], header.count > 7, header.prefix(7).lowercased() == "bearer " else {
            throw APIProblem.unauthorized
        }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        let key = OrganizationDirectory.hash(token)
        let caller: Caller
        if let cached = recentTokens.value(for: key) {
            caller = cached
        } else {
            guard let found = try await directory.authenticate(token: token) else { throw APIProblem.unauthorized }
            caller = Caller(
                organizationID: found.organization.id, organizationSlug: found.organization.slug,
                organizationName: found.organization.name, author: "token: \(found.tokenName)"
            )
            recentTokens.set(caller, for: key)
        }
        return try await Caller.$current.withValue(caller) {
            try await next(request, context)
        }
    }
}
