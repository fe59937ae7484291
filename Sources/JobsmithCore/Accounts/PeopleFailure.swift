/// Why a change to the organization's people was refused although the caller's role allows such changes; each
/// message is one line for people.
public enum PeopleFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The change would leave the organization without an active owner.
    case lastOwner
    /// Callers cannot deactivate themselves (another admin or owner can).
    case cannotDeactivateSelf
    /// Ownership is transferred by a signed-in owner or a personal token of one, to another active user.
    case invalidTransfer(String)

    public var description: String {
        switch self {
        case .lastOwner:
            "the organization's last owner cannot be removed, deactivated or given another role: make someone else an owner first"
        case .cannotDeactivateSelf: "you cannot deactivate yourself; ask another admin or owner"
        case .invalidTransfer(let reason): reason
        }
    }
}
