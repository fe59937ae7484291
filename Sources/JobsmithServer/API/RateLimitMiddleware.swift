import Crypto
import HTTPTypes
import Hummingbird
import JobsmithCore

/// Refuses API requests beyond the per-token and per-address limits with 429 problem+json and `Retry-After` (the
/// seconds until the current one-minute window ends). The token is counted by its SHA-256, never stored as sent; the
/// address is the client's as ``TrustedProxies`` tells it. Runs before the body is read and before authentication, so
/// refused requests cost no more than the count.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let limiter: RateLimiter
    let limits: RateLimits
    let proxies: TrustedProxies

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var keys: [RateLimiter.Key] = []
        if limits.perToken > 0, let authorization = request.headers[.authorization], !authorization.isEmpty {
            keys.append(RateLimiter.Key(name: "token:" + Self.digest(authorization), limit: limits.perToken))
        }
        if limits.perAddress > 0,
            let address = proxies.client(peer: context.peerAddress, forwardedFor: request.headers[HTTPField.Name("X-Forwarded-For")!])
        {
            keys.append(RateLimiter.Key(name: "ip:" + address.prefix(64), limit: limits.perAddress))
        }
        if !keys.isEmpty, let wait = await limiter.admit(keys) {
            throw APIProblem(
                status: .tooManyRequests, detail: "Too many requests; try again in \(wait) second\(wait == 1 ? "" : "s").",
                headers: [.retryAfter: String(wait)]
            )
        }
        return try await next(request, context)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// The first 128 bits of the SHA-256 of `text`, in hex.
    static func digest(_ text: String) -> String {
        let digest = SHA256.hash(data: Array(text.utf8))
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for byte in digest.prefix(16) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
