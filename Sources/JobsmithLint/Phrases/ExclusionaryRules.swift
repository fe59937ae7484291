import JobsmithDomain

/// Phrases that exclude candidates by age, origin or background.
enum ExclusionaryRules {
    /// Every exclusionary-language rule.
    static let all: [PhraseRule] = [
        PhraseRule(
            id: "exclusionary-digital-native",
            severity: .error,
            category: .exclusionary,
            title: "“Digital native” asks for a generation, not a skill",
            reason: "“Digital native” describes people born into the internet era, so it tells older candidates they are "
                + "not wanted and can be evidence of age discrimination (e.g. under the US ADEA or the UK Equality Act 2010).",
            suggestion: "Name the skill instead, e.g. “confident with modern software and online tools”.",
            phrases: ["digital native*"]
        ),
        PhraseRule(
            id: "exclusionary-young",
            severity: .error,
            category: .exclusionary,
            title: "Asking for young people",
            reason: "Asking for youth is age discrimination in most jurisdictions (the US ADEA protects workers aged 40 and "
                + "over; the EU and UK protect all ages).",
            suggestion: "Drop the age reference and describe the work and the skills it needs.",
            phrases: ["young", "younger", "youthful"],
            notFollowedBy: [
                "people", "person", "persons", "adult", "adults", "child", "children", "kids", "learners", "learner", "patients",
                "carers", "offenders", "audience", "audiences", "readers", "families", "company", "companies", "startup",
                "startups", "business", "businesses", "organisation", "organization", "brand", "industry", "field", "market",
                "product", "products",
            ]
        ),
        PhraseRule(
            id: "exclusionary-energetic",
            severity: .warning,
            category: .exclusionary,
            title: "“Energetic” as a requirement",
            reason: "Asked of candidates, “energetic” reads as a proxy for youth and can put off older and disabled "
                + "candidates.",
            suggestion: "Say what the work involves, e.g. “enjoys a varied, busy day” or “motivated”.",
            phrases: ["energetic", "high energy"],
            onlyIn: [.title, .summary, .requirements, .niceToHave, .qualifications, .otherSections]
        ),
        PhraseRule(
            id: "exclusionary-recent-graduates-only",
            severity: .error,
            category: .exclusionary,
            title: "Limiting the job to recent graduates",
            reason: "Restricting a job to recent graduates excludes experienced and older candidates and is age "
                + "discrimination in many jurisdictions.",
            suggestion: "Open the role to anyone with the skills, e.g. “entry-level: no prior experience needed”.",
            phrases: ["recent|new|fresh grad* only", "only recent|new|fresh grad*", "graduates only", "only graduates"]
        ),
        PhraseRule(
            id: "exclusionary-recent-graduates",
            severity: .warning,
            category: .exclusionary,
            title: "Targeting recent graduates",
            reason: "Aiming a job at recent graduates signals an age preference and discourages career changers and "
                + "returners.",
            suggestion: "Describe the level instead, e.g. “entry-level role, training provided”.",
            phrases: ["recent|fresh grad*", "new grad", "new grads", "new graduate*", "recently graduated"]
        ),
        PhraseRule(
            id: "exclusionary-native-speaker",
            severity: .error,
            category: .exclusionary,
            title: "Asking for native speakers",
            reason: "Requiring a native speaker discriminates by national origin; what the job needs is proficiency, which "
                + "people reach in many ways.",
            suggestion: "Ask for the level you need, e.g. “fluent written and spoken English (C1 or above)”.",
            phrases: [
                "native speaker*", "native <any> speaker*", "native level", "native fluency", "native proficiency",
                "native english|french|german|spanish|italian|portuguese|dutch|japanese|mandarin|chinese|korean", "mother tongue",
            ]
        ),
        PhraseRule(
            id: "exclusionary-culture-fit",
            severity: .warning,
            category: .exclusionary,
            title: "“Culture fit”",
            reason: "“Culture fit” is vague and in practice favors people like the current team, which screens out "
                + "diverse candidates.",
            suggestion: "Name the values or behaviors you mean, e.g. “gives and welcomes candid feedback”, or look for "
                + "“culture add”.",
            phrases: ["culture|cultural fit", "fit (in) (with|into) our|the culture"]
        ),
        PhraseRule(
            id: "exclusionary-experience-cap",
            severity: .warning,
            category: .exclusionary,
            title: "A maximum amount of experience",
            reason: "Capping experience screens out older, more experienced candidates and risks age discrimination.",
            suggestion: "State the level of the role and its pay instead of a maximum number of years.",
            phrases: ["no more than <num> years", "maximum (of) <num> years", "max <num> years"]
        ),
        PhraseRule(
            id: "exclusionary-overqualified",
            severity: .warning,
            category: .exclusionary,
            title: "“Overqualified”",
            reason: "“Overqualified” is often a stand-in for “too old” or “too expensive” and discourages experienced "
                + "candidates.",
            suggestion: "Remove it; state the level and pay so candidates can judge for themselves.",
            phrases: ["overqualified", "over qualified"]
        ),
        PhraseRule(
            id: "exclusionary-generation",
            severity: .warning,
            category: .exclusionary,
            title: "Generational labels",
            reason: "Generational labels such as “millennial” or “Gen Z” are age proxies.",
            suggestion: "Describe the skills or attitudes you mean without referring to an age group.",
            phrases: ["millennial*", "gen z", "generation z", "boomer*"]
        ),
        PhraseRule(
            id: "exclusionary-local-experience",
            severity: .warning,
            category: .exclusionary,
            title: "Requiring Canadian experience",
            reason: "Requiring Canadian work experience screens out newcomers with equivalent experience elsewhere; Ontario "
                + "prohibits it in publicly advertised job postings from 2026-01-01 (Working for Workers Four Act, 2024).",
            suggestion: "Ask for the skills or credentials the job needs, wherever they were gained.",
            phrases: ["canadian (work) experience"]
        ),
        PhraseRule(
            id: "exclusionary-criminal-record",
            severity: .warning,
            category: .exclusionary,
            title: "Ruling out people with a criminal record",
            reason: "Fair-chance laws in many US states and cities (California's Fair Chance Act, New York City's Fair Chance "
                + "Act, Illinois, Washington, Colorado and others) forbid job postings that exclude applicants with arrest "
                + "or conviction records, and a blanket exclusion risks disparate-impact claims under Title VII (EEOC "
                + "guidance, 2012). A background check after a conditional offer, where the law allows it, is not affected.",
            suggestion: "Remove the exclusion; if the job needs a background check, say it happens after an offer, e.g. "
                + "“We consider qualified applicants with arrest and conviction records, in line with fair-chance laws.”",
            phrases: [
                "no criminal record|records|history|convictions|background", "clean criminal record|records|history|background",
                "no felony|felonies|felons", "no felony convictions|records", "never (have) been convicted",
                "without a criminal record|history", "not have a criminal record|history",
            ]
        ),
    ]
}
