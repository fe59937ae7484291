import Foundation
import JobsmithCore
import Synchronization

/// The public side of publishing: each organization's open postings and their rendered pages and feeds, cached in
/// memory so a page view costs no database work.
///
/// An organization's board is read from the database at most once per ``ttl`` (one query for the organization, one on
/// the open-postings index); meanwhile requests are answered from memory. Publishing, unpublishing and deleting on this
/// server invalidate the board at once; another server behind the same database sees the change within ``ttl``.
/// Expiry is exact everywhere: postings past `validThrough` are dropped from the snapshot when it is read. Rendered
/// pages are kept per posting and published version, and board-wide representations (list, feeds) per snapshot
/// fingerprint, so each is rendered once per change.
final class PublicBoard: Sendable {
    /// How long a board read from the database is served before it is read again.
    let ttl: TimeInterval
    private let reader: @Sendable (String) async throws -> BoardContent?
    private let now: @Sendable () -> Date
    private let state = Mutex<[String: Entry]>([:])

    /// The most board-wide representations kept per organization (filters make the key space open-ended).
    private static let renderLimit = 64

    private struct Entry {
        var snapshot: BoardSnapshot?
        var loadedAt = Date.distantPast
        var loading: Task<BoardSnapshot?, any Error>?
        var generation = 0
        /// Board-wide values (rendered lists and feeds, job-board API answers), each with the fingerprint it is for.
        var renders: [String: (key: String, value: any Sendable)] = [:]
        var pages: [UUID: RenderedPage] = [:]

        /// Drops the snapshot so the next request reads the board again; a load already running is of the old
        /// generation and will not be kept.
        mutating func forget() {
            snapshot = nil
            loading = nil
            generation += 1
        }
    }

    /// - Parameters:
    ///   - reader: reads an organization's board from the database (``PublishingService/board(slug:)``).
    ///   - ttl: the fallback bound on staleness when an invalidation was missed.
    init(reader: @escaping @Sendable (String) async throws -> BoardContent?, ttl: TimeInterval = 1, now: @escaping @Sendable () -> Date) {
        self.reader = reader
        self.ttl = ttl
        self.now = now
    }

    /// The board of the organization `slug` with its open postings, or nil when no organization has that slug.
    func snapshot(slug: String) async throws -> BoardSnapshot? {
        guard OrganizationDirectory.isValidSlug(slug) else { return nil }
        let now = now()
        enum Step {
            case ready(BoardSnapshot)
            case wait(Task<BoardSnapshot?, any Error>)
        }
        let step: Step = state.withLock { entries in
            // The common case: a fresh board with nothing expired, read without writing.
            if let entry = entries[slug], let snapshot = entry.snapshot, (0..<ttl).contains(now.timeIntervalSince(entry.loadedAt)),
                snapshot.nextExpiry.map({ $0 > now }) ?? true
            {
                return .ready(snapshot)
            }
            var entry = entries[slug] ?? Entry()
            defer { entries[slug] = entry }
            if let snapshot = entry.snapshot {
                let trimmed = snapshot.trimmed(at: now)
                entry.snapshot = trimmed
                let age = now.timeIntervalSince(entry.loadedAt)
                if (age < 0 || age >= ttl) && entry.loading == nil {
                    // Stale: read it again in the background and answer from memory meanwhile.
                    entry.loading = load(slug, generation: entry.generation)
                }
                return .ready(trimmed)
            }
            if let loading = entry.loading { return .wait(loading) }
            let task = load(slug, generation: entry.generation)
            entry.loading = task
            return .wait(task)
        }
        switch step {
        case .ready(let snapshot): return snapshot
        case .wait(let task): return try await task.value?.trimmed(at: now)
        }
    }

    /// Forgets the organization's board so the next request reads it again; call after any change to its postings.
    func invalidate(slug: String) {
        state.withLock { entries in entries[slug]?.forget() }
    }

    /// Forgets every organization's board, for when changes may have been missed.
    func invalidateAll() {
        state.withLock { entries in
            for slug in entries.keys { entries[slug]?.forget() }
        }
    }

    /// The rendered page of `posting`, rendered on first use and again only when it is published again.
    func page(for posting: Posting, in snapshot: BoardSnapshot, render: (String) -> RenderedPage) -> RenderedPage {
        let slug = snapshot.organization.slug
        let key = snapshot.pageKey(for: posting)
        if let cached = state.withLock({ $0[slug]?.pages[posting.id] }), cached.key == key { return cached }
        let page = render(key)
        state.withLock { $0[slug]?.pages[posting.id] = page }
        return page
    }

    /// A board-wide representation named `name` (the list with its filters, a feed), rendered once per board change.
    func representation(_ name: String, in snapshot: BoardSnapshot, render: (String) -> RenderedPage) -> RenderedPage {
        cached(name, in: snapshot, make: render)
    }

    /// The board-wide representation named `name`, if one was made for the board as it is now.
    func cachedRepresentation(_ name: String, in snapshot: BoardSnapshot) -> RenderedPage? {
        guard let cached = state.withLock({ $0[snapshot.organization.slug]?.renders[name] }), cached.key == snapshot.fingerprint else {
            return nil
        }
        return cached.value as? RenderedPage
    }

    /// Keeps a board-wide representation made for the board as it is in `snapshot`.
    func store(_ page: RenderedPage, as name: String, in snapshot: BoardSnapshot) {
        _ = cached(name, in: snapshot) { _ in page }
    }

    /// A board-wide value named `name`, made once per board change.
    func cached<Value: Sendable>(_ name: String, in snapshot: BoardSnapshot, make: (String) -> Value) -> Value {
        let slug = snapshot.organization.slug
        let key = snapshot.fingerprint
        if let cached = state.withLock({ $0[slug]?.renders[name] }), cached.key == key, let value = cached.value as? Value {
            return value
        }
        let value = make(key)
        state.withLock { entries in
            guard entries[slug] != nil else { return }
            if entries[slug]!.renders.count >= Self.renderLimit { entries[slug]!.renders.removeAll() }
            entries[slug]!.renders[name] = (key, value)
        }
        return value
    }

    /// Starts reading the board from the database; the result is kept unless the board was invalidated meanwhile.
    private func load(_ slug: String, generation: Int) -> Task<BoardSnapshot?, any Error> {
        Task { [self] in
            do {
                let snapshot = try await read(slug)
                let loadedAt = now()
                state.withLock { entries in
                    guard var entry = entries[slug], entry.generation == generation else { return }
                    entry.loading = nil
                    guard var snapshot else {
                        entries[slug] = nil
                        return
                    }
                    if let previous = entry.snapshot, previous.fingerprint == snapshot.fingerprint {
                        snapshot.changedAt = previous.changedAt
                    } else {
                        entry.renders.removeAll()
                    }
                    entry.pages = entry.pages.filter { snapshot.posting($0.key) != nil }
                    entry.snapshot = snapshot
                    entry.loadedAt = loadedAt
                    entries[slug] = entry
                }
                return snapshot
            } catch {
                state.withLock { entries in
                    if entries[slug]?.generation == generation { entries[slug]?.loading = nil }
                }
                throw error
            }
        }
    }

    private func read(_ slug: String) async throws -> BoardSnapshot? {
        guard let content = try await reader(slug) else { return nil }
        return BoardSnapshot(
            organization: BoardOrganization(id: content.organization.id, slug: content.organization.slug, branding: content.branding),
            postings: content.postings, changedAt: now()
        )
    }
}
