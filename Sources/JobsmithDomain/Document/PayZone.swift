/// Pay that differs by place: the range paid in some of a posting's places instead of its base `salary`.
///
/// A zone may group several places ("Zone A: New York and San Francisco"); each place must be one of the document's
/// `locations`, and a place may be in at most one zone.
public struct PayZone: Codable, Sendable, Equatable, Hashable {
    /// An optional label, e.g. "Zone A".
    public var name: String?
    /// The places paid this range.
    public var locations: [Location]
    /// The range paid there.
    public var salary: Salary

    public init(name: String? = nil, locations: [Location], salary: Salary) {
        self.name = name
        self.locations = locations
        self.salary = salary
    }

    enum CodingKeys: String, CodingKey { case name, locations, location, salary }

    /// Reads `locations`, or a single `location` as a zone of one place.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        let list = try container.decodeIfPresent([Location].self, forKey: .locations)
        let single = try container.decodeIfPresent(Location.self, forKey: .location)
        if list != nil && single != nil {
            throw DecodingError.dataCorruptedError(
                forKey: .location, in: container, debugDescription: "give either location or locations for a pay zone, not both")
        }
        locations = list ?? single.map { [$0] } ?? []
        salary = try container.decode(Salary.self, forKey: .salary)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(locations, forKey: .locations)
        try container.encode(salary, forKey: .salary)
    }

    /// "Zone A (Seattle, WA, US; Tacoma, WA, US)", or the places alone when the zone has no name.
    public var displayName: String {
        let places = locations.map(\.displayName).joined(separator: "; ")
        guard let name, !name.trimmingWhitespace.isEmpty else { return places }
        return "\(name) (\(places))"
    }
}
