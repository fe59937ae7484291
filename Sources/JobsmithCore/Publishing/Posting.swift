import Foundation
import JobsmithDomain

/// A published job description as the public sees it: a snapshot of one version plus how to apply.
public struct Posting: Sendable, Equatable {
    public let id: UUID
    public let organizationID: UUID
    public let jobDescriptionID: UUID
    /// The job-description version this posting shows; later edits show only after publishing again.
    public var version: Int
    public var document: JobDocument
    public var department: String
    public var requisitionID: String?
    public var applyURL: String?
    public var applyEmail: String?
    /// After this instant the posting is no longer listed anywhere.
    public var validThrough: Date?
    /// Whether it was published despite lint errors, and which rules were overridden.
    public var forced: Bool
    public var forcedRules: [String]
    public var publishedBy: String?
    public var firstPublishedAt: Date
    /// When the current open period began (schema.org `datePosted`).
    public var publishedAt: Date
    /// The last publish (Greenhouse `updated_at`, feeds' `updated`, the page's `Last-Modified`).
    public var updatedAt: Date
    public var unpublishedAt: Date?
    /// The latest compliance verdict (at publish, then every re-check); nil until first checked.
    public var compliance: PostingCompliance?

    /// Whether the posting is public at `now`: published, not withdrawn and not past `validThrough`.
    public func isOpen(at now: Date) -> Bool {
        unpublishedAt == nil && (validThrough.map { $0 > now } ?? true)
    }

    /// Where the posting is in its life at `now`.
    public func status(at now: Date) -> PostingStatus {
        unpublishedAt != nil ? .unpublished : isOpen(at: now) ? .open : .expired
    }

    /// Every office the job is at, as job boards name them: one per place ("Denver, CO, US"), and "Remote (US)" where
    /// remote applicants may live ("Remote" when the posting does not say where). A remote job is named by its remote
    /// office alone; a job with remote eligibility besides its places gets both. Empty when nothing is known.
    public var officeNames: [String] {
        let remote = document.remoteArea.map { $0.displayName.isEmpty ? "Remote" : "Remote (\($0.displayName))" }
        if document.workplaceType == .remote { return [remote ?? "Remote"] }
        var names: [String] = []
        for place in document.locations.map(\.displayName) where !place.isEmpty && !names.contains(place) { names.append(place) }
        if let remote { names.append(remote) }
        return names
    }

    /// The offices as one name, as Greenhouse's `location.name` gives them ("Austin, TX, US; Seattle, WA, US"), or nil
    /// when unknown.
    public var officeName: String? {
        officeNames.isEmpty ? nil : officeNames.joined(separator: "; ")
    }

    /// Where a candidate goes to apply: the URL, else a `mailto:` link with the job title as subject.
    public var applyDestination: String? {
        if let applyURL { return applyURL }
        guard let applyEmail else { return nil }
        let subject = "Application: \(document.title)".addingPercentEncoding(withAllowedCharacters: .mailtoSafe) ?? ""
        return "mailto:\(applyEmail)?subject=\(subject)"
    }
}

/// Where a posting is in its life.
public enum PostingStatus: String, Sendable, CaseIterable {
    /// Public on the board, the job-board API and the feeds.
    case open
    /// Past `validThrough`: listed nowhere until published again.
    case expired
    /// Taken down, or its job description deleted.
    case unpublished
}

extension CharacterSet {
    /// Unreserved URL characters only, so any text is safe as a `mailto:` header value.
    static let mailtoSafe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
