import Foundation
import JobsmithCore

/// Text made safe for XML 1.0 documents.
enum XMLText {
    /// `text` with the five XML-special characters as entities and the characters XML 1.0 forbids removed.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// `text` as a CDATA section: a `]]>` inside is split across two sections, forbidden characters are removed.
    static func cdata(_ text: String) -> String {
        var clean = String.UnicodeScalarView()
        clean.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return "<![CDATA[" + String(clean).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    /// Whether XML 1.0 allows the character (tab, newline, carriage return and everything from U+0020 except the
    /// surrogates and U+FFFE/U+FFFF).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// An element with escaped text content.
    static func element(_ name: String, _ text: String, _ attributes: String = "") -> String {
        "<\(name)\(attributes)>\(escaped(text))</\(name)>"
    }
}
