/// Which stored versions a change may be applied to, as `If-Match` or an edit form states it. It is checked against the
/// version read inside the change's transaction, never against a cached copy.
public enum VersionPrecondition: Sendable, Equatable {
    /// Whatever version is current (`If-Match: *`).
    case current
    /// Only one of these versions; an empty list matches none (an `If-Match` naming no version of ours).
    case oneOf([Int])

    /// Only `version`.
    public static func exactly(_ version: Int) -> VersionPrecondition { .oneOf([version]) }

    /// Whether a change to the stored `version` may go ahead.
    public func allows(_ version: Int) -> Bool {
        switch self {
        case .current: true
        case .oneOf(let versions): versions.contains(version)
        }
    }
}
