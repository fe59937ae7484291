import FluentKit
import Foundation
import Logging

/// The publishing feature's shared parts, made once per application: the posting store, the cached public board, the
/// view counters and the public addresses.
struct Publishing: Sendable {
    let store: PostingStore
    let board: PublicBoard
    let counters: PostingCounters
    let links: PublicLinks
    let departments: DepartmentGuesser
    let now: @Sendable () -> Date

    /// - Parameters:
    ///   - settings: the public base URL and the clock.
    ///   - logger: for failures to save view counts.
    init(database: any Database, settings: ServerSettings, logger: Logger) {
        store = PostingStore(database: database)
        board = PublicBoard(database: database, now: settings.now)
        counters = PostingCounters(store: store, logger: logger)
        links = PublicLinks(baseURL: settings.publicBaseURL)
        departments = .builtIn
        now = settings.now
    }

    /// The current time at the millisecond precision both engines store exactly.
    func storedNow() -> Date {
        Date(timeIntervalSince1970: (now().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
