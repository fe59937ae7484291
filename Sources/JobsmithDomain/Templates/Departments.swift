/// The departments and levels templates are filed under.
public enum Departments {
    /// Department slugs with their display names, in the order the library lists them.
    public static let all: [(slug: String, name: String)] = [
        ("engineering", "Engineering"), ("data", "Data"), ("product", "Product"), ("design", "Design"),
        ("marketing", "Marketing"), ("sales", "Sales"), ("customer-success", "Customer Success & Support"),
        ("people", "People & HR"), ("finance", "Finance"), ("operations", "Operations"), ("legal", "Legal"),
        ("healthcare", "Healthcare"), ("hospitality", "Hospitality"), ("logistics", "Logistics"),
    ]

    /// Seniority levels, most junior first.
    public static let levels = ["entry", "junior", "mid", "senior", "lead", "manager", "director"]

    /// The display name of a department slug; the slug itself when unknown.
    public static func name(of slug: String) -> String {
        all.first { $0.slug == slug }?.name ?? slug
    }

    /// Whether `slug` names a known department.
    public static func isKnown(_ slug: String) -> Bool {
        all.contains { $0.slug == slug }
    }
}
