/// One thing a caller may be allowed to do. Every service method names the permission it needs (see
/// ``Caller/require(_:)``); the raw value is the name a refusal shows (`403 … needs the permission "jobs.publish"`).
///
/// To add a feature's permissions: add cases here, grant them to roles in ``RolePermissions/table``, and call
/// `caller.require(.newPermission)` at the top of the new service methods. The table-driven route test then lists the
/// new routes with the permission they need.
public enum Permission: String, Sendable, Codable, CaseIterable {
    /// Read job descriptions, their versions, diffs, lint results and postings.
    case readJobs = "jobs.read"
    /// Create (write, compose, import, duplicate), edit, delete and restore job descriptions.
    case writeJobs = "jobs.write"
    /// Publish and unpublish job descriptions.
    case publishJobs = "jobs.publish"
    /// Search and read the template library.
    case readTemplates = "templates.read"
    /// Create, replace and delete the organization's own templates.
    case writeTemplates = "templates.write"
    /// Read the company profile.
    case readProfile = "profile.read"
    /// Change the company profile.
    case writeProfile = "profile.write"
    /// Lint a document that is sent, not stored.
    case runLint = "lint.run"
    /// List the organization's people.
    case readUsers = "users.read"
    /// Invite people, change roles (up to one's own), deactivate and reactivate users, reset passwords.
    case manageUsers = "users.manage"
    /// Create, list and revoke API tokens.
    case manageTokens = "tokens.manage"
    /// Make and unmake owners, including transferring ownership.
    case manageOwners = "owners.manage"

    /// What the permission allows, in a sentence's words ("publish and unpublish job descriptions").
    public var summary: String {
        switch self {
        case .readJobs: "read job descriptions"
        case .writeJobs: "create and edit job descriptions"
        case .publishJobs: "publish and unpublish job descriptions"
        case .readTemplates: "read the template library"
        case .writeTemplates: "change the organization's templates"
        case .readProfile: "read the company profile"
        case .writeProfile: "change the company profile"
        case .runLint: "run the quality checks"
        case .readUsers: "see the organization's people"
        case .manageUsers: "invite people and change their roles"
        case .manageTokens: "manage API tokens"
        case .manageOwners: "make or remove owners"
        }
    }
}
