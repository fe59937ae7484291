extension String {
    /// Whether the string is empty or only whitespace; unlike trimming, it allocates nothing.
    var isBlank: Bool {
        for scalar in unicodeScalars {
            if scalar.isASCII {
                guard scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" else { return false }
            } else if !scalar.properties.isWhitespace {
                return false
            }
        }
        return true
    }
}
