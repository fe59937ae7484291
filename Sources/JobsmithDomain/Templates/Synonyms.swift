/// Words people use for the same thing when they search for a role. Members are in ``SearchText`` normal form;
/// multi-word members match as phrases.
public enum Synonyms {
    /// Loose groups: a query word or pair of words in a group matches every member ("developer" finds "engineer").
    public static let groups: [[String]] = [
        ["backend", "back end", "server side", "serverside"],
        ["frontend", "front end", "client side"],
        ["fullstack", "full stack"],
        ["engineer", "developer", "programmer", "dev", "coder"],
        ["engineering", "development", "software"],
        ["hr", "human resources", "people operations", "people ops", "personnel"],
        ["devops", "platform", "infrastructure"],
        ["qa", "quality assurance", "tester", "test engineer"],
        ["ux", "user experience"],
        ["ui", "user interface"],
        ["ml", "machine learning", "ai"],
        ["cs", "customer success"],
        ["support", "help desk", "helpdesk", "customer service"],
        ["nurse", "nursing"],
        ["recruiter", "talent acquisition", "sourcer"],
        ["accountant", "bookkeeper", "accounting"],
        ["lawyer", "counsel", "attorney", "legal"],
        ["driver", "courier", "delivery"],
        ["warehouse", "fulfillment", "fulfilment", "logistics"],
        ["chef", "cook", "kitchen"],
        ["manager", "head", "lead"],
        ["marketing", "growth"],
        ["analyst", "analytics"],
        ["teacher", "educator", "instructor"],
        ["mechanic", "technician"],
        ["sales associate", "retail associate", "shop associate"],
        ["cashier", "checkout"],
        ["receptionist", "front desk"],
        ["caregiver", "care aide", "home health aide"],
        ["hvac", "heating and cooling"],
        ["forklift", "lift truck"],
    ]

    /// What an abbreviation or a bare role word most often means, as whole role names: "rn" is a registered nurse,
    /// "pm" a product or project manager. A template whose title is such an expansion counts as a near-exact match.
    public static let expansions: [String: [String]] = [
        "rn": ["registered nurse"], "lpn": ["licensed practical nurse"], "lvn": ["licensed vocational nurse"],
        "cna": ["certified nursing assistant"], "np": ["nurse practitioner"], "pa": ["physician assistant"],
        "ma": ["medical assistant"], "cma": ["certified medical assistant"], "emt": ["emergency medical technician"],
        "rt": ["respiratory therapist"], "pt": ["physical therapist"], "ot": ["occupational therapist"],
        "slp": ["speech language pathologist"], "nurse": ["registered nurse"],
        "swe": ["software engineer"], "sde": ["software development engineer", "software engineer"],
        "sre": ["site reliability engineer"], "qa": ["qa engineer", "quality assurance"], "dba": ["database administrator"],
        "sysadmin": ["systems administrator"], "ml": ["machine learning engineer"], "ds": ["data scientist"],
        "sdr": ["sales development representative"], "bdr": ["business development representative", "sales development representative"],
        "ae": ["account executive"], "csm": ["customer success manager"],
        "pm": ["product manager", "project manager"], "apm": ["associate product manager"], "tpm": ["technical program manager"],
        "ba": ["business analyst"], "ea": ["executive assistant"],
        "hrbp": ["hr business partner", "human resources business partner"], "ta": ["talent acquisition"],
        "cpa": ["accountant", "certified public accountant"], "ap": ["accounts payable"], "ar": ["accounts receivable"],
        "gc": ["general counsel"], "seo": ["seo specialist", "search engine optimization"],
        "ceo": ["chief executive officer"], "cfo": ["chief financial officer"], "coo": ["chief operating officer"],
        "cto": ["chief technology officer"], "cio": ["chief information officer"], "cmo": ["chief marketing officer"],
        "chro": ["chief people officer", "chief human resources officer"], "cpo": ["chief product officer", "chief people officer"],
        "ciso": ["chief information security officer"], "cro": ["chief revenue officer"],
        "vp": ["vice president"], "svp": ["senior vice president"], "gm": ["general manager"],
        "cdl": ["truck driver", "cdl driver"], "cdl driver": ["truck driver"],
        "it support": ["it support specialist"], "help desk": ["help desk technician", "it support specialist"],
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
