import Foundation

/// The one normal form text is indexed and searched in: lowercase, accents removed, every run of characters other
/// than letters and digits turned into one space. Both database engines and the in-memory ranking see the same words.
public enum SearchText {
    /// `text` in normal form, e.g. "Back-End Développeur" → "back end developpeur".
    public static func normalize(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            for base in folded(scalar) {
                if base.properties.isAlphabetic || ("0"..."9").contains(base) {
                    if pendingSpace && !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.unicodeScalars.append(contentsOf: base.properties.lowercaseMapping.unicodeScalars)
                } else {
                    pendingSpace = true
                }
            }
        }
        return result
    }

    /// The words of `text` in normal form.
    public static func words(_ text: String) -> [Substring] {
        normalize(text).split(separator: " ")
    }

    /// A scalar without its combining marks (é → e, ß → ss handled by lowercase mapping).
    private static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        guard scalar.value >= 0x80 else { return [scalar] }
        if scalar.properties.generalCategory == .nonspacingMark { return [] }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        return decomposed.filter { $0.properties.generalCategory != .nonspacingMark }
    }
}
