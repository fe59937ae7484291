import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithDomain
import NIOCore
import OpenAPIRuntime

extension APIHandler {
    func listJobDescriptions(_ input: Operations.ListJobDescriptions.Input) async throws -> Operations.ListJobDescriptions.Output {
        let caller = try Caller.required()
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
                organizationID: caller.organizationID, titleContains: input.query.q, status: status,
                inTrash: input.query.status == .deleted, after: input.query.cursor, limit: try Self.pageSize(input.query.limit)
            )
            return .ok(.init(body: .json(.init(items: try page.items.map { try $0.apiRepresentation() }, nextCursor: .cursor(page.nextCursor)))))
        } catch is InvalidCursor {
            throw APIProblem.badRequest("cursor is not one this server gave out; start again without it.")
        }
    }

    func createJobDescription(_ input: Operations.CreateJobDescription.Input) async throws -> Operations.CreateJobDescription.Output {
        let caller = try Caller.required()
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let document: JobDocument
        if body.template != nil {
            document = try await compose(body, caller: caller)
        } else if body.title == nil {
            throw APIProblem.validation([.init(pointer: "/title", message: "is required (or give a template to compose from)")])
        } else {
            document = try JSONBridge.convert(body, to: JobDocument.self)
        }
        let stored = try await jobDescriptions.create(try Self.validated(document), organizationID: caller.organizationID, author: caller.author)
        return .created(
            .init(
                headers: .init(location: "/api/v1/job-descriptions/\(stored.id.uuidString.lowercased())", eTag: stored.entityTag),
                body: .json(try stored.apiRepresentation())
            )
        )
    }

    func getJobDescription(_ input: Operations.GetJobDescription.Input) async throws -> Operations.GetJobDescription.Output {
        let caller = try Caller.required()
        guard let stored = try await jobDescriptions.find(try Self.uuid(input.path.id), organizationID: caller.organizationID) else {
            throw APIProblem.notFound()
        }
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
                organizationName: caller.organizationName, identifier: stored.id.uuidString.lowercased(), datePosted: stored.createdAt
            )
            let jsonLD = JobPostingJSONLD.render(rendered, context: context)
            body = .applicationLdJson(try JSONBridge.decode(OpenAPIObjectContainer.self, from: Data(jsonLD.utf8)))
        }
        return .ok(.init(headers: .init(eTag: stored.entityTag), body: body))
    }

    func replaceJobDescription(_ input: Operations.ReplaceJobDescription.Input) async throws -> Operations.ReplaceJobDescription.Output {
        let caller = try Caller.required()
        let id = try Self.uuid(input.path.id)
        guard let current = try await jobDescriptions.find(id, organizationID: caller.organizationID) else { throw APIProblem.notFound() }
        let expected = try EntityTags.version(from: input.headers.ifMatch, current: current.version)
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        var document = try JSONBridge.convert(body, to: JobDocument.self)
        document.resolvePlaces(against: current.document)
        document = try Self.validated(document)
        let saved = try await jobDescriptions.save(
            document, id: id, organizationID: caller.organizationID, expectedVersion: expected, author: caller.author
        )
        return .ok(.init(headers: .init(eTag: saved.entityTag), body: .json(try saved.apiRepresentation())))
    }

    func updateJobDescription(_ input: Operations.UpdateJobDescription.Input) async throws -> Operations.UpdateJobDescription.Output {
        let caller = try Caller.required()
        let id = try Self.uuid(input.path.id)
        guard let current = try await jobDescriptions.find(id, organizationID: caller.organizationID) else { throw APIProblem.notFound() }
        let expected = try EntityTags.version(from: input.headers.ifMatch, current: current.version)
        guard case .applicationMergePatchJson(let patch) = input.body else {
            throw APIProblem(status: .unsupportedMediaType, detail: "Send a JSON Merge Patch.")
        }
        let original = try JSONSerialization.jsonObject(with: JSONBridge.encoder.encode(current.document))
        let patched = MergePatch.apply(try JSONSerialization.jsonObject(with: JSONBridge.encoder.encode(patch)), to: original)
        let data = try JSONSerialization.data(withJSONObject: patched)
        var document = try JSONBridge.decode(JobDocument.self, from: data)
        // The stored document carries both `location` and `locations`; a patch of one of them decides which changed.
        document.resolvePlaces(against: current.document)
        document = try Self.validated(document)
        let saved = try await jobDescriptions.save(
            document, id: id, organizationID: caller.organizationID, expectedVersion: expected, author: caller.author
        )
        return .ok(.init(headers: .init(eTag: saved.entityTag), body: .json(try saved.apiRepresentation())))
    }

    func deleteJobDescription(_ input: Operations.DeleteJobDescription.Input) async throws -> Operations.DeleteJobDescription.Output {
        let caller = try Caller.required()
        let id = try Self.uuid(input.path.id)
        guard let current = try await jobDescriptions.find(id, organizationID: caller.organizationID) else { throw APIProblem.notFound() }
        let expected = try EntityTags.version(from: input.headers.ifMatch, current: current.version)
        try await jobDescriptions.delete(id, organizationID: caller.organizationID, expectedVersion: expected)
        publishing.board.invalidate(slug: caller.organizationSlug)
        return .noContent(.init())
    }

    func restoreJobDescription(_ input: Operations.RestoreJobDescription.Input) async throws -> Operations.RestoreJobDescription.Output {
        let caller = try Caller.required()
        let restored = try await jobDescriptions.restore(try Self.uuid(input.path.id), organizationID: caller.organizationID)
        return .ok(.init(headers: .init(eTag: restored.entityTag), body: .json(try restored.apiRepresentation())))
    }

    /// Composes a document from the request's template, the company profile and the overrides given.
    private func compose(_ body: Components.Schemas.JobDescriptionCreate, caller: Caller) async throws -> JobDocument {
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
        let request = try JSONBridge.convert(body, to: ComposeRequest.self)
        guard let template = try await TemplateStore(database: database).find(request.template, organizationID: caller.organizationID) else {
            throw APIProblem.validation([.init(pointer: "/template", message: "no template has the slug \"\(request.template)\"")])
        }
        let profile = try await CompanyProfileStore(database: database).profile(organizationID: caller.organizationID)
        switch Composer.compose(template.template, profile: profile, request: request) {
        case .success(let document): return document
        case .failure(let failure): throw APIProblem.validation(failure.problems)
        }
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
