/// A caller's role does not allow what it asked for; front doors answer 403 naming ``permission``.
public struct PermissionDenied: Error, Sendable, Equatable, CustomStringConvertible {
    /// The permission the caller lacks.
    public let permission: Permission
    /// The caller's role.
    public let role: Role
    /// Why, when the permission alone does not explain it (changing someone whose role outranks yours).
    public let reason: String?

    public init(_ permission: Permission, role: Role, reason: String? = nil) {
        self.permission = permission
        self.role = role
        self.reason = reason
    }

    public var description: String {
        if let reason { return reason }
        return "Your role (\(role.rawValue)) may not \(permission.summary): this needs the permission \"\(permission.rawValue)\"."
    }
}
