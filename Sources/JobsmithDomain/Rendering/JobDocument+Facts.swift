extension JobDocument {
    /// The one-line facts printed under the title (location, workplace, employment type, salary), as label/value pairs.
    public var facts: [(label: String, value: String)] {
        var facts: [(String, String)] = []
        if let location, !location.displayName.isEmpty { facts.append(("Location", location.displayName)) }
        if let workplaceType { facts.append(("Workplace", workplaceType.displayName)) }
        if let employmentType { facts.append(("Employment type", employmentType.displayName)) }
        if let salary { facts.append(("Salary", salary.displayText)) }
        return facts
    }
}
