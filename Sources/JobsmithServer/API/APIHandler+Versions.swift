import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithCore
import JobsmithDomain

extension APIHandler {
    func listVersions(_ input: Operations.ListVersions.Input) async throws -> Operations.ListVersions.Output {
        let caller = try RequestCaller.required()
        var after: Int?
        if let cursor = input.query.cursor {
            guard let number = ClientNumbers.parse(cursor, in: ClientNumbers.version) else {
                throw APIProblem.badRequest("cursor is not one this server gave out; start again without it.")
            }
            after = number
        }
        let page = try await jobDescriptions.versions(
            of: try Self.uuid(input.path.id), after: after, limit: try Self.pageSize(input.query.limit), by: caller
        )
        let items = page.items.map {
            Components.Schemas.VersionSummary(version: $0.number, title: $0.document.title, createdAt: $0.createdAt, author: $0.author)
        }
        return .ok(.init(body: .json(.init(items: items, nextCursor: .cursor(page.next.map(String.init))))))
    }

    func getVersion(_ input: Operations.GetVersion.Input) async throws -> Operations.GetVersion.Output {
        let caller = try RequestCaller.required()
        guard
            let version = try await jobDescriptions.version(input.path.number, of: try Self.uuid(input.path.id), by: caller)
        else { throw APIProblem(status: .notFound, detail: "This job description has no version \(input.path.number).") }
        return .ok(
            .init(
                body: .json(
                    .init(
                        version: version.number, createdAt: version.createdAt, author: version.author,
                        document: try JSONBridge.convert(version.document, to: Components.Schemas.JobDocument.self)
                    )
                )
            )
        )
    }

    func diffVersions(_ input: Operations.DiffVersions.Input) async throws -> Operations.DiffVersions.Output {
        let caller = try RequestCaller.required()
        let id = try Self.uuid(input.path.id)
        let numbers = (from: input.query.from, to: input.query.to)
        guard let from = try await jobDescriptions.version(numbers.from, of: id, by: caller) else {
            throw APIProblem(status: .notFound, detail: "This job description has no version \(numbers.from) (from).")
        }
        guard let to = try await jobDescriptions.version(numbers.to, of: id, by: caller) else {
            throw APIProblem(status: .notFound, detail: "This job description has no version \(numbers.to) (to).")
        }
        let diff = DocumentDiff(from: from.document, to: to.document)
        let sections = try JSONBridge.convert(diff.sections, to: [Components.Schemas.Diff.SectionsPayloadPayload].self)
        return .ok(.init(body: .json(.init(from: numbers.from, to: numbers.to, sections: sections))))
    }
}
