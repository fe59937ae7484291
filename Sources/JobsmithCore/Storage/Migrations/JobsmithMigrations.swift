import FluentKit

/// Every schema migration, in batches by the release that introduced them. Add new ones at the end; never edit one
/// that has shipped.
enum JobsmithMigrations {
    static let batches: [[any Migration]] = [
        // 001: organizations, API tokens, job descriptions and their versions.
        [CreateOrganizations(), CreateAPITokens(), CreateJobDescriptions(), CreateJobDescriptionVersions()],
        // 002: the template library with its full-text index, and company profiles.
        [CreateTemplates(), CreateCompanyProfiles()],
        // 003: publishing: public postings and their daily view and apply-click counts.
        [CreateJobPostings(), CreatePostingDailyCounts()],
        // 004: web-app accounts, browser sessions, sign-in throttling and the first-run setup link.
        [CreateUsers(), CreateSessions(), CreateSignInFailures(), CreateSetupTokens()],
        // 005: sign-in throttling counts each attempt atomically, in one row per email and per client address.
        [ReplaceSignInFailuresWithCounters()],
        // 006: open postings keep their compliance verdict, re-checked daily and when the law table changes.
        [AddPostingCompliance(), CreateComplianceSweeps()],
        // 007: stored documents from before several places get `locations` beside the single `location` alias.
        [RewriteDocumentsWithPlaces()],
        // 008: roles for users and API tokens (existing users become owners, tokens admins), deactivated users,
        // personal tokens.
        [AddRoles()],
        // 010: template search moved into memory; the engines' full-text indexes over templates go.
        [DropTemplateFullTextIndexes()],
        // 011: an index for the job-description list's title filter (SQLite FTS5 trigrams, PostgreSQL pg_trgm).
        [IndexJobDescriptionTitles()],
        // 012: the API rate limits' per-minute counts, shared by every instance on one database.
        [CreateRateLimitWindows()],
    ]
}

/// A Jobsmith schema migration. Its name is the one databases record it under: migrations were first shipped in the
/// `JobsmithServer` module, and FluentKit's default name includes the module, so the name is spelled out to stay the
/// same wherever the type lives.
protocol JobsmithMigration: AsyncMigration {}

extension JobsmithMigration {
    var name: String { "JobsmithServer.\(Self.self)" }
}
