import JobsmithDomain
import Testing

@Suite("British spelling from US text")
struct BritishSpellingTests {
    @Test(
        "converts US spellings and keeps case",
        arguments: [
            ("Organize the team's color palette", "Organise the team's colour palette"),
            ("ORGANIZATION", "ORGANISATION"),
            ("Analyzed behavior at the call center", "Analysed behaviour at the call centre"),
            ("Traveled to our Denver office; modeling and labeling data", "Travelled to our Denver office; modelling and labelling data"),
            ("A current RN license in the state where you will practice", "A current RN licence in the state where you will practise"),
            ("Licensed to practice law; a license to practice", "Licensed to practise law; a licence to practise"),
            ("Clinical practice and best practices", "Clinical practice and best practices"),
            ("A training program and a computer program", "A training programme and a computer program"),
            ("Pediatric and orthopedic units, gray areas, fulfillment", "Paediatric and orthopaedic units, grey areas, fulfilment"),
            ("Prioritizing inquiries with sound judgment", "Prioritising enquiries with sound judgement"),
        ])
    func converts(us: String, british: String) {
        #expect(BritishSpelling.convert(us) == british)
        #expect(ContentLocale.enGB.spell(us) == british)
        #expect(ContentLocale.enUS.spell(us) == us)
    }

    @Test("leaves placeholders, links, unknown words and British text alone")
    func leavesAlone() {
        let text = "Join {{team}} at {{company}}: https://example.com/color-center, jobs@color.example. Size, seize, prize."
        #expect(BritishSpelling.convert(text) == text)
        let british = "Organise the colour programme at the centre"
        #expect(BritishSpelling.convert(british) == british)
    }

    @Test("the table never maps a word to another US key, so converting twice changes nothing")
    func tableIsStable() {
        for (us, british) in BritishSpelling.words {
            #expect(BritishSpelling.words[british] == nil, "\(us) → \(british) is itself converted")
            #expect(us != british)
        }
        let text = "Organize color, center and license programs for traveled analysts"
        #expect(BritishSpelling.convert(BritishSpelling.convert(text)) == BritishSpelling.convert(text))
    }

    @Test("reads locale tags leniently and refuses others", arguments: ["en-GB", "en_gb", "EN-gb"])
    func readsTags(tag: String) {
        #expect(ContentLocale(tag: tag) == .enGB)
        #expect(ContentLocale(tag: "fr-FR") == nil)
        #expect(ContentLocale(tag: "en-us") == .enUS)
    }

    @Test("spells a whole document")
    func document() {
        let document = JobDocument(title: "Program Coordinator", summary: "Organize our color program.", responsibilities: ["Analyze behavior"])
        let british = ContentLocale.enGB.spell(document)
        #expect(british.title == "Programme Coordinator")
        #expect(british.summary == "Organise our colour programme.")
        #expect(british.responsibilities == ["Analyse behaviour"])
    }
}
