import Hummingbird
import JobsmithCore

/// The request context of every Jobsmith route.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The request id: the caller's `X-Request-ID` when acceptable, otherwise generated.
    public var requestID: String = ""
    /// The peer's IP address; nil when unknown (in-process tests).
    var peerAddress: String?
    /// The signed-in browser session, set by ``WebSessionMiddleware`` on web-app paths.
    var webSession: SessionStore.Session?
    /// The token anonymous web forms (sign-in, setup) must send back; matches the visitor's CSRF cookie.
    var anonymousCSRFToken: String?
    /// The body of a web-app POST, read and CSRF-checked by ``WebSessionMiddleware``.
    var webForm: WebForm?

    public init(source: Source) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }
}
