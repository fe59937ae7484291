extension JobDocument {
    /// What one place of the posting pays: its pay zone's range if it has one, else the base `salary`.
    public struct PlacePay: Sendable, Equatable {
        /// The place, from ``JobDocument/locations``.
        public var location: Location
        /// Its index in ``JobDocument/locations``.
        public var index: Int
        /// The range paid there; `nil` when neither a zone nor the base salary gives one.
        public var salary: Salary?
        /// The index in ``JobDocument/payByLocation`` of the zone that pays it, or `nil` for the base salary.
        public var zone: Int?
    }

    /// Every place with what it pays, in the order of ``locations``.
    public var placePay: [PlacePay] {
        locations.enumerated().map { index, place in
            let zone = payByLocation.firstIndex { $0.locations.contains { $0.isSamePlace(as: place) } }
            return PlacePay(location: place, index: index, salary: zone.map { payByLocation[$0].salary } ?? salary, zone: zone)
        }
    }

    /// Where remote applicants may live: ``remote`` when the posting says, else — for a remote job — the countries of
    /// its places (what a remote posting with only "US" as its location has always meant). `nil` for jobs that are
    /// not open to remote applicants.
    public var remoteArea: RemoteEligibility? {
        if let remote { return remote }
        guard workplaceType == .remote else { return nil }
        var countries: [String] = []
        for country in locations.compactMap(\.country) where !countries.contains(country) { countries.append(country) }
        return countries.isEmpty ? nil : RemoteEligibility(countries: countries)
    }
}
