import Foundation
import HTTPTypes
import JobsmithAPI
import JobsmithCore
import JobsmithDomain
import OpenAPIRuntime

extension APIHandler {
    func listBoardJobs(_ input: Operations.ListBoardJobs.Input) async throws -> Operations.ListBoardJobs.Output {
        guard let board = try await publicBoard.snapshot(slug: input.path.org) else { throw APIProblem.unknownBoard }
        let query = input.query
        let filter = BoardFilter(
            locations: query.location ?? [], departments: query.department ?? [],
            workplaceTypes: (query.workplaceType ?? []).map(\.rawValue), employmentTypes: (query.employmentType ?? []).map(\.rawValue)
        )
        let withContent = query.content == true
        let list = publicBoard.cached("api.jobs?\(withContent)\u{3}\(filter.cacheKey)", in: board) { _ in
            let jobs = filter.apply(board.postings).map { boardJob($0, on: board, withContent: withContent) }
            return Components.Schemas.BoardJobList(jobs: jobs, meta: .init(total: jobs.count))
        }
        return .ok(.init(body: .json(list)))
    }

    func getBoardJob(_ input: Operations.GetBoardJob.Input) async throws -> Operations.GetBoardJob.Output {
        guard let board = try await publicBoard.snapshot(slug: input.path.org) else { throw APIProblem.unknownBoard }
        guard let id = UUID(uuidString: input.path.id), let posting = board.posting(id) else {
            throw APIProblem(status: .notFound, detail: "This board has no open job with this id.")
        }
        return .ok(.init(body: .json(boardJob(posting, on: board, withContent: true))))
    }

    /// A posting as the job-board API shows it.
    func boardJob(_ posting: Posting, on board: BoardSnapshot, withContent: Bool) -> Components.Schemas.BoardJob {
        let document = posting.document
        let office = posting.officeName
        return Components.Schemas.BoardJob(
            id: posting.id.uuidString.lowercased(),
            internalJobId: posting.jobDescriptionID.uuidString.lowercased(),
            title: document.title,
            updatedAt: posting.updatedAt,
            firstPublished: posting.firstPublishedAt,
            requisitionId: posting.requisitionID,
            location: .init(name: office ?? ""),
            absoluteUrl: links.posting(board.organization.slug, posting.id),
            language: "en",
            metadata: .null,
            departments: [.init(id: BoardFilter.identifier(posting.department), name: posting.department)],
            offices: office.map { [.init(id: BoardFilter.identifier($0), name: $0, location: document.location?.displayName)] } ?? [],
            workplaceType: document.workplaceType.flatMap { .init(rawValue: $0.rawValue) },
            employmentType: document.employmentType.flatMap { .init(rawValue: $0.rawValue) },
            validThrough: posting.validThrough,
            content: withContent ? HTMLRenderer.fragment(document) : nil
        )
    }
}

extension APIProblem {
    /// No organization has the board's slug.
    static let unknownBoard = APIProblem(status: .notFound, detail: "There is no job board with this name.")
}

extension OpenAPIValueContainer {
    /// JSON `null`.
    static var null: OpenAPIValueContainer {
        // nil is a valid container value, so this cannot fail.
        try! OpenAPIValueContainer(unvalidatedValue: nil)
    }
}
