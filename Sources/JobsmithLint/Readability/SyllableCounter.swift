/// Counts syllables the standard heuristic way: groups of vowels (`y` counts except at the start of a word), minus a
/// silent final "e" (but not consonant + "le", as in "table"), a silent "-es" (but not after s, x, z, c, g, ch or sh)
/// and a silent "-ed" (but not after t or d); at least one per word. Digits count as one syllable.
enum SyllableCounter {
    /// The syllables of the normalized word `bytes[start..<end]`.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
        var letters: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var letterCount = 0
        var groups = 0
        var previousWasVowel = false
        for index in start..<end {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte == TextScanner.otherLetter else { continue }
            let vowel = isVowel(byte) || (byte == UInt8(ascii: "y") && letterCount > 0)
            if vowel && !previousWasVowel { groups += 1 }
            previousWasVowel = vowel
            letters = (letters.1, letters.2, letters.3, byte)
            letterCount += 1
        }
        guard letterCount > 0 else { return 1 }
        let (beforeBeforeLast, beforeLast, last) = (letters.1, letters.2, letters.3)
        if letterCount > 2 {
            if last == UInt8(ascii: "e"), !isVowel(beforeLast),
                !(beforeLast == UInt8(ascii: "l") && !isVowel(beforeBeforeLast))
            {
                groups -= 1
            } else if last == UInt8(ascii: "s"), beforeLast == UInt8(ascii: "e"), !isVowel(beforeBeforeLast),
                !"sxzcgh".utf8.contains(beforeBeforeLast), letterCount > 3
            {
                groups -= 1
            } else if last == UInt8(ascii: "d"), beforeLast == UInt8(ascii: "e"), !isVowel(beforeBeforeLast),
                beforeBeforeLast != UInt8(ascii: "t"), beforeBeforeLast != UInt8(ascii: "d"), letterCount > 3
            {
                groups -= 1
            }
        }
        return max(groups, 1)
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")
            || byte == UInt8(ascii: "u")
    }
}
