import JobsmithDomain

extension JobTemplate {
    /// Every reason this template cannot be stored: its metadata, its document, and placeholders Jobsmith cannot fill.
    func validate() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if !OrganizationDirectory.isValidSlug(slug) {
            problems.append(.init(pointer: "/slug", message: "must be 2–63 lowercase letters, digits and hyphens, starting with a letter"))
        }
        if !Departments.isKnown(department) {
            problems.append(
                .init(pointer: "/department", message: "must be one of \(Departments.all.map(\.slug).joined(separator: ", "))")
            )
        }
        if !Departments.levels.contains(level) {
            problems.append(.init(pointer: "/level", message: "must be one of \(Departments.levels.joined(separator: ", "))"))
        }
        if let family, !OrganizationDirectory.isValidSlug(family) {
            problems.append(.init(pointer: "/family", message: "must be 2–63 lowercase letters, digits and hyphens, starting with a letter"))
        }
        if let occupationalCategory, !OccupationCode.isValid(occupationalCategory) {
            problems.append(.init(pointer: "/occupationalCategory", message: "must be an O*NET-SOC 2019 code such as 15-1252.00"))
        }
        if tags.count > 20 { problems.append(.init(pointer: "/tags", message: "must have at most 20 items")) }
        for (index, tag) in tags.enumerated() where tag.trimmingWhitespace.isEmpty || tag.count > 60 || tag.containsControlCharacters {
            problems.append(.init(pointer: "/tags/\(index)", message: "must be 1–60 characters"))
        }
        problems += document.validate()
        for name in Placeholders.names(in: document).subtracting(Composer.placeholders).sorted() {
            problems.append(
                .init(pointer: "", message: "uses the placeholder {{\(name)}}; only {{company}}, {{team}} and {{location}} can be filled")
            )
        }
        return problems
    }
}
