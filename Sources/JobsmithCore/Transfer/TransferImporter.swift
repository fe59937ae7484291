import FluentKit
import Foundation
import JobsmithDomain
import SQLKit

/// Reads and stores one export inside the import's transaction, keeping only what later lines are checked against:
/// the ids of users, job descriptions and postings, never the documents.
struct TransferImporter {
    let database: any Database
    let newSlug: String?
    var organizationID = UUID()
    var summary = OrganizationTransfer.Summary()
    var users = Set<UUID>()
    var templateSlugs = Set<String>()
    var hasProfile = false
    /// Each job description's current version and whether a version record with that number came.
    var jobs: [UUID: (version: Int, line: Int, hasCurrentVersion: Bool)] = [:]
    var postings = Set<UUID>()
    var line = 0

    init(database: any Database, newSlug: String?) {
        self.database = database
        self.newSlug = newSlug
    }

    mutating func run(_ reader: TransferLineReader) async throws -> OrganizationTransfer.Summary {
        guard let first = try reader.nextLine() else { throw TransferFailure.truncated(lastLine: 0) }
        line = 1
        guard case .header(let header) = try? TransferCoding.decode(first), header.format == TransferCoding.format else {
            throw bad("not a Jobsmith organization export: the first line must be its header")
        }
        guard header.formatVersion == TransferCoding.formatVersion else {
            throw bad("the export has format version \(header.formatVersion); this jobsmith reads version \(TransferCoding.formatVersion)")
        }
        guard case .organization(let organization) = try next(reader) else { throw bad("the second line must be the organization record") }
        try await store(organization)
        summary.records = 1
        while true {
            let record = try next(reader)
            if case .end(let end) = record {
                try finish(end, reader)
                return summary
            }
            summary.records += 1
            try await store(record)
        }
    }

    private mutating func next(_ reader: TransferLineReader) throws -> TransferRecord {
        guard let data = try reader.nextLine() else { throw TransferFailure.truncated(lastLine: line) }
        line = reader.lineNumber
        guard !data.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { throw bad("the line is empty") }
        do {
            return try TransferCoding.decode(data)
        } catch TransferRecordError.unknownType(let type) {
            throw bad("unknown record type \"\(type)\"; this jobsmith reads \(TransferRecord.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        } catch let error as DecodingError {
            throw bad(Self.reason(error))
        }
    }

    private mutating func finish(_ end: TransferRecord.End, _ reader: TransferLineReader) throws {
        guard end.records == summary.records else {
            throw bad("the end record counts \(end.records) records, but the file holds \(summary.records)")
        }
        if try reader.nextLine() != nil {
            line = reader.lineNumber
            throw bad("nothing may follow the end record")
        }
        if let (id, job) = jobs.first(where: { !$0.value.hasCurrentVersion }) {
            throw TransferFailure.badLine(
                line: job.line, reason: "the job description \(id) is at version \(job.version), but no line holds that version")
        }
    }

    mutating func store(_ record: TransferRecord) async throws {
        switch record {
        case .header: throw bad("a second header line")
        case .organization: throw bad("a second organization record")
        case .end: throw bad("an end record in the wrong place")
        case .companyProfile(let profile): try await store(profile)
        case .user(let user): try await store(user)
        case .apiToken(let token): try await store(token)
        case .template(let template): try await store(template)
        case .jobDescription(let job): try await store(job)
        case .version(let version): try await store(version)
        case .posting(let posting): try await store(posting)
        case .postingDay(let day): try await store(day)
        }
    }

    /// A failure of the current line.
    func bad(_ reason: String) -> TransferFailure {
        .badLine(line: line, reason: reason)
    }

    /// Runs one write of the current line's record, naming the line when the database refuses it.
    func write(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            let cause = String(reflecting: error).split(whereSeparator: \.isNewline).joined(separator: " ")
            throw bad("the database refused the record: \(cause.prefix(300))")
        }
    }

    private static func reason(_ error: DecodingError) -> String {
        func field(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, let context): return "the field \"\(field(context.codingPath + [key]))\" is missing"
        case .valueNotFound(_, let context): return "the field \"\(field(context.codingPath))\" is null"
        case .typeMismatch(_, let context): return "the field \"\(field(context.codingPath))\" has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not a JSON object (the file may be cut off or damaged)"
                : "the field \"\(field(context.codingPath))\" is not valid: \(context.debugDescription)"
        @unknown default: return "not a valid record"
        }
    }
}
