import JobsmithDomain
import Testing

@testable import JobsmithImport

@Suite("Heading synonyms")
struct HeadingClassifierTests {
    @Test(
        "headings map to sections by meaning",
        arguments: [
            ("What you'll do", DocumentSection.responsibilities), ("Duties and responsibilities", .responsibilities),
            ("Your role", .responsibilities), ("Key responsibilities", .responsibilities), ("The role", .responsibilities),
            ("What you’ll bring", .requirements), ("Requirements", .requirements), ("Skills & Requirements", .requirements),
            ("Your profile", .requirements), ("Who you are", .requirements), ("What we're looking for", .requirements),
            ("Nice to have", .niceToHave), ("Bonus points", .niceToHave), ("Preferred qualifications", .niceToHave),
            ("KPIs", .kpis), ("How success is measured", .kpis), ("Success metrics", .kpis),
            ("Perks", .benefits), ("Benefits", .benefits), ("What we offer", .benefits),
            ("Reports to", .reportsTo), ("Reporting line", .reportsTo), ("Collaborates with", .collaboratesWith),
            ("Works with", .collaboratesWith), ("Leads", .leads), ("Manages", .leads), ("Direct reports", .leads),
            ("Tools", .tools), ("Tech stack", .tools), ("Technologies", .tools), ("Qualifications", .qualifications),
            ("Education", .qualifications), ("About the role", .summary), ("Position summary", .summary), ("Overview", .summary),
            ("Summary", .summary), ("The job", .summary), ("About us", .otherSections), ("About the company", .otherSections),
            ("Equal opportunity", .otherSections), ("About Acme Robotics", .otherSections),
            ("Deine Aufgaben", .responsibilities), ("Ihre Aufgaben", .responsibilities), ("Aufgaben", .responsibilities),
            ("Dein Profil", .requirements), ("Ihr Profil", .requirements), ("Anforderungen", .requirements),
            ("Wir bieten", .benefits), ("Was wir bieten", .benefits), ("Wünschenswert", .niceToHave), ("Von Vorteil", .niceToHave),
            ("Über uns", .otherSections), ("Deine Tools", .tools), ("Werkzeuge", .tools),
            ("WHAT YOU'LL DO:", .responsibilities), ("  what  you will do  ", .responsibilities), ("1. Responsibilities", .responsibilities),
            ("What you'll do at Ledgerline", .responsibilities), ("Deine Aufgaben bei uns", .responsibilities),
            ("Ueber uns", .otherSections), ("UBER UNS", .otherSections),
        ])
    func synonym(_ heading: String, _ section: DocumentSection) {
        let match = HeadingClassifier.classify(heading)
        #expect(match?.section == section)
        #expect(match?.method == .synonym)
    }

    @Test(
        "question-style headings",
        arguments: [
            ("What does a Customer Success Manager do?", DocumentSection.summary),
            ("What are the key responsibilities of a Product Designer?", .responsibilities),
            ("Are any specific tools required for this role?", .tools),
            ("Who does the Registered Nurse report to?", .reportsTo),
            ("How is success measured?", .kpis),
            ("What skills does a Data Analyst need?", .requirements),
            ("What education is required?", .qualifications),
            ("Who will I work with?", .collaboratesWith),
            ("Does this role manage a team?", .leads),
            ("What benefits do you offer?", .benefits),
            ("Why should you join Trellis?", .otherSections),
            ("What will you do?", .responsibilities),
        ])
    func question(_ heading: String, _ section: DocumentSection) {
        let match = HeadingClassifier.classify(heading)
        #expect(match?.section == section)
        #expect(match?.method == .question)
    }

    @Test("Jobsmith's own section headings map back", arguments: DocumentSection.allCases.filter { $0 != .title && $0 != .otherSections })
    func renderedHeadings(_ section: DocumentSection) {
        #expect(HeadingClassifier.classify(section.heading)?.section == section)
    }

    @Test("keyword matches are guesses")
    func keyword() {
        #expect(HeadingClassifier.classify("Our Engineering Responsibilities") == HeadingMatch(section: .responsibilities, method: .keyword))
        #expect(HeadingClassifier.classify("Skills and perks") == nil)  // two sections: no guess
        #expect(HeadingClassifier.classify("A Typical Week") == nil)
        #expect(HeadingClassifier.classify("Why the leadership team matters") == HeadingMatch(section: .otherSections, method: .question))
    }

    @Test("no phrase names two different sections")
    func noConflicts() {
        var seen: [String: DocumentSection] = [:]
        for (section, phrases) in SectionSynonyms.headings + SectionSynonyms.labels {
            for phrase in phrases {
                let key = HeadingText.normalize(phrase)
                if let other = seen[key] { #expect(other == section, "“\(phrase)” is both \(other) and \(section)") }
                seen[key] = section
            }
        }
    }

    @Test("normalization folds case, accents, apostrophes and punctuation")
    func normalization() {
        #expect(HeadingText.normalize("What You’ll Do:") == "what youll do")
        #expect(HeadingText.normalize("Über uns") == "uber uns")
        #expect(HeadingText.normalize("Skills + Requirements") == "skills and requirements")
        #expect(HeadingText.normalize("Straße — Café") == "strasse cafe")
        #expect(HeadingText.normalize("2. Tools & Tech") == "tools and tech")
    }

    @Test(
        "labels include label-only words",
        arguments: [
            ("Job title", DocumentSection.title), ("Type", .employmentType), ("Standort", .location), ("Gehalt", .salary),
            ("Berichtet an", .reportsTo), ("Hours", .employmentType),
        ])
    func labels(_ label: String, _ section: DocumentSection) {
        #expect(HeadingClassifier.classifyLabel(label) == section)
    }
}
