extension JobDocument {
    /// The one-line facts printed under the title (places, remote eligibility, workplace, employment type, salary and
    /// the hiring statements), as label/value pairs.
    public var facts: [(label: String, value: String)] {
        var facts: [(String, String)] = []
        let places = locations.map(\.displayName).filter { !$0.isEmpty }
        if places.count == 1 { facts.append(("Location", places[0])) }
        if places.count > 1 { facts.append(("Locations", places.joined(separator: "; "))) }
        if let remote, !remote.countries.isEmpty { facts.append(("Remote", "open to applicants in \(remote.displayName)")) }
        if let workplaceType { facts.append(("Workplace", workplaceType.displayName)) }
        if let employmentType { facts.append(("Employment type", employmentType.displayName)) }
        if let salary { facts.append((payByLocation.isEmpty ? "Salary" : "Base salary", salary.displayText)) }
        if let hiring { facts += hiring.statements }
        return facts
    }

    /// The pay sections after the benefits: every place with its pay (when pay differs by place) and other
    /// compensation, as heading and items; sections without items are left out.
    public var paySections: [(heading: String, items: [String])] {
        var sections: [(String, [String])] = []
        if !payByLocation.isEmpty {
            let items = placePay.compactMap { pay -> String? in
                guard let salary = pay.salary else { return nil }
                let zone = pay.zone.flatMap { payByLocation[$0].name }.flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0 }
                return "\(pay.location.displayName)\(zone.map { " (\($0))" } ?? ""): \(salary.displayText)"
            }
            if !items.isEmpty { sections.append(("Pay by location", items)) }
        }
        if !otherCompensation.isEmpty { sections.append(("Other compensation", otherCompensation.map(\.displayText))) }
        return sections
    }
}
