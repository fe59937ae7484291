/// Requirements and figures of speech that exclude disabled candidates.
enum AbleistRules {
    /// Phrases showing that a job involves driving, which make a license requirement legitimate.
    static let drivingDuties = [
        "vehicle*", "truck*", "van", "vans", "fleet", "driver", "chauffeur*", "courier*", "forklift*", "lorry", "lorries",
        "taxi", "travel*", "site|client|customer|home visits", "field sales|service|engineer|technician|representative",
        "territory", "on the road", "cdl", "drive|drives|driving to|between", "driving duties", "deliveries",
    ]

    /// Every ableist-language rule.
    static let all: [PhraseRule] = [
        PhraseRule(
            id: "ableist-able-bodied",
            severity: .error,
            category: .ableist,
            title: "“Able-bodied”",
            reason: "“Able-bodied” excludes disabled candidates outright; disability law (e.g. the ADA, the UK Equality Act "
                + "2010) requires considering reasonable accommodations for the essential tasks of a job.",
            suggestion: "Describe the essential physical tasks and add “with or without reasonable accommodation”.",
            phrases: ["able bodied", "ablebodied"]
        ),
        PhraseRule(
            id: "ableist-physical-ability",
            severity: .warning,
            category: .ableist,
            title: "Physical abilities that may not be essential",
            reason: "Physical requirements exclude disabled candidates unless the task is essential to the job, and even "
                + "then the task matters, not how it is done.",
            suggestion: "If it is essential, describe the task (e.g. “move boxes of up to 20 kg”) and add “with or without "
                + "reasonable accommodation”; otherwise remove it.",
            phrases: [
                "must|should be able to stand|walk|lift|carry|see|hear|climb|kneel|bend|stoop|crawl|reach",
                "ability to stand|walk|lift|carry|see|hear|climb|kneel|bend|stoop|crawl",
                "must have good|perfect|excellent eyesight|vision|hearing",
            ]
        ),
        PhraseRule(
            id: "ableist-physically-fit",
            severity: .warning,
            category: .ableist,
            title: "Health and fitness demands",
            reason: "Asking for fitness or good health excludes disabled and older candidates unless it is tied to an "
                + "essential task.",
            suggestion: "Describe the physical task the job involves, if any, and add “with or without reasonable "
                + "accommodation”.",
            phrases: ["physically fit", "physical fitness", "in good|excellent health", "good physical condition"]
        ),
        PhraseRule(
            id: "ableist-drivers-license",
            severity: .warning,
            category: .ableist,
            title: "A driver's license when driving is not the job",
            reason: "Asking for a driver's license or a car when the job does not involve driving excludes disabled people "
                + "and others who cannot drive.",
            suggestion: "Ask for a license only when driving is an essential part of the job (and say so in the "
                + "responsibilities); otherwise describe the travel, e.g. “able to get to our two sites”.",
            phrases: ["driver's|drivers|driving|driver licen*", "(your) own car|vehicle|transport"],
            unlessJobInvolves: drivingDuties
        ),
        PhraseRule(
            id: "ableist-figurative",
            severity: .info,
            category: .ableist,
            title: "Disability terms as figures of speech",
            reason: "Using disability and mental-health terms as figures of speech is off-putting to the people they "
                + "describe.",
            suggestion: "Say what you mean literally, e.g. “very fast”, “a quick check”, “a gap”.",
            phrases: [
                .init("crazy", suggest: "surprising", "intense"), .init("insane", suggest: "extreme", "remarkable"), "insanity",
                .init("insanely", suggest: "extremely"), .init("lame", suggest: "weak"), .init("dumb", suggest: "unwise"),
                .init("tone deaf", suggest: "out of touch", modifier: "out-of-touch"), .init("blind spot*", suggest: "gap"),
                .init("sanity check*", suggest: "quick $2"), .init("psycho", suggest: "intense"), .init("ocd", suggest: "meticulous"),
            ]
        ),
    ]
}
