extension JobDocument {
    /// The problems of the places, remote eligibility, pay zones and other compensation, in field order.
    func placeProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if let placesConflict { problems.append(placesConflict) }
        if locations.count > DocumentLimits.placeCount {
            problems.append(.init(pointer: "/locations", message: "must have at most \(DocumentLimits.placeCount) items (has \(locations.count))"))
        }
        for (index, place) in locations.enumerated() {
            let pointer = placesInput.usedAlias && index == 0 ? "/location" : "/locations/\(index)"
            problems += place.validate(at: pointer)
            if let earlier = locations[..<index].firstIndex(where: { $0.isSamePlace(as: place) }) {
                problems.append(.init(pointer: pointer, message: "repeats /locations/\(earlier) (\(place.displayName))"))
            }
        }
        if let remote { problems += remote.validate(at: "/remote") }
        problems += payZoneProblems()
        if otherCompensation.count > DocumentLimits.otherCompensationCount {
            problems.append(
                .init(
                    pointer: "/otherCompensation",
                    message: "must have at most \(DocumentLimits.otherCompensationCount) items (has \(otherCompensation.count))"))
        }
        for (index, entry) in otherCompensation.enumerated() {
            problems += Self.textProblems(entry.description, at: "/otherCompensation/\(index)/description", limit: DocumentLimits.itemLength)
        }
        return problems
    }

    private func payZoneProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if payByLocation.count > DocumentLimits.payZoneCount {
            problems.append(
                .init(pointer: "/payByLocation", message: "must have at most \(DocumentLimits.payZoneCount) items (has \(payByLocation.count))"))
        }
        var zoneOfPlace: [Int: Int] = [:]
        for (zoneIndex, zone) in payByLocation.enumerated() {
            let pointer = "/payByLocation/\(zoneIndex)"
            if let name = zone.name {
                problems += Self.textProblems(name, at: "\(pointer)/name", limit: DocumentLimits.placeNameLength)
            }
            if zone.locations.isEmpty {
                problems.append(.init(pointer: "\(pointer)/locations", message: "needs at least one of the posting's places"))
            }
            if zone.locations.count > DocumentLimits.placeCount {
                problems.append(.init(pointer: "\(pointer)/locations", message: "must have at most \(DocumentLimits.placeCount) items"))
            }
            for (index, place) in zone.locations.prefix(DocumentLimits.placeCount).enumerated() {
                let placePointer = "\(pointer)/locations/\(index)"
                guard let placeIndex = locations.firstIndex(where: { $0.isSamePlace(as: place) }) else {
                    problems.append(.init(pointer: placePointer, message: "must be one of /locations (got \"\(place.displayName)\")"))
                    continue
                }
                if let other = zoneOfPlace[placeIndex] {
                    let message =
                        other == zoneIndex
                        ? "repeats a place of this zone (\(place.displayName))"
                        : "is already paid by /payByLocation/\(other) (\(place.displayName))"
                    problems.append(.init(pointer: placePointer, message: message))
                } else {
                    zoneOfPlace[placeIndex] = zoneIndex
                }
            }
            problems += zone.salary.validate(at: "\(pointer)/salary")
        }
        return problems
    }

    /// Problems of one required, bounded text field.
    static func textProblems(_ value: String, at pointer: String, limit: Int) -> [ValidationProblem] {
        if value.containsControlCharacters { return [.init(pointer: pointer, message: "must not contain control characters")] }
        if value.trimmingWhitespace.isEmpty { return [.init(pointer: pointer, message: "must not be empty")] }
        if value.count > limit { return [.init(pointer: pointer, message: "must be at most \(limit) characters (has \(value.count))")] }
        return []
    }
}

extension RemoteEligibility {
    func validate(at pointer: String) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if countries.isEmpty {
            problems.append(.init(pointer: "\(pointer)/countries", message: "needs at least one country remote applicants may live in"))
        }
        if countries.count > DocumentLimits.remoteCountryCount {
            problems.append(.init(pointer: "\(pointer)/countries", message: "must have at most \(DocumentLimits.remoteCountryCount) items"))
        }
        for (index, country) in countries.prefix(DocumentLimits.remoteCountryCount).enumerated() {
            if !ISOCodes.countries.contains(country) {
                problems.append(
                    .init(
                        pointer: "\(pointer)/countries/\(index)",
                        message: "must be an ISO 3166-1 alpha-2 country code such as US or CA (got \"\(country.prefix(20))\")"))
            } else if countries[..<index].contains(country) {
                problems.append(.init(pointer: "\(pointer)/countries/\(index)", message: "repeats \(country)"))
            }
        }
        if regions.count > DocumentLimits.remoteRegionCount {
            problems.append(.init(pointer: "\(pointer)/regions", message: "must have at most \(DocumentLimits.remoteRegionCount) items"))
        }
        for (index, region) in regions.prefix(DocumentLimits.remoteRegionCount).enumerated() {
            let regionPointer = "\(pointer)/regions/\(index)"
            let textProblems = JobDocument.textProblems(region, at: regionPointer, limit: DocumentLimits.placeNameLength)
            problems += textProblems
            guard textProblems.isEmpty else { continue }
            if let qualified = Self.qualifiedCountry(region), !countries.contains(qualified) {
                problems.append(.init(pointer: regionPointer, message: "names the country \(qualified), which is not in \(pointer)/countries"))
            } else if regions[..<index].contains(where: { $0.lowercased() == region.lowercased() }) {
                problems.append(.init(pointer: regionPointer, message: "repeats \(region)"))
            }
        }
        return problems
    }

    /// The country of a region written as `US-CO`, if it is written so.
    public static func qualifiedCountry(_ region: String) -> String? {
        let parts = region.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 2, ISOCodes.countries.contains(String(parts[0])) else { return nil }
        return String(parts[0])
    }
}
