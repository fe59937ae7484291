import Foundation
import JobsmithLint

/// What a publish asks for, beyond the document: where candidates apply, until when, and how the posting is filed.
/// ``PublishingService`` validates it (see ``PostingSettings``).
public struct PublishRequest: Sendable, Equatable {
    public var applyURL: String?
    public var applyEmail: String?
    public var validThrough: Date?
    /// Guessed from the title when nil or blank.
    public var department: String?
    public var requisitionID: String?
    /// Publish despite lint errors; the posting records which rules were overridden.
    public var force: Bool

    public init(
        applyURL: String? = nil, applyEmail: String? = nil, validThrough: Date? = nil, department: String? = nil, requisitionID: String? = nil,
        force: Bool = false
    ) {
        self.applyURL = applyURL
        self.applyEmail = applyEmail
        self.validThrough = validThrough
        self.department = department
        self.requisitionID = requisitionID
        self.force = force
    }
}

/// Publishing was refused because the document has lint errors and the request did not force it.
public struct PublishingBlocked: Error, Equatable {
    /// Every error finding, in the linter's order.
    public let errors: [LintFinding]
}
