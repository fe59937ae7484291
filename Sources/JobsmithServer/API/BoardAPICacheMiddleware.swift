import HTTPTypes
import Hummingbird
import JobsmithCore
import NIOCore

/// Serves the public job-board API's answers from memory (in that API's route group, see ``APIRouteGroups``): the first answer for a path and query, as the generated
/// handler encoded it, is kept (with an ETag and Last-Modified) until the board changes, so repeated reads skip
/// decoding, the handler and JSON encoding, and clients can revalidate with `If-None-Match` for a 304.
struct BoardAPICacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let board: PublicBoard

    /// Answers larger than this are served but not kept.
    static var largestKept: Int { 4 << 20 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard request.method == .get else { return try await next(request, context) }
        let segments = path.split(separator: "/")
        guard segments.count >= 4, let snapshot = try await board.snapshot(slug: String(segments[3])) else {
            return try await next(request, context)
        }
        let name = "api " + path + "?" + (request.uri.query ?? "")
        if let cached = board.cachedRepresentation(name, in: snapshot) { return cached.response(to: request) }
        let response = try await next(request, context)
        guard response.status == .ok, let contentType = response.headers[.contentType] else { return response }
        let collector = BodyCollector()
        try await response.body.write(CollectingWriter(collector: collector))
        let page = RenderedPage(
            key: snapshot.fingerprint, contentType: contentType, body: collector.buffer, lastModified: snapshot.changedAt, isHTML: false)
        if page.body.readableBytes <= Self.largestKept { board.store(page, as: name, in: snapshot) }
        return page.response(to: request)
    }
}

/// The bytes a response body writes.
private final class BodyCollector: @unchecked Sendable {
    // Written by one response body, in order, before being read.
    var buffer = ByteBuffer()
}

private struct CollectingWriter: ResponseBodyWriter {
    let collector: BodyCollector

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        collector.buffer.writeBuffer(&buffer)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
