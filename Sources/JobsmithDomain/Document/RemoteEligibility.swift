/// Where remote applicants may live: whole countries, or only some of their regions.
public struct RemoteEligibility: Codable, Sendable, Equatable, Hashable {
    /// ISO 3166-1 alpha-2 codes, e.g. `["US", "CA"]`.
    public var countries: [String]
    /// Region codes or names within `countries`, e.g. `["CO", "TX"]`; empty means anywhere in those countries. A code
    /// may name its country to be unambiguous (`US-CO`).
    public var regions: [String]

    public init(countries: [String], regions: [String] = []) {
        self.countries = countries
        self.regions = regions
    }

    enum CodingKeys: String, CodingKey { case countries, regions }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        countries = try container.decodeIfPresent([String].self, forKey: .countries) ?? []
        regions = try container.decodeIfPresent([String].self, forKey: .regions) ?? []
    }

    /// "US (CO, TX)", "US, CA": the countries with the regions in parentheses.
    public var displayName: String {
        let countryList = countries.joined(separator: ", ")
        return regions.isEmpty ? countryList : "\(countryList) (\(regions.joined(separator: ", ")))"
    }
}
