import FluentKit
import SQLKit

/// Template search runs in memory on both engines (``TemplateCatalog``), so the engines' full-text indexes over the
/// templates are no longer read: the FTS5 table on SQLite and the `tsvector` column with its GIN index on PostgreSQL.
/// The normalized search columns they were built from stay; revert builds the indexes again from them.
struct DropTemplateFullTextIndexes: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP INDEX IF EXISTS templates_search").run()
            try await sql.raw("ALTER TABLE templates DROP COLUMN IF EXISTS search_vector").run()
        } else {
            try await sql.raw("DROP TABLE IF EXISTS template_search").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                ALTER TABLE templates ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', search_title), 'A') ||
                    setweight(to_tsvector('simple', search_tags), 'B') ||
                    setweight(to_tsvector('simple', search_body), 'D')) STORED
                """
            ).run()
            try await sql.raw("CREATE INDEX templates_search ON templates USING GIN (search_vector)").run()
        } else {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE template_search USING fts5(
                    title, tags, body, template_id UNINDEXED, scope UNINDEXED, department UNINDEXED, level UNINDEXED,
                    tokenize = 'unicode61 remove_diacritics 2')
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO template_search (title, tags, body, template_id, scope, department, level)
                SELECT search_title, search_tags, search_body, id, scope, department, level FROM templates
                """
            ).run()
        }
    }
}
