import JobsmithDomain

/// A location (and work mode) read from a location value, with what the reader inferred.
struct LocationMatch: Equatable {
    /// The place, if the value names one.
    var location: Location?
    /// The work mode the value names ("Denver, CO (hybrid)", "Remote (US)"), if any.
    var workplace: WorkplaceType?
    /// Whether every part of the value was understood, so the line can be consumed.
    var pure: Bool
    /// What was inferred rather than written, for the report ("country US from the state code CO").
    var inference: String?
}
