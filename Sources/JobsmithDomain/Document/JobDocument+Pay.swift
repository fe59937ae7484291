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

    /// One range of the posting's pay and where it is paid.
    public struct PayRange: Sendable, Equatable {
        /// The range.
        public var salary: Salary
        /// The places paid it; `nil` when pay is the same everywhere (the base `salary` and no zones).
        public var places: [Location]?
        /// The pay zone's label ("Zone A"), when the range is a named zone's.
        public var zoneName: String?

        /// The zone's label with its places ("Zone A (Seattle, WA, US)"), the places alone, or nil when pay is the same
        /// everywhere.
        public var placesName: String? {
            guard let places else { return nil }
            return PayZone(name: zoneName, locations: places, salary: salary).displayName
        }
    }

    /// Every pay range the posting states: the base `salary` alone when pay is the same everywhere; otherwise one
    /// range per pay zone, then the base range for the places no zone covers. JSON-LD's `baseSalary` and the job-board
    /// API's pay ranges are both this list.
    public var payRanges: [PayRange] {
        guard !payByLocation.isEmpty else { return salary.map { [PayRange(salary: $0, places: nil, zoneName: nil)] } ?? [] }
        var ranges = payByLocation.map { PayRange(salary: $0.salary, places: $0.locations, zoneName: $0.name) }
        let unzoned = placePay.filter { $0.zone == nil }.map(\.location)
        if let salary, !unzoned.isEmpty { ranges.append(PayRange(salary: salary, places: unzoned, zoneName: nil)) }
        return ranges
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
