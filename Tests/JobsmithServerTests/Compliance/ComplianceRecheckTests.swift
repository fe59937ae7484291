import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithLibrary
import JobsmithLint
import Logging
import SQLKit
import Synchronization
import Testing

/// The re-check of open postings in the application core: verdicts stored with the law table's version, an event
/// for each posting whose outcome changed, and one run a day among instances sharing a database.
@Suite("Compliance: re-checking open postings")
struct ComplianceRecheckTests {
    /// A Wilmington DE job without pay: Delaware's law (26+ employees) takes effect on 2027-09-26.
    static let wilmington: JobDocument = {
        var document = JobDocument(title: "Data Analyst", summary: "Turn our data into decisions for every team.")
        document.responsibilities = ["Build dashboards", "Answer questions with data"]
        document.requirements = ["Two years of SQL", "Clear writing"]
        document.location = Location(city: "Wilmington", region: "DE", country: "US")
        return document
    }()

    @Test("a law coming into force makes an open posting fail: the verdict is stored and an event emitted once", arguments: TestDatabase.available)
    func lawComesIntoForce(database: TestDatabase) async throws {
        let clock = TestClock(try #require(LintOptions.date(ofDay: "2027-07-01")))
        try await withServices(database, clock: WallClock { clock.now }) { fixture in
            let core = fixture.core
            _ = try await core.profiles.save(CompanyProfile(name: "Acme", employeeCount: 200), by: fixture.caller)
            let created = try await core.jobDescriptions.create(Self.wilmington, by: fixture.caller)
            let posting = try await core.publishing.publish(
                created.id, PublishRequest(applyURL: "https://acme.example/apply"), expected: nil, by: fixture.caller)
            #expect(posting.compliance?.status == .passing)
            #expect(posting.compliance?.lawTableVersion == ComplianceCheck.lawTableVersion)

            let observed = Mutex<[DomainEvent]>([])
            core.events.onCommit { events in observed.withLock { $0 += events.map(\.event) } }
            let unchanged = try await core.compliance.recheckOpenPostings(organizationID: fixture.caller.organizationID)
            #expect(unchanged == .init(checked: 1, changed: 0, failing: 0))

            clock.advance(by: 92 * 86_400)
            let changed = try await core.compliance.recheckOpenPostings(organizationID: fixture.caller.organizationID)
            #expect(changed == .init(checked: 1, changed: 1, failing: 1))
            let expected = DomainEvent.postingComplianceChanged(
                jobDescriptionID: created.id, postingID: posting.id, status: .failing, failingRules: ["pay-transparency-delaware"])
            #expect(observed.withLock { $0 } == [expected])
            let failing = try await core.publishing.postings(
                jobDescriptionID: nil, status: nil, compliance: .failing, after: nil, limit: 10, by: fixture.caller)
            #expect(failing.items.map(\.id) == [posting.id])
            #expect(failing.items.first?.compliance?.checkedAt == WallClock.storedPrecision(clock.now))
            let none = try await core.publishing.postings(
                jobDescriptionID: nil, status: nil, compliance: .failing, after: nil, limit: 10, by: fixture.otherCaller)
            #expect(none.items.isEmpty)

            // Checking again finds nothing new; fixing the posting makes it pass again, at publish.
            #expect(try await core.compliance.recheckOpenPostings(organizationID: fixture.caller.organizationID).changed == 0)
            #expect(observed.withLock { $0 }.count == 1)
            var paid = Self.wilmington
            paid.salary = Salary(min: 70_000, max: 90_000, currency: "USD", period: .year)
            _ = try await core.jobDescriptions.replace(created.id, with: paid, expected: .current, by: fixture.caller)
            let republished = try await core.publishing.publish(
                created.id, PublishRequest(applyURL: "https://acme.example/apply"), expected: nil, by: fixture.caller)
            #expect(republished.compliance?.status == .passing)
        }
    }

    @Test("instances sharing a database re-check once a day, and again when the law table differs", arguments: TestDatabase.available)
    func oneRunADay(database: TestDatabase) async throws {
        let clock = TestClock(try #require(LintOptions.date(ofDay: "2027-07-01")))
        let location = try await database.makeScratchLocation()
        var logger = Logger(label: "jobsmith-test")
        logger.logLevel = .warning
        let first = try DatabaseOwner(location: location, logger: logger)
        let second = try DatabaseOwner(location: location, logger: logger)
        do {
            try await first.migrate()
            let templates = try BuiltInTemplates.load()
            let one = CoreServices(database: first, clock: WallClock { clock.now }, builtInTemplates: templates, logger: logger)
            let other = CoreServices(database: second, clock: WallClock { clock.now }, builtInTemplates: templates, logger: logger)
            async let a = one.compliance.recheckIfDue()
            async let b = other.compliance.recheckIfDue()
            let runs = try await [a, b]
            #expect(runs.compactMap { $0 }.count == 1, "exactly one instance claims today's run")
            #expect(try await one.compliance.recheckIfDue() == nil)
            clock.advance(by: 86_400)
            #expect(try await other.compliance.recheckIfDue() != nil, "a new day is due again")
            #expect(try await one.compliance.recheckIfDue() == nil)
            // A table of another version (an older or newer build) makes the run due the same day.
            try await (first.database as! any SQLDatabase).raw("UPDATE compliance_sweeps SET law_version = 'older-table'").run()
            #expect(try await one.compliance.recheckIfDue() != nil)
        } catch {
            await first.close()
            await second.close()
            try? await TestDatabase.dropScratch(location)
            throw error
        }
        await first.close()
        await second.close()
        try await TestDatabase.dropScratch(location)
    }
}
