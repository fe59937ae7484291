/// Hype, clichés and hollow perks.
enum JargonRules {
    /// Every jargon rule.
    static let all: [PhraseRule] = [
        hype(
            "jargon-rockstar", "“Rockstar”",
            [.init("rockstar*", suggest: "expert", modifier: "skilled"), .init("rock star*", suggest: "expert", modifier: "skilled")]),
        hype("jargon-ninja", "“Ninja”", [.init("ninja*", suggest: "expert", modifier: "expert")]),
        hype("jargon-guru", "“Guru”", [.init("guru*", suggest: "expert", modifier: "expert")]),
        hype("jargon-wizard", "“Wizard”", [.init("wizard*", suggest: "expert", modifier: "expert")]),
        hype("jargon-unicorn", "“Unicorn”", [.init("unicorn*", suggest: "all-rounder", modifier: "versatile")]),
        hype(
            "jargon-superhero", "“Superhero”, “superstar”, “10x”",
            [
                .init("superhero*", suggest: "expert", modifier: "skilled"), .init("superstar*", suggest: "expert", modifier: "skilled"),
                .init("jedi*", suggest: "expert", modifier: "expert"),
                .init("10x engineer*|developer*|programmer*", suggest: "experienced $2"),
            ]
        ),
        PhraseRule(
            id: "jargon-work-hard-play-hard",
            severity: .warning,
            category: .jargon,
            title: "“Work hard, play hard”",
            reason: "It signals long hours and an after-work drinking culture, which deters carers and many others.",
            suggestion: "Describe your real working hours, flexibility and how the team socializes.",
            phrases: ["work|working hard (and) play|playing hard"]
        ),
        PhraseRule(
            id: "jargon-hit-the-ground-running",
            severity: .info,
            category: .jargon,
            title: "“Hit the ground running”",
            reason: "It suggests there is no onboarding and no time to learn.",
            suggestion: "Describe the onboarding you offer and what success looks like after three months.",
            phrases: ["hit|hits|hitting the ground|floor running"]
        ),
        PhraseRule(
            id: "jargon-self-starter",
            severity: .info,
            category: .jargon,
            title: "“Self-starter”",
            reason: "A cliché that says little; it can also hint at little support or direction.",
            suggestion: "Say what you mean, e.g. “plans and prioritizes their own work”.",
            phrases: ["self starter*", "selfstarter*"]
        ),
        PhraseRule(
            id: "jargon-wear-many-hats",
            severity: .info,
            category: .jargon,
            title: "“Wear many hats”",
            reason: "Vague, and often a sign of an understaffed team or an undefined role.",
            suggestion: "List the actual responsibilities.",
            phrases: ["wear|wears|wearing many|multiple|several|different hats", "wear|wears|wearing lots of hats"]
        ),
        PhraseRule(
            id: "jargon-fast-paced",
            severity: .info,
            category: .jargon,
            title: "“Fast-paced environment”",
            reason: "A cliché that tells candidates nothing concrete and can read as “stressful”.",
            suggestion: "Describe the pace concretely, e.g. “we release to production several times a day”.",
            phrases: ["fast paced", "fastpaced", "dynamic environment"]
        ),
        PhraseRule(
            id: "jargon-hollow-perk",
            severity: .info,
            category: .jargon,
            title: "Hollow perks",
            reason: "Office perks are not benefits: they say little about pay, leave, health cover or flexibility, and "
                + "suggest a young, office-bound culture.",
            suggestion: "Put substantive benefits first: leave, health cover, retirement plan, flexible hours, learning budget.",
            phrases: [
                "free snacks|beer|drinks|food", "snacks", "ping pong (table|tables)", "pingpong (table|tables)", "foosball", "table tennis",
                "pool table",
                "beer fridge", "beer on tap", "kegerator", "pizza friday*", "stocked kitchen", "games|game room", "nap pod*",
            ]
        ),
        PhraseRule(
            id: "jargon-competitive-salary",
            severity: .warning,
            category: .jargon,
            title: "“Competitive salary”",
            reason: "Every employer claims it, so it says nothing; candidates skip postings without numbers.",
            suggestion: "State the actual pay range, and fill in the salary field.",
            suggestionWithSalary: "Give the pay range from the salary field instead, or drop the phrase.",
            phrases: [
                "competitive salary|salaries|pay|compensation|remuneration|wage|wages|package|rates",
                "salary|pay|compensation is competitive",
            ]
        ),
        PhraseRule(
            id: "jargon-thrive-under-pressure",
            severity: .warning,
            category: .jargon,
            title: "“Thrive under pressure”",
            reason: "It signals chronic stress or understaffing.",
            suggestion: "Describe the real workload, deadlines and the support available.",
            phrases: ["thrive|thrives|thriving under pressure", "high pressure environment|role|job|culture|situations"]
        ),
        PhraseRule(
            id: "jargon-long-hours",
            severity: .warning,
            category: .jargon,
            title: "Open-ended hours",
            reason: "Phrases like “whatever it takes” or “24/7” promise unlimited hours, which deters carers and people "
                + "with health conditions.",
            suggestion: "State the real schedule, any on-call rota, and how extra hours are compensated.",
            phrases: ["whatever it takes", "long hours", "24 7", "around the clock", "nights and weekends", "always on|available"]
        ),
        PhraseRule(
            id: "jargon-family",
            severity: .info,
            category: .jargon,
            title: "“We're a family”",
            reason: "Calling a company a family blurs the line between work and private life.",
            suggestion: "Describe how the team supports each other, e.g. “we cover for each other's holidays”.",
            phrases: ["like a family", "we are a family", "we're a family", "one big family"]
        ),
        PhraseRule(
            id: "jargon-buzzword",
            severity: .info,
            category: .jargon,
            title: "Corporate buzzwords",
            reason: "Buzzwords make a description longer without saying anything.",
            suggestion: "Say it plainly.",
            phrases: [
                "synergy", "synergies", "synergize", "synergise", "outside the box", "move the needle", "low hanging fruit",
                "paradigm shift", "game changer*", "game changing", "best of breed", "circle back", "boil the ocean",
            ]
        ),
        PhraseRule(
            id: "jargon-team-player",
            severity: .info,
            category: .jargon,
            title: "“Team player”",
            reason: "A cliché that does not say how the team works.",
            suggestion: "Describe the collaboration, e.g. “pairs with designers and reviews code with peers”.",
            phrases: ["team player*"]
        ),
        PhraseRule(
            id: "jargon-hustle",
            severity: .info,
            category: .jargon,
            title: "Hustle culture",
            reason: "“Hustle” and “go-getter” glorify overwork and read as masculine-coded.",
            suggestion: "Describe the initiative you value concretely, e.g. “proposes and ships improvements”.",
            phrases: ["hustle*", "go getter*", "gogetter*", "crush|crushing it"]
        ),
    ]

    /// A hype title: a warning with a shared reason.
    private static func hype(_ id: String, _ title: String, _ phrases: [PhraseRule.Phrase]) -> PhraseRule {
        PhraseRule(
            id: id,
            severity: .warning,
            category: .jargon,
            title: title,
            reason: "Hype titles are vague, read as masculine-coded and put off candidates who would not describe "
                + "themselves that way.",
            suggestion: "Use the real job title and describe the skills, e.g. “experienced backend engineer”.",
            phrases: phrases
        )
    }
}
