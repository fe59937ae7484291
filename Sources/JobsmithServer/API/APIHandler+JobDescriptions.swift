import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithCore
import JobsmithDomain
import NIOCore
import OpenAPIRuntime

extension APIHandler {
    func listJobDescriptions(_ input: Operations.ListJobDescriptions.Input) async throws -> Operations.ListJobDescriptions.Output {
        let caller = try RequestCaller.required()
        if let q = input.query.q, q.containsControlCharacters || q.count > 200 {
            throw APIProblem.badRequest("q must be at most 200 characters without control characters.")
        }
        let status: JobStatus? =
            switch input.query.status {
            case .draft: .draft
            case .published: .published
            case .deleted, nil: nil
            }
        do {
            let page = try await jobDescriptions.list(
                titleContains: input.query.q, status: status, inTrash: input.query.status == .deleted, after: input.query.cursor,
                limit: try Self.pageSize(input.query.limit), by: caller
            )
            return .ok(.init(body: .json(.init(items: try page.items.map { try $0.apiRepresentation() }, nextCursor: .cursor(page.nextCursor)))))
        } catch is InvalidCursor {
            throw APIProblem.badRequest("cursor is not one this server gave out; start again without it.")
        }
    }

    func createJobDescription(_ input: Operations.CreateJobDescription.Input) async throws -> Operations.CreateJobDescription.Output {
        let caller = try RequestCaller.required()
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let stored: StoredJobDescription
        if body.template != nil {
            stored = try await compose(body, caller: caller)
        } else if body.title == nil {
            throw APIProblem.validation([.init(pointer: "/title", message: "is required (or give a template to compose from)")])
        } else {
            stored = try await jobDescriptions.create(try Self.validated(JSONBridge.convert(body, to: JobDocument.self)), by: caller)
        }
        return .created(
            .init(
                headers: .init(location: "/api/v1/job-descriptions/\(stored.id.uuidString.lowercased())", eTag: stored.entityTag),
                body: .json(try stored.apiRepresentation())
            )
        )
    }

    func getJobDescription(_ input: Operations.GetJobDescription.Input) async throws -> Operations.GetJobDescription.Output {
        let caller = try RequestCaller.required()
        guard let stored = try await jobDescriptions.find(try Self.uuid(input.path.id), by: caller) else { throw APIProblem.notFound() }
        let format = input.query.format ?? Self.preferredFormat(input.headers.accept)
        let rendered = ContentLocale(tag: input.query.locale?.rawValue ?? "")?.spell(stored.document) ?? stored.document
        let body: Operations.GetJobDescription.Output.Ok.Body
        switch format {
        case .json:
            let representation = try stored.apiRepresentation()
            // Kept encoded for JobDescriptionFastReadMiddleware, which answers the next reads of this version.
            responses.set(ByteBuffer(bytes: try Self.responseEncoder.encode(representation)), for: stored)
            body = .json(representation)
        case .md: body = .textMarkdown(HTTPBody(MarkdownRenderer.render(rendered)))
        case .html: body = .html(HTTPBody(HTMLRenderer.page(rendered)))
        case .txt: body = .plainText(HTTPBody(PlainTextRenderer.render(rendered)))
        case .jsonld:
            let context = PostingContext(
                organizationName: caller.organization.name, identifier: stored.id.uuidString.lowercased(), datePosted: stored.createdAt
            )
            let jsonLD = JobPostingJSONLD.render(rendered, context: context)
            body = .applicationLdJson(try JSONBridge.decode(OpenAPIObjectContainer.self, from: Data(jsonLD.utf8)))
        }
        return .ok(.init(headers: .init(eTag: stored.entityTag), body: body))
    }

