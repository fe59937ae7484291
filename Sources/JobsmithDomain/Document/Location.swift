/// Where a job is based.
public struct Location: Codable, Sendable, Equatable, Hashable {
    public var city: String?
    /// State, province or region, e.g. `CO` or `Ontario`.
    public var region: String?
    /// ISO 3166-1 alpha-2 country code, e.g. `US`.
    public var country: String?

    public init(city: String? = nil, region: String? = nil, country: String? = nil) {
        self.city = city
        self.region = region
        self.country = country
    }

    /// "City, Region, Country" with the empty parts left out.
    public var displayName: String {
        [city, region, country].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
    }
}
