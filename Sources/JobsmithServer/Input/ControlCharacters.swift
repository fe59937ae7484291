import Foundation
import JobsmithDomain

/// Jobsmith's one rule for control characters in what clients send: text may hold tab, line feed and carriage return,
/// and no other control character (NUL, escape, DEL, the C1 range). No field holds them, PostgreSQL refuses NUL in
/// text while SQLite stores it, and Foundation's `UUID(uuidString:)` stops reading at a NUL; so they are refused at the
/// boundary, alike on every engine, before any handler or store sees them. Imported documents are the one exception:
/// the importer turns control characters into spaces, because real exports contain them.
enum ControlCharacters {
    /// Whether the percent-decoded `path` holds any control character at all (tab and newlines included).
    static func inPath(_ path: String) -> Bool {
        let decoded = path.removingPercentEncoding ?? path
        return decoded.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The first query parameter whose name or value holds a control character, if any.
    static func firstQueryParameter(in parameters: some Sequence<(key: Substring, value: Substring)>) -> String? {
        for (name, value) in parameters where name.containsControlCharacters || value.containsControlCharacters {
            return name.containsControlCharacters ? "(a parameter name)" : String(name)
        }
        return nil
    }

    /// The JSON pointer of the first string (member name or value) in `body` that holds a control character, if any;
    /// nil as well when `body` is not JSON (the decoder then reports that).
    static func firstJSONPointer(in body: [UInt8]) -> String? {
        // Control characters inside JSON strings are escaped (\u0000) or, for DEL and C1, raw UTF-8; a body with
        // neither, which is nearly every body, needs no parsing.
        guard mayHoldEscapedControl(body) else { return nil }
        guard let value = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else { return nil }
        return firstPointer(in: value, at: "")
    }

    private static func mayHoldEscapedControl(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x7F || (byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1])) { return true }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") { return true }
            index += 1
        }
        return false
    }

    private static func firstPointer(in value: Any, at pointer: String) -> String? {
        switch value {
        case let text as String:
            return text.containsControlCharacters ? (pointer.isEmpty ? "/" : pointer) : nil
        case let array as [Any]:
            for (index, item) in array.enumerated() {
                if let found = firstPointer(in: item, at: "\(pointer)/\(index)") { return found }
            }
            return nil
        case let object as [String: Any]:
            for (key, item) in object.sorted(by: { $0.key < $1.key }) {
                let escaped = key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
                if key.containsControlCharacters { return "\(pointer)/\(escaped)" }
                if let found = firstPointer(in: item, at: "\(pointer)/\(escaped)") { return found }
            }
            return nil
        default:
            return nil
        }
    }
}
