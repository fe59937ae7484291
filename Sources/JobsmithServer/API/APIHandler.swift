import FluentKit
import Foundation
import JobsmithAPI
import JobsmithDomain

/// Implements the operations of openapi.yaml; one extension per resource.
struct APIHandler: APIProtocol {
    let database: any Database
    let jobDescriptions: JobDescriptionStore
    let publishing: Publishing
    /// Encoded JSON of recent reads, served by ``JobDescriptionFastReadMiddleware``.
    let responses: JobDescriptionResponseCache

    init(database: any Database, cache: JobDescriptionCache, responses: JobDescriptionResponseCache, publishing: Publishing) {
        self.responses = responses
        self.database = database
        self.jobDescriptions = JobDescriptionStore(database: database, cache: cache)
        self.publishing = publishing
    }

    /// Parses a path id; an id that is not a UUID cannot exist, so it is answered like an unknown one.
    static func uuid(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw APIProblem.notFound() }
        return id
    }

    /// Checks a page size: 20 when absent.
    static func pageSize(_ limit: Int?) throws -> Int {
        guard let limit else { return 20 }
        guard (1...100).contains(limit) else { throw APIProblem.badRequest("limit must be between 1 and 100 (got \(limit)).") }
        return limit
    }

    /// Rejects a document with validation problems.
    static func validated(_ document: JobDocument) throws -> JobDocument {
        let problems = document.validate()
        guard problems.isEmpty else { throw APIProblem.validation(problems) }
        return document
    }
}
