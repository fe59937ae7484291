/// The one table of what each role may do. Front doors never check roles themselves: they ask the ``Caller`` (whose
/// permissions come from here) or let the service method refuse with ``PermissionDenied``.
public enum RolePermissions {
    /// What every role may read.
    static let reading: Set<Permission> = [.readJobs, .readTemplates, .readProfile, .runLint, .readUsers]

    /// Role → permissions. Extend it when a feature adds permissions (see ``Permission``).
    public static let table: [Role: Set<Permission>] = [
        .owner: Set(Permission.allCases),
        .admin: Set(Permission.allCases).subtracting([.manageOwners]),
        .editor: reading.union([.writeJobs, .publishJobs]),
        .reviewer: reading,
        .viewer: reading,
    ]

    /// The permissions of `role`.
    public static func permissions(of role: Role) -> Set<Permission> {
        table[role] ?? []
    }
}
