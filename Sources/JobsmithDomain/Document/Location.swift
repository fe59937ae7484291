/// Where a job is based: one of a posting's places.
public struct Location: Codable, Sendable, Equatable, Hashable {
    public var city: String?
    /// State, province or region, e.g. `CO` or `Ontario`.
    public var region: String?
    /// ISO 3166-1 alpha-2 country code, e.g. `US`.
    public var country: String?
    /// Postal or ZIP code, e.g. `80202`.
    public var postalCode: String?

    public init(city: String? = nil, region: String? = nil, country: String? = nil, postalCode: String? = nil) {
        self.city = city
        self.region = region
        self.country = country
        self.postalCode = postalCode
    }

    /// "City, Region, Country" with the empty parts left out (the postal code is not part of the name).
    public var displayName: String {
        [city, region, country].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
    }

    /// Whether `other` names the same place: city, region and country equal ignoring case and surrounding spaces, and
    /// the postal codes equal where both give one.
    public func isSamePlace(as other: Location) -> Bool {
        func same(_ lhs: String?, _ rhs: String?) -> Bool {
            (lhs?.trimmingWhitespace.lowercased() ?? "") == (rhs?.trimmingWhitespace.lowercased() ?? "")
        }
        guard same(city, other.city), same(region, other.region), same(country, other.country) else { return false }
        guard let postalCode, let otherCode = other.postalCode else { return true }
        return same(postalCode, otherCode)
    }
}
