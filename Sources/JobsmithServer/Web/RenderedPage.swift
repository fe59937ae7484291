import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import NIOCore

/// A rendered public representation (page, feed) with its validators and headers, built once and served many times.
struct RenderedPage: Sendable {
    /// What it was rendered from; a cached copy is reused only while this still matches.
    let key: String
    let body: ByteBuffer
    let entityTag: String
    let lastModified: Date
    /// Every header of a 200 answer.
    let headers: HTTPFields
    /// The headers of a 304 answer.
    let notModifiedHeaders: HTTPFields

    /// - Parameters:
    ///   - key: see ``key``.
    ///   - contentType: the full media type, with charset.
    ///   - lastModified: when the content last changed.
    init(key: String, contentType: String, text: String, lastModified: Date, isHTML: Bool = true) {
        self.init(key: key, contentType: contentType, body: ByteBuffer(string: text), lastModified: lastModified, isHTML: isHTML)
    }

    /// - Parameter body: the exact bytes to serve.
    init(key: String, contentType: String, body: ByteBuffer, lastModified: Date, isHTML: Bool) {
        self.key = key
        self.body = body
        entityTag = "\"" + SHA256.hash(data: body.readableBytesView).prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
        self.lastModified = lastModified
        var validators: HTTPFields = [
            .eTag: entityTag,
            .lastModified: HTTPDate.format(lastModified),
            // Unpublishing and expiry should reach shared caches within a minute.
            .cacheControl: "public, max-age=60",
        ]
        validators.append(contentsOf: isHTML ? SecurityHeaders.page : SecurityHeaders.data)
        notModifiedHeaders = validators
        var headers = validators
        headers[.contentType] = contentType
        self.headers = headers
    }

    /// The 200 answer, or 304 when the request's `If-None-Match` (or, without one, `If-Modified-Since`) shows the
    /// client already has this representation.
    func response(to request: Request) -> Response {
        if let ifNoneMatch = request.headers[.ifNoneMatch] {
            if Self.matches(ifNoneMatch, entityTag) { return Response(status: .notModified, headers: notModifiedHeaders) }
        } else if let ifModifiedSince = request.headers[.ifModifiedSince], let since = HTTPDate.parse(ifModifiedSince),
            lastModified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
        {
            return Response(status: .notModified, headers: notModifiedHeaders)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// Weak comparison of an `If-None-Match` list against a strong tag (RFC 9110, 13.1.2).
    static func matches(_ ifNoneMatch: String, _ tag: String) -> Bool {
        ifNoneMatch.split(separator: ",").contains { candidate in
            var candidate = candidate.trimmingCharacters(in: .whitespaces)
            if candidate == "*" { return true }
            if candidate.hasPrefix("W/") { candidate.removeFirst(2) }
            return candidate == tag
        }
    }
}
