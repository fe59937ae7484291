/// Gendered pronouns and job titles.
enum GenderedLanguageRules {
    /// The pronoun and job-title rules.
    static let all: [PhraseRule] = [
        PhraseRule(
            id: "exclusionary-gendered-pronoun",
            severity: .warning,
            category: .exclusionary,
            title: "Gendered pronouns",
            reason: "Gendered pronouns assume the candidate's gender and tell everyone else the job is not for them.",
            suggestion: "Address the reader as “you”, or use “they”.",
            phrases: [
                .init("he or she", suggest: "they"), .init("he she", suggest: "they"), .init("she he", suggest: "they"),
                .init("s he", suggest: "they"), .init("his or her", suggest: "their"), .init("his her", suggest: "their"),
                .init("him or her", suggest: "them"), .init("him her", suggest: "them"), .init("he", suggest: "they", "you"),
                .init("she", suggest: "they", "you"), .init("his", suggest: "their", "your"),
                .init("her", suggest: "their", "them", "your"), .init("him", suggest: "them", "you"),
                .init("hers", suggest: "theirs"), .init("himself", suggest: "themselves"), .init("herself", suggest: "themselves"),
            ]
        ),
        PhraseRule(
            id: "exclusionary-gendered-term",
            severity: .warning,
            category: .exclusionary,
            title: "Gendered job titles and terms",
            reason: "Gendered job titles and terms suggest the role is meant for one gender.",
            suggestion: "Use a gender-neutral term.",
            phrases: [
                .init("salesman|saleswoman", suggest: "salesperson"), .init("salesmen|saleswomen", suggest: "salespeople"),
                .init("chairman|chairwoman|chairmen|chairwomen", suggest: "chair"), .init("foreman|foremen", suggest: "supervisor"),
                .init("manpower", suggest: "workforce", "staffing"), .init("man hours|manhours", suggest: "person-hours"),
                .init("manned", suggest: "staffed"), .init("manning", suggest: "staffing"),
                .init("workman|workmen", suggest: "worker"), .init("craftsman|craftsmen", suggest: "craftsperson"),
                .init("tradesman|tradesmen", suggest: "tradesperson"), .init("repairman|repairmen", suggest: "repair technician"),
                .init("handyman|handymen", suggest: "maintenance technician"), .init("cameraman|cameramen", suggest: "camera operator"),
                .init("fireman|firemen", suggest: "firefighter"), .init("policeman|policemen", suggest: "police officer"),
                .init("spokesman|spokeswoman", suggest: "spokesperson"), .init("businessman|businessmen", suggest: "businessperson"),
                .init("middleman", suggest: "intermediary"), .init("deliveryman|deliverymen", suggest: "delivery driver"),
                .init("serviceman|servicemen", suggest: "service technician"), .init("draftsman|draughtsman", suggest: "drafter"),
                .init("waitress|waitresses", suggest: "server"), .init("stewardess|stewardesses", suggest: "flight attendant"),
                .init("hostess", suggest: "host"), .init("headmaster|headmistress", suggest: "head teacher"),
                .init("guys", suggest: "everyone", "folks", "team"), .init("mankind", suggest: "humanity"),
            ]
        ),
    ]
}
