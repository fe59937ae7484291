/// How a decoded document gave its places: through the `location` alias, the `locations` list, or both naming
/// different first places. Validation uses it to point problems at the field the client sent; it is not part of the
/// document's value, so it is ignored by `==` and hashing.
struct PlacesInput: Sendable, Hashable {
    /// Whether the places came through the single `location` alias (an older client).
    var usedAlias = false
    /// A `location` that names a different place than `locations[0]`, kept until ``JobDocument/resolvePlaces(against:)``
    /// decides which one the client changed.
    var conflictingAlias: Location?

    init(usedAlias: Bool = false, conflictingAlias: Location? = nil) {
        self.usedAlias = usedAlias
        self.conflictingAlias = conflictingAlias
    }

    /// What decoding found: the `locations` list and the `location` alias, either possibly absent.
    init(from list: [Location]?, alias: Location?) {
        usedAlias = list == nil && alias != nil
        if let list, let alias, let first = list.first, first != alias { conflictingAlias = alias }
        if let list, let alias, list.isEmpty { conflictingAlias = alias }
    }

    static func == (lhs: PlacesInput, rhs: PlacesInput) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}

extension JobDocument {
    /// Settles a `location` that disagrees with `locations[0]` by comparing with the stored version the client
    /// started from: if the list is unchanged the client edited the alias (an older client that keeps fields it does
    /// not know), if the alias is unchanged it edited the list. Anything else stays a validation problem.
    public mutating func resolvePlaces(against stored: JobDocument) {
        guard let alias = placesInput.conflictingAlias else { return }
        if locations == stored.locations {
            location = alias
        } else if alias == stored.location {
            placesInput = PlacesInput()
        }
    }

    /// The problem of a `location` and `locations` that name different first places, if there is one.
    var placesConflict: ValidationProblem? {
        guard placesInput.conflictingAlias != nil else { return nil }
        return ValidationProblem(
            pointer: "/location",
            message: "names a different place than /locations/0; send one of location and locations, or the same first place in both")
    }
}
