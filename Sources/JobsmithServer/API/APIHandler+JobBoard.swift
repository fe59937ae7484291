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
        let withPay = try Self.payTransparency(query.payTransparency)
        let list = publicBoard.cached("api.jobs?\(withContent)\u{3}\(withPay)\u{3}\(filter.cacheKey)", in: board) { _ in
            let jobs = filter.apply(board.postings).map { boardJob($0, on: board, withContent: withContent, withPay: withPay) }
            return Components.Schemas.BoardJobList(jobs: jobs, meta: .init(total: jobs.count))
        }
        return .ok(.init(body: .json(list)))
    }

    func getBoardJob(_ input: Operations.GetBoardJob.Input) async throws -> Operations.GetBoardJob.Output {
        guard let board = try await publicBoard.snapshot(slug: input.path.org) else { throw APIProblem.unknownBoard }
        guard let id = UUID(uuidString: input.path.id), let posting = board.posting(id) else {
            throw APIProblem(status: .notFound, detail: "This board has no open job with this id.")
        }
        return .ok(
            .init(body: .json(boardJob(posting, on: board, withContent: true, withPay: try Self.payTransparency(input.query.payTransparency)))))
    }

    /// A posting as the job-board API shows it: every office, and with `withPay` its pay ranges.
    func boardJob(_ posting: Posting, on board: BoardSnapshot, withContent: Bool, withPay: Bool) -> Components.Schemas.BoardJob {
        let document = posting.document
        let places = Set(document.locations.map(\.displayName))
        return Components.Schemas.BoardJob(
            id: posting.id.uuidString.lowercased(),
            internalJobId: posting.jobDescriptionID.uuidString.lowercased(),
            title: document.title,
            updatedAt: posting.updatedAt,
            firstPublished: posting.firstPublishedAt,
            requisitionId: posting.requisitionID,
            location: .init(name: posting.officeName ?? ""),
            absoluteUrl: links.posting(board.organization.slug, posting.id),
            language: "en",
            metadata: .null,
            departments: [.init(id: BoardFilter.identifier(posting.department), name: posting.department)],
            offices: posting.officeNames.map { .init(id: BoardFilter.identifier($0), name: $0, location: places.contains($0) ? $0 : nil) },
            payInputRanges: withPay ? document.payRanges.map(Self.boardPayRange) : nil,
            workplaceType: document.workplaceType.flatMap { .init(rawValue: $0.rawValue) },
            employmentType: document.employmentType.flatMap { .init(rawValue: $0.rawValue) },
            validThrough: posting.validThrough,
            content: withContent ? HTMLRenderer.fragment(document) : nil
        )
    }

    /// Whether `?pay_transparency=` asks for the pay ranges: `true` or `false`, as Greenhouse's clients send it.
    /// - Throws: a 400 problem naming the parameter for any other value.
    static func payTransparency(_ value: String?) throws -> Bool {
        switch value {
        case nil, "false": return false
        case "true": return true
        default: throw APIProblem.badRequest("pay_transparency must be true or false.")
        }
    }

    /// One pay range as Greenhouse's `pay_input_ranges` gives it, in cents.
    static func boardPayRange(_ range: JobDocument.PayRange) -> Components.Schemas.BoardPayRange {
        // Validation keeps amounts within 0...1e9, so every stored amount converts; `exactly` keeps the conversion
        // trap-free (NaN, infinities, out of range) whatever a row holds.
        func cents(_ amount: Double) -> Int64 { Int64(exactly: (amount * 100).rounded()) ?? 0 }
        return .init(
            minCents: cents(range.salary.min), maxCents: cents(range.salary.max), currencyType: range.salary.currency,
            title: range.placesName ?? "Base pay", payPeriod: .init(rawValue: range.salary.period.rawValue) ?? .year
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
