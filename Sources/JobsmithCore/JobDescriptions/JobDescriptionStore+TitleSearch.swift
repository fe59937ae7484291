import FluentKit
import Foundation
import SQLKit

extension JobDescriptionStore {
    /// At most this many candidates come from the SQLite title index; a text found in more titles is common enough
    /// that walking the list newest first meets a page of matches sooner than sorting every candidate.
    static let titleCandidateLimit = 300

    /// The rowids of every job description whose title may contain `text`, given in lowercase (a superset: the exact, case-insensitive
    /// filter is still applied to them), from the SQLite trigram index (migration 011); nil when the filter should
    /// walk the list instead: on PostgreSQL, whose planner uses its trigram index by itself, for texts shorter than
    /// a trigram, and for texts in more than ``titleCandidateLimit`` titles.
    func titleCandidates(containing text: String) async throws -> [Int]? {
        guard sql.dialect.name == "sqlite", text.unicodeScalars.count >= 3 else { return nil }
        struct Row: Decodable { let rowid: Int }
        // One FTS5 phrase of the whole text: its trigrams, adjacent and in order, which is a substring match.
        let phrase = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let rows = try await sql.raw(
            "SELECT rowid FROM job_description_titles WHERE job_description_titles MATCH \(bind: phrase) LIMIT \(bind: Self.titleCandidateLimit + 1)"
        ).all(decoding: Row.self)
        return rows.count > Self.titleCandidateLimit ? nil : rows.map(\.rowid)
    }
}
