extension StringProtocol {
    /// The text with control characters (other than tab) replaced by spaces: stray vertical tabs, bells or C1 codes from
    /// word processors would otherwise make the imported document fail validation.
    var replacingControlCharacters: String {
        let needsWork = utf8.contains { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 }
        guard needsWork else { return String(self) }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            let value = scalar.value
            let isControl = (value < 0x20 && value != 0x09) || (value >= 0x7F && value <= 0x9F)
            scalars.append(isControl ? " " : scalar)
        }
        return String(scalars)
    }
}
