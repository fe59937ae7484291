import FluentKit
import SQLKit

struct CreateTemplates: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TemplateModel.schema)
            .id()
            .field("scope", .string, .required)
            .field("slug", .string, .required)
            .field("department", .string, .required)
            .field("level", .string, .required)
            .field("title", .string, .required)
            .field("template", .string, .required)
            .field("search_title", .string, .required)
            .field("search_tags", .string, .required)
            .field("search_body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "scope", "slug")
            .create()
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            // Weighted like the ranking: title, then tags, then body; 'simple' keeps the normalized words as they are.
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
            // A contentless-style index kept in step with the table by TemplateStore in the same transaction.
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE template_search USING fts5(
                    title, tags, body, template_id UNINDEXED, scope UNINDEXED, department UNINDEXED, level UNINDEXED,
                    tokenize = 'unicode61 remove_diacritics 2')
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name != "postgresql" { try await sql.raw("DROP TABLE template_search").run() }
        try await database.schema(TemplateModel.schema).delete()
    }
}
