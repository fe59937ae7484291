import FluentKit
import Foundation
import SQLKit

/// Moves one organization between databases (SQLite and PostgreSQL, one server and another) as JSON Lines, with its
/// ids, timestamps and version numbers kept exactly: the organization, its company profile, users with their password
/// hashes, API tokens (hashes only), its own templates, job descriptions with every version and their trash state,
/// postings with their compliance verdicts and daily counts. Sessions are not carried: people sign in again on the
/// new server. An operator's tool, like `migrate`: whoever runs it can open the database, so it takes no ``Caller``.
public struct OrganizationTransfer: Sendable {
    let owner: DatabaseOwner

    package init(owner: DatabaseOwner) {
        self.owner = owner
    }

    /// How many records of each kind an export wrote or an import stored.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public internal(set) var slug = ""
        public internal(set) var users = 0
        public internal(set) var apiTokens = 0
        public internal(set) var templates = 0
        public internal(set) var jobDescriptions = 0
        public internal(set) var versions = 0
        public internal(set) var postings = 0
        public internal(set) var postingDays = 0
        /// Every record between the header and the end record.
        public internal(set) var records = 0

        public var description: String {
            "\(slug): \(users) users, \(apiTokens) API tokens, \(templates) templates, \(jobDescriptions) job descriptions with "
                + "\(versions) versions, \(postings) postings with \(postingDays) days of counts"
        }
    }

    /// Rows read per query while exporting, so memory stays bounded by one page and one line.
    static let pageSize = 200
}
