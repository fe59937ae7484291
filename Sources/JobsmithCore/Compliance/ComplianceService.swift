import FluentKit
import Foundation
import JobsmithDomain
import JobsmithLint
import SQLKit

/// Compliance of open postings with the pay-transparency laws: the re-check that keeps each posting's verdict
/// current as laws come into force and the law table changes, and the report of every open posting against every
/// jurisdiction it touches.
public struct ComplianceService: Sendable {
    let writer: Writer
    let lint: LintService

    package init(writer: Writer, lint: LintService) {
        self.writer = writer
        self.lint = lint
    }

    /// What a re-check did.
    public struct Recheck: Sendable, Equatable {
        /// Open postings checked.
        public var checked = 0
        /// Postings whose verdict changed (each emitted ``DomainEvent/postingComplianceChanged(jobDescriptionID:postingID:status:failingRules:)``).
        public var changed = 0
        /// Open postings failing after the re-check.
        public var failing = 0

        public init(checked: Int = 0, changed: Int = 0, failing: Int = 0) {
            self.checked = checked
            self.changed = changed
            self.failing = failing
        }
    }

    /// Re-checks every open posting when no instance has done so today with this build's law table: at start-up, on
    /// the first check of each UTC day, and after an upgrade that changed the table. Instances sharing a database
    /// claim the run in one conditional update, so only one of them re-checks. Nil when the run was not due.
    public func recheckIfDue() async throws -> Recheck? {
        let now = writer.clock.storedNow()
        let day = LintOptions.day(of: now)
        let version = ComplianceCheck.lawTableVersion
        let claimed = try await writer.bookkeeping { database in
            let rows = try await (database as! any SQLDatabase).raw(
                """
                UPDATE \(ident: CreateComplianceSweeps.schema) SET day = \(bind: day), law_version = \(bind: version), claimed_at = \(bind: now) \
                WHERE name = \(bind: CreateComplianceSweeps.openPostings) AND (day <> \(bind: day) OR law_version <> \(bind: version)) \
                RETURNING name
                """
            ).all()
            return !rows.isEmpty
        }
        return claimed ? try await recheckOpenPostings() : nil
    }

    /// Re-checks the open postings of every organization (or only of `organizationID`) as of the clock's today, stores
    /// each verdict with the law table's version, and emits an event for each posting whose outcome changed.
    @discardableResult
    public func recheckOpenPostings(organizationID: UUID? = nil) async throws -> Recheck {
        let store = PostingStore(database: writer.owner.database)
        let organizations: [UUID]
        if let organizationID {
            organizations = [organizationID]
        } else {
            organizations = try await store.organizationsWithOpenPostings(now: writer.clock.now())
        }
        var total = Recheck()
        for id in organizations {
            guard let organization = try await OrganizationDirectory(database: writer.owner.database).organization(id: id) else { continue }
            let counts = try await recheck(Caller(organization: organization, identity: .system("compliance re-check"), role: .owner))
            total.checked += counts.checked
            total.changed += counts.changed
            total.failing += counts.failing
        }
        return total
    }

    /// Re-checks the open postings of the caller's organization in one write transaction.
    private func recheck(_ caller: Caller) async throws -> Recheck {
        try await writer.write(by: caller) { transaction in
            let store = PostingStore(database: transaction.database)
            let options = try await lint.options(organizationID: caller.organizationID, on: transaction.database)
            var counts = Recheck()
            for model in try await store.openRowsForRecheck(organizationID: caller.organizationID, now: transaction.now) {
                let posting = try PostingStore.posting(model)
                let verdict = PostingCompliance.of(posting.document, options: options, at: transaction.now)
                counts.checked += 1
                if verdict.status == .failing { counts.failing += 1 }
                PostingStore.store(verdict, on: model)
                try await model.update(on: transaction.database)
                guard verdict.differsInOutcome(from: posting.compliance), posting.compliance != nil || verdict.status == .failing else { continue }
                counts.changed += 1
                try await transaction.emit(
                    .postingComplianceChanged(
                        jobDescriptionID: posting.jobDescriptionID, postingID: posting.id, status: verdict.status, failingRules: verdict.failingRules)
                )
            }
            return counts
        }
    }

    /// Every open posting of the caller's organization with the verdict of every jurisdiction it touches, as of
    /// `asOf` (today when nil), newest publish first.
    public func report(asOf: Date? = nil, by caller: Caller) async throws -> ComplianceReport {
        try caller.require(.readJobs)
        let options = try await lint.options(asOf: asOf, by: caller)
        let postings = try await PostingStore(database: writer.owner.database).openPostings(
            organizationID: caller.organizationID, now: writer.clock.now())
        return ComplianceReport(
            asOf: options.asOf, lawTableVersion: ComplianceCheck.lawTableVersion,
            postings: postings.map {
                ComplianceReport.Entry(posting: $0, jurisdictions: ComplianceCheck.verdicts(for: $0.document, options: options))
            }
        )
    }
}
