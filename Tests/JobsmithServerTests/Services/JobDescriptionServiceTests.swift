import FluentKit
import Foundation
import JobsmithCore
import JobsmithDomain
import Synchronization
import Testing

@Suite("Job description service")
struct JobDescriptionServiceTests {
    static let document = JobDocument(title: "Backend Developer", summary: "Build our services.", responsibilities: ["Design APIs"])

    @Test("concurrent writers naming the same version: one wins, the others are told the new version", arguments: TestDatabase.available)
    func concurrentSameVersion(database: TestDatabase) async throws {
        try await withServices(database) { fixture in
            let jobs = fixture.core.jobDescriptions
            let created = try await jobs.create(Self.document, by: fixture.caller)
            let outcomes = try await withThrowingTaskGroup(of: Int?.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        var document = Self.document
                        document.summary = "Writer \(writer)"
                        do {
                            return try await jobs.replace(created.id, with: document, expected: .exactly(1), by: fixture.caller).version
                        } catch StoreError.versionMismatch(let current) {
                            #expect(current == 2)
                            return nil
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.compactMap { $0 } == [2])
            let versions = try await jobs.versions(of: created.id, after: nil, limit: 20, by: fixture.caller)
            #expect(versions.items.map(\.number) == [2, 1])
        }
    }

    @Test("read-modify-write with If-Match loses no update", arguments: TestDatabase.available)
    func noLostUpdate(database: TestDatabase) async throws {
        try await withServices(database) { fixture in
            let jobs = fixture.core.jobDescriptions
            let created = try await jobs.create(JobDocument(title: "Support Engineer"), by: fixture.caller)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<6 {
                    group.addTask {
                        while true {
                            let current = try await jobs.current(created.id, by: fixture.caller)
                            var document = current.document
                            document.responsibilities.append("Task \(writer)")
                            do {
                                _ = try await jobs.replace(created.id, with: document, expected: .exactly(current.version), by: fixture.caller)
                                return
                            } catch StoreError.versionMismatch {
                                continue
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let final = try await jobs.current(created.id, by: fixture.caller)
            #expect(final.version == 7)
            #expect(Set(final.document.responsibilities) == Set((0..<6).map { "Task \($0)" }))
        }
    }

    @Test("a merge patch applies to the stored document, never a cached copy", arguments: TestDatabase.available)
    func mergePatchOnStored(database: TestDatabase) async throws {
        try await withServices(database) { fixture in
            let jobs = fixture.core.jobDescriptions
            let created = try await jobs.create(Self.document, by: fixture.caller)
            // Cache version 1, then change it.
            _ = try await jobs.find(created.id, by: fixture.caller)
            var second = Self.document
            second.summary = "Second summary"
            _ = try await jobs.replace(created.id, with: second, expected: .exactly(1), by: fixture.caller)
            let patched = try await jobs.mergePatch(created.id, patch: Data(#"{"title":"Patched"}"#.utf8), expected: .current, by: fixture.caller)
            #expect(patched.version == 3)
            #expect(patched.document.summary == "Second summary")
            #expect(patched.document.title == "Patched")
            await #expect(throws: ValidationFailure.self) {
                try await jobs.mergePatch(created.id, patch: Data(#"{"title":""}"#.utf8), expected: .current, by: fixture.caller)
            }
        }
    }

    @Test("publishing publishes the version just written, and refuses a stale one", arguments: TestDatabase.available)
    func publishWhatWasWritten(database: TestDatabase) async throws {
        try await withServices(database) { fixture in
            let jobs = fixture.core.jobDescriptions
            let publishing = fixture.core.publishing
            var document = Self.document
            document.location = Location(city: "Austin", region: "TX", country: "US")
            let created = try await jobs.create(document, by: fixture.caller)
            _ = try await jobs.find(created.id, by: fixture.caller)
            document.summary = "Version two"
            _ = try await jobs.replace(created.id, with: document, expected: .exactly(1), by: fixture.caller)
            let request = PublishRequest(applyURL: "https://acme.example/jobs", force: true)
            await #expect(throws: StoreError.versionMismatch(current: 2)) {
                try await publishing.publish(created.id, request, expected: .exactly(1), by: fixture.caller)
            }
            let posting = try await publishing.publish(created.id, request, expected: nil, by: fixture.caller)
            #expect(posting.version == 2)
            #expect(posting.document.summary == "Version two")
            #expect(try await jobs.current(created.id, by: fixture.caller).status == .published)
            await #expect(throws: StoreError.notFound) {
                try await publishing.publish(created.id, request, expected: nil, by: fixture.otherCaller)
            }
        }
    }

    @Test("delete withdraws the posting and checks the version; restore brings back a draft", arguments: TestDatabase.available)
    func deleteAndRestore(database: TestDatabase) async throws {
        try await withServices(database) { fixture in
            let jobs = fixture.core.jobDescriptions
            let created = try await jobs.create(Self.document, by: fixture.caller)
            _ = try await fixture.core.publishing.publish(
                created.id, PublishRequest(applyURL: "https://acme.example/jobs", force: true), expected: nil, by: fixture.caller)
            await #expect(throws: StoreError.versionMismatch(current: 1)) {
                try await jobs.delete(created.id, expected: .exactly(5), by: fixture.caller)
            }
            await #expect(throws: StoreError.notFound) { try await jobs.delete(created.id, expected: .current, by: fixture.otherCaller) }
            try await jobs.delete(created.id, expected: .exactly(1), by: fixture.caller)
            #expect(try await jobs.find(created.id, by: fixture.caller) == nil)
            let posting = try #require(try await fixture.core.publishing.posting(of: created.id, by: fixture.caller))
            #expect(posting.unpublishedAt != nil)
            let trash = try await jobs.list(titleContains: nil, status: nil, inTrash: true, after: nil, limit: 10, by: fixture.caller)
            #expect(trash.items.map(\.id) == [created.id])
            await #expect(throws: StoreError.notFound) { try await jobs.restore(created.id, by: fixture.otherCaller) }
            let restored = try await jobs.restore(created.id, by: fixture.caller)
            #expect(restored.status == .draft)
            #expect(try await jobs.find(created.id, by: fixture.caller)?.version == 1)
        }
    }

    @Test("duplicate copies the current version into a new draft of the same organization", arguments: TestDatabase.available)
    func duplicate(database: TestDatabase) async throws {
        try await withServices(database) { fixture in
            let jobs = fixture.core.jobDescriptions
            let created = try await jobs.create(Self.document, by: fixture.caller)
            var second = Self.document
            second.summary = "Current summary"
            _ = try await jobs.replace(created.id, with: second, expected: .current, by: fixture.caller)
            let copy = try await jobs.duplicate(created.id, by: fixture.caller)
            #expect(copy.id != created.id)
            #expect(copy.version == 1)
            #expect(copy.status == .draft)
            #expect(copy.document.title == "Backend Developer (copy)")
            #expect(copy.document.summary == "Current summary")
            #expect(try await jobs.current(created.id, by: fixture.caller).version == 2)
            await #expect(throws: StoreError.notFound) { try await jobs.duplicate(created.id, by: fixture.otherCaller) }
        }
    }

    @Test(
        "events are recorded inside the transaction (a failing recorder undoes the change) and observed after it", arguments: TestDatabase.available)
    func eventSeams(database: TestDatabase) async throws {
        try await withServices(database) { fixture in
            let observed = Mutex<[DomainEvent]>([])
            fixture.core.events.onCommit { events in observed.withLock { $0 += events.map(\.event) } }
            let created = try await fixture.core.jobDescriptions.create(Self.document, by: fixture.caller)
            #expect(observed.withLock { $0 } == [.jobDescriptionCreated(id: created.id, version: 1, origin: .written)])
            fixture.core.events.addRecorder(RefusingRecorder())
            await #expect(throws: RefusingRecorder.Refused.self) {
                try await fixture.core.jobDescriptions.replace(created.id, with: JobDocument(title: "Never"), expected: .current, by: fixture.caller)
            }
            #expect(try await fixture.core.jobDescriptions.current(created.id, by: fixture.caller).version == 1)
            #expect(observed.withLock { $0 }.count == 1)
        }
    }
}

/// A recorder that refuses every event, as an audit log that cannot be written would.
private struct RefusingRecorder: DomainEventRecorder {
    struct Refused: Error {}

    func record(_ event: RecordedEvent, in transaction: any Database) async throws {
        throw Refused()
    }
}
