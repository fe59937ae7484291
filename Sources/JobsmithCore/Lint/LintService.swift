import FluentKit
import Foundation
import JobsmithDomain
import JobsmithLint

/// The one place that builds lint options: the organization's employee count (from its company profile) decides which
/// pay-transparency laws apply, its locale which spelling is expected, and the application's clock decides which laws
/// are in force. The editor's quality panel, the lint API and the publish gate therefore always agree.
public struct LintService: Sendable {
    let database: any Database
    let clock: WallClock
    let metrics: OperationMetrics

    package init(database: any Database, clock: WallClock, metrics: OperationMetrics = OperationMetrics()) {
        self.database = database
        self.clock = clock
        self.metrics = metrics
    }

    /// The options for the caller's organization.
    /// - Parameters:
    ///   - level: the job's level when the title does not say.
    ///   - asOf: the day whose pay-transparency law applies (``LintOptions/date(ofDay:)``); today when nil.
    public func options(level: JobLevel? = nil, asOf: Date? = nil, by caller: Caller) async throws -> LintOptions {
        try caller.require(.runLint)
        var options = try await options(organizationID: caller.organizationID, level: level, on: database)
        if let asOf { options.asOf = asOf }
        return options
    }

    /// Lints `document` for the caller's organization.
    /// - Parameters:
    ///   - level: the job's level when the title does not say.
    ///   - strictGenderLists: report every match of the published gender-coded word lists, as gender-decoder does.
    ///   - locale: the English the document is in, when it is not the organization's.
    ///   - asOf: the day whose pay-transparency law applies; today when nil.
    public func lint(
        _ document: JobDocument, level: JobLevel? = nil, strictGenderLists: Bool = false, locale: ContentLocale? = nil, asOf: Date? = nil,
        by caller: Caller
    ) async throws -> LintResult {
        try caller.require(.runLint)
        var options = try await options(level: level, asOf: asOf, by: caller)
        options.strictGenderLists = strictGenderLists
        if let locale { options.locale = locale }
        return metrics.measureLint { Linter.lint(document, options: options) }
    }

    /// The findings that block publishing `document`: its lint errors.
    public func publishBlockers(_ document: JobDocument, by caller: Caller) async throws -> [LintFinding] {
        try caller.require(.runLint)
        return Self.blockers(in: try await lint(document, by: caller))
    }

    /// The options for `organizationID`, read on `database` (a write transaction's, when publishing).
    func options(organizationID: UUID, level: JobLevel? = nil, on database: any Database) async throws -> LintOptions {
        let profile = try await CompanyProfileStore(database: database, clock: clock).profile(organizationID: organizationID)
        return LintOptions(employeeCount: profile.employeeCount, level: level, asOf: clock.now(), locale: profile.locale ?? .default)
    }

    /// The error findings of `result`, which block publishing unless forced.
    static func blockers(in result: LintResult) -> [LintFinding] {
        result.findings.filter { $0.severity == .error }
    }
}
