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
                .init("he or she", suggest: "they", grammar: .subjectPronoun), .init("he she", suggest: "they", grammar: .subjectPronoun),
                .init("she he", suggest: "they", grammar: .subjectPronoun), .init("s he", suggest: "they", grammar: .subjectPronoun),
                .init("his or her", suggest: "their"), .init("his her", suggest: "their"), .init("him or her", suggest: "them"),
                .init("him her", suggest: "them"), .init("he", suggest: "they", "you", grammar: .subjectPronoun),
                .init("she", suggest: "they", "you", grammar: .subjectPronoun),
                .init("his", suggest: "their", "your", grammar: .possessive(standalone: "theirs")),
                .init("her", suggest: "their", "them", "your", grammar: .objectOrPossessive(object: "them", possessive: "their")),
                .init("him", suggest: "them", "you"), .init("hers", suggest: "theirs"), .init("himself", suggest: "themselves"),
                .init("herself", suggest: "themselves"),
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
                .init("chairman|chairwoman", suggest: "chair"), .init("chairmen|chairwomen", suggest: "chairs"),
                .init("foreman", suggest: "supervisor"), .init("foremen", suggest: "supervisors"),
                .init("manpower", suggest: "workforce", "staffing"), .init("man hours|manhours", suggest: "person-hours"),
                .init("manned", suggest: "staffed"), .init("manning", suggest: "staffing"), .init("workman", suggest: "worker"),
                .init("workmen", suggest: "workers"), .init("craftsman", suggest: "craftsperson"), .init("craftsmen", suggest: "craftspeople"),
                .init("tradesman", suggest: "tradesperson"), .init("tradesmen", suggest: "tradespeople"),
                .init("repairman", suggest: "repair technician"), .init("repairmen", suggest: "repair technicians"),
                .init("handyman", suggest: "maintenance technician"), .init("handymen", suggest: "maintenance technicians"),
                .init("cameraman", suggest: "camera operator"), .init("cameramen", suggest: "camera operators"),
                .init("fireman", suggest: "firefighter"), .init("firemen", suggest: "firefighters"),
                .init("policeman", suggest: "police officer"), .init("policemen", suggest: "police officers"),
                .init("spokesman|spokeswoman", suggest: "spokesperson"), .init("spokesmen|spokeswomen", suggest: "spokespeople"),
                .init("businessman|businesswoman", suggest: "businessperson"), .init("businessmen|businesswomen", suggest: "businesspeople"),
                .init("middleman", suggest: "intermediary"), .init("middlemen", suggest: "intermediaries"),
                .init("deliveryman", suggest: "delivery driver"), .init("deliverymen", suggest: "delivery drivers"),
                .init("serviceman", suggest: "service technician"), .init("servicemen", suggest: "service technicians"),
                .init("draftsman|draughtsman", suggest: "drafter"), .init("draftsmen|draughtsmen", suggest: "drafters"),
                .init("waitress", suggest: "server"), .init("waitresses", suggest: "servers"),
                .init("stewardess", suggest: "flight attendant"), .init("stewardesses", suggest: "flight attendants"),
                .init("hostess", suggest: "host"), .init("hostesses", suggest: "hosts"),
                .init("headmaster|headmistress", suggest: "head teacher"), .init("headmasters|headmistresses", suggest: "head teachers"),
                .init("guys", suggest: "everyone", "folks", "team", afterDeterminer: "people"), .init("mankind", suggest: "humanity"),
            ]
        ),
    ]
}
