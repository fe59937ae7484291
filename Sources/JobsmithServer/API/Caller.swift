import Foundation

/// Who is making an API call: the organization a valid token belongs to, and a name recorded as version author.
struct Caller: Sendable {
    let organizationID: UUID
    let organizationSlug: String
    let organizationName: String
    let author: String

    /// The caller of the current request, set by ``TokenAuthMiddleware`` for the handlers generated from the spec.
    @TaskLocal static var current: Caller?

    /// The current caller; a handler that runs without one is a routing fault.
    static func required() throws -> Caller {
        guard let current else { throw APIProblem.unauthorized }
        return current
    }
}
