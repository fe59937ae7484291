import FluentKit
import SQLKit

/// An index for the job-description list's title filter (`?q=`, the dashboard search), which matches any part of the
/// title, ignoring case. The filter itself stays `LOWER(title) LIKE '%…%'`; the index only narrows the rows it is
/// checked on, so both engines keep exactly the matches they had before.
/// - SQLite: an FTS5 table with the trigram tokenizer, keyed by the table's rowid and kept in step by triggers, so
///   every write that inserts, renames or deletes a job description (a cascade from its organization too) updates it
///   in the same transaction.
/// - PostgreSQL: a pg_trgm GIN index on `LOWER(title)`. pg_trgm is a trusted extension that the database owner may
///   create; where it is neither installed nor creatable the migration leaves the index out and logs why, and the
///   filter scans as before.
struct IndexJobDescriptionTitles: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            guard try await Self.trigramsAvailable(on: sql) else {
                database.logger.warning(
                    "pg_trgm is not installed and this user may not create it: the job-description title filter scans without an index"
                )
                return
            }
            try await sql.raw(
                "CREATE INDEX IF NOT EXISTS job_descriptions_title_trigrams ON job_descriptions USING GIN (LOWER(title) gin_trgm_ops)"
            ).run()
        } else {
            try await sql.raw("CREATE VIRTUAL TABLE job_description_titles USING fts5(title, tokenize = 'trigram')").run()
            try await sql.raw("INSERT INTO job_description_titles (rowid, title) SELECT rowid, title FROM job_descriptions").run()
            try await sql.raw(
                """
                CREATE TRIGGER job_description_titles_insert AFTER INSERT ON job_descriptions BEGIN
                    INSERT INTO job_description_titles (rowid, title) VALUES (new.rowid, new.title);
                END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER job_description_titles_update AFTER UPDATE OF title ON job_descriptions
                WHEN old.title IS NOT new.title BEGIN
                    UPDATE job_description_titles SET title = new.title WHERE rowid = new.rowid;
                END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER job_description_titles_delete AFTER DELETE ON job_descriptions BEGIN
                    DELETE FROM job_description_titles WHERE rowid = old.rowid;
                END
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP INDEX IF EXISTS job_descriptions_title_trigrams").run()
        } else {
            for trigger in ["insert", "update", "delete"] {
                try await sql.raw("DROP TRIGGER job_description_titles_\(unsafeRaw: trigger)").run()
            }
            try await sql.raw("DROP TABLE job_description_titles").run()
        }
    }

    /// Whether pg_trgm is installed, creating it when it is available and this user may.
    private static func trigramsAvailable(on sql: any SQLDatabase) async throws -> Bool {
        struct Availability: Decodable {
            let installed: Bool
            let available: Bool
            let creatable: Bool
        }
        let row = try await sql.raw(
            """
            SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS installed,
                EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') AS available,
                has_database_privilege(current_database(), 'CREATE') AS creatable
            """
        ).first(decoding: Availability.self)
        guard let row else { return false }
        if row.installed { return true }
        guard row.available, row.creatable else { return false }
        try await sql.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm").run()
        return true
    }
}
