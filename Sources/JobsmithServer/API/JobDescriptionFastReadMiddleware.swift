import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore

/// Answers `GET /api/v1/job-descriptions/{id}` (the one operation whose route group it is in, see ``APIRouteGroups``) as
/// JSON straight from memory when both the description (checked against the caller's organization) and its encoded
/// JSON are cached; everything else goes on to the generated handler, which fills the caches. Runs after
/// authentication, so the caller is known.
struct JobDescriptionFastReadMiddleware<Context: RequestContext>: RouterMiddleware {
    let descriptions: JobDescriptionCache
    let responses: JobDescriptionResponseCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let caller = RequestCaller.current, caller.can(.readJobs), let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            Self.wantsJSON(request),
            let stored = descriptions.value(for: id), stored.organizationID == caller.organizationID,
            let body = responses.value(for: stored)
        else {
            return try await next(request, context)
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8", .eTag: stored.entityTag], body: .init(byteBuffer: body)
        )
    }

    /// Whether the generated handler would answer JSON: no query but `format=json`, and an Accept that names nothing else.
    static func wantsJSON(_ request: Request) -> Bool {
        let query = request.uri.queryParameters
        guard query.isEmpty || (query.count == 1 && query["format"] == "json") else { return false }
        guard let accept = request.headers[.accept] else { return true }
        return accept == "*/*" || accept.hasPrefix("application/json")
    }
}
