/// Groups of words people use for the same thing when they search for a role; a query word or pair of words in a
/// group matches every member. Members are in ``SearchText`` normal form; multi-word members match as phrases.
public enum Synonyms {
    public static let groups: [[String]] = [
        ["backend", "back end", "server side", "serverside"],
        ["frontend", "front end", "client side"],
        ["fullstack", "full stack"],
        ["engineer", "developer", "programmer", "dev", "coder"],
        ["engineering", "development", "software"],
        ["hr", "human resources", "people", "people operations", "people ops", "personnel"],
        ["devops", "site reliability", "sre", "platform", "infrastructure"],
        ["qa", "quality assurance", "tester", "test engineer"],
        ["ux", "user experience"],
        ["ui", "user interface", "visual"],
        ["ml", "machine learning", "ai"],
        ["pm", "product manager"],
        ["cs", "customer success"],
        ["support", "help desk", "helpdesk", "customer service"],
        ["sales", "business development", "account executive"],
        ["nurse", "rn", "nursing"],
        ["recruiter", "talent acquisition", "sourcer"],
        ["accountant", "bookkeeper", "accounting"],
        ["lawyer", "counsel", "attorney", "legal"],
        ["driver", "courier", "delivery"],
        ["warehouse", "fulfilment", "fulfillment", "logistics"],
        ["chef", "cook", "kitchen"],
        ["manager", "head", "lead"],
        ["marketing", "growth"],
        ["analyst", "analytics"],
    ]

    /// The group containing `phrase` (normal form), if any.
    public static func group(containing phrase: String) -> [String]? {
        index[phrase].map { groups[$0] }
    }

    private static let index: [String: Int] = {
        var index: [String: Int] = [:]
        for (offset, group) in groups.enumerated() {
            for member in group where index[member] == nil { index[member] = offset }
        }
        return index
    }()
}
