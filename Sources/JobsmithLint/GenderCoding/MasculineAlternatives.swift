/// Neutral replacements for masculine-coded words, keyed by word prefix; the longest prefix that starts a word wins.
/// None of them is itself gender-coded (a test checks this). Stems without an entry (e.g. "athlet", "greedy") have
/// no good neutral replacement: rephrase or drop them.
enum MasculineAlternatives {
    /// Word prefixes and their neutral alternatives; `nil` means there is none.
    static let byPrefix: [(prefix: String, alternative: String?)] = [
        ("active", "engaged"),
        ("adventurous", "curious"),
        ("aggress", "bold"),
        ("ambitio", "motivated"),
        ("analytical", "methodical"),
        ("analyse", "examine"),
        ("analyze", "examine"),
        ("analysing", "examining"),
        ("analyzing", "examining"),
        ("analysis", "review"),
        // "Analyst" and "analytics" name the work itself.
        ("analyst", nil),
        ("analytic", nil),
        ("assert", "direct"),
        ("autonom", "self-directed"),
        ("battle", "tackle"),
        ("boast", "offer"),
        ("challenging", "interesting"),
        ("challeng", "problem"),
        ("champion", "advocate"),
        ("competen", "skilled"),
        ("competit", "motivated"),
        ("confident", "self-assured"),
        ("courag", "bold"),
        ("decid", "choose"),
        ("decision", "choice"),
        ("decisive", "clear-thinking"),
        ("defend", "protect"),
        ("determined", "dedicated"),
        ("determination", "dedication"),
        ("determin", "establish"),
        ("dominant", "prominent"),
        ("domina", "excel in"),
        ("driven", "motivated"),
        ("fearless", "bold"),
        ("fight", "tackle"),
        ("force", "push"),
        ("head-strong", "resolute"),
        ("headstrong", "resolute"),
        ("hierarch", "structured"),
        ("impulsive", "spontaneous"),
        ("independently", "on your own"),
        ("independen", "self-directed"),
        ("individuals", "people"),
        ("individual", "personal"),
        ("intellectual", "thoughtful"),
        ("intellect", "insight"),
        ("leadership", "guidance"),
        ("leader", "head"),
        ("leading", "top"),
        ("lead", "guide"),
        ("logic", "reasoning"),
        ("objective", "goal"),
        ("opinion", "view"),
        ("outspoken", "candid"),
        ("persist", "steady"),
        ("principle", "value"),
        ("self-confiden", "self-assured"),
        ("selfconfiden", "self-assured"),
        ("self-relian", "self-directed"),
        ("selfrelian", "self-directed"),
        ("self-sufficien", "resourceful"),
        ("selfsufficien", "resourceful"),
        ("stubborn", "tenacious"),
        ("superior", "excellent"),
    ]

    private static let trie = ByteTrie(byPrefix.enumerated().map { ($0.element.prefix, Int32($0.offset)) })

    /// The alternative for the masculine-coded word `bytes[start..<end]` (normalized), if there is one.
    static func alternative(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> String? {
        trie.longestPrefix(bytes, from: start, limit: end).flatMap { byPrefix[Int($0)].alternative }
    }
}
