/// The departments and levels templates are filed under.
public enum Departments {
    /// Department slugs with their display names, in the order the library lists them: office functions first, then
    /// care, education and public service, then the frontline trades.
    public static let all: [(slug: String, name: String)] = [
        ("engineering", "Engineering"), ("data", "Data & Analytics"), ("product", "Product"), ("design", "Design"),
        ("marketing", "Marketing"), ("sales", "Sales"), ("customer-success", "Customer Success & Support"),
        ("people", "People & HR"), ("finance", "Finance & Accounting"), ("operations", "Operations"),
        ("legal", "Legal & Compliance"), ("it", "IT"), ("executive", "Executive Leadership"),
        ("healthcare", "Healthcare"), ("healthcare-support", "Healthcare Support"),
        ("social-care", "Social & Community Services"), ("education", "Education"), ("science", "Science & Research"),
        ("public-sector", "Public Sector"), ("nonprofit", "Nonprofit"), ("administration", "Administration"),
        ("customer-service", "Customer Service"), ("retail", "Retail"), ("hospitality", "Hospitality"),
        ("food-service", "Food Service"), ("skilled-trades", "Skilled Trades"), ("manufacturing", "Manufacturing"),
        ("construction", "Construction"), ("transportation", "Transportation"), ("logistics", "Logistics & Supply Chain"),
        ("facilities", "Facilities & Maintenance"), ("security", "Security"),
    ]

    /// Seniority levels, most junior first, with their display names: individual-contributor rungs (entry to
    /// principal), then the management rungs (lead to executive).
    public static let allLevels: [(slug: String, name: String)] = [
        ("entry", "Entry"), ("junior", "Junior"), ("mid", "Mid"), ("senior", "Senior"), ("staff", "Staff"),
        ("principal", "Principal"), ("lead", "Lead"), ("manager", "Manager"), ("director", "Director"), ("vp", "VP"),
        ("executive", "Executive"),
    ]

    /// Level slugs, most junior first.
    public static let levels = allLevels.map(\.slug)

    /// The display name of a department slug; the slug itself when unknown.
    public static func name(of slug: String) -> String {
        all.first { $0.slug == slug }?.name ?? slug
    }

    /// The display name of a level slug ("vp" → "VP"); the slug itself when unknown.
    public static func levelName(of slug: String) -> String {
        allLevels.first { $0.slug == slug }?.name ?? slug
    }

    /// The display name of a job family slug: its words in sentence case, abbreviations in capitals
    /// ("hr-business-partner" → "HR business partner").
    public static func familyName(of slug: String) -> String {
        slug.split(separator: "-").enumerated().map { offset, word in
            if abbreviations.contains(String(word)) { return word.uppercased() }
            return offset == 0 ? word.prefix(1).uppercased() + word.dropFirst() : String(word)
        }.joined(separator: " ")
    }

    private static let abbreviations: Set<String> = ["ai", "bi", "cnc", "crm", "ehs", "erp", "hr", "hvac", "it", "ml", "qa", "seo", "ui", "ux"]

    /// Whether `slug` names a known department.
    public static func isKnown(_ slug: String) -> Bool {
        all.contains { $0.slug == slug }
    }
}
