import Crypto
import Foundation
import JobsmithCore
import JobsmithDomain

/// The hiring organization of a public board.
struct BoardOrganization: Sendable, Equatable {
    let id: UUID
    let slug: String
    let branding: PostingBranding
}

/// An organization's public board at one moment: its branding and open postings, newest publish first.
struct BoardSnapshot: Sendable {
    let organization: BoardOrganization
    let postings: [Posting]
    /// Changes whenever anything the board, its pages or feeds show changes; keys the rendered caches.
    let fingerprint: String
    /// When this server first saw the board as it is now; the `Last-Modified` of board-wide representations.
    var changedAt: Date
    /// The earliest `validThrough` among the postings: the snapshot must be trimmed then.
    let nextExpiry: Date?
    private let positions: [UUID: Int]
    /// Per posting, what its rendered page depends on: the published version, the publish time and the branding.
    private let pageKeys: [UUID: String]

    init(organization: BoardOrganization, postings: [Posting], changedAt: Date) {
        self.organization = organization
        self.postings = postings
        self.changedAt = changedAt
        nextExpiry = postings.compactMap(\.validThrough).min()
        positions = Dictionary(postings.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let branding = organization.branding.hashValue
        pageKeys = Dictionary(
            postings.map { ($0.id, "\($0.version)|\($0.updatedAt.timeIntervalSince1970)|\(branding)") }, uniquingKeysWith: { first, _ in first }
        )
        var text =
            "\(organization.slug)|\(organization.branding.name)|\(organization.branding.logoURL ?? "")|"
            + "\(organization.branding.websiteURL ?? "")"
        for posting in postings {
            text +=
                "\n\(posting.id)|\(posting.version)|\(posting.updatedAt.timeIntervalSince1970)|"
                + "\(posting.validThrough?.timeIntervalSince1970 ?? 0)"
        }
        fingerprint = SHA256.hash(data: Data(text.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    /// The open posting `id`, if the board has it.
    func posting(_ id: UUID) -> Posting? {
        positions[id].map { postings[$0] }
    }

    /// This snapshot without the postings that have expired by `now`; itself when none has.
    func trimmed(at now: Date) -> BoardSnapshot {
        guard let nextExpiry, nextExpiry <= now else { return self }
        return BoardSnapshot(organization: organization, postings: postings.filter { $0.isOpen(at: now) }, changedAt: now)
    }

    /// The key a rendered posting page is valid for: the published version, the publish time and the branding.
    func pageKey(for posting: Posting) -> String {
        pageKeys[posting.id] ?? "\(posting.version)|\(posting.updatedAt.timeIntervalSince1970)|\(organization.branding.hashValue)"
    }
}
