/// A job-description template: a complete document with placeholders (`{{company}}`, `{{team}}`, `{{location}}`),
/// filed under a department and level, grouped with the other rungs of its ladder by family, classified by an
/// O*NET-SOC occupation code and found by tags.
public struct JobTemplate: Codable, Sendable, Equatable {
    /// Unique, URL-safe name, e.g. `backend-developer`.
    public var slug: String
    /// Department slug, e.g. `engineering`; see ``Departments``.
    public var department: String
    /// Seniority, e.g. `mid`; see ``Departments/levels``.
    public var level: String
    /// The job family or ladder the role belongs to, in kebab-case (`software-engineering` for every rung from
    /// Software Engineer I to Principal); every built-in template has one.
    public var family: String?
    /// The O*NET-SOC 2019 occupation code, `NN-NNNN.NN` (e.g. `15-1252.00`, Software Developers); every built-in
    /// template has one. Fills JobPosting's `occupationalCategory`.
    public var occupationalCategory: String?
    /// Words people search for this role by, including variants.
    public var tags: [String]
    /// The template text.
    public var document: JobDocument

    public init(
        slug: String, department: String, level: String, family: String? = nil, occupationalCategory: String? = nil, tags: [String],
        document: JobDocument
    ) {
        self.slug = slug
        self.department = department
        self.level = level
        self.family = family
        self.occupationalCategory = occupationalCategory
        self.tags = tags
        self.document = document
    }

    private enum CodingKeys: String, CodingKey {
        case slug, department, level, family, occupationalCategory, tags
    }

    /// Reads the template file format: the metadata keys next to the document's own fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        slug = try container.decode(String.self, forKey: .slug)
        department = try container.decode(String.self, forKey: .department)
        level = try container.decode(String.self, forKey: .level)
        family = try container.decodeIfPresent(String.self, forKey: .family)
        occupationalCategory = try container.decodeIfPresent(String.self, forKey: .occupationalCategory)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        document = try JobDocument(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(slug, forKey: .slug)
        try container.encode(department, forKey: .department)
        try container.encode(level, forKey: .level)
        try container.encodeIfPresent(family, forKey: .family)
        try container.encodeIfPresent(occupationalCategory, forKey: .occupationalCategory)
        try container.encode(tags, forKey: .tags)
    }
}
