import Foundation
import JobsmithCore
import OpenAPIRuntime

/// Moves values between the types generated from openapi.yaml and the domain types through their shared JSON form.
enum JSONBridge {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    /// `value` re-read as a `T`; a mismatch is reported as the client's validation problem.
    static func convert<T: Decodable>(_ value: some Encodable, to type: T.Type) throws -> T {
        try decode(T.self, from: encoder.encode(value))
    }

    /// Decodes `data`, reporting a mismatch as the client's validation problem.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw ProblemMiddleware<AppRequestContext>.problem(for: error)
        }
    }
}

extension OpenAPIValueContainer {
    /// A page's `nextCursor`: the string, or JSON `null` on the last page.
    static func cursor(_ value: String?) -> OpenAPIValueContainer {
        // Both a String and nil are valid container values, so this cannot fail.
        try! OpenAPIValueContainer(unvalidatedValue: value)
    }
}
