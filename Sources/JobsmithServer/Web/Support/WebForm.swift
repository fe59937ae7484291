import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import JobsmithDomain
import NIOCore

/// A submitted HTML form: its fields in the order the browser sent them (repeated names kept, so list items keep their
/// order) and any uploaded files. Reads `application/x-www-form-urlencoded` and `multipart/form-data`.
struct WebForm: Sendable {
    /// An uploaded file.
    struct File: Sendable {
        var filename: String
        var contentType: String?
        var bytes: [UInt8]
    }

    private(set) var fields: [(name: String, value: String)] = []
    private(set) var files: [String: File] = [:]

    init(fields: [(name: String, value: String)] = [], files: [String: File] = [:]) {
        self.fields = fields
        self.files = files
    }

    /// The first value of `name`, if sent.
    func value(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// The first value of `name` trimmed, or nil when absent or blank.
    func text(_ name: String) -> String? {
        guard let value = value(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Every value of `name`, in order.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The name of the first field whose value holds a control character other than tab and newlines, if any.
    /// Uploaded files are documents to import, which the importer cleans.
    func firstFieldWithControlCharacters() -> String? {
        fields.first { $0.value.containsControlCharacters || $0.name.containsControlCharacters }.map { String($0.name.prefix(100)) }
    }

    /// Reads the body of `request` by its content type; any other content type is an empty form.
    static func read(_ body: ByteBuffer, contentType: String?) throws -> WebForm {
        let mediaType = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        switch mediaType {
        case "application/x-www-form-urlencoded":
            return WebForm(fields: urlEncoded(String(buffer: body)))
        case "multipart/form-data":
            guard let boundary = parameter("boundary", of: contentType ?? "") else { throw HTTPError(.badRequest) }
            return try multipart(Array(buffer: body), boundary: boundary)
        default:
            return WebForm()
        }
    }

    /// The name–value pairs of a URL-encoded query or form body.
    static func urlEncoded(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    private static func parameter(_ name: String, of header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pieces = part.split(separator: "=", maxSplits: 1)
            guard pieces.count == 2, pieces[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            return pieces[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// Splits a multipart body on its boundary (RFC 7578); text parts become fields, parts with a filename files.
    static func multipart(_ bytes: [UInt8], boundary: String) throws -> WebForm {
        let delimiter = Array("--\(boundary)".utf8)
        var form = WebForm()
        var positions: [Int] = []
        var index = 0
        while let found = find(delimiter, in: bytes, from: index) {
            positions.append(found)
            index = found + delimiter.count
        }
        guard positions.count >= 2 else { throw HTTPError(.badRequest) }
        for (start, end) in zip(positions, positions.dropFirst()) {
            var partStart = start + delimiter.count
            // Skip the CRLF after the delimiter; the part ends before the CRLF that precedes the next one.
            if bytes[partStart..<min(partStart + 2, bytes.count)].elementsEqual([13, 10]) { partStart += 2 }
            var partEnd = end
            if partEnd - 2 >= partStart, bytes[partEnd - 2] == 13, bytes[partEnd - 1] == 10 { partEnd -= 2 }
            // The blank line that ends the part's headers must lie inside the part, so the content range is never reversed.
            guard partStart <= partEnd, let headerEnd = find([13, 10, 13, 10], in: bytes, from: partStart), headerEnd + 4 <= partEnd else {
                continue
            }
            let headers = String(decoding: bytes[partStart..<headerEnd], as: UTF8.self)
            let content = Array(bytes[(headerEnd + 4)..<partEnd])
            var disposition = ""
            var contentType: String?
            for line in headers.components(separatedBy: "\r\n") {
                let pieces = line.split(separator: ":", maxSplits: 1)
                guard pieces.count == 2 else { continue }
                switch pieces[0].trimmingCharacters(in: .whitespaces).lowercased() {
                case "content-disposition": disposition = String(pieces[1])
                case "content-type": contentType = pieces[1].trimmingCharacters(in: .whitespaces)
                default: break
                }
            }
            guard let name = parameter("name", of: disposition) else { continue }
            if let filename = parameter("filename", of: disposition) {
                form.files[name] = File(filename: filename, contentType: contentType, bytes: content)
            } else {
                form.fields.append((name, String(decoding: content, as: UTF8.self)))
            }
        }
        return form
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
