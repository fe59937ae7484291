import FluentKit
import Foundation
import JobsmithDomain
import SQLKit

/// Rewrites stored documents that name their place only as the single `location` (written before a job could be
/// open in several places) in today's form, with `locations` beside the alias: job descriptions, every saved version
/// and the posting snapshots. Reading them already worked through the alias; after this every stored document has
/// the same shape, so queries and exports of the raw JSON see `locations`. Rows are read in pages by id, so memory
/// stays bounded on large tables; a document that does not decode is left as it is (reading it reports it).
/// `revert` changes nothing: the rewritten documents keep `location`, which older builds read.
struct RewriteDocumentsWithPlaces: JobsmithMigration {
    static let tables = [JobDescriptionModel.schema, JobDescriptionVersionModel.schema, JobPostingModel.schema]
    static let pageSize = 500

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for table in Self.tables {
            var last: UUID?
            while true {
                var query = sql.select().column("id").column("document").from(table)
                if let last { query = query.where("id", .greaterThan, last) }
                let rows = try await query.orderBy("id").limit(Self.pageSize).all()
                for row in rows {
                    let id = try row.decode(column: "id", as: UUID.self)
                    let text = try row.decode(column: "document", as: String.self)
                    guard let rewritten = Self.rewritten(text) else { continue }
                    try await sql.update(table).set("document", to: rewritten).where("id", .equal, id).run()
                }
                guard rows.count == Self.pageSize, let lastRow = rows.last else { break }
                last = try lastRow.decode(column: "id", as: UUID.self)
            }
        }
    }

    func revert(on database: any Database) async throws {}

    /// The document in today's stored form, or nil when it needs no rewrite or does not decode.
    static func rewritten(_ text: String) -> String? {
        guard text.contains("\"location\""), !text.contains("\"locations\""),
            let document = try? JSONDecoder().decode(JobDocument.self, from: Data(text.utf8))
        else { return nil }
        return DocumentCoding.encode(document)
    }
}
