import Foundation
import JobsmithCore

/// The public side of publishing, made once per application: the cached board, the view counters and the public
/// addresses.
struct Publishing: Sendable {
    let board: PublicBoard
    let counters: PostingCounters
    let links: PublicLinks
    let clock: WallClock

    /// The board, counters and links over `core`; the board forgets an organization whenever a committed change (of
    /// this instance or, on PostgreSQL, another) invalidates it.
    init(core: CoreServices, publicBaseURL: String) {
        let publishing = core.publishing
        let clock = core.clock
        let board = PublicBoard(reader: { try await publishing.board(slug: $0) }, now: { clock.now() })
        core.caches.onEviction { eviction in
            switch eviction {
            case .changed(.board, let slug): board.invalidate(slug: slug)
            case .changed: break
            case .everything: board.invalidateAll()
            }
        }
        self.board = board
        counters = publishing.counters
        links = PublicLinks(baseURL: publicBaseURL)
        self.clock = clock
    }

    /// The current time.
    func now() -> Date { clock.now() }
}
