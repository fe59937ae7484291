import FluentKit
import Foundation
import JobsmithDomain
import SQLKit

// Checking and storing each kind of record. A record refers only to records on earlier lines, and belongs to the
// organization of the second line.
extension TransferImporter {
    mutating func store(_ record: TransferRecord.Organization) async throws {
        let slug = newSlug ?? record.slug
        do {
            _ = try OrganizationDirectory.validatedOrganization(slug: slug, name: record.name)
        } catch {
            throw bad(error.description)
        }
        guard record.name.trimmingCharacters(in: .whitespacesAndNewlines) == record.name else { throw bad("the name has spaces around it") }
        if try await OrganizationModel.query(on: database).filter(\.$slug == slug).first() != nil { throw TransferFailure.slugTaken(slug) }
        if let existing = try await OrganizationModel.find(record.id, on: database) {
            throw TransferFailure.organizationExists(id: record.id, slug: existing.slug)
        }
        organizationID = record.id
        summary.slug = slug
        try await write {
            let model = OrganizationModel(slug: slug, name: record.name)
            model.id = record.id
            try await model.create(on: database)
            // `create` stamps the creation time; the export's is kept.
            try await OrganizationModel.query(on: database).filter(\.$id == record.id).set(\.$createdAt, to: record.createdAt).update()
        }
    }

    mutating func store(_ record: TransferRecord.CompanyProfile) async throws {
        guard !hasProfile else { throw bad("a second company profile") }
        guard (try? JSONDecoder().decode(CompanyProfile.self, from: Data(record.profile.utf8))) != nil else {
            throw bad("the profile is not a company profile")
        }
        try checkText(["profile": record.profile])
        hasProfile = true
        try await write {
            let model = CompanyProfileModel()
            model.id = record.id
            model.organizationID = organizationID
            model.profile = record.profile
            model.updatedAt = record.updatedAt
            try await model.create(on: database)
        }
    }

    mutating func store(_ record: TransferRecord.User) async throws {
        let email: String
        do {
            email = try UserStore.validEmail(record.email)
        } catch {
            throw bad("the email \"\(record.email)\" is not valid")
        }
        guard email == record.email else { throw bad("the email \"\(record.email)\" is not stored as lowercase without spaces") }
        guard Role(rawValue: record.role) != nil else { throw bad("\"\(record.role)\" is not a role") }
        guard record.passwordHash.hasPrefix("$2"), record.passwordHash.count < 200 else { throw bad("the password hash is not a bcrypt hash") }
        try checkText(["name": record.name, "passwordHash": record.passwordHash])
        if try await UserModel.query(on: database).filter(\.$email == email).first() != nil {
            throw bad("a user with the email \(email) already exists here")
        }
        users.insert(record.id)
        summary.users += 1
        try await write {
            let model = UserModel()
            model.id = record.id
            model.organizationID = organizationID
            model.email = email
            model.name = record.name
            model.passwordHash = record.passwordHash
            model.createdAt = record.createdAt
            model.lastSignInAt = record.lastSignInAt
            model.role = record.role
            model.deactivatedAt = record.deactivatedAt
            try await model.create(on: database)
        }
    }

    mutating func store(_ record: TransferRecord.APIToken) async throws {
        guard Role(rawValue: record.role) != nil else { throw bad("\"\(record.role)\" is not a role") }
        guard record.tokenHash.count == 64, record.tokenHash.allSatisfy(\.isHexDigit) else { throw bad("the token hash is not a SHA-256 hash") }
        if let userID = record.userID, !users.contains(userID) { throw bad("the token acts as the user \(userID), whom no earlier line holds") }
        try checkText(["name": record.name])
        if try await APITokenModel.query(on: database).filter(\.$tokenHash == record.tokenHash).first() != nil {
            throw bad("an API token with this hash already exists here")
        }
        summary.apiTokens += 1
        try await write {
            let model = APITokenModel()
            model.id = record.id
            model.organizationID = organizationID
            model.name = record.name
            model.tokenHash = record.tokenHash
            model.role = record.role
            model.userID = record.userID
            model.revokedAt = record.revokedAt
            try await model.create(on: database)
            // `create` stamps the creation time; the export's is kept.
            try await APITokenModel.query(on: database).filter(\.$id == record.id).set(\.$createdAt, to: record.createdAt).update()
        }
    }

    mutating func store(_ record: TransferRecord.Template) async throws {
        guard let template = try? JSONDecoder().decode(JobTemplate.self, from: Data(record.template.utf8)) else {
            throw bad("the template is not a job template")
        }
        if let problem = template.validate().first { throw bad("the template's \(problem.pointer) \(problem.message)") }
        guard templateSlugs.insert(template.slug).inserted else { throw bad("a second template with the slug \(template.slug)") }
        summary.templates += 1
        try await write {
            let model = TemplateModel()
            model.id = record.id
            model.scope = organizationID.uuidString
            TemplateStore.apply(template, to: model, at: record.updatedAt)
            // The stored text is kept as it was, not as this build would encode it.
            model.template = record.template
            model.createdAt = record.createdAt
            try await model.create(on: database)
        }
    }