    func replaceJobDescription(_ input: Operations.ReplaceJobDescription.Input) async throws -> Operations.ReplaceJobDescription.Output {
        let caller = try RequestCaller.required()
        let id = try Self.uuid(input.path.id)
        let expected = try EntityTags.precondition(from: input.headers.ifMatch)
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let document = try Self.validated(JSONBridge.convert(body, to: JobDocument.self))
        let saved = try await jobDescriptions.replace(id, with: document, expected: expected, by: caller)
        return .ok(.init(headers: .init(eTag: saved.entityTag), body: .json(try saved.apiRepresentation())))
    }

    func updateJobDescription(_ input: Operations.UpdateJobDescription.Input) async throws -> Operations.UpdateJobDescription.Output {
        let caller = try RequestCaller.required()
        let id = try Self.uuid(input.path.id)
        let expected = try EntityTags.precondition(from: input.headers.ifMatch)
        guard case .applicationMergePatchJson(let patch) = input.body else {
            throw APIProblem(status: .unsupportedMediaType, detail: "Send a JSON Merge Patch.")
        }
        do {
            let saved = try await jobDescriptions.mergePatch(id, patch: try JSONBridge.encoder.encode(patch), expected: expected, by: caller)
            return .ok(.init(headers: .init(eTag: saved.entityTag), body: .json(try saved.apiRepresentation())))
        } catch let error as DecodingError {
            throw ProblemMiddleware<AppRequestContext>.problem(for: error)
        }
    }

    func deleteJobDescription(_ input: Operations.DeleteJobDescription.Input) async throws -> Operations.DeleteJobDescription.Output {
        let caller = try RequestCaller.required()
        let id = try Self.uuid(input.path.id)
        try await jobDescriptions.delete(id, expected: try EntityTags.precondition(from: input.headers.ifMatch), by: caller)
        return .noContent(.init())
    }

    func restoreJobDescription(_ input: Operations.RestoreJobDescription.Input) async throws -> Operations.RestoreJobDescription.Output {
        let caller = try RequestCaller.required()
        let restored = try await jobDescriptions.restore(try Self.uuid(input.path.id), by: caller)
        return .ok(.init(headers: .init(eTag: restored.entityTag), body: .json(try restored.apiRepresentation())))
    }

    /// Composes and stores a draft from the request's template, the company profile and the overrides given.
    private func compose(_ body: Components.Schemas.JobDescriptionCreate, caller: Caller) async throws -> StoredJobDescription {
        let fixedSections: [(String, Bool)] = [
            ("summary", body.summary != nil), ("responsibilities", body.responsibilities != nil), ("requirements", body.requirements != nil),
            ("niceToHave", body.niceToHave != nil), ("kpis", body.kpis != nil), ("reportsTo", body.reportsTo != nil),
            ("collaboratesWith", body.collaboratesWith != nil), ("leads", body.leads != nil), ("tools", body.tools != nil),
            ("qualifications", body.qualifications != nil), ("benefits", body.benefits != nil), ("otherSections", body.otherSections != nil),
        ]
        let refused = fixedSections.filter(\.1).map {
            ValidationProblem(pointer: "/\($0.0)", message: "comes from the template; edit it after composing")
        }
        guard refused.isEmpty else { throw APIProblem.validation(refused) }
        return try await jobDescriptions.compose(try JSONBridge.convert(body, to: ComposeRequest.self), by: caller)
    }

    /// Encodes like the generated server does (sorted keys, unescaped slashes, ISO 8601 dates).
    static let responseEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// The render format the Accept header prefers; JSON when it names none we make.
    static func preferredFormat(
        _ accept: [AcceptHeaderContentType<Operations.GetJobDescription.AcceptableContentType>]
    ) -> Components.Schemas.RenderFormat {
        for choice in accept.sorted(by: { $0.quality.doubleValue > $1.quality.doubleValue }) {
            switch choice.contentType {
            case .json: return .json
            case .textMarkdown: return .md
            case .html: return .html
            case .plainText: return .txt
            case .applicationLdJson: return .jsonld
            case .applicationProblemJson, .other: continue
            }
        }
        return .json
    }
}
