import Foundation
import JobsmithAPI
import JobsmithCore
import JobsmithDomain

/// Implements the operations of openapi.yaml, one extension per resource. Each handler maps the generated input to a
/// call of an application service and its result to the generated output.
struct APIHandler: APIProtocol {
    let jobDescriptions: JobDescriptionService
    let publishing: PublishingService
    let lint: LintService
    let compliance: ComplianceService
    let templates: TemplateService
    let profiles: CompanyProfileService
    /// People and API tokens.
    let accounts: AccountService
    let organizations: OrganizationService
    /// The cached public board and its public addresses, for the job-board API.
    let publicBoard: PublicBoard
    let links: PublicLinks
    /// Encoded JSON of recent reads, served by ``JobDescriptionFastReadMiddleware``.
    let responses: JobDescriptionResponseCache
    let clock: WallClock
    /// Asked by the readiness check.
    let database: DatabaseOwner
    /// Records how long imports take.
    let metrics: OperationMetrics

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

    /// Rejects a document with validation problems before any service is asked.
    static func validated(_ document: JobDocument) throws -> JobDocument {
        let problems = document.validate()
        guard problems.isEmpty else { throw APIProblem.validation(problems) }
        return document
    }
}