    mutating func store(_ record: TransferRecord.JobDescription) async throws {
        guard JobStatus(rawValue: record.status) != nil else { throw bad("\"\(record.status)\" is not a status: use draft or published") }
        try checkVersion(record.version)
        try checkDocument(record.document)
        try checkText(["title": record.title])
        guard jobs[record.id] == nil else { throw bad("a second record of the job description \(record.id)") }
        jobs[record.id] = (record.version, line, false)
        summary.jobDescriptions += 1
        try await write {
            let model = JobDescriptionModel()
            model.id = record.id
            model.organizationID = organizationID
            model.title = record.title
            model.status = record.status
            model.version = record.version
            model.document = record.document
            model.createdAt = record.createdAt
            model.updatedAt = record.updatedAt
            model.deletedAt = record.deletedAt
            try await model.create(on: database)
        }
    }

    mutating func store(_ record: TransferRecord.Version) async throws {
        guard let job = jobs[record.jobDescriptionID] else {
            throw bad("the version belongs to the job description \(record.jobDescriptionID), which no earlier line holds")
        }
        guard (1...job.version).contains(record.number) else {
            throw bad("version \(record.number) of a job description at version \(job.version)")
        }
        try checkDocument(record.document)
        try checkText(["author": record.author])
        if record.number == job.version { jobs[record.jobDescriptionID]?.hasCurrentVersion = true }
        summary.versions += 1
        try await write {
            let model = JobDescriptionVersionModel(
                jobDescriptionID: record.jobDescriptionID, number: record.number, document: record.document, author: record.author,
                createdAt: record.createdAt
            )
            model.id = record.id
            try await model.create(on: database)
        }
    }

    mutating func store(_ record: TransferRecord.Posting) async throws {
        guard let job = jobs[record.jobDescriptionID] else {
            throw bad("the posting belongs to the job description \(record.jobDescriptionID), which no earlier line holds")
        }
        guard (1...job.version).contains(record.version) else {
            throw bad("a posting of version \(record.version) of a job description at version \(job.version)")
        }
        try checkDocument(record.document)
        guard (try? JSONDecoder().decode([String].self, from: Data(record.forcedRules.utf8))) != nil else {
            throw bad("forcedRules is not a JSON array of rule ids")
        }
        if let rules = record.complianceRules, (try? JSONDecoder().decode([String].self, from: Data(rules.utf8))) == nil {
            throw bad("complianceRules is not a JSON array of rule ids")
        }
        if let compliance = record.compliance, !["passing", "failing"].contains(compliance) {
            throw bad("\"\(compliance)\" is not a compliance verdict: use passing or failing")
        }
        try checkText([
            "title": record.title, "department": record.department, "requisitionID": record.requisitionID, "applyURL": record.applyURL,
            "applyEmail": record.applyEmail, "publishedBy": record.publishedBy, "complianceLawVersion": record.complianceLawVersion,
        ])
        guard postings.insert(record.id).inserted else { throw bad("a second record of the posting \(record.id)") }
        summary.postings += 1
        try await write { try await Self.posting(record, organizationID: organizationID).create(on: database) }
    }

    mutating func store(_ record: TransferRecord.PostingDay) async throws {
        guard postings.contains(record.postingID) else {
            throw bad("the counts belong to the posting \(record.postingID), which no earlier line holds")
        }
        guard record.day.utf8.count == 10, TransferCoding.date(record.day + "T00:00:00Z") != nil else {
            throw bad("the day is not a date such as 2026-01-31")
        }
        guard (0...Int(Int32.max)).contains(record.views), (0...Int(Int32.max)).contains(record.applyClicks) else {
            throw bad("the counts must be from 0 to \(Int32.max)")
        }
        summary.postingDays += 1
        try await write {
            try await (database as! any SQLDatabase).insert(into: CreatePostingDailyCounts.schema)
                .columns("posting_id", "day", "views", "apply_clicks")
                .values(SQLBind(record.postingID), SQLBind(record.day), SQLBind(record.views), SQLBind(record.applyClicks))
                .run()
        }
    }

    private static func posting(_ record: TransferRecord.Posting, organizationID: UUID) -> JobPostingModel {
        let model = JobPostingModel()
        model.id = record.id
        model.organizationID = organizationID
        model.jobDescriptionID = record.jobDescriptionID
        model.version = record.version
        model.title = record.title
        model.document = record.document
        model.department = record.department
        model.requisitionID = record.requisitionID
        model.applyURL = record.applyURL
        model.applyEmail = record.applyEmail
        model.validThrough = record.validThrough
        model.forced = record.forced
        model.forcedRules = record.forcedRules
        model.publishedBy = record.publishedBy
        model.firstPublishedAt = record.firstPublishedAt
        model.publishedAt = record.publishedAt
        model.updatedAt = record.updatedAt
        model.unpublishedAt = record.unpublishedAt
        model.compliance = record.compliance
        model.complianceRules = record.complianceRules
        model.complianceLawVersion = record.complianceLawVersion
        model.complianceCheckedAt = record.complianceCheckedAt
        return model
    }

    private func checkVersion(_ version: Int) throws {
        guard (1...Int(Int32.max)).contains(version) else { throw bad("the version must be from 1 to \(Int32.max)") }
    }

    /// A stored document must read back as one, or every page showing it would fail.
    private func checkDocument(_ text: String) throws {
        guard (try? JSONDecoder().decode(JobDocument.self, from: Data(text.utf8))) != nil else { throw bad("the document is not a job document") }
        try checkText(["document": text])
    }

    /// Text with a NUL, which PostgreSQL refuses and SQLite would keep, is refused on both engines alike.
    private func checkText(_ fields: KeyValuePairs<String, String?>) throws {
        for (name, value) in fields where value?.utf8.contains(0) == true {
            throw bad("the field \"\(name)\" holds a NUL character")
        }
    }
}
