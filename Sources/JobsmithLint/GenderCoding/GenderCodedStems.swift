/// The gender-coded word stems of Gaucher, Friesen & Kay (2011), "Evidence That Gendered Wording in Job
/// Advertisements Exists and Sustains Gender Inequality", as published in Kat Matfield's gender-decoder
/// (`app/wordlists.py`). A word is coded when it starts with a stem.
enum GenderCodedStems {
    /// Feminine-coded stems.
    static let feminine = [
        "agree", "affectionate", "child", "cheer", "collab", "commit", "communal", "compassion", "connect", "considerate",
        "cooperat", "co-operat", "depend", "emotiona", "empath", "feel", "flatterable", "gentle", "honest", "interpersonal",
        "interdependen", "interpersona", "inter-personal", "inter-dependen", "inter-persona", "kind", "kinship", "loyal",
        "modesty", "nag", "nurtur", "pleasant", "polite", "quiet", "respon", "sensitiv", "submissive", "support", "sympath",
        "tender", "together", "trust", "understand", "warm", "whin", "enthusias", "inclusive", "yield", "share", "sharin",
    ]

    /// Masculine-coded stems.
    static let masculine = [
        "active", "adventurous", "aggress", "ambitio", "analy", "assert", "athlet", "autonom", "battle", "boast", "challeng",
        "champion", "compet", "confident", "courag", "decid", "decision", "decisive", "defend", "determin", "domina",
        "dominant", "driven", "fearless", "fight", "force", "greedy", "head-strong", "headstrong", "hierarch", "hostil",
        "impulsive", "independen", "individual", "intellect", "lead", "logic", "objective", "opinion", "outspoken", "persist",
        "principle", "reckless", "self-confiden", "self-relian", "self-sufficien", "selfconfiden", "selfrelian",
        "selfsufficien", "stubborn", "superior", "unreasonab",
    ]

    /// Whole words that start with a stem but are not coded (gender-decoder's `non_coded_exceptions`).
    static let exceptions = ["sharepoint"]
}
