import Foundation

/// One line of an organization export (`jobsmith export --org`): a JSON object whose `type` names the record and
/// whose other fields are the stored row as the database holds it. Stored JSON text (documents, templates, the
/// company profile, rule lists) stays text, so it is carried byte for byte. The first line is the ``Header``, the last
/// the ``End``; records refer only to records on earlier lines.
enum TransferRecord: Sendable, Equatable {
    case header(Header)
    case organization(Organization)
    case companyProfile(CompanyProfile)
    case user(User)
    case apiToken(APIToken)
    case template(Template)
    case jobDescription(JobDescription)
    case version(Version)
    case posting(Posting)
    case postingDay(PostingDay)
    case end(End)

    /// What the file is and which format version wrote it.
    struct Header: Codable, Sendable, Equatable {
        var format: String
        var formatVersion: Int
        var exportedAt: Date
    }

    /// The organization; its id and slug as they were on the exporting server.
    struct Organization: Codable, Sendable, Equatable {
        var id: UUID
        var slug: String
        var name: String
        var createdAt: Date?
    }

    struct CompanyProfile: Codable, Sendable, Equatable {
        var id: UUID
        /// The profile's stored JSON text.
        var profile: String
        var updatedAt: Date
    }

    /// A web-app user with the bcrypt hash of their password, so they sign in with it on the new server.
    struct User: Codable, Sendable, Equatable {
        var id: UUID
        var email: String
        var name: String
        var passwordHash: String
        var role: String
        var createdAt: Date
        var lastSignInAt: Date?
        var deactivatedAt: Date?
    }

    /// An API token: only the SHA-256 hash of its secret, which keeps working on the new server.
    struct APIToken: Codable, Sendable, Equatable {
        var id: UUID
        var name: String
        var tokenHash: String
        var role: String
        var userID: UUID?
        var createdAt: Date?
        var revokedAt: Date?
    }

    /// One of the organization's own templates; its slug, title, department, level and search columns are derived
    /// from the template text again on import.
    struct Template: Codable, Sendable, Equatable {
        var id: UUID
        var template: String
        var createdAt: Date
        var updatedAt: Date
    }

    /// A job description's current state, trash included (`deletedAt`).
    struct JobDescription: Codable, Sendable, Equatable {
        var id: UUID
        var title: String
        var status: String
        var version: Int
        var document: String
        var createdAt: Date
        var updatedAt: Date
        var deletedAt: Date?
    }

    /// One saved version of the job description on an earlier line.
    struct Version: Codable, Sendable, Equatable {
        var id: UUID
        var jobDescriptionID: UUID
        var number: Int
        var document: String
        var author: String?
        var createdAt: Date
    }

    /// The public posting of the job description on an earlier line, open or unpublished.
    struct Posting: Codable, Sendable, Equatable {
        var id: UUID
        var jobDescriptionID: UUID
        var version: Int
        var title: String
        var document: String
        var department: String
        var requisitionID: String?
        var applyURL: String?
        var applyEmail: String?
        var validThrough: Date?
        var forced: Bool
        var forcedRules: String
        var publishedBy: String?
        var firstPublishedAt: Date
        var publishedAt: Date
        var updatedAt: Date
        var unpublishedAt: Date?
        var compliance: String?
        var complianceRules: String?
        var complianceLawVersion: String?
        var complianceCheckedAt: Date?
    }

    /// One UTC day's view and apply-click counts of the posting on an earlier line.
    struct PostingDay: Codable, Sendable, Equatable {
        var postingID: UUID
        var day: String
        var views: Int
        var applyClicks: Int
    }

    /// The last line: how many records came between the header and it, so a cut-off file is told from a whole one.
    struct End: Codable, Sendable, Equatable {
        var records: Int
    }
}

extension TransferRecord: Codable {
    /// The `type` of each record on its line.
    enum Kind: String, Codable, CaseIterable {
        case header, organization, companyProfile = "company_profile", user, apiToken = "api_token", template
        case jobDescription = "job_description", version, posting, postingDay = "posting_day", end
    }

    private enum TypeKey: String, CodingKey { case type }

    var kind: Kind {
        switch self {
        case .header: .header
        case .organization: .organization
        case .companyProfile: .companyProfile
        case .user: .user
        case .apiToken: .apiToken
        case .template: .template
        case .jobDescription: .jobDescription
        case .version: .version
        case .posting: .posting
        case .postingDay: .postingDay
        case .end: .end
        }
    }

    init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
        guard let kind = Kind(rawValue: type) else { throw TransferRecordError.unknownType(type) }
        switch kind {
        case .header: self = .header(try Header(from: decoder))
        case .organization: self = .organization(try Organization(from: decoder))
        case .companyProfile: self = .companyProfile(try CompanyProfile(from: decoder))
        case .user: self = .user(try User(from: decoder))
        case .apiToken: self = .apiToken(try APIToken(from: decoder))
        case .template: self = .template(try Template(from: decoder))
        case .jobDescription: self = .jobDescription(try JobDescription(from: decoder))
        case .version: self = .version(try Version(from: decoder))
        case .posting: self = .posting(try Posting(from: decoder))
        case .postingDay: self = .postingDay(try PostingDay(from: decoder))
        case .end: self = .end(try End(from: decoder))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        try container.encode(kind.rawValue, forKey: .type)
        switch self {
        case .header(let record): try record.encode(to: encoder)
        case .organization(let record): try record.encode(to: encoder)
        case .companyProfile(let record): try record.encode(to: encoder)
        case .user(let record): try record.encode(to: encoder)
        case .apiToken(let record): try record.encode(to: encoder)
        case .template(let record): try record.encode(to: encoder)
        case .jobDescription(let record): try record.encode(to: encoder)
        case .version(let record): try record.encode(to: encoder)
        case .posting(let record): try record.encode(to: encoder)
        case .postingDay(let record): try record.encode(to: encoder)
        case .end(let record): try record.encode(to: encoder)
        }
    }
}

/// A line whose `type` this format does not have.
enum TransferRecordError: Error {
    case unknownType(String)
}
