import Hummingbird
import JobsmithDomain

extension Request {
    /// The query parameter `name` as a whole number in `range`; nil when it is absent or empty.
    /// - Throws: ``WebError/badRequest(_:)`` naming the parameter when it is not a whole number in `range`.
    func integerParameter(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = uri.queryParameters[Substring(name)].map(String.init), !text.isEmpty else { return nil }
        guard let value = ClientNumbers.parse(text, in: range) else {
            throw WebError.badRequest("The link's \(name) \(ClientNumbers.message(for: range)). Go back and follow a link from the page.")
        }
        return value
    }
}

extension WebForm {
    /// The field `name` as a whole number in `range`; nil when it is absent or empty.
    /// - Throws: ``WebError/badRequest(_:)`` naming the field when it is not a whole number in `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = value(name)?.trimmingWhitespace, !text.isEmpty else { return nil }
        guard let value = ClientNumbers.parse(text, in: range) else {
            throw WebError.badRequest("The form's \(name) field \(ClientNumbers.message(for: range)). Reload the page and try again.")
        }
        return value
    }
}
