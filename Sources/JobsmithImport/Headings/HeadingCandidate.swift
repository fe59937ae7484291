/// Text-only tests for lines that may be headings without heading markup: ALL-CAPS, colon and question lines.
enum HeadingCandidate {
    /// Whether `text` has at least two letters and no lowercase letter ("WHAT YOU'LL DO", "BENEFITS").
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The number of words (runs of characters other than spaces, tabs and line breaks) in `text`.
    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for character in text {
            if character == " " || character == "\t" || character == "\n" {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Whether most words start with a capital letter, as headings do ("About Northwind", "Our Hiring Process"); short
    /// words ("of", "the", "and", "und") do not count.
    static func isTitleCase(_ text: some StringProtocol) -> Bool {
        var capitalized = 0
        var significant = 0
        for word in text.split(separator: " ") where word.count > 3 {
            significant += 1
            if word.first?.isUppercase == true { capitalized += 1 }
        }
        return significant == 0 || capitalized * 2 > significant
    }

    /// The navigation trail a web page starts with, kept when it is printed or copied: "Home / Templates",
    /// "Home › Jobs › Sales".
    static func isNavigationTrail(_ text: String) -> Bool {
        let segments = text.split(separator: /\s+[\/>›»]\s+/)
        return segments.count >= 2 && segments.first?.lowercased() == "home" && segments.allSatisfy { $0.split(separator: " ").count <= 4 }
    }
}
