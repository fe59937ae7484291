import JobsmithCore

/// The ``Caller`` of the current API request, set by ``TokenAuthMiddleware`` for the handlers generated from the spec.
enum RequestCaller {
    @TaskLocal static var current: Caller?

    /// The current caller; a handler that runs without one is a routing fault.
    static func required() throws -> Caller {
        guard let current else { throw APIProblem.unauthorized }
        return current
    }
}
