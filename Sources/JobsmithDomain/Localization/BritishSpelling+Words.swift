extension BritishSpelling {
    /// Lowercase US spelling → British spelling. Built from word families (every -ize verb with its endings, every
    /// -or noun with its endings, …) plus single words. To add a word, add its family stem or the pair itself; a test
    /// checks that no British form is itself a US key, so the table never converts twice.
    public static let words: [String: String] = {
        var table: [String: String] = [:]
        // -ize / -yze → -ise / -yse, with their endings.
        for stem in izeStems {
            for ending in ["e", "es", "ed", "ing", "ation", "ations", "er", "ers"] {
                table[stem + "z" + ending] = stem + "s" + ending
            }
        }
        for stem in ["analy", "paraly", "cataly"] {
            for ending in ["ze", "zes", "zed", "zing", "zer", "zers"] {
                table[stem + ending] = stem + "s" + ending.dropFirst()
            }
        }
        // -or → -our; derived words that keep -or in British English (humorous, rigorous, vigorous) are not listed.
        for (stem, endings) in orFamilies {
            for ending in [""] + endings { table[stem + "or" + ending] = stem + "our" + ending }
        }
        // -er → -re.
        for stem in ["cent", "theat", "fib", "lit", "calib", "somb", "lust", "meag", "sab", "spect", "kilomet", "centimet", "millimet"] {
            table[stem + "er"] = stem + "re"
            table[stem + "ers"] = stem + "res"
        }
        table["centered"] = "centred"
        table["centering"] = "centring"
        // Doubled l before an ending.
        for stem in ["travel", "cancel", "model", "label", "level", "fuel", "signal", "channel", "total", "marvel", "counsel", "dial"] {
            for ending in ["ed", "ing"] { table[stem + ending] = stem + "l" + ending }
        }
        for stem in ["travel", "model", "counsel", "jewel"] {
            table[stem + "er"] = stem + "ler"
            table[stem + "ers"] = stem + "lers"
        }
        table["counselor"] = "counsellor"
        table["counselors"] = "counsellors"
        for (us, gb) in singles { table[us] = gb }
        return table
    }()

    /// Words whose British spelling depends on whether they are a noun or a verb: license is a noun in Britain as
    /// "licence" and a verb as "license"; practice is a noun and "practise" the verb.
    static let verbsAfterTo: [String: (noun: String?, verb: String?)] = [
        "license": ("licence", nil), "licenses": ("licences", nil),
        "practice": (nil, "practise"), "practices": (nil, "practises"),
    ]

    /// Words kept as written after these words: a computer program is a "program" in British English too.
    static let keptAfter: [String: Set<String>] = [
        "program": ["computer", "software"], "programs": ["computer", "software"],
    ]

    private static let izeStems = [
        "organi", "reorgani", "recogni", "prioriti", "optimi", "speciali", "minimi", "maximi", "utili", "summari",
        "apologi", "authori", "categori", "customi", "finali", "standardi", "centrali", "decentrali", "visuali", "mobili",
        "normali", "personali", "digiti", "digitali", "capitali", "critici", "familiari", "harmoni", "hospitali", "itemi",
        "memori", "moderni", "moneti", "publici", "rationali", "reali", "saniti", "stabili", "symboli", "synchroni",
        "sympathi", "theori", "characteri", "commerciali", "computeri", "contextuali", "conceptuali", "generali",
        "globali", "industriali", "initiali", "legali", "locali", "materiali", "neutrali", "operationali", "penali",
        "populari", "regulari", "revitali", "scrutini", "sociali", "emphasi", "antagoni", "evangeli", "fantasi", "ideali",
        "internali", "jeopardi", "legitimi", "marginali", "monopoli", "patroni", "stigmati", "systemati", "triviali",
        "verbali", "victimi", "energi", "equali", "fertili", "hypothesi", "immuni", "liberali", "magneti", "metaboli",
        "miniaturi", "nationali", "naturali", "oxidi", "polari", "pressuri", "privati", "randomi", "sensiti", "desensiti",
        "sterili", "strategi", "subsidi", "vocali", "alphabeti", "amorti", "civili", "crystalli", "demorali", "dramati",
        "economi", "empathi", "formali", "galvani", "glamori", "homogeni", "hypnoti", "incentivi", "institutionali",
        "italici", "ostraci", "pasteuri", "proselyti", "revolutioni", "romantici", "scandali", "tranquili", "unioni",
        "urbani", "vandali", "vapori", "weatheri", "accessori", "agoni", "brutali", "cannibali", "coloni", "deodori",
        "fraterni", "immortali", "mechani", "mesmeri", "philosophi", "spirituali", "tantali", "terrori", "westerni",
    ]

    private static let orFamilies: [(String, [String])] = [
        ("col", ["s", "ed", "ing", "ful", "less", "ation"]), ("behavi", ["s", "al", "ally"]),
        ("fav", ["s", "ed", "ing", "ite", "ites", "able", "ably"]), ("hon", ["s", "ed", "ing", "able", "ably"]),
        ("lab", ["s", "ed", "ing", "er", "ers"]), ("neighb", ["s", "ing", "hood", "hoods", "ly"]), ("hum", ["s", "ed"]),
        ("harb", ["s", "ed", "ing"]), ("flav", ["s", "ed", "ing", "ful"]), ("rum", ["s", "ed"]), ("vap", ["s"]),
        ("sav", ["s", "ed", "ing", "y"]), ("endeav", ["s", "ed", "ing"]), ("arm", ["s", "ed", "y"]), ("parl", ["s"]),
        ("od", ["s", "less"]), ("cand", []), ("rig", ["s"]), ("vig", []), ("splend", ["s"]), ("clam", ["s"]),
        ("val", []), ("glam", []), ("tum", ["s"]),
    ]

    private static let singles: [String: String] = [
        "defense": "defence", "defenses": "defences", "offense": "offence", "offenses": "offences", "pretense": "pretence",
        "practiced": "practised", "practicing": "practising",
        "program": "programme", "programs": "programmes",
        "catalog": "catalogue", "catalogs": "catalogues", "cataloged": "catalogued", "cataloging": "cataloguing",
        "analog": "analogue", "dialog": "dialogue", "dialogs": "dialogues",
        "aluminum": "aluminium", "judgment": "judgement", "judgments": "judgements", "acknowledgment": "acknowledgement",
        "acknowledgments": "acknowledgements", "aging": "ageing",
        "maneuver": "manoeuvre", "maneuvers": "manoeuvres", "maneuvered": "manoeuvred", "maneuvering": "manoeuvring",
        "pediatric": "paediatric", "pediatrics": "paediatrics", "pediatrician": "paediatrician", "pediatricians": "paediatricians",
        "anesthesia": "anaesthesia", "anesthetic": "anaesthetic", "anesthetics": "anaesthetics",
        "anesthesiologist": "anaesthesiologist", "anesthesiology": "anaesthesiology", "esophagus": "oesophagus",
        "hemoglobin": "haemoglobin", "hematology": "haematology", "hemorrhage": "haemorrhage", "hemodialysis": "haemodialysis",
        "orthopedic": "orthopaedic", "orthopedics": "orthopaedics", "gynecology": "gynaecology", "leukemia": "leukaemia",
        "anemia": "anaemia", "edema": "oedema", "diarrhea": "diarrhoea", "estrogen": "oestrogen", "cesarean": "caesarean",
        "archeology": "archaeology", "gray": "grey", "grays": "greys", "mold": "mould", "molds": "moulds", "molded": "moulded",
        "molding": "moulding", "skeptical": "sceptical", "skeptic": "sceptic", "plow": "plough", "plows": "ploughs", "cozy": "cosy",
        "math": "maths", "airplane": "aeroplane", "airplanes": "aeroplanes", "artifact": "artefact", "artifacts": "artefacts",
        "jewelry": "jewellery", "enrollment": "enrolment", "enrollments": "enrolments", "enroll": "enrol", "enrolls": "enrols",
        "fulfill": "fulfil", "fulfills": "fulfils", "fulfillment": "fulfilment", "installment": "instalment",
        "installments": "instalments", "skillful": "skilful", "willful": "wilful", "distill": "distil", "instill": "instil",
        "inquiry": "enquiry", "inquiries": "enquiries",
    ]
}
