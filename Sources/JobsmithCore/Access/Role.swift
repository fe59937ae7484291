import Foundation

/// What a person or token may do in one organization. Every user has exactly one role; an API token has one too (a
/// service token its own, a personal token its user's). What each role may do is ``RolePermissions/table``.
///
/// The cases are declared from most to least powerful, so `allCases` is the order forms list them in.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// Everything, including making and removing owners and transferring ownership.
    case owner
    /// People, API tokens, templates and the company profile, and everything an editor does.
    case admin
    /// Creates and edits job descriptions and publishes them.
    case editor
    /// Reads everything in the organization (and, with approvals, decides what is assigned).
    case reviewer
    /// Reads everything in the organization.
    case viewer

    /// How far the role reaches: a role may hand out or change only roles at most its own.
    public var rank: Int {
        switch self {
        case .owner: 4
        case .admin: 3
        case .editor: 2
        case .reviewer: 1
        case .viewer: 0
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    /// The role's name as people read it ("Owner").
    public var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The role named `text` (case and surrounding spaces ignored), or nil.
    public init?(named text: String) {
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// "owner, admin, editor, reviewer or viewer", for messages that list the choices.
    public static var choices: String {
        allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + (allCases.last?.rawValue ?? "")
    }
}
