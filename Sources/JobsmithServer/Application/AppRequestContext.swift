import Hummingbird

/// The request context of every Jobsmith route.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The request id: the caller's `X-Request-ID` when acceptable, otherwise generated.
    public var requestID: String = ""

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
