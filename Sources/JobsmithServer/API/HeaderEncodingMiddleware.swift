import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore

/// The OpenAPI runtime percent-encodes string header values (`"v1"` becomes `%22v1%22`); this restores the literal
/// `ETag` and `Location` values that HTTP clients compare and follow. It runs in the API's route groups only (see
/// ``APIRouteGroups``): other routes (the public board's apply redirect) set their headers literally and keep them.
struct HeaderEncodingMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for name in [HTTPField.Name.eTag, .location] {
            if let value = response.headers[name], value.contains("%"), let decoded = value.removingPercentEncoding {
                response.headers[name] = decoded
            }
        }
        return response
    }
}
